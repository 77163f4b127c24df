#include "DemoCityGenerator.h"

#include "db/BackupSchedule.h"
#include "db/ProgressSchema.h"
#include "db/Database.h"
#include "domain/CreditCode.h"
#include "repo/ClusterRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/DiagnosisRepository.h"
#include "DemoDiagnoses.h"
#include "DemoGrants.h"
#include "DemoProjects.h"
#include "DemoProviders.h"
#include "repo/ProviderRepository.h"
#include "repo/ProjectRepository.h"
#include "repo/BulkWrite.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace dx {

namespace {

// splitmix64: tiny, fast, and the same sequence everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) / double(1ULL << 53); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    template <typename T>
    const T& pick(const QVector<T>& v) { return v.at(below(int(v.size()))); }
    QChar pickChar(const QString& s) { return s.at(below(int(s.size()))); }

private:
    quint64 m_state;
};

struct Weighted
{
    QStringList keys;
    QVector<int> cumulative;
    QString pick(Rng& rng) const
    {
        const int r = rng.below(cumulative.isEmpty() ? 1 : cumulative.last());
        for (int i = 0; i < cumulative.size(); ++i)
            if (r < cumulative.at(i))
                return keys.at(i);
        return keys.value(0);
    }
};

Weighted weighted(const QJsonObject& o)
{
    Weighted w;
    int sum = 0;
    for (auto it = o.begin(); it != o.end(); ++it) {
        sum += it.value().toInt();
        w.keys << it.key();
        w.cumulative << sum;
    }
    return w;
}

QString tr(const char* text) { return QCoreApplication::translate("dx::DemoCityGenerator", text); }

} // namespace

// What every enterprise of one city draws from: the demonstration data (read once, not per
// chunk) and the commissioners, whose number follows the size of the whole city.
struct DemoCityGenerator::Plan
{
    Weighted districts;
    Weighted clusterPick;
    QHash<QString, const Cluster*> clusterByName;
    QStringList others;
    QJsonObject words;
    QStringList suffixes;
    QVector<int> tierCumulative;
    QString brand;
    QString surnames;
    QString given;
    double clusterShare = 0;
    double aboveShare = 0;
    QStringList commissioners;
    QVector<Cluster> clusters;
};

DemoCityGenerator::DemoCityGenerator(quint64 seed) : m_seed(seed) {}

DemoCityGenerator::~DemoCityGenerator() = default;

