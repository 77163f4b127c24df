// The money invariants of GrantRepository and FundRepository, with their figures: approved ≤
// eligible and ≤ requested; Σ approved over a fund ≤ its total and its split limits; a fund is
// never cut below what it committed; Σ tranches ≤ approved; no payment on a grant that is not
// approved, or rejected / withdrawn; tranches tied to an acceptance or a milestone only once it
// happened; the ledger per fund and per cluster; the bulk path refusing a broken ledger. (Two
// connections racing for the last money: tst_grantrace.)
//
// Figures (see GrantFixture.h): the plain 50 % policy on the standard project counts every line,
// verified = min(1,000,000, 1,000,000, 980,000, 950,000) = 950,000 → eligible 475,000.

#include "GrantFixture.h"

#include "repo/AuditRepository.h"
#include "repo/ClusterRepository.h"

#include <QJsonArray>
#include <QtTest>

using namespace dx;

namespace {
Money yuan(qint64 y) { return Money::fromYuan(y); }
}

class TestGrantLedger : public QObject
{
    Q_OBJECT

private slots:
    void init() { f = std::make_unique<test::GrantFixture>(); }
    void cleanup() { f.reset(); }

    void approvalWithinEligibleAndRequested();
    void fundTotalIsNeverExceeded();
    void splitLimits();
    void fundEditsKeepCommitments();
    void tranchesUpToApproved();
    void noPaymentUnlessApproved();
    void trancheTiedToAcceptanceOrMilestone();
    void ledgerPerFundAndCluster();
    void bulkRefusesBrokenLedger();

private:
    std::unique_ptr<test::GrantFixture> f;
};

void TestGrantLedger::approvalWithinEligibleAndRequested()
{
    const Fund fund = f->fund(yuan(10000000));
    const PolicyInfo policy = f->ratePolicy(fund.id);
    GrantRepository repo = f->grants();
    const Grant g = f->reviewedStandard(1, policy, yuan(400000));   // eligible 475,000, asked 400,000
    auto r = repo.approve(g.id, g.version, Money());
    QVERIFY2(!r && r.message().contains(QStringLiteral("positive")), qPrintable(r.message()));
    r = repo.approve(g.id, g.version, Money::fromFen(40000001));
    QVERIFY2(!r && r.message().contains(QStringLiteral("400,000.01 yuan is more than the 400,000.00 yuan applied for")),
             qPrintable(r.message()));
    const Grant big = f->reviewedStandard(2, policy, yuan(900000));
    r = repo.approve(big.id, big.version, yuan(475001));
    QVERIFY2(!r && r.message().contains(QStringLiteral("475,001.00 yuan is more than the eligible amount of 475,000.00 yuan")),
             qPrintable(r.message()));
    QCOMPARE(repo.get(g.id)->state, GrantState::Reviewed);
    QVERIFY(repo.approve(big.id, big.version, yuan(475000)));
}

// Σ approved over a fund never passes its total; the refusal gives the figures.
void TestGrantLedger::fundTotalIsNeverExceeded()
{
    const Fund fund = f->fund(yuan(1000000), 0, BasisPointsWhole, QStringLiteral("城市试点资金"));
    const PolicyInfo policy = f->ratePolicy(fund.id);
    GrantRepository repo = f->grants();
    f->approved(f->reviewedStandard(1, policy), yuan(400000));
    f->approved(f->reviewedStandard(2, policy), yuan(400000));
    const Grant third = f->reviewedStandard(3, policy);
    auto r = repo.approve(third.id, third.version, yuan(250000));
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::Validation);
    QCOMPARE(r.message(), QStringLiteral("Approving 250,000.00 yuan would commit 1,050,000.00 yuan of the fund 城市试点资金's "
                                         "1,000,000.00 yuan (800,000.00 yuan already committed, 200,000.00 yuan remaining)."));
    QCOMPARE(repo.get(third.id)->state, GrantState::Reviewed);
    auto exact = repo.approve(third.id, third.version, yuan(200000));
    QVERIFY2(exact, qPrintable(exact.message()));
    const FundLedgerRow row = repo.ledger()->first();
    QCOMPARE(row.committed, yuan(1000000));
    QCOMPARE(row.remaining, Money());
    const Grant fourth = f->reviewedStandard(4, policy);
    r = repo.approve(fourth.id, fourth.version, Money::fromFen(1));
    QVERIFY2(!r && r.message().contains(QStringLiteral("0.00 yuan remaining")), qPrintable(r.message()));
    QVERIFY(repo.checkInvariants());
}

