// Subsidies as an officer handles them: an application made in the dialog (the eligible amount
// is previewed before anything is written), then reviewed, approved and paid in two tranches
// with the grant editor's buttons; an approval above the eligible amount and a tranche above
// what is unpaid are refused in the form with the figures, and the fund ledger follows.
#include "GuiSupport.h"
#include "ModalScript.h"
#include "TestSupport.h"
#include "common/FormDialog.h"
#include "common/Format.h"
#include "demo/DemoCityGenerator.h"
#include "grants/GrantBrowserWidget.h"
#include "grants/GrantEditorDialog.h"
#include "grants/GrantTableModel.h"
#include "grants/NewGrantDialog.h"
#include "repo/FundRepository.h"
#include "repo/GrantRepository.h"
#include "repo/PolicyRepository.h"
#include "repo/ProjectRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace dx;

namespace {
void clickSave(QDialog* dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
}
}

class TestGrantGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateGui(m_db.dir());
        QVERIFY(DemoCityGenerator::populate(*m_db, 400, 11).isOk());
        auto candidates = GrantRepository(*m_db).candidates();
        QVERIFY2(candidates.isOk(), qPrintable(candidates.message()));
        QVERIFY2(!candidates->isEmpty(), "the demo city needs an accepted project without a grant");
        m_candidate = candidates->first();
        // The invoice and the payment proof come with the application, after acceptance.
        const Money contract = m_candidate.project.contractAmount;
        QVERIFY(contract.fen() > 0);
        Invoice invoice;
        invoice.projectId = m_candidate.project.id;
        invoice.number = QStringLiteral("44001234");
        invoice.issuedOn = QDate(2025, 6, 1);
        invoice.amount = contract;
        invoice.amountExclTax = contract;
        QVERIFY(ProjectRepository(*m_db).saveInvoice(invoice).isOk());
        Payment payment;
        payment.projectId = m_candidate.project.id;
        payment.paidOn = QDate(2025, 6, 2);
        payment.amount = contract;
        QVERIFY(ProjectRepository(*m_db).savePayment(payment).isOk());
        // A fund of our own with a rate policy, so the figures are known here.
        Fund f;
        f.name = QStringLiteral("测试专项资金");
        f.source = FundSource::City;
        f.total = Money::fromWan(5000);
        f.periodFrom = QDate(2023, 1, 1);
        f.periodTo = QDate(2030, 12, 31);
        auto fund = FundRepository(*m_db).create(f);
        QVERIFY2(fund.isOk(), qPrintable(fund.message()));
        m_fund = fund.value();
        SubsidyPolicy p;
        p.name = QStringLiteral("测试政策 30%");
        p.kind = SubsidyPolicy::Kind::Rate;
        p.rateBp = 3000;
        auto policy = PolicyRepository(*m_db).create(m_fund.id, p);
        QVERIFY2(policy.isOk(), qPrintable(policy.message()));
        m_policyId = policy->id;
    }

    void applyInTheDialog()
    {
        NewGrantDialog dialog(m_db.db(), m_candidate.enterprise.id, m_candidate.project.id);
        dialog.show();
        auto* policy = dialog.findChild<QComboBox*>(QStringLiteral("grantPolicy"));
        policy->setCurrentIndex(policy->findData(m_policyId));
        auto* project = dialog.findChild<QComboBox*>(QStringLiteral("grantProject"));
        QCOMPARE(project->currentData().toLongLong(), m_candidate.project.id);
        auto preview = GrantRepository(*m_db).preview({m_candidate.enterprise.id, m_candidate.project.id, m_policyId, Money(), QDate(), {}});
        QVERIFY2(preview.isOk(), qPrintable(preview.message()));
        QVERIFY(preview->amount.fen() > 0);
        m_eligible = preview->amount;
        // The dialog shows the same figure and explains it before anything is written.
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("grantEligible"))->text().contains(format::wan(m_eligible).section(QLatin1Char(' '), 0, 0)));
        QVERIFY(dialog.findChild<QTreeWidget*>(QStringLiteral("grantPreview"))->topLevelItemCount() >= 5);
        GrantFilter ours;
        ours.fundId = m_fund.id;
        QCOMPARE(GrantRepository(*m_db).count(ours).value(), qint64(0));
        auto* requested = dialog.findChild<QLineEdit*>(QStringLiteral("grantRequested"));
        requested->setText(format::wanInput(m_eligible + Money::fromWan(10)));   // asks for more than it may get
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("applyGrantButton")), Qt::LeftButton);
        QVERIFY2(dialog.grantId() > 0, qPrintable(dialog.findChild<QLabel*>(QStringLiteral("grantError"))->text()));
        m_grantId = dialog.grantId();
        auto grant = GrantRepository(*m_db).get(m_grantId);
        QVERIFY(grant.isOk());
        QCOMPARE(grant->eligible, m_eligible);
        QCOMPARE(grant->state, GrantState::Applied);
    }

    void reviewApproveAndPayTwoTranches()
    {
        GrantEditorDialog editor(m_db.db(), m_grantId);
        editor.show();
        auto* pay = editor.findChild<QPushButton*>(QStringLiteral("payGrantButton"));
        QVERIFY(!pay->isEnabled());          // nothing approved yet
        QVERIFY(!pay->toolTip().isEmpty());  // and it says why

        bool ran = false;
        test::whenModal<QInputDialog>([](QInputDialog* d) {
            d->setTextValue(QStringLiteral("资料齐全"));
            d->accept();
        }, &ran);
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("reviewGrantButton")), Qt::LeftButton);
        QVERIFY(ran);
        QCOMPARE(editor.grant().state, GrantState::Reviewed);

        // Approving more than the eligible amount is refused in the form; then the eligible amount.
        ran = false;
        QString refusal;
        const Money eligible = m_eligible;
        test::whenModal<FormDialog>([&refusal, eligible](FormDialog* d) {
            auto* amount = d->findChild<QLineEdit*>(QStringLiteral("approveAmount"));
            amount->setText(format::wanInput(eligible + Money::fromYuan(1)));
            clickSave(d);
            refusal = d->errorText();
            amount->setText(format::wanInput(eligible));
            clickSave(d);
        }, &ran);
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("approveGrantButton")), Qt::LeftButton);
        QVERIFY(ran);
        QVERIFY2(!refusal.isEmpty(), "approving above the eligible amount must be refused");
        QCOMPARE(editor.grant().state, GrantState::Approved);
        QCOMPARE(editor.grant().approved, m_eligible);
        QVERIFY(pay->isEnabled());

        // First tranche: 60 %; the grant is paying.
        const Money first = Money::fromFen(m_eligible.fen() * 6 / 10);
        ran = false;
        test::whenModal<FormDialog>([first](FormDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("trancheAmount"))->setText(format::wanInput(first));
            d->findChild<QLineEdit*>(QStringLiteral("trancheVoucher"))->setText(QStringLiteral("拨付-001"));
            clickSave(d);
        }, &ran);
        QTest::mouseClick(pay, Qt::LeftButton);
        QVERIFY(ran);
        QCOMPARE(editor.grant().state, GrantState::Paying);
        QCOMPARE(editor.grant().paid, first);

        // Second tranche: one fen more than is unpaid is refused; the rest pays it in full.
        ran = false;
        const Money rest = m_eligible - first;
        test::whenModal<FormDialog>([&refusal, rest](FormDialog* d) {
            auto* amount = d->findChild<QLineEdit*>(QStringLiteral("trancheAmount"));
            QCOMPARE(amount->text(), format::wanInput(rest));   // the unpaid amount is offered
            amount->setText(format::wanInput(rest + Money::fromFen(1)));
            d->findChild<QLineEdit*>(QStringLiteral("trancheVoucher"))->setText(QStringLiteral("拨付-002"));
            clickSave(d);
            refusal = d->errorText();
            amount->setText(format::wanInput(rest));
            clickSave(d);
        }, &ran);
        QTest::mouseClick(pay, Qt::LeftButton);
        QVERIFY(ran);
        QVERIFY2(!refusal.isEmpty(), "a tranche above the unpaid amount must be refused");
        QCOMPARE(editor.grant().state, GrantState::Paid);
        QCOMPARE(editor.grant().paid, m_eligible);
        QCOMPARE(GrantRepository(*m_db).tranches(m_grantId)->size(), 2);
        QCOMPARE(editor.findChild<QTreeWidget*>(QStringLiteral("grantTranches"))->topLevelItemCount(), 2);
        QVERIFY(!pay->isEnabled());
    }

    // Escape and Close close the editor; they are not the "reject the application" action.
    void escapeClosesTheEditorWithoutRejecting()
    {
        GrantEditorDialog editor(m_db.db(), m_grantId);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const GrantState before = editor.grant().state;
        bool prompted = false;
        QTimer::singleShot(200, [&prompted] {
            if (auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget()); modal && modal->inherits("QInputDialog")) {
                prompted = true;
                modal->reject();
            }
        });
        QTest::keyClick(&editor, Qt::Key_Escape);
        QVERIFY(!prompted);
        QTRY_VERIFY(!editor.isVisible());
        QCOMPARE(GrantRepository(*m_db).get(m_grantId)->state, before);
    }

    void browserListsAndLedgerFollows()
    {
        GrantBrowserWidget browser(m_db.db());
        browser.reload();
        auto* fundFilter = browser.findChild<QComboBox*>(QStringLiteral("grantFundFilter"));
        fundFilter->setCurrentIndex(fundFilter->findData(m_fund.id));
        emit fundFilter->activated(fundFilter->currentIndex());
        QCOMPARE(browser.model()->total(), qint64(1));
        QCOMPARE(browser.model()->idAt(0), m_grantId);
        auto ledger = GrantRepository(*m_db).ledger();
        QVERIFY(ledger.isOk());
        bool found = false;
        for (const FundLedgerRow& row : ledger.value())
            if (row.fund.id == m_fund.id) {
                found = true;
                QCOMPARE(row.committed, m_eligible);
                QCOMPARE(row.paid, m_eligible);
                QCOMPARE(row.remaining, m_fund.total - m_eligible);
            }
        QVERIFY(found);
        auto* ledgerView = browser.findChild<QTreeWidget*>(QStringLiteral("fundLedger"));
        QCOMPARE(ledgerView->topLevelItemCount(), int(ledger->size()));
    }

    // A click on the 申请金额 header lists the grants by what they ask, in SQL: monotonic down the
    // whole list as it pages in, and reversed by a second click.
    void headerClickSortsByRequested()
    {
        GrantBrowserWidget browser(m_db.db());
        browser.show();
        QHeaderView* header = browser.findChild<QTableView*>(QStringLiteral("grantTable"))->horizontalHeader();
        const auto click = [&] {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(GrantTableModel::Requested) + 10, header->height() / 2));
        };
        GrantTableModel* model = browser.model();
        for (int round = 0; round < 2; ++round) {
            click();
            QCOMPARE(model->sortColumn(), int(GrantTableModel::Requested));
            while (model->canFetchMore({}))
                model->fetchMore({});
            QCOMPARE(model->rowCount(), int(model->total()));
            QVERIFY(model->rowCount() > 1);
            const auto requested = [&](int row) { return model->index(row, GrantTableModel::Requested).data(format::ExportRole).toDouble(); };
            for (int row = 1; row < model->rowCount(); ++row)
                QVERIFY(model->sortOrder() == Qt::AscendingOrder ? requested(row - 1) <= requested(row) : requested(row - 1) >= requested(row));
            QVERIFY(requested(0) != requested(model->rowCount() - 1));
        }
        click();   // the third: newest first again
        QCOMPARE(model->sortColumn(), -1);
    }

    // Amounts in the unit the officer chose: 万元 by default, 元 to check against bank slips.
    void amountsInTheChosenUnit()
    {
        const Money amount = Money::fromFen(123456789);   // 1,234,567.89 元
        QVERIFY(!format::moneyInYuan());
        QCOMPARE(format::money(amount), format::wan(amount));
        QVERIFY(format::money(amount).startsWith(QStringLiteral("123.")));
        format::setMoneyInYuan(true);
        QCOMPARE(format::money(amount), QStringLiteral("1,234,567.89 yuan"));
        QCOMPARE(format::money(Money::fromFen(-5)), QStringLiteral("-0.05 yuan"));
        GrantTableModel model(m_db.db());
        GrantFilter f;
        f.fundId = m_fund.id;
        model.setFilter(f);
        QVERIFY(model.index(0, GrantTableModel::Approved).data().toString().endsWith(QStringLiteral("yuan")));
        format::setMoneyInYuan(false);
        QVERIFY(model.index(0, GrantTableModel::Approved).data().toString().endsWith(QStringLiteral("10k yuan")));
    }

private:
    test::TempDatabase m_db;
    GrantCandidate m_candidate;
    Fund m_fund;
    qint64 m_policyId = 0;
    qint64 m_grantId = 0;
    Money m_eligible;
};

QTEST_MAIN(TestGrantGui)
#include "tst_grantgui.moc"
