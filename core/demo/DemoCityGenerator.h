#pragma once

#include "domain/Enterprise.h"
#include "util/Result.h"

#include <QVector>
#include <atomic>
#include <functional>

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

    // Enterprises numbered from `firstIndex` (indexes make the credit codes unique).
    Result<QVector<Enterprise>> generate(int count, const QVector<Cluster>& clusters, int firstIndex = 0) const;

    // Generates and stores `count` enterprises in one transaction (all or nothing).
    static Status populate(const Database& db, int count, quint64 seed,
                           const std::function<void(int, int)>& progress = {}, const std::atomic_bool* cancel = nullptr);

private:
    static Status setTargets(const Database& db, const QVector<Cluster>& clusters);
    quint64 m_seed;
};

} // namespace dx
