#include "AuditRepository.h"
#include "util/Uuid.h"

#include "db/AuditChainSchema.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <future>

namespace dx {

QJsonObject AuditRepository::diff(const QVariantMap& before, const QVariantMap& after)
{
    QJsonObject out;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QVariant old = before.value(it.key());
        if (before.contains(it.key()) && old == it.value())
            continue;
        out.insert(it.key(), QJsonArray{before.contains(it.key()) ? QJsonValue::fromVariant(old) : QJsonValue(),
                                        QJsonValue::fromVariant(it.value())});
    }
    return out;
}

namespace {

// `what` is a translated message with %1 for the database's error.
Status failure(const QString& what, const QSqlQuery& q)
{
    return Status::error(ErrorCode::Database, what.arg(sqlErrorText(q.lastError())));
}

struct ChainTail
{
    qint64 id = 0;
    QString hash;   // AuditChain::genesis() before the first row
};

// The chain's last row per connection (connections are per thread, see Database::connection()).
// Valid inside the write transaction that read it: the Writers of one transaction (a package
// import has two) append to one chain through it.
thread_local QHash<QString, ChainTail> t_tails;

// Locks the chain and reads its last row: the one place that keeps two writers from appending
// to the same row (a fork). Called inside the write transaction, before the first row of a
// Writer. SQLite: BEGIN IMMEDIATE (Transaction) already holds the database's write lock until
// the commit. PostgreSQL: Transaction takes pg_advisory_xact_lock(ApplicationId) at BEGIN; were
// that lock ever narrowed, take `SELECT pg_advisory_xact_lock(<audit chain key>)` here, before
// the SELECT, or concurrent transactions read the same last hash.
//
// A provider's login on PostgreSQL reads only its own audit rows (RoleSchema): it asks the
// dx_audit_tail() function, which reads the whole log, for the end. Whether the function exists
// (schema step 10) is asked once per connection.
thread_local QHash<QString, bool> t_tailFunction;

Result<ChainTail> lockChainAndReadTail(QSqlDatabase& conn)
{
    QSqlQuery q(conn);
    QString tailSql = QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (Dialect::isPostgres(conn)) {
        auto known = t_tailFunction.find(conn.connectionName());
        if (known == t_tailFunction.end()) {
            const bool exists = q.exec(QStringLiteral("SELECT to_regprocedure('dx_audit_tail()') IS NOT NULL")) && q.next() &&
                                q.value(0).toBool();
            known = t_tailFunction.insert(conn.connectionName(), exists);
        }
        if (*known)
            tailSql = QStringLiteral("SELECT id, hash FROM dx_audit_tail()");
    }
    if (!q.exec(tailSql))
        return failure(AuditRepository::tr("Could not read the end of the audit chain: %1"), q);
    ChainTail tail;
    tail.hash = AuditChain::genesis();
    if (q.next()) {
        tail.id = q.value(0).toLongLong();
        tail.hash = q.value(1).toString();
    }
    return tail;
}

// Reads audit rows in id order a batch at a time (keyset on id), so memory stays flat over a
// province's millions of rows on either back end; `condition` narrows them (exports). A batch is
// read completely before `visit` gets it (to keep, or to write to the table meanwhile).
using Batch = QVector<AuditChainRow>;
Status walkBatches(QSqlDatabase& conn, const QString& condition, const QVariantList& binds,
                   const std::function<bool(Batch&&)>& visit)
{
    constexpr int kBatch = 10000;
    QSqlQuery q(conn);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE id > ?%2 ORDER BY id LIMIT %3")
                       .arg(AuditChain::selectColumns(), condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition)
                       .arg(kBatch)))
        return failure(AuditRepository::tr("Could not read the audit log: %1"), q);
    qint64 after = 0;
    for (;;) {
        q.addBindValue(after);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return failure(AuditRepository::tr("Could not read the audit log: %1"), q);
        Batch batch;
        batch.reserve(kBatch);
        while (q.next())
            batch.push_back(AuditChain::rowFrom(q));
        q.finish();
        const bool full = batch.size() == kBatch;
        if (!batch.isEmpty())
            after = batch.last().id;
        if (batch.isEmpty() || !visit(std::move(batch)) || !full)
            return Status::ok();
    }
}

