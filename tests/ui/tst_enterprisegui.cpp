// Drives the register as a user would: type a search, open the editor from the keyboard,
// edit and save, then find the change in the database and in the editor's history tab.
#include "GuiSupport.h"
#include "ModalScript.h"
#include "TestSupport.h"
#include "common/MessageBox.h"
#include "demo/DemoCityGenerator.h"
#include "enterprises/EnterpriseEditorDialog.h"
#include "enterprises/EnterpriseListWidget.h"
#include "enterprises/EnterpriseTableModel.h"
#include "repo/AuditRepository.h"
#include "repo/EnterpriseRepository.h"
#include "util/Settings.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>
#include <functional>

using namespace dx;

namespace {

// QTest::keyClicks only types Latin-1; Chinese text arrives as key events carrying text,
// as an input method delivers it.
void typeText(QWidget* w, const QString& text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &release);
    }
}

// Runs `script` on the editor dialog once it is shown modally (exec() blocks the test).
void whenEditorOpens(const std::function<void(EnterpriseEditorDialog*)>& script, bool* ran)
{
    test::whenModal<EnterpriseEditorDialog>(script, ran);
}

} // namespace

class TestEnterpriseGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateGui(m_db.dir());
        QVERIFY(DemoCityGenerator::populate(*m_db, 300, 5).isOk());
        Enterprise e = test::sampleEnterprise(777001, QStringLiteral("揭阳市恒泰测试纺织有限公司"));
        e0employees = e.employees;
        auto created = EnterpriseRepository(*m_db).create(e);
        QVERIFY2(created.isOk(), qPrintable(created.message()));
        m_id = created->id;
        m_code = created->creditCode;
    }

    void searchEditSaveAndHistory()
    {
        EnterpriseListWidget list(m_db.db());
        list.resize(1200, 700);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        auto* search = list.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        auto* table = list.findChild<QTableView*>(QStringLiteral("enterpriseTable"));
        QVERIFY(search && table);
        QTRY_COMPARE(list.model()->rowCount(), int(EnterpriseTableModel::PageSize));

        search->setFocus();
        typeText(search, QStringLiteral("恒泰测试"));
        QCOMPARE(search->text(), QStringLiteral("恒泰测试"));
        QTRY_COMPARE(list.model()->rowCount(), 1);
        QCOMPARE(list.model()->idAt(0), m_id);
        QTRY_COMPARE(list.model()->totalCount(), qint64(1));

        // Enter in the search box moves to the first result; Enter on it opens the editor.
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(table->hasFocus() || table->currentIndex().isValid());
        bool edited = false;
        whenEditorOpens(
            [](EnterpriseEditorDialog* dialog) {
                auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
                auto* employees = dialog->findChild<QSpinBox*>(QStringLiteral("employeesSpin"));
                auto* status = dialog->findChild<QLabel*>(QStringLiteral("creditCodeStatus"));
                QVERIFY(name && employees && status);
                QVERIFY(status->text().startsWith(QStringLiteral("✓")));
                name->selectAll();
                typeText(name, QStringLiteral("揭阳市恒泰智造纺织有限公司"));
                employees->setValue(321);
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
            },
            &edited);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(edited);

        auto stored = EnterpriseRepository(*m_db).get(m_id);
        QVERIFY(stored.isOk());
        QCOMPARE(stored->name, QStringLiteral("揭阳市恒泰智造纺织有限公司"));
        QCOMPARE(stored->employees, 321);
        QCOMPARE(stored->version, 2);

        auto history = AuditRepository(*m_db).history(EnterpriseRepository::tableName(), m_id);
        QVERIFY(history.isOk());
        QCOMPARE(history->first().action, QStringLiteral("update"));
        const QJsonArray nameChange = history->first().changes.value(QStringLiteral("name")).toArray();
        QCOMPARE(nameChange.at(0).toString(), QStringLiteral("揭阳市恒泰测试纺织有限公司"));
        QCOMPARE(nameChange.at(1).toString(), QStringLiteral("揭阳市恒泰智造纺织有限公司"));

        // The list shows the new name (the search still matches "恒泰").
        search->clear();
        typeText(search, QStringLiteral("恒泰智造"));
        QTRY_COMPARE(list.model()->rowCount(), 1);
        QCOMPARE(list.model()->index(0, EnterpriseTableModel::Name).data().toString(),
                 QStringLiteral("揭阳市恒泰智造纺织有限公司"));

        // The editor's history tab shows the change.
        table->selectRow(0);
        bool checked = false;
        whenEditorOpens(
            [](EnterpriseEditorDialog* dialog) {
                auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("historyView"));
                QVERIFY(tree);
                QVERIFY(tree->topLevelItemCount() >= 2);
                const QString changes = tree->topLevelItem(0)->text(3);
                QVERIFY2(changes.contains(QStringLiteral("揭阳市恒泰测试纺织有限公司 → 揭阳市恒泰智造纺织有限公司")), qPrintable(changes));
                QVERIFY2(changes.contains(QStringLiteral("→ 321")), qPrintable(changes));
                dialog->reject();
            },
            &checked);
        QTest::mouseClick(list.findChild<QPushButton*>(QStringLiteral("editButton")), Qt::LeftButton);
        QVERIFY(checked);

        // Undo writes the old values back as a new audited version; redo re-applies the edit.
        QVERIFY(list.undoStack()->canUndo());
        list.undoStack()->undo();
        auto undone = EnterpriseRepository(*m_db).get(m_id);
        QCOMPARE(undone->name, QStringLiteral("揭阳市恒泰测试纺织有限公司"));
        QCOMPARE(undone->employees, e0employees);
        QCOMPARE(undone->version, 3);
        list.undoStack()->redo();
        auto redone = EnterpriseRepository(*m_db).get(m_id);
        QCOMPARE(redone->name, QStringLiteral("揭阳市恒泰智造纺织有限公司"));
        QCOMPARE(redone->version, 4);
        QCOMPARE(AuditRepository(*m_db).history(EnterpriseRepository::tableName(), m_id)->size(), 4);

        // An undo never overwrites a later change by someone else.
        Enterprise other = redone.value();
        other.notes = QStringLiteral("另一位工作人员的修改");
        QVERIFY(EnterpriseRepository(*m_db).update(other).isOk());
        list.undoStack()->undo();
        QCOMPARE(EnterpriseRepository(*m_db).get(m_id)->notes, QStringLiteral("另一位工作人员的修改"));
        QCOMPARE(EnterpriseRepository(*m_db).get(m_id)->name, QStringLiteral("揭阳市恒泰智造纺织有限公司"));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("undo was not applied")));
    }

    void badCreditCodeIsExplainedAndNothingSaved()
    {
        EnterpriseListWidget list(m_db.db());
        list.show();
        const qint64 before = EnterpriseRepository(*m_db).count({}).value();
        bool ran = false;
        whenEditorOpens(
            [](EnterpriseEditorDialog* dialog) {
                auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
                auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("creditCodeEdit"));
                auto* status = dialog->findChild<QLabel*>(QStringLiteral("creditCodeStatus"));
                typeText(name, QStringLiteral("测试错误代码有限公司"));
                QTest::keyClicks(code, QStringLiteral("91330106MA27Y4U47Y"));
                QVERIFY2(status->text().contains(QLatin1Char('R')), qPrintable(status->text()));   // names the right check character
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
                QVERIFY(dialog->isVisible());   // stays open with the input
                auto* error = dialog->findChild<QLabel*>(QStringLiteral("editorError"));
                QVERIFY(error && !error->text().isEmpty());
                QCOMPARE(name->text(), QStringLiteral("测试错误代码有限公司"));
                dialog->reject();
            },
            &ran);
        list.newEnterprise();
        QVERIFY(ran);
        QCOMPARE(EnterpriseRepository(*m_db).count({}).value(), before);
    }

    void duplicateCreditCodeNamesTheExistingEnterprise()
    {
        EnterpriseListWidget list(m_db.db());
        list.show();
        bool ran = false;
        const QString code = m_code;
        whenEditorOpens(
            [code](EnterpriseEditorDialog* dialog) {
                typeText(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("重复代码公司"));
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("creditCodeEdit")), code.toLower());
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
                auto* error = dialog->findChild<QLabel*>(QStringLiteral("editorError"));
                QVERIFY2(error->text().contains(QStringLiteral("恒泰智造")), qPrintable(error->text()));
                dialog->reject();
            },
            &ran);
        list.newEnterprise();
        QVERIFY(ran);
    }

private:
    test::TempDatabase m_db;
    qint64 m_id = 0;
    int e0employees = 0;
    QString m_code;
};

QTEST_MAIN(TestEnterpriseGui)
#include "tst_enterprisegui.moc"