void TestGrantLedger::splitLimits()
{
    // At least 80 % to upgrades, at most 20 % to platforms: platforms may get 200,000.
    const Fund fund = f->fund(yuan(1000000), 8000, 2000, QStringLiteral("试点资金"));
    const PolicyInfo platforms = f->ratePolicy(fund.id, 5000, "platform_provider", QStringLiteral("平台奖补"));
    const PolicyInfo upgrades = f->ratePolicy(fund.id, 5000, "enterprise_upgrade", QStringLiteral("改造奖补"));
    QCOMPARE(platforms.purpose, GrantPurpose::PlatformProvider);
    GrantRepository repo = f->grants();
    const Grant p1 = f->approved(f->reviewedStandard(1, platforms), yuan(150000));
    QCOMPARE(p1.purpose, GrantPurpose::PlatformProvider);
    const Grant p2 = f->reviewedStandard(2, platforms);
    auto r = repo.approve(p2.id, p2.version, yuan(60000));
    QVERIFY(!r);
    QCOMPARE(r.message(), QStringLiteral("Approving 60,000.00 yuan would bring the grants to platforms and providers to 210,000.00 yuan; "
                                         "the fund 试点资金 allows them 200,000.00 yuan (at most 20.00% to platforms and providers of "
                                         "1,000,000.00 yuan)."));
    QVERIFY(repo.approve(p2.id, p2.version, yuan(50000)));
    // Upgrades are not limited by the platform share: 475,000 + 200,000 more within the total.
    f->approved(f->reviewedStandard(3, upgrades), yuan(475000));
    const FundLedgerRow row = repo.ledger()->first();
    QCOMPARE(row.platformCommitted, yuan(200000));
    QCOMPARE(row.platformLimit, yuan(200000));
    QCOMPARE(row.committed, yuan(675000));

    // A minimum for upgrades that is tighter than the maximum names itself.
    const Fund strict = f->fund(yuan(1000000), 8500, BasisPointsWhole, QStringLiteral("省级资金"));
    const PolicyInfo strictPlatforms = f->ratePolicy(strict.id, 5000, "platform_provider", QStringLiteral("平台"));
    const Grant s1 = f->reviewedStandard(4, strictPlatforms);
    r = repo.approve(s1.id, s1.version, yuan(150001));
    QVERIFY2(!r && r.message().contains(QStringLiteral("at least 85.00% kept for enterprise upgrades")) &&
                 r.message().contains(QStringLiteral("150,000.00 yuan")),
             qPrintable(r.message()));
    QVERIFY(repo.approve(s1.id, s1.version, yuan(150000)));
    QVERIFY(repo.checkInvariants());
}