Status DemoCityGenerator::prepare(int count, const QVector<Cluster>& clusters)
{
    QFile f(QStringLiteral(":/dx/reference/demo_city.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Status::error(ErrorCode::Io, tr("The demonstration data is missing from the application."));
    const QJsonObject cfg = QJsonDocument::fromJson(f.readAll()).object();
    if (count < 0 || count > 50000000)
        return Status::error(ErrorCode::Validation, tr("The number of enterprises must be between 0 and 50,000,000."));

    auto plan = std::make_unique<Plan>();
    plan->clusters = clusters;   // clusterByName points into this copy
    plan->districts = weighted(cfg.value(QLatin1String("districtWeights")).toObject());
    plan->clusterPick = weighted(cfg.value(QLatin1String("clusterWeights")).toObject());
    for (const Cluster& c : std::as_const(plan->clusters))
        plan->clusterByName.insert(c.name, &c);
    for (const QJsonValue& v : cfg.value(QLatin1String("otherIndustries")).toArray())
        plan->others << v.toString();
    plan->words = cfg.value(QLatin1String("industryWords")).toObject();
    for (const QJsonValue& v : cfg.value(QLatin1String("suffixes")).toArray())
        plan->suffixes << v.toString();
    int tierSum = 0;
    for (const QJsonValue& v : cfg.value(QLatin1String("tierWeights")).toArray())
        plan->tierCumulative << (tierSum += v.toInt());
    plan->brand = cfg.value(QLatin1String("brandChars")).toString();
    plan->surnames = cfg.value(QLatin1String("surnames")).toString();
    plan->given = cfg.value(QLatin1String("givenChars")).toString();
    plan->clusterShare = cfg.value(QLatin1String("clusterShare")).toDouble();
    plan->aboveShare = cfg.value(QLatin1String("aboveScaleShare")).toDouble();
    if (plan->districts.keys.isEmpty() || plan->brand.size() < 2 || plan->suffixes.isEmpty() || plan->tierCumulative.size() != TierCount)
        return Status::error(ErrorCode::Validation, tr("The demonstration data file is incomplete."));

    // Service commissioners: about one per 250 enterprises, at least 8.
    Rng rng(m_seed);
    for (int i = 0; i < qMax(8, count / 250); ++i)
        plan->commissioners << QString(rng.pickChar(plan->surnames)) + rng.pickChar(plan->given) + rng.pickChar(plan->given);
    m_plan = std::move(plan);
    return Status::ok();
}

Result<QVector<Enterprise>> DemoCityGenerator::generate(int count, const QVector<Cluster>& clusters, int firstIndex)
{
    const Status prepared = prepare(count, clusters);
    if (!prepared)
        return prepared;
    return generateRange(firstIndex, count);
}

QVector<Enterprise> DemoCityGenerator::generateRange(int firstIndex, int count) const
{
    const Plan& plan = *m_plan;
    QVector<Enterprise> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int index = firstIndex + i;
        // Each enterprise has its own stream, so a city of N is the first N of a bigger one.
        // Seeds are mixed first: neighbouring raw seeds would give shifted copies of one stream.
        Rng r(Rng(m_seed ^ Rng(quint64(index) + 0x5EED).next()).next());
        Enterprise e;
        e.districtCode = plan.districts.pick(r);
        QString industry;
        if (r.unit() < plan.clusterShare && !plan.clusterPick.keys.isEmpty()) {
            const Cluster* c = plan.clusterByName.value(plan.clusterPick.pick(r));
            if (c && !c->industryCodes.isEmpty()) {
                e.clusterId = c->id;
                industry = c->industryCodes.at(r.below(int(c->industryCodes.size())));
            }
        }
        if (industry.isEmpty()) {
            industry = plan.others.value(r.below(int(plan.others.size())), QStringLiteral("41"));
            e.clusterId = ClusterRepository::clusterForIndustry(plan.clusters, industry);
        }
        e.industryCode = industry;
        const QJsonArray w = plan.words.value(industry).toArray();
        const QString word = w.isEmpty() ? QStringLiteral("实业") : w.at(r.below(int(w.size()))).toString();
        QString brandName(r.pickChar(plan.brand));
        QChar second = r.pickChar(plan.brand);
        while (second == brandName.at(0))
            second = r.pickChar(plan.brand);
        brandName += second;
        if (r.below(3) == 0)
            brandName += r.pickChar(plan.brand);
        const QString place = r.below(2) ? QStringLiteral("揭阳市") : QString();
        e.name = place + brandName + word + plan.suffixes.at(r.below(int(plan.suffixes.size())));

        // Credit code: 9 (market regulation) 1 (enterprise) + district + a unique
        // organisation code (index spread by an odd multiplier, unique below 10^8).
        const quint64 org = (quint64(index) * 7919ULL + m_seed % 1000003ULL * 131ULL) % 100000000ULL;
        const QString eight = QStringLiteral("%1").arg(org, 8, 10, QLatin1Char('0'));
        const QString first17 = QStringLiteral("91") + e.districtCode + eight + CreditCode::computeOrganisationCheck(eight);
        e.creditCode = first17 + CreditCode::computeCheckCharacter(first17);

        e.aboveScale = r.unit() < plan.aboveShare;
        if (e.aboveScale) {
            e.employees = r.between(60, 400) + (r.below(8) == 0 ? r.between(300, 2500) : 0);
            e.revenue = Money::fromWan(r.between(2000, 30000) + (r.below(10) == 0 ? r.between(20000, 200000) : 0));
        } else {
            e.employees = r.between(5, 180);
            e.revenue = Money::fromYuan(qint64(r.between(50, 1999)) * 10000 + r.below(10000));
        }
        const int t = r.below(plan.tierCumulative.last());
        int tier = 0;
        while (tier < TierCount - 1 && t >= plan.tierCumulative.at(tier))
            ++tier;
        if (tier >= int(Tier::Specialized) && !e.aboveScale && r.below(2))
            tier = int(Tier::Innovative);   // higher tiers are mostly 规上
        e.tier = Tier(tier);
        if (e.tier != Tier::None)
            e.tierValidUntil = QDate(2024 + r.below(4), 1 + r.below(12), 1 + r.below(28));
        e.contactName = QString(r.pickChar(plan.surnames)) + r.pickChar(plan.given) + (r.below(2) ? QString(r.pickChar(plan.given)) : QString());
        static const char* prefixes[] = {"138", "139", "135", "136", "137", "150", "151", "158", "159", "186", "188", "189"};
        e.contactPhone = QLatin1String(prefixes[r.below(12)]) + QStringLiteral("%1").arg(r.below(100000000), 8, 10, QLatin1Char('0'));
        e.commissioner = plan.commissioners.at(r.below(int(plan.commissioners.size())));
        out.push_back(std::move(e));
    }
    return out;
}

namespace {
// Each project gets a traction unit serving its enterprise's cluster, an integrator, and one or
// two approved "小快轻准" products addressing its target scenes, whose vendors join the parties.
void assignParties(QVector<ProjectBundle>& projects, const QVector<Enterprise>& enterprises, const QVector<Provider>& providers,
                   const QVector<Product>& products)
{
    QHash<qint64, qint64> clusterOf;
    for (const Enterprise& e : enterprises)
        clusterOf.insert(e.id, e.clusterId);
    QHash<qint64, QVector<qint64>> tractionByCluster;
    QVector<qint64> integrators;
    for (const Provider& p : providers) {
        if (p.roles.contains(ProviderRole::Traction))
            for (qint64 c : p.clusterIds)
                tractionByCluster[c].push_back(p.id);
        if (p.roles.contains(ProviderRole::Integrator))
            integrators.push_back(p.id);
    }
    QVector<Product> approved;
    QHash<QString, QVector<int>> productsByScene;   // scene id → indexes into `approved`
    for (const Product& p : products) {
        if (p.reviewStatus != ReviewStatus::Approved || p.archived)
            continue;
        for (const QString& scene : p.sceneIds)
            productsByScene[scene].push_back(int(approved.size()));
        approved.push_back(p);
    }
    for (ProjectBundle& b : projects) {
        const QVector<qint64> traction = tractionByCluster.value(clusterOf.value(b.project.enterpriseId));
        if (!traction.isEmpty())
            b.project.tractionProviderId = traction.at(int(b.project.enterpriseId % traction.size()));
        if (!integrators.isEmpty())
            b.project.integratorProviderId = integrators.at(int((b.project.enterpriseId / 3) % integrators.size()));
        const QVector<int> candidates = productsByScene.value(b.project.targetSceneIds.value(0));
        for (int k = 0; k < qMin(2, int(candidates.size())); ++k) {
            const Product& product = approved.at(candidates.at(int((b.project.enterpriseId + k) % candidates.size())));
            if (b.project.productIds.contains(product.id))
                continue;
            b.project.productIds << product.id;
            if (!b.project.vendorIds.contains(product.providerId))
                b.project.vendorIds << product.providerId;
        }
    }
}
}

Status DemoCityGenerator::populate(const Database& db, int count, quint64 seed, const std::function<void(int, int)>& progress,
                                   const std::atomic_bool* cancel, int chunkSize)
{
    auto clusters = ClusterRepository(db).list();
    if (!clusters)
        return clusters.status();
    // Continue numbering after existing enterprises so a second demo load stays unique.
    auto existing = EnterpriseRepository(db).count(EnterpriseFilter::everyone());
    if (!existing)
        return existing.status();
    DemoCityGenerator city(seed);
    if (const Status prepared = city.prepare(count, clusters.value()); !prepared)
        return prepared;
    // A large load into a register that holds data is preceded by a verified backup.
    const auto backup = BackupSchedule(db).beforeBulkWrite(count, QStringLiteral("demo"));
    if (!backup)
        return backup.status();
    auto index = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024"));
    if (!index)
        return index.status();
    QStringList sceneIds;
    for (const Scene& scene : index->scenes)
        sceneIds << scene.id;
    // Everything in one transaction: a cancelled or failed load leaves nothing.
    QSqlDatabase conn = db.connection();
    BulkJournalScope journal(conn, count);   // before the transaction: it ends after the commit
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    const QJsonObject source{{QStringLiteral("source"), QStringLiteral("demo")}, {QStringLiteral("seed"), QString::number(seed)}};
    auto pool = ensurePool(db, clusters.value(), sceneIds, seed, source);
    if (!pool)
        return pool.status();
    const Status cancelled = Status::error(ErrorCode::Cancelled, tr("Cancelled; nothing was added."));
    // The whole city is one batch for the register's list indexes: built once at the end
    // instead of kept row by row through every chunk after the first (see DeferredIndexes;
    // measured at 100,000: the chunks after the first took 2.0 s each against 0.8 s).
    BulkCacheScope cache(conn);
    DeferredIndexes registerIndexes;
    if (const Status deferred = registerIndexes.begin(conn, EnterpriseRepository::tableName(), count, existing.value()); !deferred)
        return deferred;
    // The dashboard's stage rows of the whole city once, from each enterprise's final records.
    ProgressSchema::BatchScope stages;
    if (const Status suspended = stages.begin(conn, ProgressSchema::Batch::Cases, count); !suspended)
        return suspended;
    // The city in chunks: each chunk's enterprises, their diagnoses and projects are generated,
    // stored and let go before the next (memory stays that of a chunk), and being numbered by
    // their place in the city and their stored ids, they are the same whatever the chunk size.
    const int chunk = qMax(1, chunkSize);
    for (int offset = 0; offset < count; offset += chunk) {
        const int n = qMin(chunk, count - offset);
        QVector<Enterprise> enterprises = city.generateRange(int(existing.value()) + offset, n);
        QVector<qint64> ids;
        const auto chunkProgress = [&](int done, int) {
            if (progress)
                progress(offset + done, count);
        };
        Status s = EnterpriseRepository(db).insertMany(enterprises, source, chunkProgress, cancel, &ids);
        if (!s)
            return s;
        for (int i = 0; i < enterprises.size() && i < ids.size(); ++i)
            enterprises[i].id = ids.at(i);
        QVector<Diagnosis> diagnoses = DemoDiagnoses::generate(index.value(), enterprises, seed);
        if (cancel && cancel->load())
            return cancelled;
        s = DiagnosisRepository(db).insertMany(diagnoses, source);
        if (!s)
            return s;
        QVector<ProjectBundle> projects = DemoProjects::generate(diagnoses, seed, sceneIds);
        assignParties(projects, enterprises, pool->providers, pool->products);
        s = ProjectRepository(db).insertMany(projects, source);
        if (!s)
            return s;
        if (cancel && cancel->load())
            return cancelled;
    }
    Status s = stages.end(conn);
    if (s)
        s = registerIndexes.end(conn);
    if (!s)
        return s;
    // Funds, policies and grants for the accepted projects, in the same transaction.
    s = DemoGrants::populate(db, seed, source);
    if (!s)
        return s;
    s = setTargets(db, clusters.value());
    if (!s)
        return s;
    return tx.commit();
}

// The resource pool once per database (a second demo load reuses it), with its products.
Result<DemoCityGenerator::Pool> DemoCityGenerator::ensurePool(const Database& db, const QVector<Cluster>& clusters,
                                                              const QStringList& sceneIds, quint64 seed, const QJsonObject& source)
{
    auto stored = ProviderRepository(db).list(true);
    if (!stored)
        return stored.status();
    Pool pool;
    pool.providers = stored.value();
    if (pool.providers.isEmpty()) {
        DemoProviders::Pool generated = DemoProviders::generate(clusters, sceneIds, seed);
        QVector<Product> noProducts;
        Status s = ProviderRepository(db).insertMany(generated.providers, noProducts, source);
        if (!s)
            return s;
        for (Product& product : generated.products)   // provider index → stored id
            product.providerId = generated.providers.at(int(product.providerId)).id;
        QVector<Provider> noProviders;
        s = ProviderRepository(db).insertMany(noProviders, generated.products, source);
        if (!s)
            return s;
        pool.providers = generated.providers;
    }
    auto products = ProviderRepository(db).products();
    if (!products)
        return products.status();
    pool.products = products.value();
    return pool;
}

// Each cluster without a target gets one the demo city can reach in part: 12 % of its members
// transformed, in tens (the programme sets such targets per cluster, e.g. 200 for a city).
Status DemoCityGenerator::setTargets(const Database& db, const QVector<Cluster>& clusters)
{
    for (Cluster c : clusters) {
        if (c.target > 0)
            continue;
        EnterpriseFilter members;
        members.clusterId = c.id;
        auto n = EnterpriseRepository(db).count(members);
        if (!n)
            return n.status();
        c.target = int(qMax<qint64>(10, (n.value() * 12 / 100 + 5) / 10 * 10));
        auto saved = ClusterRepository(db).update(c);
        if (!saved)
            return saved.status();
    }
    return Status::ok();
}

} // namespace dx
