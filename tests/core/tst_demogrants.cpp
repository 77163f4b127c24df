// DemoGrants through DemoCityGenerator::populate: funds and the shipped policies once per
// database, grants in every state for accepted projects, amounts that are the real evaluation
// of each project, and a ledger that satisfies every invariant, also after a second load.

#include "TestSupport.h"

#include "demo/DemoCityGenerator.h"
#include "grants/SubsidyPolicy.h"
#include "repo/EnterpriseRepository.h"
#include "repo/FundRepository.h"
#include "repo/GrantRepository.h"
#include "repo/PolicyRepository.h"
#include "repo/ProjectRepository.h"

#include <QSqlQuery>
#include <QtTest>

using namespace dx;

namespace {
qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
}

class TestDemoGrants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fundsAndPolicies();
    void grantsInEveryState();
    void amountsAreTheEvaluation();
    void ledgerHolds();
    void deterministic();
    void secondLoadAddsWithinTheFunds();

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<test::TempDatabase> m_db;
};

void TestDemoGrants::initTestCase()
{
    // A fixed "today" after the demo's acceptances, so every stage of a grant can be reached.
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2027, 6, 30), QTime(9, 0), Qt::UTC));
    OpenOptions o;
    o.clock = m_clock.get();
    m_db = std::make_unique<test::TempDatabase>(o);
    const Status s = DemoCityGenerator::populate(**m_db, 6000, 2024);
    QVERIFY2(s, qPrintable(s.message()));
}

void TestDemoGrants::cleanupTestCase()
{
    m_db.reset();
    m_clock.reset();
}

void TestDemoGrants::fundsAndPolicies()
{
    auto funds = FundRepository(**m_db).list();
    QVERIFY(funds);
    QCOMPARE(funds->size(), 2);
    int pilot = 0;
    for (const Fund& f : funds.value())
        if (f.source == FundSource::CityPilot) {
            ++pilot;
            QCOMPARE(f.minUpgradeShareBp, 8000);
            QCOMPARE(f.maxPlatformShareBp, 2000);
            QCOMPARE(f.total, Money::fromWan(10000));
        }
    QCOMPARE(pilot, 1);
    auto policies = PolicyRepository(**m_db).list();
    QVERIFY(policies);
    QCOMPARE(policies->size(), 3);
    QSet<QString> kinds;
    for (const PolicyInfo& p : policies.value()) {
        kinds << policyKindKey(p.kind);
        QCOMPARE(p.latestVersionNumber, 1);
    }
    QCOMPARE(kinds, (QSet<QString>{"rate", "fixed"}));
}