void TestGrantLedger::fundEditsKeepCommitments()
{
    Fund fund = f->fund(yuan(1000000), 0, 5000);
    const PolicyInfo platforms = f->ratePolicy(fund.id, 5000, "platform_provider");
    f->approved(f->reviewedStandard(1, platforms), yuan(300000));
    FundRepository funds(f->db());
    fund = funds.get(fund.id).value();
    Fund lower = fund;
    lower.total = yuan(299999);
    auto r = funds.update(lower);
    QVERIFY2(!r && r.message().contains(QStringLiteral("300,000.00 yuan")) && r.message().contains(QStringLiteral("299,999.00 yuan")),
             qPrintable(r.message()));
    Fund tighter = fund;
    tighter.maxPlatformShareBp = 2000;   // 200,000 < 300,000 committed to platforms
    r = funds.update(tighter);
    QVERIFY2(!r && r.message().contains(QStringLiteral("split limits")), qPrintable(r.message()));
    QCOMPARE(funds.get(fund.id)->version, fund.version);
    QCOMPARE(funds.get(fund.id)->total, yuan(1000000));
    Fund ok = fund;
    ok.total = yuan(700000);   // platforms may still get 350,000
    ok.notes = QStringLiteral("调减");
    auto saved = funds.update(ok);
    QVERIFY2(saved, qPrintable(saved.message()));
    QCOMPARE(saved->version, fund.version + 1);
    QCOMPARE(funds.update(ok).code(), ErrorCode::Conflict);   // stale now
    Fund invalid = saved.value();
    invalid.total = Money();
    QVERIFY(!funds.update(invalid));
    // An archived fund approves nothing new but still pays what it committed.
    const Grant pending = f->reviewedStandard(2, platforms);
    const Grant committed = f->approved(f->reviewedStandard(3, platforms), yuan(1000));
    QVERIFY(funds.setArchived(fund.id, saved->version, true));
    auto refused = f->grants().approve(pending.id, pending.version, yuan(1000));
    QVERIFY2(!refused && refused.message().contains(QStringLiteral("archived")), qPrintable(refused.message()));
    QVERIFY(f->grants().addTranche(committed.id, committed.version, f->tranche(yuan(1000))));
    QCOMPARE(funds.list(false)->size(), 0);
    QCOMPARE(funds.list(true)->size(), 1);
}

void TestGrantLedger::tranchesUpToApproved()
{
    const Fund fund = f->fund(yuan(10000000));
    const PolicyInfo policy = f->ratePolicy(fund.id);
    GrantRepository repo = f->grants();
    Grant g = f->approved(f->reviewedStandard(1, policy), yuan(400000));
    GrantTranche t = f->tranche(yuan(250000));

    GrantTranche bad = t;
    bad.amount = Money();
    QVERIFY(!repo.addTranche(g.id, g.version, bad));
    bad = t;
    bad.voucher = QStringLiteral(" ");
    QVERIFY2(!repo.addTranche(g.id, g.version, bad) && repo.addTranche(g.id, g.version, bad).message().contains(QStringLiteral("voucher")),
             "voucher");
    bad = t;
    bad.paidOn = QDate(2025, 3, 2);
    QVERIFY(repo.addTranche(g.id, g.version, bad).message().contains(QStringLiteral("future")));
    bad.paidOn = QDate(2025, 2, 28);
    QVERIFY(repo.addTranche(g.id, g.version, bad).message().contains(QStringLiteral("before the grant was approved")));
    QCOMPARE(repo.addTranche(g.id, g.version + 1, t).code(), ErrorCode::Conflict);
    QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM grant_payments")), qint64(0));

    auto first = repo.addTranche(g.id, g.version, t);
    QVERIFY2(first, qPrintable(first.message()));
    QCOMPARE(first->number, 1);
    QVERIFY(first->id > 0);
    g = repo.get(g.id).value();
    QCOMPARE(g.paid, yuan(250000));
    QCOMPARE(g.unpaid(), yuan(150000));
    QCOMPARE(g.state, GrantState::Paying);

    auto over = repo.addTranche(g.id, g.version, f->tranche(yuan(200000), TrancheBasis::None, 0, QStringLiteral("PZ-002")));
    QVERIFY(!over);
    QCOMPARE(over.message(), QStringLiteral("Paying 200,000.00 yuan would bring the payments of this grant to 450,000.00 yuan, above "
                                            "the approved 400,000.00 yuan (150,000.00 yuan still to pay)."));
    QCOMPARE(repo.get(g.id)->version, g.version);
    auto rest = repo.addTranche(g.id, g.version, f->tranche(yuan(150000), TrancheBasis::None, 0, QStringLiteral("PZ-002")));
    QVERIFY2(rest, qPrintable(rest.message()));
    QCOMPARE(rest->number, 2);
    g = repo.get(g.id).value();
    QCOMPARE(g.state, GrantState::Paid);
    auto more = repo.addTranche(g.id, g.version, f->tranche(Money::fromFen(1)));
    QVERIFY2(!more && more.message().contains(QStringLiteral("paid in full")), qPrintable(more.message()));
    const QVector<GrantTranche> list = repo.tranches(g.id).value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).amount, yuan(250000));
    QCOMPARE(list.at(1).voucher, QStringLiteral("PZ-002"));
    QCOMPARE(list.at(1).createdBy, QStringLiteral("tester"));
    const AuditEntry last = AuditRepository(f->db()).history(GrantRepository::tableName(), g.id)->first();
    QCOMPARE(last.action, QStringLiteral("payment"));
    QCOMPARE(last.changes.value(QLatin1String("tranche")).toInt(), 2);
    QCOMPARE(last.changes.value(QLatin1String("state")).toArray().at(1).toInt(), int(GrantState::Paid));
    QVERIFY(repo.checkInvariants());
}

