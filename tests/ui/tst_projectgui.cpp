// Files a project from the enterprise's baseline and moves it through the states to
// acceptance with the buttons an officer uses; acceptance is refused until a qualifying
// post-transformation assessment exists.
#include "GuiSupport.h"
#include "ModalScript.h"
#include "TestSupport.h"
#include "common/MessageBox.h"
#include "demo/DemoDiagnoses.h"
#include "projects/ProjectEditorDialog.h"
#include "projects/ProjectBrowserWidget.h"
#include "projects/ProjectListWidget.h"
#include "projects/ProjectTableModel.h"
#include "repo/AuditRepository.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ProjectRepository.h"
#include "util/Settings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonObject>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>
#include <functional>

using namespace dx;

namespace {
qint64 confirmedDiagnosis(Database& db, qint64 enterpriseId, DiagnosisKind kind, const QDate& visit, double maturity)
{
    Diagnosis d;
    d.enterpriseId = enterpriseId;
    d.kind = kind;
    d.visitDate = visit;
    DiagnosisRepository repo(db);
    auto draft = repo.createDraft(d);
    if (!draft)
        return 0;
    Diagnosis filled = draft.value();
    filled.answers = DemoDiagnoses::answersFor(AssessmentIndex::shipped(filled.indexId, filled.indexVersion).value(), maturity, 7);
    auto saved = repo.save(filled);
    if (!saved)
        return 0;
    auto submitted = repo.submit(saved->id, saved->version);
    if (!submitted)
        return 0;
    auto confirmed = repo.confirm(submitted->id, submitted->version);
    return confirmed ? confirmed->id : 0;
}
}

class TestProjectGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateGui(m_db.dir());
        auto e = EnterpriseRepository(*m_db).create(test::sampleEnterprise(7));
        QVERIFY(e.isOk());
        m_enterprise = e->id;
        QVERIFY(confirmedDiagnosis(*m_db, m_enterprise, DiagnosisKind::Baseline, QDate(2025, 3, 1), 0.3));
    }

    void fileAndAccept()
    {
        ProjectListWidget list(m_db.db(), m_enterprise);
        list.show();
        bool ran = false;
        test::whenModal<ProjectEditorDialog>(
            [this](ProjectEditorDialog* editor) {
                auto* state = editor->findChild<QLabel*>(QStringLiteral("projectState"));
                auto* error = editor->findChild<QLabel*>(QStringLiteral("projectError"));
                auto button = [editor](ProjectState s) {
                    return editor->findChild<QPushButton*>(QStringLiteral("state_%1").arg(int(s)));
                };
                QCOMPARE(state->text(), projectStateName(ProjectState::Draft));
                // Only the moves the workflow allows are enabled, and the others say why.
                QVERIFY(button(ProjectState::Filed)->isEnabled());
                QVERIFY(!button(ProjectState::Accepted)->isEnabled());
                QVERIFY(!button(ProjectState::Accepted)->toolTip().isEmpty());

                // Filing needs the contract date.
                QTest::mouseClick(button(ProjectState::Filed), Qt::LeftButton);
                QVERIFY2(error->text().contains(QStringLiteral("contract date")), qPrintable(error->text()));
                QCOMPARE(state->text(), projectStateName(ProjectState::Draft));

                editor->findChild<QCheckBox*>(QStringLiteral("contractSigned"))->setChecked(true);
                editor->findChild<QDateEdit*>(QStringLiteral("contractDate"))->setDate(QDate(2025, 4, 10));
                auto* amount = editor->findChild<QLineEdit*>(QStringLiteral("contractAmount"));
                amount->clear();
                QTest::keyClicks(amount, QStringLiteral("86.5"));
                QTest::mouseClick(button(ProjectState::Filed), Qt::LeftButton);
                QCOMPARE(state->text(), projectStateName(ProjectState::Filed));
                QTest::mouseClick(button(ProjectState::InProgress), Qt::LeftButton);
                QTest::mouseClick(button(ProjectState::AcceptanceRequested), Qt::LeftButton);
                QCOMPARE(state->text(), projectStateName(ProjectState::AcceptanceRequested));

                // Without a post-transformation assessment the acceptance is refused.
                bool recorded = false;
                auto fillRecord = [](QDialog* dialog) {
                    dialog->findChild<QLineEdit*>(QStringLiteral("inspectors"))->setText(QStringLiteral("陈伟、林敏"));
                    dialog->accept();
                };
                test::whenModal<QDialog>(fillRecord, &recorded);
                QTest::mouseClick(button(ProjectState::Accepted), Qt::LeftButton);
                QVERIFY(recorded);
                QVERIFY2(error->text().contains(QStringLiteral("post-transformation")), qPrintable(error->text()));
                QCOMPARE(state->text(), projectStateName(ProjectState::AcceptanceRequested));

                // With a confirmed post assessment after the contract that reaches 二级, it passes.
                const qint64 post = confirmedDiagnosis(*m_db, m_enterprise, DiagnosisKind::PostTransformation, QDate(2025, 10, 8), 1.0);
                QVERIFY(post);
                QVERIFY(DiagnosisRepository(*m_db).get(post)->level >= 2);
                recorded = false;
                test::whenModal<QDialog>(fillRecord, &recorded);
                QTest::mouseClick(button(ProjectState::Accepted), Qt::LeftButton);
                QVERIFY(recorded);
                QCOMPARE(state->text(), projectStateName(ProjectState::Accepted));
                QVERIFY(error->isHidden());
                // A closed project offers no further move.
                for (ProjectState s : {ProjectState::Filed, ProjectState::Cancelled, ProjectState::NotAccepted})
                    QVERIFY(!button(s)->isEnabled());
                editor->reject();
            },
            &ran);
        list.newProject();
        QVERIFY(ran);

        auto projects = ProjectRepository(*m_db).listForEnterprise(m_enterprise);
        QVERIFY(projects.isOk());
        QCOMPARE(projects->size(), 1);
        const Project& p = projects->first();
        QCOMPARE(p.state, ProjectState::Accepted);
        QCOMPARE(p.contractSignedOn, QDate(2025, 4, 10));
        QCOMPARE(p.contractAmount, Money::fromWan(86) + Money::fromYuan(5000));
        QCOMPARE(p.acceptanceInspectors, QStringLiteral("陈伟、林敏"));
        QVERIFY(p.acceptanceDiagnosisId > 0);
    }

    void browserListsAndFlags()
    {
        // After fileAndAccept: one accepted project; add an open one with an overdue milestone.
        auto baseline = DiagnosisRepository(*m_db).listForEnterprise(m_enterprise);
        QVERIFY(baseline.isOk());
        qint64 baselineId = 0;
        for (const DiagnosisSummary& s : baseline.value())
            if (s.kind == DiagnosisKind::Baseline)
                baselineId = s.id;
        ProjectBundle b;
        b.project.enterpriseId = m_enterprise;
        b.project.baselineDiagnosisId = baselineId;
        b.project.title = QStringLiteral("二期改造");
        b.project.state = ProjectState::InProgress;
        b.project.contractSignedOn = QDate(2025, 5, 1);
        b.project.filedOn = QDate(2025, 5, 5);
        b.project.stateChangedOn = m_db->clock().today();
        b.milestones.push_back({0, 0, QStringLiteral("系统上线"), QDate(2025, 6, 1), QDate()});
        QVector<ProjectBundle> bundles{b};
        QVERIFY(ProjectRepository(*m_db).insertMany(bundles, QJsonObject{{QStringLiteral("source"), QStringLiteral("test")}}).isOk());

        ProjectBrowserWidget browser(m_db.db());
        QAbstractItemModelTester tester(browser.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(browser.model()->rowCount(), 2);
        QCOMPARE(browser.model()->total(), qint64(2));
        QCOMPARE(browser.model()->index(0, ProjectTableModel::Title).data().toString(), QStringLiteral("二期改造"));   // newest first
        QVERIFY(!browser.model()->index(0, ProjectTableModel::Flags).data().toString().isEmpty());   // overdue milestone
        QVERIFY(browser.model()->index(1, ProjectTableModel::Flags).data().toString().isEmpty());    // accepted: closed
        browser.findChild<QCheckBox*>(QStringLiteral("flaggedOnly"))->setChecked(true);
        QCOMPARE(browser.model()->rowCount(), 1);
        QCOMPARE(browser.model()->idAt(0), bundles.first().project.id);
    }

    // The list sorts by a clicked column (in SQL), reverses on the second click, returns to
    // newest first on the third; a column it cannot sort by leaves the sort alone; a new list
    // opens with the last sort and column widths.
    void headerClicksSortAndAreRemembered()
    {
        auto browser = std::make_unique<ProjectBrowserWidget>(m_db.db());
        browser->show();
        auto* view = browser->findChild<QTableView*>(QStringLiteral("projectTable"));
        QHeaderView* header = view->horizontalHeader();
        const auto click = [&](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
        };
        const auto title = [&](int row) { return browser->model()->index(row, ProjectTableModel::Title).data().toString(); };
        ProjectTableModel* model = browser->model();
        QCOMPARE(model->sortColumn(), -1);
        QCOMPARE(title(0), QStringLiteral("二期改造"));   // newest first
        const QString older = title(1);
        QVERIFY(older != title(0));
        click(ProjectTableModel::Title);
        QCOMPARE(model->sortColumn(), int(ProjectTableModel::Title));
        const QString first = title(0);
        QCOMPARE(first, model->sortOrder() == Qt::AscendingOrder ? std::min(older, QStringLiteral("二期改造"))
                                                                 : std::max(older, QStringLiteral("二期改造")));
        click(ProjectTableModel::Title);
        QVERIFY(title(0) != first);   // the other way round
        click(ProjectTableModel::Title);
        QCOMPARE(model->sortColumn(), -1);
        QCOMPARE(title(0), QStringLiteral("二期改造"));
        click(ProjectTableModel::Amount);
        const Qt::SortOrder amountOrder = model->sortOrder();
        click(ProjectTableModel::Flags);   // worked out per row: not a column to sort by
        QCOMPARE(model->sortColumn(), int(ProjectTableModel::Amount));
        QCOMPARE(header->sortIndicatorSection(), int(ProjectTableModel::Amount));
        header->resizeSection(ProjectTableModel::Traction, 321);
        QTest::qWait(600);   // the layout is written once the changes settle
        browser.reset();

        ProjectBrowserWidget again(m_db.db());
        QCOMPARE(again.model()->sortColumn(), int(ProjectTableModel::Amount));
        QCOMPARE(again.model()->sortOrder(), amountOrder);
        QCOMPARE(again.findChild<QTableView*>(QStringLiteral("projectTable"))->columnWidth(ProjectTableModel::Traction), 321);
        QCOMPARE(again.model()->rowCount(), 2);
    }

    void costLinesAndMilestones()
    {
        // An open project from the browser test: add a cost line and finish its milestone.
        ProjectFilter open;
        open.today = m_db->clock().today();
        open.onlyOpen = true;
        auto rows = ProjectRepository(*m_db).page(open, {}, std::nullopt, 10);
        QVERIFY(rows.isOk() && !rows->isEmpty());
        const qint64 projectId = rows->first().id;
        ProjectRepository repo(*m_db);
        const int milestonesBefore = int(repo.milestones(projectId)->size());
        ProjectEditorDialog editor(m_db.db(), projectId);
        editor.show();
        bool ran = false;
        test::whenModal<QDialog>(
            [](QDialog* dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("costLineDialog"));
                dialog->findChild<QLineEdit*>(QStringLiteral("costDescription"))->setText(QStringLiteral("数据采集网关"));
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("costAmount")), QStringLiteral("12.5"));
                dialog->findChild<QComboBox*>(QStringLiteral("costCategory"))->setCurrentText(QStringLiteral("hardware"));
                QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            },
            &ran);
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("addCostButton")), Qt::LeftButton);
        QVERIFY(ran);
        auto lines = repo.costLines(projectId);
        QVERIFY(lines.isOk());
        QVERIFY2(!lines->isEmpty(), qPrintable(editor.findChild<QLabel*>(QStringLiteral("projectError"))->text()));
        QCOMPARE(lines->last().amount, Money::fromWan(12) + Money::fromYuan(5000));
        QCOMPARE(lines->last().category, QStringLiteral("hardware"));
        QVERIFY(lines->last().eligible);

        ran = false;
        test::whenModal<QDialog>(
            [](QDialog* dialog) {
                dialog->findChild<QLineEdit*>(QStringLiteral("milestoneTitle"))->setText(QStringLiteral("验收资料准备"));
                dialog->findChild<QDateEdit*>(QStringLiteral("milestoneDue"))->setDate(QDate(2026, 1, 15));
                QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            },
            &ran);
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("addMilestoneButton")), Qt::LeftButton);
        QVERIFY(ran);
        QCOMPARE(int(repo.milestones(projectId)->size()), milestonesBefore + 1);
        auto history = AuditRepository(*m_db).history(ProjectRepository::tableName(), projectId);
        QVERIFY(history->size() >= 2);
        QCOMPARE(history->first().action, QStringLiteral("milestone"));
        QCOMPARE(history->at(1).action, QStringLiteral("cost line"));

        // An invoice and a payment through their dialogs; the repository checks the amounts.
        ran = false;
        test::whenModal<QDialog>(
            [](QDialog* dialog) {
                dialog->findChild<QLineEdit*>(QStringLiteral("invoiceNumber"))->setText(QStringLiteral("No.44001234"));
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("invoiceAmount")), QStringLiteral("11.3"));
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("invoiceExclTax")), QStringLiteral("10"));
                QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            },
            &ran);
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("addInvoiceButton")), Qt::LeftButton);
        QVERIFY(ran);
        auto invoices = repo.invoices(projectId);
        QCOMPARE(invoices->size(), 1);
        QCOMPARE(invoices->first().amountExclTax, Money::fromWan(10));
        Invoice wrong = invoices->first();
        wrong.id = 0;
        wrong.amountExclTax = Money::fromWan(12);   // more than the amount with tax
        QCOMPARE(repo.saveInvoice(wrong).code(), ErrorCode::Validation);
        QCOMPARE(repo.invoices(projectId)->size(), 1);
        Payment payment;
        payment.projectId = projectId;
        payment.paidOn = QDate(2025, 7, 1);
        payment.amount = Money::fromWan(5);
        QVERIFY(repo.savePayment(payment).isOk());
        QCOMPARE(repo.payments(projectId)->first().amount, Money::fromWan(5));

        // Lines of a closed project are refused by the repository.
        auto accepted = ProjectRepository(*m_db).listForEnterprise(m_enterprise);
        for (const Project& p : accepted.value())
            if (p.state == ProjectState::Accepted) {
                CostLine late;
                late.projectId = p.id;
                late.category = QStringLiteral("software");
                late.amount = Money::fromYuan(100);
                QCOMPARE(repo.saveCostLine(late).code(), ErrorCode::Validation);
                // …but payment proofs still come in after acceptance, for the subsidy.
                Payment proof;
                proof.projectId = p.id;
                proof.paidOn = QDate(2025, 12, 1);
                proof.amount = Money::fromWan(2);
                QVERIFY(repo.savePayment(proof).isOk());
            }
    }

    void newProjectNeedsAConfirmedBaseline()
    {
        auto other = EnterpriseRepository(*m_db).create(test::sampleEnterprise(8));
        QVERIFY(other.isOk());
        ProjectListWidget list(m_db.db(), other->id);
        list.newProject();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("baseline")));
        QCOMPARE(ProjectRepository(*m_db).listForEnterprise(other->id)->size(), 0);
    }

private:
    test::TempDatabase m_db;
    qint64 m_enterprise = 0;
};

QTEST_MAIN(TestProjectGui)
#include "tst_projectgui.moc"
