#pragma once

#include "AuditRepository.h"
#include "Keyset.h"
#include "domain/Enterprise.h"
#include "db/Dialect.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QDate>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QVariant>
#include <QVector>
#include <atomic>
#include <functional>
#include <optional>

namespace dx {

class BulkStatement;
class Database;

enum class ArchivedFilter { Active, Archived, All };

struct EnterpriseFilter
{
    QString search;             // substring of name or credit code
    qint64 clusterId = -1;      // -1 any, 0 none, else that cluster
    QString districtCode;       // empty = any; a prefecture code matches its counties too
    int tier = -1;              // -1 any, else a Tier value
    int aboveScale = -1;        // -1 any, 0 规下, 1 规上
    ArchivedFilter archived = ArchivedFilter::Active;
    ProgressStage stage = ProgressStage::Any;
    QDate stageAsOf;            // the stage as it stood at the end of this day, among the enterprises not
                                // archived by then (use with ArchivedFilter::All); invalid: as it is now

    // Every enterprise, archived ones too.
    static EnterpriseFilter everyone()
    {
        EnterpriseFilter f;
        f.archived = ArchivedFilter::All;
        return f;
    }
};

enum class EnterpriseSortKey { Name, CreditCode, District, Cluster, Tier, Employees, Revenue, UpdatedAt };

// What the register list shows: one enterprise with its reference names resolved.
struct EnterpriseListRow
{
    qint64 id = 0;
    QString name;
    QString creditCode;
    QString districtCode;
    QString districtName;
    QString industryCode;
    QString clusterName;
    bool aboveScale = false;
    int employees = 0;
    qint64 revenueFen = 0;
    int tier = 0;
    QString contactName;
    QString contactPhone;   // raw: the view masks it
    QString commissioner;
    bool archived = false;
    QString updatedAt;
    int level = -1;         // level of the latest current confirmed diagnosis; -1 when none
    PageCursor cursor;      // to continue after this row
};

class EnterpriseRepository
{
public:
    explicit EnterpriseRepository(const Database& db) : m_db(db) {}

    // A page of the filtered, sorted register, starting after `after` (keyset pagination:
    // the cost of a page does not grow with how far the user has scrolled).
    Result<QVector<EnterpriseListRow>> page(const EnterpriseFilter& filter, EnterpriseSortKey key, Qt::SortOrder order,
                                            const std::optional<PageCursor>& after, int limit) const;
    Result<qint64> count(const EnterpriseFilter& filter) const;

    Result<Enterprise> get(qint64 id) const;
    Result<Enterprise> findByCreditCode(const QString& code) const;   // NotFound when none
    // Every registered credit code with its enterprise id, in one query (imports match a
    // whole file against it instead of a lookup per row).
    Result<QHash<QString, qint64>> idsByCreditCode() const;
    // Every enterprise the filter finds, whole, in name order, streamed to `visit` (exports);
    // `visit` returns false to stop.
    Status forEach(const EnterpriseFilter& filter, const std::function<bool(const Enterprise&)>& visit) const;

    // Checks every field rule (and the credit code's uniqueness); nothing is written.
    Status validate(const Enterprise& e) const;
    Result<Enterprise> create(const Enterprise& e) const;
    // Saves if the stored version is still e.version; otherwise a Conflict naming who changed it.
    Result<Enterprise> update(const Enterprise& e) const;
    Result<Enterprise> setArchived(qint64 id, int expectedVersion, bool archived) const;
    // Logs that a user displayed the full contact phone (PIPL: a deliberate, logged act).
    Status logReveal(qint64 id) const;

    // Bulk insert in one transaction with an audit row per enterprise carrying `source`
    // (e.g. {"source": "demo", "seed": 2024});
    // all or nothing. progress(done, total) is called every few hundred rows; cancel aborts
    // and rolls back.
    Status insertMany(const QVector<Enterprise>& list, const QJsonObject& source, const std::function<void(int, int)>& progress = {},
                      const std::atomic_bool* cancel = nullptr, QVector<qint64>* insertedIds = nullptr) const;

    static const QString& tableName();
    // The WHERE condition (on alias "e") finding enterprises whose name or credit code contains
    // `text`, with its bound values appended; empty for no search. For the lists that search by
    // enterprise (projects, grants); the register itself also weighs the number of matches
    // (EnterpriseSearch).
    static QString searchCondition(const QString& text, QVariantList& binds, Backend backend);
    // The rules a single record must satisfy, without the database (name, credit code, numbers, phone).
    static Status checkFields(const Enterprise& e);

private:
    static Status checkReferences(const Enterprise& e, const QSet<QString>& districts, const QSet<QString>& industries);
    Result<QPair<QSet<QString>, QSet<QString>>> knownCodes() const;
    Status insertOne(AuditRepository::Writer& audit, BulkStatement& insert, Enterprise& e, const QString& now,
                     const QJsonObject* auditChanges) const;
    const Database& m_db;
};

} // namespace dx
