#pragma once

#include "PackageCrypto.h"
#include "RecordSchema.h"
#include "repo/AuditRepository.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariantMap>
#include <QVector>

namespace dx {

class Database;

struct PackageKey
{
    QString role;    // "bureau", "provider" (at the bureau); "issuer", "self" (on a field laptop)
    QString owner;   // the bureau's id or the provider's credit code
    QString name;
    SigningKeys keys;
};

// A package the bureau issued ("out") or a field laptop opened ("field").
struct PackageIssue
{
    qint64 id = 0;
    QString packageId;
    QString direction;
    QString bureauId;
    QString bureauName;
    QString providerCode;
    QString createdAt;
    QDate expiresOn;
    QString manifestSha256;
    int records = 0;
};

// A record as it stood when it left (or when the bureau last took it back): the common
// ancestor of a three-way merge.
struct PackageBase
{
    QString uuid;
    int version = 0;
    QJsonObject fields;
};

struct PackageConflict
{
    qint64 id = 0;
    qint64 importId = 0;
    QString table;
    QString recordUuid;
    QString field;
    QJsonValue base, bureau, fieldValue;
    int state = 0;   // 0 open, 1 bureau's value kept, 2 field's value taken
    QString providerCode;
    QString importedAt;
};

// Every SQL statement of field packages. Table and column names come from RecordSchema only;
// every write is audited in the caller's transaction (the `conn` overloads) or its own.
class PackageRepository
{
    Q_DECLARE_TR_FUNCTIONS(dx::PackageRepository)

public:
    explicit PackageRepository(const Database& db) : m_db(db) {}

    // Keys. `owner` empty: the first key of that role.
    Result<PackageKey> key(const QString& role, const QString& owner = QString()) const;
    Status putKey(QSqlDatabase& conn, const PackageKey& key) const;

    // Which enterprises a provider serves: the explicit assignment list, and the projects in
    // which it is traction unit, integrator or vendor. Archived enterprises excluded.
    Result<qint64> providerIdByCode(const QString& creditCode, QString* name = nullptr) const;
    Result<QVector<qint64>> enterprisesForProvider(qint64 providerId) const;
    Status assign(QSqlDatabase& conn, qint64 providerId, const QVector<qint64>& enterpriseIds) const;

    // Records, as raw column values keyed by column name plus id, uuid, version.
    Result<QVector<QVariantMap>> rows(const TableSpec& spec, const QVector<qint64>& ids) const;
    Result<QVector<qint64>> diagnosisIds(const QVector<qint64>& enterpriseIds) const;
    Result<QVector<qint64>> openProjectIds(const QVector<qint64>& enterpriseIds) const;
    Result<QVector<qint64>> attachmentIds(const QString& ownerTable, const QVector<qint64>& ownerIds) const;
    Result<QHash<qint64, QString>> uuidsOf(const QString& table, const QVector<qint64>& ids) const;
    Result<QHash<QString, qint64>> idsOf(const QString& table, const QStringList& uuids) const;
    Result<QHash<qint64, QString>> clusterNames() const;
    Result<QByteArray> attachmentContent(qint64 id) const;
    // The records of a table created or changed since the package `issueId` brought them.
    Result<QVector<qint64>> changedSince(const TableSpec& spec, qint64 issueId) const;

    Result<qint64> ensureCluster(QSqlDatabase& conn, AuditRepository::Writer& audit, const QString& name,
                                 const QString& industryCodes) const;
    Result<qint64> insertRecord(QSqlDatabase& conn, AuditRepository::Writer& audit, const TableSpec& spec, const QString& uuid,
                                int version, const QVariantMap& values, const QJsonObject& source,
                                const QByteArray& content = QByteArray()) const;
    // Sets `values` on the record if it is still at `expectedVersion`, bumps its version, and
    // audits `auditChanges` ({field: [old, new]} plus where it came from).
    Status updateRecord(QSqlDatabase& conn, AuditRepository::Writer& audit, const TableSpec& spec, qint64 id, const QString& uuid,
                        int expectedVersion, const QVariantMap& values, const QJsonObject& auditChanges) const;

    // Issued / opened packages and their bases.
    Result<qint64> addIssue(QSqlDatabase& conn, AuditRepository::Writer& audit, const PackageIssue& issue) const;
    Result<PackageIssue> issue(const QString& packageId) const;
    Result<PackageIssue> fieldIssue() const;   // on a field laptop: the package it was made from
    Status putBases(QSqlDatabase& conn, qint64 issueId, const QString& table, const QVector<PackageBase>& bases) const;
    Result<QHash<QString, PackageBase>> bases(qint64 issueId, const QString& table) const;

    // Imported return packages and the review queue.
    Result<QJsonObject> importSummary(const QString& returnPackageId) const;   // NotFound: never imported
    Result<qint64> addImport(QSqlDatabase& conn, AuditRepository::Writer& audit, const QString& returnPackageId, qint64 issueId,
                             const QString& providerCode) const;
    Status setImportSummary(QSqlDatabase& conn, qint64 importId, const QJsonObject& summary) const;
    Status addConflict(QSqlDatabase& conn, const PackageConflict& c) const;
    Result<QVector<PackageConflict>> conflicts(bool openOnly = true) const;
    Result<PackageConflict> conflict(qint64 id) const;
    Status closeConflict(QSqlDatabase& conn, AuditRepository::Writer& audit, qint64 id, int state) const;

private:
    const Database& m_db;
};

} // namespace dx