Status walkRows(QSqlDatabase& conn, const QString& condition, const QVariantList& binds,
                const std::function<bool(const AuditChainRow&)>& visit)
{
    return walkBatches(conn, condition, binds, [&](Batch&& batch) {
        for (const AuditChainRow& row : batch)
            if (!visit(row))
                return false;
        return true;
    });
}

} // namespace

namespace {

QString insertSql(bool chained)
{
    // Chained rows get their id here, as the chain's last id + 1 under the chain lock: the id is
    // part of the hash, so it must be known before the row is written (one statement per row,
    // no RETURNING and second UPDATE). PostgreSQL's identity column (BY DEFAULT) accepts it.
    return chained ? QStringLiteral("INSERT INTO audit_log (uuid, created_at, updated_at, updated_by, at, user_name, "
                                    "table_name, record_id, record_uuid, action, changes, id, prev_hash, hash) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                   : QStringLiteral("INSERT INTO audit_log (uuid, created_at, updated_at, updated_by, at, user_name, "
                                    "table_name, record_id, record_uuid, action, changes) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

} // namespace

AuditRepository::Writer::Writer(const Database& db, QSqlDatabase& conn)
    : m_db(db), m_conn(conn), m_chained(db.schemaVersion() >= AuditChainSchema::version), m_insert(conn, insertSql(m_chained))
{
}

Status AuditRepository::Writer::record(const QString& table, qint64 recordId, const QString& recordUuid,
                                       const QString& action, const QJsonObject& changes, const QString& at)
{
    // Joins the caller's transaction; called outside one, it makes reading the chain's end and
    // appending to it one step.
    Transaction tx(m_conn);
    if (!tx.status())
        return tx.status();
    AuditChainRow row;
    row.uuid = newUuid();
    row.at = at.isEmpty() ? m_db.nowIso() : at;
    row.user = m_db.user();
    row.table = table;
    row.recordId = recordId;
    row.recordUuid = recordUuid.isNull() ? QString::fromLatin1("") : recordUuid;
    row.action = action;
    // A bulk write names the same source (the file imported) in every row: serialised once.
    if (m_changesText.isNull() || changes != m_changes) {
        m_changes = changes;
        m_changesText = QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
    }
    row.changes = m_changesText;
    m_insert.bind(0, row.uuid);
    m_insert.bind(1, row.at);
    m_insert.bind(2, row.at);
    m_insert.bind(3, row.user);
    m_insert.bind(4, row.at);
    m_insert.bind(5, row.user);
    m_insert.bind(6, row.table);
    m_insert.bind(7, row.recordId);
    m_insert.bind(8, row.recordUuid);
    m_insert.bind(9, row.action);
    m_insert.bind(10, row.changes);
    ChainTail* tail = nullptr;
    if (m_chained) {
        const QString connection = m_conn.connectionName();
        if (!m_synced || tx.isOuter()) {
            auto read = lockChainAndReadTail(m_conn);
            if (!read)
                return read.status();
            t_tails.insert(connection, read.value());
            m_synced = true;
        }
        tail = &t_tails[connection];
        row.id = tail->id + 1;
        row.prevHash = tail->hash;
        row.hash = AuditChain::hashOf(row);
        m_insert.bind(11, row.id);
        m_insert.bind(12, row.prevHash);
        m_insert.bind(13, row.hash);
    }
    if (const auto inserted = m_insert.run(); !inserted)
        return Status::error(ErrorCode::Database, AuditRepository::tr("Could not write the audit record: %1").arg(inserted.message()));
    if (tail)
        *tail = {row.id, row.hash};
    return tx.commit();
}

Status AuditRepository::record(QSqlDatabase& conn, const QString& table, qint64 recordId, const QString& recordUuid,
                               const QString& action, const QJsonObject& changes) const
{
    return Writer(m_db, conn).record(table, recordId, recordUuid, action, changes);
}

Result<QVector<AuditEntry>> AuditRepository::history(const QString& table, qint64 recordId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, user_name, action, changes FROM audit_log "
                             "WHERE table_name = ? AND record_id = ? ORDER BY id DESC"));
    q.addBindValue(table);
    q.addBindValue(recordId);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QVector<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.user = q.value(2).toString();
        e.table = table;
        e.recordId = recordId;
        e.action = q.value(3).toString();
        e.changes = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        out.push_back(e);
    }
    return out;
}

