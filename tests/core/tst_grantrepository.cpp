// GrantRepository and PolicyRepository: applications computed from a stored policy version and
// explained, refusals that write nothing, policy versions (a grant keeps its version), the state
// machine through the repository (every legal path; the illegal moves change nothing), the
// paged, filtered list and the audit. The money invariants are in tst_grantledger.
//
// Figures (see GrantFixture.h): the plain 50 % policy on the standard project counts every line,
// verified = min(1,000,000, 1,000,000, 980,000, 950,000) = 950,000 → eligible 475,000. The 广州
// policy on the accepted standard project: 800,000 → 400,000.

#include "GrantFixture.h"
#include "KeysetSupport.h"

#include "repo/AuditRepository.h"
#include "repo/ClusterRepository.h"

#include <QJsonDocument>
#include <QtTest>

using namespace dx;

namespace {
Money yuan(qint64 y) { return Money::fromYuan(y); }
}

class TestGrantRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void applyComputesAndStores();
    void applyRefusals();
    void previewWritesNothing();
    void policyVersions();
    void legalPaths();
    void illegalMovesChangeNothing();
    void pageAndFilters();
    void pagesInEachColumnOrder();

private:
    SubsidyPolicy shipped(const QString& name) const;

    std::unique_ptr<test::GrantFixture> f;
};

void TestGrantRepository::init()
{
    f = std::make_unique<test::GrantFixture>();
}

void TestGrantRepository::cleanup()
{
    f.reset();
}

SubsidyPolicy TestGrantRepository::shipped(const QString& name) const
{
    for (const auto& p : SubsidyPolicy::shipped().takeValue())
        if (p.first == name)
            return p.second;
    qFatal("no policy %s", qPrintable(name));
}

void TestGrantRepository::applyComputesAndStores()
{
    const Fund fund = f->fund(yuan(10000000));
    auto policy = PolicyRepository(f->db()).create(fund.id, shipped(QStringLiteral("guangzhou-pilot")), QStringLiteral("首版"));
    QVERIFY2(policy, qPrintable(policy.message()));
    QCOMPARE(policy->latestVersionNumber, 1);
    QCOMPARE(policy->kind, SubsidyPolicy::Kind::Rate);
    const qint64 e = f->enterprise(1);
    const Project p = f->accept(f->project(e));

    const Grant g = f->applied(e, p.id, policy->id, yuan(400000));
    QCOMPARE(g.state, GrantState::Applied);
    QCOMPARE(g.eligible, yuan(400000));
    QCOMPARE(g.eligibility.verifiedCost, yuan(800000));
    QCOMPARE(g.eligibility.invoicesExclTax, yuan(980000));
    QCOMPARE(g.achievedLevel, 2);
    QCOMPARE(g.fundId, fund.id);
    QCOMPARE(g.policyVersionId, policy->latestVersionId);
    QCOMPARE(g.policyVersionNumber, 1);
    QCOMPARE(g.appliedOn, QDate(2025, 3, 1));
    QCOMPARE(g.purpose, GrantPurpose::EnterpriseUpgrade);
    QCOMPARE(g.paid, Money());
    // The stored explanation is the evaluation, line for line, with the cost line ids.
    const QVector<CostLine> costs = ProjectRepository(f->db()).costLines(p.id).value();
    const Eligibility fresh = evaluateEligibility(shipped(QStringLiteral("guangzhou-pilot")), EnterpriseRepository(f->db()).get(e).value(),
                                                  p, costs, ProjectRepository(f->db()).invoices(p.id).value(),
                                                  ProjectRepository(f->db()).payments(p.id).value(), 2, g.appliedOn);
    QCOMPARE(g.eligibility.lines.size(), fresh.lines.size());
    for (int i = 0; i < fresh.lines.size(); ++i)
        QVERIFY2(g.eligibility.lines.at(i) == fresh.lines.at(i), qPrintable(fresh.lines.at(i).text()));
    int counted = 0;
    for (const EligibilityLine& l : g.eligibility.lines)
        if (l.kind == EligibilityLine::Kind::CostCounted)
            QVERIFY(costs.at(counted++).id == l.refId);
    QCOMPARE(counted, 3);
    auto history = AuditRepository(f->db()).history(GrantRepository::tableName(), g.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().action, QStringLiteral("create"));
    QCOMPARE(history->first().changes.value(QLatin1String("eligible_fen")).toArray().at(1).toInteger(), qint64(40000000));
}