void TestGrantLedger::noPaymentUnlessApproved()
{
    const Fund fund = f->fund(yuan(10000000));
    const PolicyInfo policy = f->ratePolicy(fund.id);
    GrantRepository repo = f->grants();
    const qint64 e = f->enterprise(1);
    const Grant applied = f->applied(e, f->project(e).id, policy.id, yuan(1000));
    const Grant reviewed = f->reviewedStandard(2, policy);
    const Grant rejected = repo.reject(f->reviewedStandard(3, policy).id, 2, QStringLiteral("不符")).value();
    Grant approved = f->approved(f->reviewedStandard(4, policy), yuan(1000));
    const Grant withdrawn = repo.withdraw(approved.id, approved.version, QStringLiteral("撤回")).value();
    const QPair<Grant, const char*> cases[] = {{applied, "not approved"}, {reviewed, "not approved"},
                                               {rejected, "rejected"},   {withdrawn, "withdrawn"}};
    for (const auto& c : cases) {
        auto r = repo.addTranche(c.first.id, c.first.version, f->tranche(yuan(1)));
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QLatin1String(c.second)), qPrintable(r.message()));
    }
    QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM grant_payments")), qint64(0));
}

void TestGrantLedger::trancheTiedToAcceptanceOrMilestone()
{
    const Fund fund = f->fund(yuan(10000000));
    const PolicyInfo policy = f->ratePolicy(fund.id);
    GrantRepository repo = f->grants();
    const qint64 e = f->enterprise(1);
    const Project project = f->project(e, 1, QDate(2024, 10, 15));   // in progress
    Grant g = f->approved(f->reviewed(f->applied(e, project.id, policy.id, yuan(475000))), yuan(400000));
    QCOMPARE(g.approvedOn, QDate(2025, 3, 1));

    auto r = repo.addTranche(g.id, g.version, f->tranche(yuan(100000), TrancheBasis::Acceptance));
    QVERIFY(!r);
    QVERIFY2(r.message().contains(QStringLiteral("In progress, not accepted")), qPrintable(r.message()));
    const Milestone open = f->milestone(project.id, 1);
    QVERIFY(!open.doneOn.isValid());
    r = repo.addTranche(g.id, g.version, f->tranche(yuan(100000), TrancheBasis::Milestone, open.id));
    QVERIFY2(!r && r.message().contains(QStringLiteral("not done yet")), qPrintable(r.message()));
    const qint64 otherEnterprise = f->enterprise(2);
    const Milestone foreign = f->milestone(f->project(otherEnterprise).id, 0);
    r = repo.addTranche(g.id, g.version, f->tranche(yuan(100000), TrancheBasis::Milestone, foreign.id));
    QVERIFY2(!r && r.message().contains(QStringLiteral("not one of the project's")), qPrintable(r.message()));
    QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM grant_payments")), qint64(0));

    const Milestone done = f->milestone(project.id, 0);
    auto byMilestone = repo.addTranche(g.id, g.version, f->tranche(yuan(100000), TrancheBasis::Milestone, done.id));
    QVERIFY2(byMilestone, qPrintable(byMilestone.message()));
    QCOMPARE(byMilestone->milestoneId, done.id);
    g = repo.get(g.id).value();

    // Accepted on 2025-03-10; today 2025-03-20: a tranche dated before the acceptance is refused.
    f->setToday(QDate(2025, 3, 20));
    f->accept(ProjectRepository(f->db()).get(project.id).value(), QDate(2025, 3, 10));
    GrantTranche early = f->tranche(yuan(100000), TrancheBasis::Acceptance, 0, QStringLiteral("PZ-2"));
    early.paidOn = QDate(2025, 3, 5);
    r = repo.addTranche(g.id, g.version, early);
    QVERIFY2(!r && r.message().contains(QStringLiteral("accepted on 2025-03-10")), qPrintable(r.message()));
    early.paidOn = QDate(2025, 3, 15);
    auto byAcceptance = repo.addTranche(g.id, g.version, early);
    QVERIFY2(byAcceptance, qPrintable(byAcceptance.message()));
    QCOMPARE(repo.tranches(g.id)->at(1).basis, TrancheBasis::Acceptance);

    // A grant without a project has nothing to tie a tranche to.
    auto award = PolicyRepository(f->db()).create(fund.id, QByteArrayLiteral(
        R"({"format":1,"name":"定额","kind":"fixed","awards":[{"label":"全部","amount":"10000"}]})"));
    QVERIFY2(award, qPrintable(award.message()));
    Grant noProject = f->approved(f->reviewed(f->applied(e, 0, award->id, yuan(10000))), yuan(10000));
    r = repo.addTranche(noProject.id, noProject.version, f->tranche(yuan(10000), TrancheBasis::Milestone, done.id));
    QVERIFY2(!r && r.message().contains(QStringLiteral("no project")), qPrintable(r.message()));
    QVERIFY(repo.addTranche(noProject.id, noProject.version, f->tranche(yuan(10000))));
    QVERIFY(repo.checkInvariants());
}

