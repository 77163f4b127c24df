#pragma once

// Shared by the grant tests: a database with a fixed clock, enterprises, projects that go
// through the real project workflow (cost lines, invoices, payments and milestones added while
// open, then accepted on a confirmed post-transformation assessment), funds and policies.
//
// The standard project (contract 1,000,000.00 元), hand-summed:
//   cost lines  software 400,000 · cloud 150,000 · implementation 250,000 · hardware 120,000 ·
//               training 50,000 · maintenance 30,000                          = 1,000,000.00
//   invoices    excluding tax 600,000 + 380,000                               =   980,000.00
//   payments    500,000 + 450,000                                             =   950,000.00
// Figures scale with `scale` (×2 → contract 2,000,000 …).

#include "TestSupport.h"
#include "tst_assessmentfixture.h"

#include "assessment/AssessmentIndex.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/FundRepository.h"
#include "repo/GrantRepository.h"
#include "repo/PolicyRepository.h"
#include "repo/ProjectRepository.h"

#include <QSqlQuery>
#include <memory>

namespace dx::test {

class GrantFixture
{
public:
    explicit GrantFixture(const QDate& today = QDate(2025, 3, 1))
        : m_clock(std::make_unique<FixedClock>(QDateTime(today, QTime(9, 0), Qt::UTC)))
    {
        OpenOptions o;
        o.clock = m_clock.get();
        m_db = std::make_unique<TempDatabase>(o);
        auto index = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024"));
        if (!index)
            qFatal("index: %s", qPrintable(index.message()));
        m_index = index.value();
    }

    Database& db() const { return **m_db; }
    const DatabasePtr& ptr() const { return m_db->db(); }
    QString path() const { return m_db->location(); }
    QString dir() const { return m_db->dir(); }   // a folder of the test's own for files   // for a second connection: a file or a URL
    FixedClock& clock() const { return *m_clock; }
    void setToday(const QDate& d) const { m_clock->set(QDateTime(d, QTime(9, 0), Qt::UTC)); }
    GrantRepository grants() const { return GrantRepository(db()); }

    qint64 enterprise(int index, Tier tier = Tier::None, qint64 clusterId = 0, Money revenue = Money::fromWan(5000),
                      int employees = 300, const QDate& tierValidUntil = QDate()) const
    {
        Enterprise e = sampleEnterprise(index);
        e.tier = tier;
        e.tierValidUntil = tierValidUntil;
        e.clusterId = clusterId;
        e.revenue = revenue;
        e.employees = employees;
        auto r = EnterpriseRepository(db()).create(e);
        if (!r)
            qFatal("enterprise: %s", qPrintable(r.message()));
        return r->id;
    }

    // A confirmed diagnosis reaching `level` (1, 2 or 3) on `visit`.
    qint64 diagnosis(qint64 enterpriseId, DiagnosisKind kind, const QDate& visit, int level) const
    {
        Diagnosis d;
        d.enterpriseId = enterpriseId;
        d.kind = kind;
        d.status = DiagnosisStatus::Confirmed;
        d.visitDate = visit;
        d.indexId = m_index.id;
        d.indexVersion = m_index.version;
        d.answers = answersFrom(level >= 3 ? items100() : level == 2 ? items40() : items39975());
        rateScenes(m_index, d.answers, level >= 3 ? QStringList{"b3x5", "n3x3"} : QStringList{"b2x3", "n2x3"});
        QVector<Diagnosis> list{d};
        const Status s = DiagnosisRepository(db()).insertMany(list, {});
        if (!s || list.first().level != level)
            qFatal("diagnosis level %d: %s (got %d)", level, qPrintable(s.message()), list.first().level);
        return list.first().id;
    }

    // An in-progress project with the standard lines × scale; the first milestone is done.
    Project project(qint64 enterpriseId, qint64 scale = 1, const QDate& contract = QDate(2024, 4, 15), bool showcase = false) const
    {
        ProjectRepository repo(db());
        Project p;
        p.enterpriseId = enterpriseId;
        p.title = QStringLiteral("织造车间数字化改造");
        p.baselineDiagnosisId = diagnosis(enterpriseId, DiagnosisKind::Baseline, contract.addDays(-40), 1);
        p.contractSignedOn = contract;
        p.contractAmount = Money::fromYuan(1000000 * scale);
        p.showcase = showcase;
        auto created = repo.create(p);
        check(created.status(), "project");
        const struct { const char* category; const char* text; qint64 yuan; } lines[] = {
            {"software", "MES 订阅", 400000}, {"cloud", "云服务", 150000}, {"implementation", "实施", 250000},
            {"hardware", "网关与传感器", 120000}, {"training", "培训", 50000}, {"maintenance", "运维", 30000}};
        for (const auto& l : lines)
            check(repo.saveCostLine({0, created->id, QLatin1String(l.category), QString::fromUtf8(l.text),
                                     Money::fromYuan(l.yuan * scale), true}).status(), "cost line");
        check(repo.saveInvoice({0, created->id, QStringLiteral("F001"), contract.addDays(30), Money::fromYuan(636000 * scale),
                                Money::fromYuan(600000 * scale)}).status(), "invoice");
        check(repo.saveInvoice({0, created->id, QStringLiteral("F002"), contract.addDays(150), Money::fromYuan(402800 * scale),
                                Money::fromYuan(380000 * scale)}).status(), "invoice");
        check(repo.savePayment({0, created->id, QStringLiteral("YH1"), contract.addDays(20), Money::fromYuan(500000 * scale)}).status(),
              "payment");
        check(repo.savePayment({0, created->id, QStringLiteral("YH2"), contract.addDays(160), Money::fromYuan(450000 * scale)}).status(),
              "payment");
        check(repo.saveMilestone({0, created->id, QStringLiteral("系统部署上线"), contract.addDays(45), contract.addDays(40)}).status(),
              "milestone");
        check(repo.saveMilestone({0, created->id, QStringLiteral("试运行与优化"), contract.addDays(135), QDate()}).status(), "milestone");
        auto filed = repo.changeState(created->id, created->version, ProjectState::Filed);
        check(filed.status(), "file");
        auto started = repo.changeState(filed->id, filed->version, ProjectState::InProgress);
        check(started.status(), "start");
        return started.value();
    }

