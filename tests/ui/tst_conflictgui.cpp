// Two officers, one record: the editor is open on a record, another officer saves the same
// record through their own connection, then the editor saves. The conflict dialog must list
// the differing fields with both values, and each choice must do what it says: keep mine
// writes the edit over the stored version (one new version, one audit row), take theirs shows
// the stored version and writes nothing, cancel (or Escape) writes nothing and keeps the edit.
#include "../core/GrantFixture.h"
#include "GuiSupport.h"
#include "ModalScript.h"
#include "common/ConflictDialog.h"
#include "diagnosis/DiagnosisFormDialog.h"
#include "enterprises/EnterpriseEditorDialog.h"
#include "projects/ProjectEditorDialog.h"
#include "repo/AuditRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace dx;

namespace {

struct Versions
{
    QString mine;
    QString theirs;
};

// The rows the dialog shows (the differing ones unless "show the same" is ticked), by label.
QHash<QString, Versions> shownRows(ConflictDialog* dialog)
{
    QHash<QString, Versions> rows;
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("conflictTable"));
    if (!table)
        return rows;
    for (int row = 0; row < table->rowCount(); ++row)
        if (!table->isRowHidden(row))
            rows.insert(table->item(row, 0)->text(), {table->item(row, 1)->text(), table->item(row, 2)->text()});
    return rows;
}

// The dialog shows exactly these rows (label, mine, theirs) while the others are hidden.
void expectRows(ConflictDialog* dialog, const QVector<ConflictField>& expected)
{
    const QHash<QString, Versions> rows = shownRows(dialog);
    QCOMPARE(rows.size(), expected.size());
    for (const ConflictField& f : expected) {
        QVERIFY2(rows.contains(f.label), qPrintable(f.label));
        QCOMPARE(rows.value(f.label).mine, f.mine);
        QCOMPARE(rows.value(f.label).theirs, f.theirs);
    }
}

void click(QWidget* dialog, const char* button)
{
    auto* b = dialog->findChild<QPushButton*>(QLatin1String(button));
    QVERIFY2(b, button);
    QTest::mouseClick(b, Qt::LeftButton);
}

enum class Choice { KeepMine, TakeTheirs, Cancel, Escape };

} // namespace

class TestConflictGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void enterpriseKeepMine();
    void enterpriseTakeTheirs();
    void enterpriseCancelKeepsTheEdit_data();
    void enterpriseCancelKeepsTheEdit();
    void enterpriseUnchangedTakesTheStoredVersion();
    void projectKeepMine();
    void diagnosisTakeTheirs();
    void diagnosisCancelWaitsForSave();
    void labels();

private:
    // Opens the editor on the enterprise, types my edit (employees 111, notes), lets officer2
    // save employees 222, other notes and a commissioner, then saves and answers the dialog.
    void conflictOnEnterprise(EnterpriseEditorDialog& editor, Choice choice);
    Diagnosis draftDiagnosis() const;
    // The form has 李强 typed as the assessor; officer2 has saved 张伟 meanwhile.
    void assessorConflict(DiagnosisFormDialog& form, const Diagnosis& draft);

    std::unique_ptr<test::GrantFixture> f;
    DatabasePtr m_other;   // the second officer's own connection to the same database
    qint64 m_enterprise = 0;
    Enterprise m_before;
};

void TestConflictGui::init()
{
    f = std::make_unique<test::GrantFixture>();
    test::isolateGui(f->dir());
    OpenOptions o;
    o.user = QStringLiteral("officer2");
    o.clock = &f->clock();
    auto other = Database::open(f->path(), o);
    QVERIFY2(other, qPrintable(other.message()));
    m_other = other.value();
    m_enterprise = f->enterprise(1);
    m_before = EnterpriseRepository(f->db()).get(m_enterprise).value();
    QCOMPARE(m_before.version, 1);
}

void TestConflictGui::cleanup()
{
    m_other.reset();
    f.reset();
}

