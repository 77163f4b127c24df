#pragma once

#include "PackageDocuments.h"
#include "PackageImport.h"
#include "RecordCodec.h"

namespace dx {

// The three-way merge of one return package, inside the import's transaction: for each record
// the base (as it left or was last taken back), the bureau's current state and the field's.
class PackageMerge
{
    Q_DECLARE_TR_FUNCTIONS(dx::PackageMerge)

public:
    PackageMerge(const Database& db, QSqlDatabase& conn, qint64 issueId, qint64 importId, const QString& packageId);
    Status mergeTable(const TableSpec& spec, const QVector<QJsonObject>& incoming, const QHash<QString, PackageBase>& bases,
                      const QHash<QString, QByteArray>& attachmentContent);
    PackageImportSummary& summary() { return m_summary; }

    // A diagnosis's stored score and level from its answers and index (never the field's figures).
    static Status rescore(QVariantMap& values, const QJsonObject& fields);
    // The record's current fields in this database, in package form; NotFound when absent.
    static Result<QPair<QVariantMap, QJsonObject>> current(const PackageRepository& repo, const TableSpec& spec, const QString& uuid);

private:
    Status mergeOne(const TableSpec& spec, const QJsonObject& record, const QVariantMap& row, const QJsonObject& now,
                    const PackageBase& base);
    QString label(const TableSpec& spec, const QJsonObject& fields) const;

    const Database& m_db;
    QSqlDatabase& m_conn;
    PackageRepository m_repo;
    AuditRepository::Writer m_audit;
    RecordDecoder m_decoder;
    qint64 m_issueId;
    qint64 m_importId;
    QString m_packageId;
    PackageImportSummary m_summary;
};

} // namespace dx
