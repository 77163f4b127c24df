#pragma once

#include "domain/Enterprise.h"
#include "domain/Provider.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QVector>
#include <atomic>
#include <functional>
#include <memory>

namespace dx {

class Database;
struct Cluster;

// Generates a plausible city of enterprises (揭阳-like, from resources/reference/demo_city.json):
// valid and unique credit codes, districts, clusters, sizes, tiers and contacts.
// Deterministic for a seed on every platform (own PRNG, no std:: distributions).
class DemoCityGenerator
{
public:
    explicit DemoCityGenerator(quint64 seed = 2024);
    ~DemoCityGenerator();

    // Enterprises numbered from `firstIndex` (indexes make the credit codes unique) of a city
    // of `count`.
    Result<QVector<Enterprise>> generate(int count, const QVector<Cluster>& clusters, int firstIndex = 0);

    // Generates and stores `count` enterprises with their diagnoses, projects and grants in one
    // transaction (all or nothing), `chunkSize` enterprises at a time: memory stays that of a
    // chunk, and the data are the same for any chunk size.
    static constexpr int DefaultChunkSize = 20000;
    static Status populate(const Database& db, int count, quint64 seed, const std::function<void(int, int)>& progress = {},
                           const std::atomic_bool* cancel = nullptr, int chunkSize = DefaultChunkSize);

private:
    struct Plan;
    struct Pool
    {
        QVector<Provider> providers;
        QVector<Product> products;
    };
    // Reads the demonstration data and draws the commissioners of a city of `count`.
    Status prepare(int count, const QVector<Cluster>& clusters);
    // Enterprises firstIndex … firstIndex + count - 1 of the prepared city.
    QVector<Enterprise> generateRange(int firstIndex, int count) const;
    static Result<Pool> ensurePool(const Database& db, const QVector<Cluster>& clusters, const QStringList& sceneIds, quint64 seed,
                                   const QJsonObject& source);
    static Status setTargets(const Database& db, const QVector<Cluster>& clusters);
    quint64 m_seed;
    std::unique_ptr<Plan> m_plan;
};

} // namespace dx