void TestGrantRepository::applyRefusals()
{
    const Fund fund = f->fund(yuan(10000000));
    const PolicyInfo policy = f->ratePolicy(fund.id);
    const qint64 e = f->enterprise(1);
    const qint64 other = f->enterprise(2);
    const Project p = f->project(e);
    GrantApplication a{e, p.id, policy.id, Money(), QDate(), QString()};
    auto r = f->grants().apply(a);
    QVERIFY(!r);
    QVERIFY2(r.message().contains(QStringLiteral("amount applied for")), qPrintable(r.message()));
    a.requested = yuan(100);
    a.enterpriseId = other;
    r = f->grants().apply(a);
    QVERIFY2(!r && r.message().contains(QStringLiteral("another enterprise")), qPrintable(r.message()));
    a.enterpriseId = e;
    a.appliedOn = QDate(2025, 3, 2);
    r = f->grants().apply(a);
    QVERIFY2(!r && r.message().contains(QStringLiteral("future")), qPrintable(r.message()));
    a.appliedOn = QDate();
    QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM grants")), qint64(0));

    const Grant first = f->applied(e, p.id, policy.id, yuan(100));
    r = f->grants().apply(a);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::Duplicate);
    QVERIFY2(r.message().contains(QStringLiteral("no. %1").arg(first.id)), qPrintable(r.message()));
    // Once rejected, the project may apply again.
    QVERIFY(f->grants().reject(first.id, first.version, QStringLiteral("材料不全")));
    QVERIFY(f->grants().apply(a));

    auto archived = PolicyRepository(f->db()).setArchived(policy.id, policy.version, true);
    QVERIFY(archived);
    const Project p2 = f->project(e);
    a.projectId = p2.id;
    r = f->grants().apply(a);
    QVERIFY2(!r && r.message().contains(QStringLiteral("archived")), qPrintable(r.message()));
    QVERIFY(PolicyRepository(f->db()).setArchived(policy.id, archived->version, false));
    QVERIFY(FundRepository(f->db()).setArchived(fund.id, fund.version, true));
    r = f->grants().apply(a);
    QVERIFY2(!r && r.message().contains(QStringLiteral("archived")), qPrintable(r.message()));
    QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM grants")), qint64(2));
}

void TestGrantRepository::previewWritesNothing()
{
    const Fund fund = f->fund(yuan(10000000));
    const PolicyInfo policy = f->ratePolicy(fund.id);
    const qint64 e = f->enterprise(1);
    const Project p = f->project(e);
    const qint64 audits = f->scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    auto preview = f->grants().preview({e, p.id, policy.id, yuan(1), QDate(), QString()});
    QVERIFY2(preview, qPrintable(preview.message()));
    QCOMPARE(preview->amount, yuan(475000));
    QCOMPARE(preview->verifiedCost, yuan(950000));
    QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM grants")), qint64(0));
    QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
}