void TestGrantLedger::ledgerPerFundAndCluster()
{
    auto clusters = ClusterRepository(f->db()).list();
    QVERIFY(clusters && clusters->size() >= 2);
    const Cluster a = clusters->at(0);
    const Cluster b = clusters->at(1);
    const Fund city = f->fund(yuan(5000000), 0, BasisPointsWhole, QStringLiteral("城市资金"));
    const Fund province = f->fund(yuan(3000000), 0, BasisPointsWhole, QStringLiteral("省级资金"));
    const PolicyInfo cityPolicy = f->ratePolicy(city.id, 5000, "enterprise_upgrade", QStringLiteral("城市"));
    const PolicyInfo provincePolicy = f->ratePolicy(province.id, 5000, "enterprise_upgrade", QStringLiteral("省级"));
    GrantRepository repo = f->grants();
    const auto grantFor = [&](int index, qint64 cluster, const PolicyInfo& policy) {
        const qint64 e = f->enterprise(index, Tier::None, cluster);
        return f->reviewed(f->applied(e, f->project(e).id, policy.id, yuan(475000)));
    };
    // City fund: cluster a approved 400,000 paid 100,000; cluster b approved 300,000 paid in full;
    // cluster a reviewed (pending 475,000); no cluster rejected.
    Grant g1 = f->approved(grantFor(1, a.id, cityPolicy), yuan(400000));
    QVERIFY(repo.addTranche(g1.id, g1.version, f->tranche(yuan(100000))));
    Grant g2 = f->approved(grantFor(2, b.id, cityPolicy), yuan(300000));
    QVERIFY(repo.addTranche(g2.id, g2.version, f->tranche(yuan(300000))));
    grantFor(3, a.id, cityPolicy);
    const Grant g4 = grantFor(4, 0, cityPolicy);
    QVERIFY(repo.reject(g4.id, g4.version, QStringLiteral("不符")));
    // Province: cluster b approved 200,000.
    f->approved(grantFor(5, b.id, provincePolicy), yuan(200000));

    const QVector<FundLedgerRow> ledger = repo.ledger().value();
    QCOMPARE(ledger.size(), 2);
    const FundLedgerRow& cityRow = ledger.at(ledger.at(0).fund.id == city.id ? 0 : 1);
    QCOMPARE(cityRow.fund.name, QStringLiteral("城市资金"));
    QCOMPARE(cityRow.committed, yuan(700000));
    QCOMPARE(cityRow.paid, yuan(400000));
    QCOMPARE(cityRow.remaining, yuan(4300000));
    QCOMPARE(cityRow.pending, yuan(475000));
    QCOMPARE(cityRow.committedGrants, 2);
    QCOMPARE(cityRow.pendingGrants, 1);

    QVector<ClusterLedgerRow> byCluster = repo.clusterLedger(city.id).value();
    QHash<qint64, ClusterLedgerRow> rows;
    for (const ClusterLedgerRow& r : byCluster)
        rows.insert(r.clusterId, r);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.value(a.id).clusterName, a.name);
    QCOMPARE(rows.value(a.id).committed, yuan(400000));
    QCOMPARE(rows.value(a.id).paid, yuan(100000));
    QCOMPARE(rows.value(a.id).pending, yuan(475000));
    QCOMPARE(rows.value(b.id).committed, yuan(300000));
    QCOMPARE(rows.value(b.id).paid, yuan(300000));
    QCOMPARE(rows.value(0).committed, Money());
    QCOMPARE(rows.value(0).committedGrants, 0);
    // All funds together.
    rows.clear();
    for (const ClusterLedgerRow& r : repo.clusterLedger().takeValue())
        rows.insert(r.clusterId, r);
    QCOMPARE(rows.value(b.id).committed, yuan(500000));
    QCOMPARE(rows.value(b.id).committedGrants, 2);
    QVERIFY(repo.checkInvariants());
}