    // Acceptance requested and accepted on `inspected`, with a post assessment at `level` before it.
    Project accept(const Project& p, const QDate& inspected = QDate(2024, 12, 20), int level = 2) const
    {
        ProjectRepository repo(db());
        diagnosis(p.enterpriseId, DiagnosisKind::PostTransformation, inspected.addDays(-20), level);
        auto requested = repo.changeState(p.id, p.version, ProjectState::AcceptanceRequested);
        check(requested.status(), "request acceptance");
        AcceptanceRecord record;
        record.inspectedOn = inspected;
        record.inspectors = QStringLiteral("王芳、李强");
        record.result = QStringLiteral("一企一档与现场一致");
        record.dossierVerified = true;
        auto accepted = repo.changeState(p.id, requested->version, ProjectState::Accepted, QString(), record);
        check(accepted.status(), "accept");
        return accepted.value();
    }

    Milestone milestone(qint64 projectId, int index) const
    {
        return ProjectRepository(db()).milestones(projectId).value().at(index);
    }

    Fund fund(Money total, int minUpgradeBp = 0, int maxPlatformBp = BasisPointsWhole, const QString& name = QStringLiteral("试点资金")) const
    {
        Fund f;
        f.name = name;
        f.source = FundSource::CityPilot;
        f.total = total;
        f.periodFrom = QDate(2024, 1, 1);
        f.periodTo = QDate(2025, 12, 31);
        f.minUpgradeShareBp = minUpgradeBp;
        f.maxPlatformShareBp = maxPlatformBp;
        auto r = FundRepository(db()).create(f);
        check(r.status(), "fund");
        return r.value();
    }

    PolicyInfo policy(qint64 fundId, const QByteArray& json) const
    {
        auto r = PolicyRepository(db()).create(fundId, json);
        check(r.status(), "policy");
        return r.value();
    }

    // A plain rate policy: `rateBp` of every cost, no conditions (projects need not be accepted).
    PolicyInfo ratePolicy(qint64 fundId, int rateBp = 5000, const char* purpose = "enterprise_upgrade",
                          const QString& name = QStringLiteral("按比例奖补")) const
    {
        return policy(fundId, QStringLiteral(R"({"format": 1, "name": "%1", "kind": "rate", "purpose": "%2", "rateBasisPoints": %3})")
                                  .arg(name, QLatin1String(purpose))
                                  .arg(rateBp)
                                  .toUtf8());
    }

    Grant applied(qint64 enterpriseId, qint64 projectId, qint64 policyId, Money requested) const
    {
        GrantApplication a;
        a.enterpriseId = enterpriseId;
        a.projectId = projectId;
        a.policyId = policyId;
        a.requested = requested;
        auto r = grants().apply(a);
        check(r.status(), "apply");
        return r.value();
    }

    // A new enterprise (unique `index`) with an in-progress standard project and a reviewed
    // application under `policy`.
    Grant reviewedStandard(int index, const PolicyInfo& policy, Money requested = Money::fromYuan(475000)) const
    {
        const qint64 e = enterprise(index);
        return reviewed(applied(e, project(e).id, policy.id, requested));
    }

    Grant reviewed(const Grant& g) const
    {
        auto r = grants().review(g.id, g.version, QStringLiteral("材料齐全"));
        check(r.status(), "review");
        return r.value();
    }

    Grant approved(const Grant& g, Money amount) const
    {
        auto r = grants().approve(g.id, g.version, amount);
        check(r.status(), "approve");
        return r.value();
    }

    GrantTranche tranche(Money amount, TrancheBasis basis = TrancheBasis::None, qint64 milestoneId = 0,
                         const QString& voucher = QStringLiteral("PZ-001")) const
    {
        GrantTranche t;
        t.amount = amount;
        t.paidOn = m_clock->today();
        t.voucher = voucher;
        t.basis = basis;
        t.milestoneId = milestoneId;
        return t;
    }

    qint64 scalar(const QString& sql) const
    {
        QSqlQuery q(db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static void check(const Status& s, const char* what)
    {
        if (!s)
            qFatal("%s: %s", what, qPrintable(s.message()));
    }

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDatabase> m_db;
    AssessmentIndex m_index;
};

} // namespace dx::test
