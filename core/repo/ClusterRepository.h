#pragma once

#include "util/Result.h"

#include <QStringList>
#include <QVector>

namespace dx {

class Database;

// 产业集群 / 细分行业: a city-defined grouping mapped to GB/T 4754 industry codes.
struct Cluster
{
    qint64 id = 0;
    QString uuid;
    int version = 0;
    QString name;
    QStringList industryCodes;
    int sortOrder = 0;
    QString notes;
    bool archived = false;
    int target = 0;   // transformed (accepted) enterprises by the programme's end; 0: none set
};

class ClusterRepository
{
public:
    explicit ClusterRepository(const Database& db) : m_db(db) {}

    Result<QVector<Cluster>> list(bool includeArchived = false) const;
    Result<Cluster> get(qint64 id) const;
    Result<Cluster> create(const Cluster& cluster) const;
    // Saves the edited cluster if nobody changed it since it was read (version check).
    Result<Cluster> update(const Cluster& cluster) const;
    // Creates new (id 0) and updates changed clusters in one transaction: all or nothing.
    Status saveAll(const QVector<Cluster>& clusters) const;
    // The first active cluster that lists the industry code (or its 2-digit division).
    static qint64 clusterForIndustry(const QVector<Cluster>& clusters, const QString& industryCode);

private:
    Status validate(const Cluster& c) const;
    const Database& m_db;
};

} // namespace dx