void TestConflictGui::conflictOnEnterprise(EnterpriseEditorDialog& editor, Choice choice)
{
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.findChild<QSpinBox*>(QStringLiteral("employeesSpin"))->setValue(111);
    editor.findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"))->setPlainText(QStringLiteral("我的修改"));

    Enterprise theirs = m_before;
    theirs.employees = 222;
    theirs.notes = QStringLiteral("对方的修改");
    theirs.commissioner = QStringLiteral("王芳");
    auto saved = EnterpriseRepository(*m_other).update(theirs);
    QVERIFY2(saved, qPrintable(saved.message()));
    QCOMPARE(saved->version, 2);

    bool shown = false;
    const QString commissioner = m_before.commissioner;
    test::whenModal<ConflictDialog>(
        [choice, commissioner](ConflictDialog* dialog) {
            // Exactly the differing fields, each with both values.
            expectRows(dialog, {{QStringLiteral("Employees"), QStringLiteral("111"), QStringLiteral("222")},
                                {QStringLiteral("Notes"), QStringLiteral("我的修改"), QStringLiteral("对方的修改")},
                                {QStringLiteral("Service commissioner"), commissioner, QStringLiteral("王芳")}});
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(dialog->differingCount(), 3);
            // Who saved the stored version, and when.
            const QString intro = dialog->findChild<QLabel*>(QStringLiteral("conflictIntro"))->text();
            QVERIFY2(intro.contains(QStringLiteral("officer2")) && intro.contains(QStringLiteral("2025-03-01 09:00")), qPrintable(intro));
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("conflictTable"));
            QVERIFY(table->horizontalHeaderItem(2)->text().contains(QStringLiteral("officer2")));
            // The fields that agree are there on request.
            dialog->findChild<QCheckBox*>(QStringLiteral("showUnchangedCheck"))->setChecked(true);
            QCOMPARE(shownRows(dialog).value(QStringLiteral("Name")).theirs, QStringLiteral("揭阳市测试1纺织有限公司"));
            QVERIFY(shownRows(dialog).size() > 10);
            switch (choice) {
            case Choice::KeepMine: click(dialog, "keepMineButton"); break;
            case Choice::TakeTheirs: click(dialog, "takeTheirsButton"); break;
            case Choice::Cancel: click(dialog, "cancelButton"); break;
            case Choice::Escape: QTest::keyClick(dialog, Qt::Key_Escape); break;
            }
            QVERIFY(!dialog->isVisible());
        },
        &shown);
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(shown);
}

void TestConflictGui::enterpriseKeepMine()
{
    EnterpriseEditorDialog editor(f->ptr(), m_enterprise);
    conflictOnEnterprise(editor, Choice::KeepMine);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QVERIFY(!editor.isVisible());

    const Enterprise stored = EnterpriseRepository(f->db()).get(m_enterprise).value();
    QCOMPARE(stored.employees, 111);
    QCOMPARE(stored.notes, QStringLiteral("我的修改"));
    QCOMPARE(stored.commissioner, m_before.commissioner);   // my version of every field
    QCOMPARE(stored.version, 3);                           // the other officer's version + 1
    QCOMPARE(stored.updatedBy, f->db().user());
    QCOMPARE(editor.enterprise().version, 3);
    QCOMPARE(editor.replaced().version, 2);   // undo would go back to the other officer's version

    // The overwrite is in the history: what it replaced (the other officer's values) → mine.
    const QVector<AuditEntry> history = AuditRepository(f->db()).history(EnterpriseRepository::tableName(), m_enterprise).value();
    QCOMPARE(history.size(), 3);   // create, officer2's update, mine
    QCOMPARE(history.first().action, QStringLiteral("update"));
    QCOMPARE(history.first().user, f->db().user());
    const QJsonArray employees = history.first().changes.value(QStringLiteral("employees")).toArray();
    QCOMPARE(employees.at(0).toInt(), 222);
    QCOMPARE(employees.at(1).toInt(), 111);
    QCOMPARE(history.first().changes.value(QStringLiteral("commissioner")).toArray().at(0).toString(), QStringLiteral("王芳"));
}