void TestGrantRepository::policyVersions()
{
    const Fund fund = f->fund(yuan(10000000));
    const PolicyInfo v1 = f->ratePolicy(fund.id, 5000);
    const qint64 e = f->enterprise(1);
    const Project p1 = f->project(e);
    const Project p2 = f->project(e);
    const Grant before = f->applied(e, p1.id, v1.id, yuan(475000));
    PolicyRepository repo(f->db());

    const QByteArray doc40 = R"({"format": 1, "name": "按比例奖补", "kind": "rate", "rateBasisPoints": 4000})";
    auto stale = repo.addVersion(v1.id, v1.version + 1, doc40, QStringLiteral("降到40%"));
    QVERIFY(!stale);
    QCOMPARE(stale.code(), ErrorCode::Conflict);
    auto bad = repo.addVersion(v1.id, v1.version, R"({"format": 1, "name": "x", "kind": "rate"})");
    QVERIFY2(!bad && bad.message().contains(QStringLiteral("rateBasisPoints")), qPrintable(bad.message()));
    auto v2 = repo.addVersion(v1.id, v1.version, doc40, QStringLiteral("降到40%"));
    QVERIFY2(v2, qPrintable(v2.message()));
    QCOMPARE(v2->number, 2);
    QCOMPARE(v2->policy.rateBp, 4000);
    QCOMPARE(v2->note, QStringLiteral("降到40%"));
    auto info = repo.get(v1.id);
    QCOMPARE(info->latestVersionNumber, 2);
    QCOMPARE(info->latestVersionId, v2->id);
    // An unchanged document adds nothing.
    auto same = repo.addVersion(v1.id, info->version, doc40);
    QVERIFY(same);
    QCOMPARE(same->id, v2->id);
    QCOMPARE(repo.versions(v1.id)->size(), 2);
    QCOMPARE(repo.versions(v1.id)->first().number, 2);
    QCOMPARE(repo.getVersion(v1.latestVersionId)->policy.rateBp, 5000);

    // The earlier grant keeps the version it was computed with; a new one uses version 2:
    // 950,000 × 40 % = 380,000.
    QCOMPARE(f->grants().get(before.id)->policyVersionNumber, 1);
    QCOMPARE(f->grants().get(before.id)->eligible, yuan(475000));
    const Grant after = f->applied(e, p2.id, v1.id, yuan(380000));
    QCOMPARE(after.policyVersionNumber, 2);
    QCOMPARE(after.eligible, yuan(380000));
    // Recalculating an open application moves it to the newest version.
    auto recalculated = f->grants().recalculate(before.id, before.version);
    QVERIFY2(recalculated, qPrintable(recalculated.message()));
    QCOMPARE(recalculated->policyVersionId, v2->id);
    QCOMPARE(recalculated->eligible, yuan(380000));
    auto history = AuditRepository(f->db()).history(PolicyRepository::tableName(), v1.id);
    QCOMPARE(history->first().action, QStringLiteral("new version"));
    // A decided grant is not recalculated.
    const Grant approved = f->approved(f->reviewed(recalculated.value()), yuan(380000));
    auto refused = f->grants().recalculate(approved.id, approved.version);
    QVERIFY2(!refused && refused.message().contains(QStringLiteral("fixed")), qPrintable(refused.message()));
}

