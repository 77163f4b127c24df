#pragma once

#include "RecordSchema.h"
#include "repo/AuditRepository.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariantMap>

namespace dx {

class PackageRepository;

// Database rows → package records: integer references become the referenced record's uuid
// (a cluster its name), so a record means the same thing in every database.
Result<QVector<QJsonObject>> encodeRecords(const PackageRepository& repo, const TableSpec& spec, const QVector<QVariantMap>& rows);

// Package records → column values of this database: uuids become local ids. Lookups are cached,
// and records inserted meanwhile are added with remember(), so a record may refer to one
// stored just before it (a revision to its original).
class RecordDecoder
{
    Q_DECLARE_TR_FUNCTIONS(dx::RecordDecoder)

public:
    // `conn`/`audit` given: clusters a record names but this database lacks are created.
    RecordDecoder(const PackageRepository& repo, QSqlDatabase* conn = nullptr, AuditRepository::Writer* audit = nullptr)
        : m_repo(repo), m_conn(conn), m_audit(audit)
    {
    }
    Result<QVariantMap> decode(const TableSpec& spec, const QJsonObject& fields);
    Result<qint64> localId(const QString& table, const QString& uuid);   // 0 when absent
    void remember(const QString& table, const QString& uuid, qint64 id) { m_ids[table].insert(uuid, id); }

private:
    const PackageRepository& m_repo;
    QSqlDatabase* m_conn;
    AuditRepository::Writer* m_audit;
    QHash<QString, QHash<QString, qint64>> m_ids;
    QHash<QString, qint64> m_clusters;
};

} // namespace dx