void TestConflictGui::enterpriseTakeTheirs()
{
    EnterpriseEditorDialog editor(f->ptr(), m_enterprise);
    conflictOnEnterprise(editor, Choice::TakeTheirs);
    // The editor stays open with the stored version; nothing was written.
    QVERIFY(editor.isVisible());
    QCOMPARE(editor.findChild<QSpinBox*>(QStringLiteral("employeesSpin"))->value(), 222);
    QCOMPARE(editor.findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"))->toPlainText(), QStringLiteral("对方的修改"));
    QCOMPARE(editor.findChild<QLineEdit*>(QStringLiteral("commissionerEdit"))->text(), QStringLiteral("王芳"));
    const Enterprise stored = EnterpriseRepository(f->db()).get(m_enterprise).value();
    QCOMPARE(stored.version, 2);
    QCOMPARE(stored.employees, 222);
    QCOMPARE(AuditRepository(f->db()).history(EnterpriseRepository::tableName(), m_enterprise)->size(), 2);

    // Saving now is an ordinary save on the version taken: no dialog, one new version.
    editor.findChild<QSpinBox*>(QStringLiteral("employeesSpin"))->setValue(223);
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(EnterpriseRepository(f->db()).get(m_enterprise)->employees, 223);
    QCOMPARE(EnterpriseRepository(f->db()).get(m_enterprise)->notes, QStringLiteral("对方的修改"));
    QCOMPARE(EnterpriseRepository(f->db()).get(m_enterprise)->version, 3);
    QCOMPARE(editor.replaced().version, 2);
}

void TestConflictGui::enterpriseCancelKeepsTheEdit_data()
{
    QTest::addColumn<bool>("escape");
    QTest::newRow("cancel button") << false;
    QTest::newRow("escape") << true;
}

void TestConflictGui::enterpriseCancelKeepsTheEdit()
{
    QFETCH(bool, escape);
    EnterpriseEditorDialog editor(f->ptr(), m_enterprise);
    conflictOnEnterprise(editor, escape ? Choice::Escape : Choice::Cancel);
    QVERIFY(editor.isVisible());
    QCOMPARE(editor.findChild<QSpinBox*>(QStringLiteral("employeesSpin"))->value(), 111);
    QCOMPARE(editor.findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"))->toPlainText(), QStringLiteral("我的修改"));
    const QString error = editor.findChild<QLabel*>(QStringLiteral("editorError"))->text();
    QVERIFY2(error.contains(QStringLiteral("Not saved")) && error.contains(QStringLiteral("officer2")), qPrintable(error));
    const Enterprise stored = EnterpriseRepository(f->db()).get(m_enterprise).value();
    QCOMPARE(stored.version, 2);
    QCOMPARE(stored.employees, 222);
    QCOMPARE(stored.notes, QStringLiteral("对方的修改"));
    QCOMPARE(AuditRepository(f->db()).history(EnterpriseRepository::tableName(), m_enterprise)->size(), 2);

    // Saving again asks again (the edit is still on the old version): never a silent overwrite.
    bool again = false;
    test::whenModal<ConflictDialog>([](ConflictDialog* dialog) { click(dialog, "cancelButton"); }, &again);
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(again);
    QCOMPARE(EnterpriseRepository(f->db()).get(m_enterprise)->version, 2);
}

void TestConflictGui::enterpriseUnchangedTakesTheStoredVersion()
{
    // Nothing typed: there is nothing of mine to keep, so no question and no write.
    EnterpriseEditorDialog editor(f->ptr(), m_enterprise);
    editor.show();
    Enterprise theirs = m_before;
    theirs.employees = 222;
    QVERIFY(EnterpriseRepository(*m_other).update(theirs));
    // A dialog, should one come, is noted and closed (this watcher ends with the test).
    bool shown = false;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&shown] {
        if (auto* dialog = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget())) {
            shown = true;
            dialog->reject();
        }
    });
    watcher.start(20);
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(!shown);
    QVERIFY(editor.isVisible());
    QCOMPARE(editor.findChild<QSpinBox*>(QStringLiteral("employeesSpin"))->value(), 222);
    QVERIFY(editor.findChild<QLabel*>(QStringLiteral("editorError"))->text().contains(QStringLiteral("you had changed nothing")));
    QCOMPARE(EnterpriseRepository(f->db()).get(m_enterprise)->version, 2);
}

void TestConflictGui::projectKeepMine()
{
    const Project project = f->project(m_enterprise);
    ProjectEditorDialog editor(f->ptr(), project.id);
    editor.show();
    editor.findChild<QLineEdit*>(QStringLiteral("projectTitle"))->setText(QStringLiteral("我的项目名称"));
    Project theirs = project;
    theirs.title = QStringLiteral("对方的项目名称");
    theirs.notes = QStringLiteral("对方的备注");
    auto saved = ProjectRepository(*m_other).update(theirs);
    QVERIFY2(saved, qPrintable(saved.message()));

    bool shown = false;
    test::whenModal<ConflictDialog>(
        [notes = project.notes](ConflictDialog* dialog) {
            expectRows(dialog, {{QStringLiteral("Title"), QStringLiteral("我的项目名称"), QStringLiteral("对方的项目名称")},
                                {QStringLiteral("Notes"), notes, QStringLiteral("对方的备注")}});
            click(dialog, "keepMineButton");
        },
        &shown);
    QVERIFY(editor.save());
    QVERIFY(shown);
    const Project stored = ProjectRepository(f->db()).get(project.id).value();
    QCOMPARE(stored.title, QStringLiteral("我的项目名称"));
    QCOMPARE(stored.notes, project.notes);
    QCOMPARE(stored.version, saved->version + 1);
    QCOMPARE(AuditRepository(f->db()).history(ProjectRepository::tableName(), project.id)->first().user, f->db().user());
}