void TestGrantRepository::legalPaths()
{
    const Fund fund = f->fund(yuan(10000000));
    const PolicyInfo policy = f->ratePolicy(fund.id);
    GrantRepository repo = f->grants();

    // applied → reviewed → approved → paying → paid
    Grant g = f->reviewedStandard(1, policy);
    QCOMPARE(g.state, GrantState::Reviewed);
    QCOMPARE(g.reviewedOn, QDate(2025, 3, 1));
    QCOMPARE(g.reviewNote, QStringLiteral("材料齐全"));
    g = f->approved(g, yuan(475000));
    QCOMPARE(g.state, GrantState::Approved);
    QCOMPARE(g.approved, yuan(475000));
    QVERIFY(repo.addTranche(g.id, g.version, f->tranche(yuan(75000))));
    g = repo.get(g.id).value();
    QCOMPARE(g.state, GrantState::Paying);
    QVERIFY(repo.addTranche(g.id, g.version, f->tranche(yuan(400000), TrancheBasis::None, 0, QStringLiteral("PZ-002"))));
    g = repo.get(g.id).value();
    QCOMPARE(g.state, GrantState::Paid);
    QCOMPARE(g.paid, yuan(475000));
    QStringList actions;
    for (const AuditEntry& a : AuditRepository(f->db()).history(GrantRepository::tableName(), g.id).takeValue())
        actions << a.action;
    QCOMPARE(actions, (QStringList{"payment", "payment", "approve", "review", "create"}));

    // approved → paid in one tranche
    g = f->approved(f->reviewedStandard(2, policy), yuan(100000));
    QVERIFY(repo.addTranche(g.id, g.version, f->tranche(yuan(100000))));
    QCOMPARE(repo.get(g.id)->state, GrantState::Paid);

    // applied → rejected, reviewed → rejected, applied / reviewed / approved → withdrawn
    const qint64 e = f->enterprise(3);
    const Grant applied = f->applied(e, f->project(e).id, policy.id, yuan(1000));
    auto rejected = repo.reject(applied.id, applied.version, QStringLiteral("材料不全"));
    QVERIFY2(rejected, qPrintable(rejected.message()));
    QCOMPARE(rejected->state, GrantState::Rejected);
    QCOMPARE(rejected->closeReason, QStringLiteral("材料不全"));
    g = f->reviewedStandard(4, policy);
    QCOMPARE(repo.reject(g.id, g.version, QStringLiteral("核查不符"))->state, GrantState::Rejected);
    const qint64 e5 = f->enterprise(5);
    g = f->applied(e5, f->project(e5).id, policy.id, yuan(1000));
    QCOMPARE(repo.withdraw(g.id, g.version, QStringLiteral("企业撤回"))->state, GrantState::Withdrawn);
    g = f->reviewedStandard(6, policy);
    QCOMPARE(repo.withdraw(g.id, g.version, QStringLiteral("企业撤回"))->state, GrantState::Withdrawn);
    // Withdrawing an approved grant gives its money back to the fund.
    g = f->approved(f->reviewedStandard(7, policy), yuan(200000));
    QCOMPARE(repo.fundCommitment(fund.id)->total, yuan(475000 + 100000 + 200000));
    auto withdrawn = repo.withdraw(g.id, g.version, QStringLiteral("项目终止"));
    QVERIFY(withdrawn);
    QCOMPARE(withdrawn->state, GrantState::Withdrawn);
    QCOMPARE(repo.fundCommitment(fund.id)->total, yuan(475000 + 100000));
    QVERIFY(repo.checkInvariants());
}

void TestGrantRepository::illegalMovesChangeNothing()
{
    const Fund fund = f->fund(yuan(10000000));
    const PolicyInfo policy = f->ratePolicy(fund.id);
    GrantRepository repo = f->grants();
    const qint64 e = f->enterprise(1);
    const Grant applied = f->applied(e, f->project(e).id, policy.id, yuan(475000));
    const qint64 audits = f->scalar(QStringLiteral("SELECT count(*) FROM audit_log"));

    auto r = repo.approve(applied.id, applied.version, yuan(1000));
    QVERIFY2(!r && r.message().contains(QStringLiteral("reviewed before")), qPrintable(r.message()));
    r = repo.reject(applied.id, applied.version, QString());
    QVERIFY2(!r && r.message().contains(QStringLiteral("needs a reason")), qPrintable(r.message()));
    r = repo.review(applied.id, applied.version + 1);
    QCOMPARE(r.code(), ErrorCode::Conflict);
    QVERIFY2(r.message().contains(QStringLiteral("tester")), qPrintable(r.message()));
    r = repo.review(987654, 1);
    QCOMPARE(r.code(), ErrorCode::NotFound);
    QCOMPARE(repo.get(applied.id)->version, applied.version);
    QCOMPARE(repo.get(applied.id)->state, GrantState::Applied);
    QCOMPARE(f->scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audits);

    const Grant rejected = repo.reject(applied.id, applied.version, QStringLiteral("不符")).value();
    r = repo.review(rejected.id, rejected.version);
    QVERIFY2(!r && r.message().contains(QStringLiteral("closed")), qPrintable(r.message()));
    Grant paying = f->approved(f->reviewedStandard(2, policy), yuan(100000));
    QVERIFY(repo.addTranche(paying.id, paying.version, f->tranche(yuan(1000))));
    paying = repo.get(paying.id).value();
    r = repo.withdraw(paying.id, paying.version, QStringLiteral("撤回"));
    QVERIFY2(!r && r.message().contains(QStringLiteral("cannot be withdrawn")), qPrintable(r.message()));
    r = repo.reject(paying.id, paying.version, QStringLiteral("x"));
    QVERIFY(!r);
    r = repo.approve(paying.id, paying.version, yuan(1000));
    QVERIFY(!r);
    QCOMPARE(repo.get(paying.id)->version, paying.version);
    QCOMPARE(repo.get(paying.id)->state, GrantState::Paying);
}

