#include "DemoCityGenerator.h"

#include "db/BackupSchedule.h"
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

DemoCityGenerator::DemoCityGenerator(quint64 seed) : m_seed(seed) {}

Result<QVector<Enterprise>> DemoCityGenerator::generate(int count, const QVector<Cluster>& clusters, int firstIndex) const
{
    QFile f(QStringLiteral(":/dx/reference/demo_city.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Status::error(ErrorCode::Io, tr("The demonstration data is missing from the application."));
    const QJsonObject cfg = QJsonDocument::fromJson(f.readAll()).object();
    if (count < 0 || count > 50000000)
        return Status::error(ErrorCode::Validation, tr("The number of enterprises must be between 0 and 50,000,000."));

    const Weighted districts = weighted(cfg.value(QLatin1String("districtWeights")).toObject());
    const Weighted clusterPick = weighted(cfg.value(QLatin1String("clusterWeights")).toObject());
    QHash<QString, const Cluster*> clusterByName;
    for (const Cluster& c : clusters)
        clusterByName.insert(c.name, &c);
    QStringList others;
    for (const QJsonValue& v : cfg.value(QLatin1String("otherIndustries")).toArray())
        others << v.toString();
    const QJsonObject words = cfg.value(QLatin1String("industryWords")).toObject();
    QStringList suffixes;
    for (const QJsonValue& v : cfg.value(QLatin1String("suffixes")).toArray())
        suffixes << v.toString();
    QVector<int> tierCumulative;
    int tierSum = 0;
    for (const QJsonValue& v : cfg.value(QLatin1String("tierWeights")).toArray())
        tierCumulative << (tierSum += v.toInt());
    const QString brand = cfg.value(QLatin1String("brandChars")).toString();
    const QString surnames = cfg.value(QLatin1String("surnames")).toString();
    const QString given = cfg.value(QLatin1String("givenChars")).toString();
    const double clusterShare = cfg.value(QLatin1String("clusterShare")).toDouble();
    const double aboveShare = cfg.value(QLatin1String("aboveScaleShare")).toDouble();
    if (districts.keys.isEmpty() || brand.size() < 2 || suffixes.isEmpty() || tierCumulative.size() != TierCount)
        return Status::error(ErrorCode::Validation, tr("The demonstration data file is incomplete."));

    // Service commissioners: about one per 250 enterprises, at least 8.
    Rng rng(m_seed);
    QStringList commissioners;
    for (int i = 0; i < qMax(8, count / 250); ++i)
        commissioners << QString(rng.pickChar(surnames)) + rng.pickChar(given) + rng.pickChar(given);

    QVector<Enterprise> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int index = firstIndex + i;
        // Each enterprise has its own stream, so a city of N is the first N of a bigger one.
        // Seeds are mixed first: neighbouring raw seeds would give shifted copies of one stream.
        Rng r(Rng(m_seed ^ Rng(quint64(index) + 0x5EED).next()).next());
        Enterprise e;
        e.districtCode = districts.pick(r);
        QString industry;
        if (r.unit() < clusterShare && !clusterPick.keys.isEmpty()) {
            const Cluster* c = clusterByName.value(clusterPick.pick(r));
            if (c && !c->industryCodes.isEmpty()) {
                e.clusterId = c->id;
                industry = c->industryCodes.at(r.below(int(c->industryCodes.size())));
            }
        }
        if (industry.isEmpty()) {
            industry = others.value(r.below(int(others.size())), QStringLiteral("41"));
            e.clusterId = ClusterRepository::clusterForIndustry(clusters, industry);
        }
        e.industryCode = industry;
        const QJsonArray w = words.value(industry).toArray();
        const QString word = w.isEmpty() ? QStringLiteral("实业") : w.at(r.below(int(w.size()))).toString();
        QString brandName(r.pickChar(brand));
        QChar second = r.pickChar(brand);
        while (second == brandName.at(0))
            second = r.pickChar(brand);
        brandName += second;
        if (r.below(3) == 0)
            brandName += r.pickChar(brand);
        const QString place = r.below(2) ? QStringLiteral("揭阳市") : QString();
        e.name = place + brandName + word + suffixes.at(r.below(int(suffixes.size())));

        // Credit code: 9 (market regulation) 1 (enterprise) + district + a unique
        // organisation code (index spread by an odd multiplier, unique below 10^8).
        const quint64 org = (quint64(index) * 7919ULL + m_seed % 1000003ULL * 131ULL) % 100000000ULL;
        const QString eight = QStringLiteral("%1").arg(org, 8, 10, QLatin1Char('0'));
        const QString first17 = QStringLiteral("91") + e.districtCode + eight + CreditCode::computeOrganisationCheck(eight);
        e.creditCode = first17 + CreditCode::computeCheckCharacter(first17);

        e.aboveScale = r.unit() < aboveShare;
        if (e.aboveScale) {
            e.employees = r.between(60, 400) + (r.below(8) == 0 ? r.between(300, 2500) : 0);
            e.revenue = Money::fromWan(r.between(2000, 30000) + (r.below(10) == 0 ? r.between(20000, 200000) : 0));
        } else {
            e.employees = r.between(5, 180);
            e.revenue = Money::fromYuan(qint64(r.between(50, 1999)) * 10000 + r.below(10000));
        }
        const int t = r.below(tierCumulative.last());
        int tier = 0;
        while (tier < TierCount - 1 && t >= tierCumulative.at(tier))
            ++tier;
        if (tier >= int(Tier::Specialized) && !e.aboveScale && r.below(2))
            tier = int(Tier::Innovative);   // higher tiers are mostly 规上
        e.tier = Tier(tier);
        if (e.tier != Tier::None)
            e.tierValidUntil = QDate(2024 + r.below(4), 1 + r.below(12), 1 + r.below(28));
        e.contactName = QString(r.pickChar(surnames)) + r.pickChar(given) + (r.below(2) ? QString(r.pickChar(given)) : QString());
        static const char* prefixes[] = {"138", "139", "135", "136", "137", "150", "151", "158", "159", "186", "188", "189"};
        e.contactPhone = QLatin1String(prefixes[r.below(12)]) + QStringLiteral("%1").arg(r.below(100000000), 8, 10, QLatin1Char('0'));
        e.commissioner = commissioners.at(r.below(int(commissioners.size())));
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
                                   const std::atomic_bool* cancel)
{
    auto clusters = ClusterRepository(db).list();
    if (!clusters)
        return clusters.status();
    // Continue numbering after existing enterprises so a second demo load stays unique.
    auto existing = EnterpriseRepository(db).count(EnterpriseFilter::everyone());
    if (!existing)
        return existing.status();
    auto list = DemoCityGenerator(seed).generate(count, clusters.value(), int(existing.value()));
    if (!list)
        return list.status();
    // A large load into a register that holds data is preceded by a verified backup.
    const auto backup = BackupSchedule(db).beforeBulkWrite(count, QStringLiteral("demo"));
    if (!backup)
        return backup.status();
    // Enterprises and their diagnoses in one transaction: a cancelled load leaves nothing.
    auto index = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024"));
    if (!index)
        return index.status();
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    const QJsonObject source{{QStringLiteral("source"), QStringLiteral("demo")}, {QStringLiteral("seed"), QString::number(seed)}};
    QVector<qint64> ids;
    Status s = EnterpriseRepository(db).insertMany(list.value(), source, progress, cancel, &ids);
    if (!s)
        return s;
    QVector<Enterprise> stored = list.value();
    for (int i = 0; i < stored.size() && i < ids.size(); ++i)
        stored[i].id = ids.at(i);
    QVector<Diagnosis> diagnoses = DemoDiagnoses::generate(index.value(), stored, seed);
    if (cancel && cancel->load())
        return Status::error(ErrorCode::Cancelled, tr("Cancelled; nothing was added."));
    s = DiagnosisRepository(db).insertMany(diagnoses, source);
    if (!s)
        return s;
    // The resource pool once per database: a second demo load reuses it.
    auto pool = ProviderRepository(db).list(true);
    if (!pool)
        return pool.status();
    QVector<Provider> providers = pool.value();
    QStringList sceneIds;
    for (const Scene& scene : index->scenes)
        sceneIds << scene.id;
    if (providers.isEmpty()) {
        DemoProviders::Pool generated = DemoProviders::generate(clusters.value(), sceneIds, seed);
        QVector<Product> noProducts;
        s = ProviderRepository(db).insertMany(generated.providers, noProducts, source);
        if (!s)
            return s;
        for (Product& product : generated.products)   // provider index → stored id
            product.providerId = generated.providers.at(int(product.providerId)).id;
        QVector<Provider> noProviders;
        s = ProviderRepository(db).insertMany(noProviders, generated.products, source);
        if (!s)
            return s;
        providers = generated.providers;
    }
    auto products = ProviderRepository(db).products();
    if (!products)
        return products.status();
    QVector<ProjectBundle> projects = DemoProjects::generate(diagnoses, seed, sceneIds);
    assignParties(projects, stored, providers, products.value());
    s = ProjectRepository(db).insertMany(projects, source);
    if (!s)
        return s;
    if (cancel && cancel->load())
        return Status::error(ErrorCode::Cancelled, tr("Cancelled; nothing was added."));
    // Funds, policies and grants for the accepted projects, in the same transaction.
    s = DemoGrants::populate(db, seed, source);
    if (!s)
        return s;
    s = setTargets(db, clusters.value());
    if (!s)
        return s;
    return tx.commit();
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