void TestDemoGrants::grantsInEveryState()
{
    GrantRepository repo(**m_db);
    const qint64 accepted = scalar(**m_db, QStringLiteral("SELECT count(*) FROM projects WHERE state = %1").arg(int(ProjectState::Accepted)));
    const qint64 total = repo.count({}).value();
    QVERIFY2(accepted > 100, qPrintable(QString::number(accepted)));
    // About 60 % of the accepted projects apply (some too recently to have applied yet).
    QVERIFY2(total > accepted * 4 / 10 && total < accepted * 7 / 10, qPrintable(QStringLiteral("%1 of %2").arg(total).arg(accepted)));
    for (int s = 0; s < GrantStateCount; ++s) {
        GrantFilter f;
        f.state = s;
        QVERIFY2(repo.count(f).value() > 0, qPrintable(grantStateName(GrantState(s))));
    }
    QVERIFY(scalar(**m_db, QStringLiteral("SELECT count(*) FROM grant_payments WHERE basis = %1").arg(int(TrancheBasis::Milestone))) > 0);
    QVERIFY(scalar(**m_db, QStringLiteral("SELECT count(*) FROM grant_payments WHERE basis = %1").arg(int(TrancheBasis::Acceptance))) > 0);
    // Every grant has its audit row, and its explanation.
    QCOMPARE(scalar(**m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'grants'")), total);
    QCOMPARE(scalar(**m_db, QStringLiteral("SELECT count(*) FROM grants WHERE explanation NOT LIKE '%\"lines\"%'")), qint64(0));
    // All three policies are used.
    QCOMPARE(scalar(**m_db, QStringLiteral("SELECT count(DISTINCT policy_id) FROM grants")), qint64(3));
}

// A sample of grants recomputed from what the database holds gives the stored amounts.
void TestDemoGrants::amountsAreTheEvaluation()
{
    GrantRepository repo(**m_db);
    auto rows = repo.page({}, {}, std::nullopt, 40);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 40);
    ProjectRepository projects(**m_db);
    int positive = 0;
    for (const GrantListRow& row : rows.value()) {
        const Grant g = repo.get(row.id).value();
        const PolicyVersion v = PolicyRepository(**m_db).getVersion(g.policyVersionId).value();
        const Project p = projects.get(g.projectId).value();
        const Enterprise e = EnterpriseRepository(**m_db).get(g.enterpriseId).value();
        const Eligibility again = evaluateEligibility(v.policy, e, p, projects.costLines(p.id).value(), projects.invoices(p.id).value(),
                                                      projects.payments(p.id).value(), repo.achievedLevel(e.id, p.id).value(), g.appliedOn);
        QCOMPARE(again.amount, g.eligible);
        QCOMPARE(again.lines.size(), g.eligibility.lines.size());
        QVERIFY(!(g.eligible < g.approved));
        positive += g.eligible.fen() > 0;
    }
    QVERIFY(positive > 20);
}

void TestDemoGrants::ledgerHolds()
{
    GrantRepository repo(**m_db);
    const Status s = repo.checkInvariants();
    QVERIFY2(s, qPrintable(s.message()));
    Money committed, paid;
    for (const FundLedgerRow& r : repo.ledger().takeValue()) {
        QVERIFY(!(r.fund.total < r.committed));
        QVERIFY(!(r.committed < r.paid));
        QVERIFY(r.committed.fen() > 0);
        committed = committed + r.committed;
        paid = paid + r.paid;
    }
    Money clusterCommitted;
    for (const ClusterLedgerRow& r : repo.clusterLedger().takeValue())
        clusterCommitted = clusterCommitted + r.committed;
    QCOMPARE(clusterCommitted, committed);
    QVERIFY(paid.fen() > 0);
}

void TestDemoGrants::deterministic()
{
    OpenOptions o;
    o.clock = m_clock.get();
    test::TempDatabase other(o);
    QVERIFY(DemoCityGenerator::populate(*other, 6000, 2024));
    for (const char* sql : {"SELECT count(*) FROM grants", "SELECT sum(eligible_fen) FROM grants", "SELECT sum(approved_fen) FROM grants",
                            "SELECT sum(state * id) FROM grants", "SELECT sum(amount_fen) FROM grant_payments"})
        QCOMPARE(scalar(*other, QLatin1String(sql)), scalar(**m_db, QLatin1String(sql)));
}

void TestDemoGrants::secondLoadAddsWithinTheFunds()
{
    const qint64 before = scalar(**m_db, QStringLiteral("SELECT count(*) FROM grants"));
    QVERIFY(DemoCityGenerator::populate(**m_db, 4000, 7));
    QCOMPARE(FundRepository(**m_db).list()->size(), 2);
    QCOMPARE(PolicyRepository(**m_db).list()->size(), 3);
    QVERIFY(scalar(**m_db, QStringLiteral("SELECT count(*) FROM grants")) > before);
    // No project has two grants.
    QCOMPARE(scalar(**m_db, QStringLiteral("SELECT count(*) FROM (SELECT project_id FROM grants GROUP BY project_id HAVING count(*) > 1) twice")),
             qint64(0));
    const Status s = GrantRepository(**m_db).checkInvariants();
    QVERIFY2(s, qPrintable(s.message()));
}

QTEST_GUILESS_MAIN(TestDemoGrants)
#include "tst_demogrants.moc"