void TestGrantLedger::bulkRefusesBrokenLedger()
{
    const Fund fund = f->fund(yuan(100000));
    const PolicyInfo policy = f->ratePolicy(fund.id);
    const qint64 e = f->enterprise(1);
    const Project p = f->project(e);
    GrantRepository repo = f->grants();
    const auto bundle = [&](GrantState state, Money approved, QVector<GrantTranche> tranches) {
        GrantBundle b;
        b.grant.enterpriseId = e;
        b.grant.projectId = p.id;
        b.grant.fundId = fund.id;
        b.grant.policyId = policy.id;
        b.grant.policyVersionId = policy.latestVersionId;
        b.grant.appliedOn = QDate(2025, 1, 10);
        b.grant.requested = yuan(475000);
        b.grant.eligible = yuan(475000);
        b.grant.state = state;
        b.grant.approved = approved;
        b.grant.approvedOn = QDate(2025, 1, 20);
        b.tranches = tranches;
        return b;
    };
    GrantTranche t;
    t.amount = yuan(10000);
    t.paidOn = QDate(2025, 2, 1);
    t.voucher = QStringLiteral("PZ");
    const QVector<QPair<GrantBundle, QString>> broken = {
        {bundle(GrantState::Approved, yuan(100001), {}), QStringLiteral("more than its total")},
        {bundle(GrantState::Rejected, Money(), {t}), QStringLiteral("has tranches paid")},
        {bundle(GrantState::Paid, yuan(20000), {t}), QStringLiteral("has paid 10,000.00 yuan of 20,000.00 yuan")},
    };
    for (const auto& c : broken) {
        QVector<GrantBundle> list{c.first};
        const Status s = repo.insertMany(list, {{"source", "test"}});
        QVERIFY(!s);
        QVERIFY2(s.message().contains(c.second), qPrintable(s.message()));
        QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM grants")), qint64(0));
        QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM grant_payments")), qint64(0));
    }
    QVector<GrantBundle> fine{bundle(GrantState::Paying, yuan(100000), {t})};
    fine.first().newInvoices = {{0, 0, QStringLiteral("F9"), QDate(2025, 1, 5), yuan(106), yuan(100)}};
    const Status s = repo.insertMany(fine, {{"source", "test"}});
    QVERIFY2(s, qPrintable(s.message()));
    QVERIFY(fine.first().grant.id > 0);
    QCOMPARE(fine.first().tranches.first().number, 1);
    QCOMPARE(repo.get(fine.first().grant.id)->paid, yuan(10000));
    QCOMPARE(ProjectRepository(f->db()).invoices(p.id)->size(), 3);
    QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'projects' AND action = 'evidence'")), qint64(1));
}

QTEST_GUILESS_MAIN(TestGrantLedger)
#include "tst_grantledger.moc"