Result<AuditVerification> AuditRepository::verify(const AuditAnchor& anchor,
                                                  const std::function<void(qint64, qint64)>& progress,
                                                  const std::atomic_bool* cancel) const
{
    if (m_db.schemaVersion() < AuditChainSchema::version)
        return Status::error(ErrorCode::Validation,
                             AuditRepository::tr("This database (schema version %1) predates the audit chain: open it once with this version of "
                                "DX Desk, which chains its audit rows, then verify again.")
                                 .arg(m_db.schemaVersion()));
    QSqlDatabase conn = m_db.connection();
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")) || !q.next())
        return failure(AuditRepository::tr("Could not read the audit log: %1"), q);
    const qint64 maxId = q.value(0).toLongLong();
    AuditVerification v;
    v.lastHash = AuditChain::genesis();
    bool anchorSeen = false;
    bool cancelled = false;
    // One batch is checked (links, hashes, anchor, in id order) on another thread while this one
    // reads the next: reading and hashing take about as long, and there are two cores at least.
    const auto checkBatch = [&](const Batch& batch) {
        for (const AuditChainRow& row : batch) {
            // The link first: a row whose predecessor was deleted still has its own content right.
            if (row.prevHash != v.lastHash) {
                v.problem = AuditVerification::Problem::LinkBroken;
                v.expected = v.lastHash;
            } else if (!AuditChain::matches(row)) {
                v.problem = AuditVerification::Problem::ContentChanged;
                v.expected = AuditChain::hashOf(row);
            } else if (anchor.id == row.id && anchor.hash != row.hash) {
                v.problem = AuditVerification::Problem::AnchorChanged;
                v.expected = anchor.hash;
            }
            if (!v.ok()) {
                v.row = row;
                return false;
            }
            anchorSeen = anchorSeen || anchor.id == row.id;
            ++v.rowsChecked;
            v.lastId = row.id;
            v.lastHash = row.hash;
        }
        return true;
    };
    std::future<bool> checking;   // the batch before; `v` belongs to it until get()
    const Status walked = walkBatches(conn, QString(), {}, [&](Batch&& batch) {
        if (checking.valid() && !checking.get())
            return false;
        if (progress)
            progress(v.lastId, maxId);
        if (cancel && cancel->load()) {
            cancelled = true;
            return false;
        }
        checking = std::async(std::launch::async, [&checkBatch, rows = std::move(batch)]() mutable {
            const bool intact = checkBatch(rows);
            rows = Batch();   // freed on this thread too
            return intact;
        });
        return true;
    });
    if (checking.valid())
        checking.get();
    if (!walked)
        return walked;
    if (cancelled)
        return Status::error(ErrorCode::Cancelled, AuditRepository::tr("The verification was cancelled."));
    if (v.ok() && anchor.id > 0 && !anchorSeen) {
        v.problem = AuditVerification::Problem::AnchorMissing;
        v.row = AuditChainRow();
        v.row.id = anchor.id;
        v.expected = anchor.hash;
    }
    if (progress)
        progress(maxId, maxId);
    return v;
}