void TestGrantRepository::pageAndFilters()
{
    auto clusters = ClusterRepository(f->db()).list();
    const qint64 clusterA = clusters->at(0).id;
    const Fund city = f->fund(yuan(50000000), 0, BasisPointsWhole, QStringLiteral("城市资金"));
    const Fund province = f->fund(yuan(50000000), 0, BasisPointsWhole, QStringLiteral("省级资金"));
    const PolicyInfo cityPolicy = f->ratePolicy(city.id, 5000, "enterprise_upgrade", QStringLiteral("城市"));
    const PolicyInfo provincePolicy = f->ratePolicy(province.id, 1000, "enterprise_upgrade", QStringLiteral("省级"));
    QVector<qint64> ids;
    for (int i = 1; i <= 7; ++i) {
        Enterprise e = test::sampleEnterprise(i, i == 4 ? QStringLiteral("揭阳市榕城区锦绣纺织有限公司") : QString());
        e.clusterId = i % 2 ? clusterA : 0;
        const qint64 eid = EnterpriseRepository(f->db()).create(e)->id;
        Grant g = f->applied(eid, f->project(eid).id, (i <= 4 ? cityPolicy : provincePolicy).id, yuan(1000));
        if (i % 3 == 0)
            g = f->reviewed(g);
        ids << g.id;
    }
    GrantRepository repo = f->grants();
    auto first = repo.page({}, {}, std::nullopt, 3);
    QVERIFY2(first, qPrintable(first.message()));
    QCOMPARE(first->size(), 3);
    QCOMPARE(first->at(0).id, ids.at(6));
    QCOMPARE(first->at(2).id, ids.at(4));
    auto second = repo.page({}, {}, first->last().cursor, 3);
    QCOMPARE(second->at(0).id, ids.at(3));
    auto third = repo.page({}, {}, second->last().cursor, 3);
    QCOMPARE(third->size(), 1);
    QCOMPARE(third->at(0).id, ids.at(0));
    QCOMPARE(repo.count({}).value(), qint64(7));

    const GrantListRow& row = first->at(0);   // grant 7: province, cluster a
    QCOMPARE(row.fundName, QStringLiteral("省级资金"));
    QCOMPARE(row.policyName, QStringLiteral("省级"));
    QCOMPARE(row.policyVersionNumber, 1);
    QCOMPARE(row.clusterId, clusterA);
    QCOMPARE(row.projectTitle, QStringLiteral("织造车间数字化改造"));
    QCOMPARE(row.eligible, yuan(95000));   // 950,000 × 10 %
    QCOMPARE(row.requested, yuan(1000));
    QCOMPARE(row.state, GrantState::Applied);

    const auto ids_of = [&](const GrantFilter& filter) {
        QVector<qint64> out;
        for (const GrantListRow& r : repo.page(filter, {}, std::nullopt, 100).takeValue())
            out << r.id;
        if (repo.count(filter).value() != out.size())
            qWarning("count and page disagree");
        return out;
    };
    GrantFilter byFund;
    byFund.fundId = city.id;
    QCOMPARE(ids_of(byFund), (QVector<qint64>{ids[3], ids[2], ids[1], ids[0]}));
    GrantFilter byPolicy;
    byPolicy.policyId = provincePolicy.id;
    QCOMPARE(ids_of(byPolicy), (QVector<qint64>{ids[6], ids[5], ids[4]}));
    GrantFilter byState;
    byState.state = int(GrantState::Reviewed);
    QCOMPARE(ids_of(byState), (QVector<qint64>{ids[5], ids[2]}));
    GrantFilter byCluster;
    byCluster.clusterId = clusterA;
    QCOMPARE(ids_of(byCluster), (QVector<qint64>{ids[6], ids[4], ids[2], ids[0]}));
    GrantFilter noCluster;
    noCluster.clusterId = 0;
    QCOMPARE(ids_of(noCluster), (QVector<qint64>{ids[5], ids[3], ids[1]}));
    GrantFilter search;
    search.search = QStringLiteral("锦绣纺");
    QCOMPARE(ids_of(search), (QVector<qint64>{ids[3]}));
    GrantFilter combined;
    combined.fundId = city.id;
    combined.clusterId = clusterA;
    combined.state = int(GrantState::Applied);
    QCOMPARE(ids_of(combined), (QVector<qint64>{ids[0]}));
    QCOMPARE(repo.count(combined).value(), qint64(1));
}

