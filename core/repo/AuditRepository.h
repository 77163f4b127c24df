#pragma once

#include "AuditChain.h"
#include "BulkWrite.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>
#include <QVector>
#include <atomic>
#include <functional>

namespace dx {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QString at;          // ISO UTC
    QString user;
    QString table;
    qint64 recordId = 0;
    QString action;      // create, update, archive, restore, reveal …
    QJsonObject changes; // field -> [old, new]  (create: field -> [null, new])
};

// What `dxdesk audit verify` found: the rows checked, the chain's head (its last id and hash:
// note it down, or keep an export, and a later check with it as anchor proves that nothing up
// to it was rewritten) and the first broken row, if any.
struct AuditVerification
{
    enum class Problem {
        None,
        ContentChanged,   // the row's hash does not match its content: the row (or its hash) was edited
        LinkBroken,       // prev_hash is not the hash of the row before: a row was deleted, inserted or re-hashed
        AnchorChanged,    // the anchor's row no longer has the hash it had
        AnchorMissing,    // the anchor's row is gone (e.g. the newest rows were deleted)
    };
    qint64 rowsChecked = 0;
    qint64 lastId = 0;
    QString lastHash;
    Problem problem = Problem::None;
    AuditChainRow row;    // the first broken row (id only for AnchorMissing)
    QString expected;     // the hash the check expected there
    bool ok() const { return problem == Problem::None; }
    // A sentence for people: the row, and what the check that failed means.
    QString describe() const;
    // The failed check as a stable word for scripts: content-changed, link-broken, …
    QString problemKey() const;
};

// A row id and its hash from an earlier verification or export.
struct AuditAnchor
{
    qint64 id = 0;
    QString hash;
};

// Which rows an export for inspectors carries: `at` within [from, to] (whole days, UTC) and
// one table's rows, where given.
struct AuditFilter
{
    QDate from;
    QDate to;
    QString table;
};

// The audit log: one row per mutation, written in the mutation's own transaction. Every row is
// chained to the one before it (AuditChain); only this class writes audit rows.
class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(dx::AuditRepository)
public:
    explicit AuditRepository(const Database& db) : m_db(db) {}

    // Field-by-field difference of two snapshots: {field: [old, new]} for changed fields.
    static QJsonObject diff(const QVariantMap& before, const QVariantMap& after);

    // Writes many audit rows through one prepared statement (bulk operations). The chain's last
    // hash is read (under the chain lock) at its first row and then kept in memory for the
    // connection, so a Writer lives inside one write transaction, like the rows it writes.
    class Writer
    {
    public:
        Writer(const Database& db, QSqlDatabase& conn);
        Status record(const QString& table, qint64 recordId, const QString& recordUuid, const QString& action,
                      const QJsonObject& changes, const QString& at = QString());

    private:
        const Database& m_db;
        QSqlDatabase m_conn;
        bool m_chained;          // the schema has the chain's columns (step 8)
        BulkStatement m_insert;  // bound on SQLite's own handle: imports write 100,000s of rows
        bool m_synced = false;   // the connection's chain tail was read in this Writer's transaction
        QJsonObject m_changes;   // the last changes written, and their JSON text
        QString m_changesText;
    };

    Status record(QSqlDatabase& conn, const QString& table, qint64 recordId, const QString& recordUuid,
                  const QString& action, const QJsonObject& changes) const;
    Result<QVector<AuditEntry>> history(const QString& table, qint64 recordId) const;

    // Walks the whole chain in id order and stops at the first broken row. `progress` gets the
    // last id checked and the highest id.
    Result<AuditVerification> verify(const AuditAnchor& anchor = {},
                                      const std::function<void(qint64 doneId, qint64 lastId)>& progress = {},
                                      const std::atomic_bool* cancel = nullptr) const;
    // The rows of `filter` in id order with their hashes (exports for inspectors); `visit`
    // returns false to stop.
    Status forEach(const AuditFilter& filter, const std::function<bool(const AuditChainRow&)>& visit) const;
    Result<qint64> count(const AuditFilter& filter) const;
    // Schema step 8: hashes the rows written before the chain existed, in id order, from the
    // genesis (an empty prev_hash), so a database migrated from an older version verifies.
    static Status chainExistingRows(QSqlDatabase& conn);

private:
    const Database& m_db;
};

} // namespace dx