QString AuditVerification::describe() const
{
    const QString where = AuditRepository::tr("audit row %1 (%2, record %3, %4)").arg(row.id).arg(row.table).arg(row.recordId).arg(row.at);
    switch (problem) {
    case Problem::None:
        return AuditRepository::tr("The audit trail is intact: %1 rows checked, the chain unbroken from the first row to row %2.")
            .arg(rowsChecked)
            .arg(lastId);
    case Problem::ContentChanged:
        return AuditRepository::tr("The chain breaks at %1: content changed. The row no longer matches its hash; it (or its hash) "
                                   "was edited after it was written.").arg(where);
    case Problem::LinkBroken:
        return rowsChecked == 0
                   ? AuditRepository::tr("The chain breaks at %1: link broken. It is the first row but was chained to an earlier "
                                         "one; the rows before it were deleted.").arg(where)
                   : AuditRepository::tr("The chain breaks at %1: link broken. It was chained to another row than row %2, the one "
                                         "before it now; rows between them were deleted or inserted, or row %2 was rewritten "
                                         "with a new hash.").arg(where).arg(lastId);
    case Problem::AnchorChanged:
        return AuditRepository::tr("The chain breaks at %1: anchor changed. The row has another hash than the anchor %2 taken "
                                   "earlier; the chain up to it was rewritten.").arg(where, expected);
    case Problem::AnchorMissing:
        return AuditRepository::tr("The chain breaks at audit row %1: anchor missing. The anchor's row is gone; the newest rows "
                                   "were deleted (the chain is intact up to row %2).").arg(row.id).arg(lastId);
    }
    return QString();
}

QString AuditVerification::problemKey() const
{
    switch (problem) {
    case Problem::None: return QStringLiteral("none");
    case Problem::ContentChanged: return QStringLiteral("content-changed");
    case Problem::LinkBroken: return QStringLiteral("link-broken");
    case Problem::AnchorChanged: return QStringLiteral("anchor-changed");
    case Problem::AnchorMissing: return QStringLiteral("anchor-missing");
    }
    return QString();
}

namespace {

// The WHERE condition of an AuditFilter and its bound values.
QString conditionOf(const AuditFilter& filter, QVariantList& binds)
{
    QStringList conditions;
    // `at` is ISO 8601 UTC text, so whole days compare as strings.
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        binds << filter.to.addDays(1).toString(Qt::ISODate);
    }
    if (!filter.table.isEmpty()) {
        conditions << QStringLiteral("table_name = ?");
        binds << filter.table;
    }
    return conditions.join(QStringLiteral(" AND "));
}

} // namespace

Status AuditRepository::forEach(const AuditFilter& filter, const std::function<bool(const AuditChainRow&)>& visit) const
{
    QVariantList binds;
    const QString condition = conditionOf(filter, binds);
    QSqlDatabase conn = m_db.connection();
    return walkRows(conn, condition, binds, visit);
}

Result<qint64> AuditRepository::count(const AuditFilter& filter) const
{
    QVariantList binds;
    const QString condition = conditionOf(filter, binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log%1").arg(condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return failure(AuditRepository::tr("Could not read the audit log: %1"), q);
    return q.value(0).toLongLong();
}

Status AuditRepository::chainExistingRows(QSqlDatabase& conn)
{
    QSqlQuery update(conn);
    if (!update.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?")))
        return failure(AuditRepository::tr("Could not chain the audit log: %1"), update);
    QString prev = AuditChain::genesis();
    Status failed;
    const Status walked = walkRows(conn, QString(), {}, [&](const AuditChainRow& stored) {
        AuditChainRow row = stored;
        row.prevHash = prev;
        row.hash = AuditChain::hashOf(row);
        update.addBindValue(row.prevHash);
        update.addBindValue(row.hash);
        update.addBindValue(row.id);
        if (!update.exec()) {
            failed = failure(AuditRepository::tr("Could not chain the audit log: %1"), update);
            return false;
        }
        prev = row.hash;
        return true;
    });
    return walked ? failed : walked;
}

} // namespace dx