// Every column the grants list sorts by, both ways, read two rows a page: the rows come in the
// order of that column with ties by id, each once, as a sort of the whole list in C++ puts them.
void TestGrantRepository::pagesInEachColumnOrder()
{
    auto clusters = ClusterRepository(f->db()).list();
    const Fund city = f->fund(yuan(50000000), 0, BasisPointsWhole, QStringLiteral("城市资金"));
    const Fund province = f->fund(yuan(50000000), 0, BasisPointsWhole, QStringLiteral("省级资金"));
    const PolicyInfo cityPolicy = f->ratePolicy(city.id, 5000, "enterprise_upgrade", QStringLiteral("城市"));
    const PolicyInfo provincePolicy = f->ratePolicy(province.id, 1000, "enterprise_upgrade", QStringLiteral("省级"));
    GrantRepository repo = f->grants();
    const int requested[] = {3000, 1000, 3000, 500, 1000, 8000, 2000};   // ties in what is asked
    for (int i = 1; i <= 7; ++i) {
        Enterprise e = test::sampleEnterprise(i);
        e.clusterId = i % 2 ? clusters->at(0).id : (i % 4 ? clusters->at(1).id : 0);
        const qint64 eid = EnterpriseRepository(f->db()).create(e)->id;
        Grant g = f->applied(eid, f->project(eid).id, (i % 3 ? cityPolicy : provincePolicy).id, yuan(requested[i - 1]));
        if (i % 2 == 0)
            g = f->approved(f->reviewed(g), yuan(requested[i - 1] / 2));
        if (i == 2 || i == 6)
            QVERIFY(repo.addTranche(g.id, g.version, f->tranche(yuan(i * 10))));
    }
    auto natural = repo.page({}, {}, std::nullopt, 100);
    QVERIFY2(natural, qPrintable(natural.message()));
    QCOMPARE(natural->size(), 7);
    QVERIFY(natural->first().id > natural->last().id);   // newest first
    const auto valueOf = [](const GrantListRow& r, GrantSortKey key) -> QVariant {
        switch (key) {
        case GrantSortKey::Enterprise: return r.enterpriseName;
        case GrantSortKey::Cluster: return r.clusterName;
        case GrantSortKey::Project: return r.projectTitle;
        case GrantSortKey::Fund: return r.fundName;
        case GrantSortKey::Policy: return r.policyName;
        case GrantSortKey::State: return int(r.state);
        case GrantSortKey::Applied: return r.appliedOn;
        case GrantSortKey::Requested: return r.requested.fen();
        case GrantSortKey::Eligible: return r.eligible.fen();
        case GrantSortKey::Approved: return r.approved.fen();
        case GrantSortKey::Paid: return r.paid.fen();
        }
        return {};
    };
    QCOMPARE(natural->at(1).paid, yuan(60));   // the 6th grant's tranche, in the list's own figure
    const QString differs = test::firstSortThatDiffers(
        natural.value(), int(GrantSortKey::Paid) + 1,
        [&](const ListSort& sort, const std::optional<PageCursor>& after) { return repo.page({}, sort, after, 2); },
        [&](const GrantListRow& r, int key) { return valueOf(r, GrantSortKey(key)); });
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

QTEST_GUILESS_MAIN(TestGrantRepository)
#include "tst_grantrepository.moc"