Diagnosis TestConflictGui::draftDiagnosis() const
{
    Diagnosis d;
    d.enterpriseId = m_enterprise;
    d.visitDate = QDate(2025, 2, 20);
    auto draft = DiagnosisRepository(f->db()).createDraft(d);
    test::GrantFixture::check(draft.status(), "draft diagnosis");
    return draft.value();
}

void TestConflictGui::assessorConflict(DiagnosisFormDialog& form, const Diagnosis& draft)
{
    form.show();
    form.findChild<QLineEdit*>(QStringLiteral("assessorEdit"))->setText(QStringLiteral("李强"));
    Diagnosis theirs = draft;
    theirs.assessor = QStringLiteral("张伟");
    QVERIFY(DiagnosisRepository(*m_other).save(theirs));
}

void TestConflictGui::diagnosisTakeTheirs()
{
    const Diagnosis draft = draftDiagnosis();
    DiagnosisFormDialog form(f->ptr(), draft.id);
    assessorConflict(form, draft);

    bool shown = false;
    test::whenModal<ConflictDialog>(
        [](ConflictDialog* dialog) {
            expectRows(dialog, {{QStringLiteral("Assessor"), QStringLiteral("李强"), QStringLiteral("张伟")}});
            click(dialog, "takeTheirsButton");
        },
        &shown);
    QVERIFY(form.saveNow());   // nothing left to save once the stored version is taken
    QVERIFY(shown);
    QCOMPARE(form.findChild<QLineEdit*>(QStringLiteral("assessorEdit"))->text(), QStringLiteral("张伟"));
    QCOMPARE(DiagnosisRepository(f->db()).get(draft.id)->version, draft.version + 1);
    QCOMPARE(DiagnosisRepository(f->db()).get(draft.id)->assessor, QStringLiteral("张伟"));
    form.reject();
}

void TestConflictGui::diagnosisCancelWaitsForSave()
{
    const Diagnosis draft = draftDiagnosis();
    DiagnosisFormDialog form(f->ptr(), draft.id);
    assessorConflict(form, draft);

    bool shown = false;
    test::whenModal<ConflictDialog>([](ConflictDialog* dialog) { click(dialog, "cancelButton"); }, &shown);
    QVERIFY(!form.saveNow());
    QVERIFY(shown);
    // Typing on does not bring the question back at every pause: autosave waits for Save.
    form.findChild<QLineEdit*>(QStringLiteral("providerEdit"))->setText(QStringLiteral("某诊断服务商"));
    for (const QTimer* timer : form.findChildren<QTimer*>())
        QVERIFY(!(timer->isSingleShot() && timer->interval() == 2000 && timer->isActive()));
    QCOMPARE(DiagnosisRepository(f->db()).get(draft.id)->assessor, QStringLiteral("张伟"));

    shown = false;
    test::whenModal<ConflictDialog>([](ConflictDialog* dialog) { click(dialog, "keepMineButton"); }, &shown);
    QVERIFY(form.saveNow());
    QVERIFY(shown);
    const Diagnosis stored = DiagnosisRepository(f->db()).get(draft.id).value();
    QCOMPARE(stored.assessor, QStringLiteral("李强"));
    QCOMPARE(stored.provider, QStringLiteral("某诊断服务商"));
    QCOMPARE(stored.version, draft.version + 2);
    form.reject();
}

void TestConflictGui::labels()
{
    QCOMPARE(ConflictDialog::plainLabel(QStringLiteral("&Name *")), QStringLiteral("Name"));
    QCOMPARE(ConflictDialog::plainLabel(QStringLiteral("企业名称(&N) *")), QStringLiteral("企业名称"));
    QCOMPARE(ConflictDialog::plainLabel(QStringLiteral("Cont&act person")), QStringLiteral("Contact person"));
    QCOMPARE(ConflictDialog::plainLabel(QStringLiteral("R&&D && more")), QStringLiteral("R&D & more"));
}

QTEST_MAIN(TestConflictGui)
#include "tst_conflictgui.moc"
