#pragma once

#include "db/Database.h"
#include "db/Transaction.h"
#include "repo/AuditRepository.h"
#include "repo/VersionedChange.h"
#include "util/Result.h"

#include <QSqlQuery>

namespace dx::sql {

// Archives or restores one record of `table` (which has an `archived` column) in its own
// transaction (see versionedChange): version-checked against `expectedVersion` (a stale version is answered by
// `stale(current)`), audited as "archive"/"restore", and re-read with `get`. Funds and policies
// are archived through this one path; nothing is ever deleted.
template <typename Get, typename Stale>
auto setArchived(const Database& db, const QString& table, qint64 id, int expectedVersion, bool archived, Get get,
                 Stale stale, const QString& conflictMessage) -> decltype(get(id))
{
    return versionedChange(db, id, expectedVersion, get, stale, [&](QSqlDatabase& conn, const auto& before) -> Status {
        if (before.archived == archived)
            return Status::ok();
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("UPDATE %1 SET archived = ?, version = version + 1, updated_at = ?, updated_by = ? "
                                 "WHERE id = ? AND version = ?")
                      .arg(table));
        for (const QVariant& v : QVariantList{archived ? 1 : 0, db.nowIso(), db.user(), id, expectedVersion})
            q.addBindValue(v);
        if (!q.exec() || q.numRowsAffected() != 1)
            return Status::error(ErrorCode::Conflict, conflictMessage);
        return AuditRepository(db).record(conn, table, id, before.uuid,
                                          archived ? QStringLiteral("archive") : QStringLiteral("restore"),
                                          AuditRepository::diff({{QStringLiteral("archived"), before.archived}},
                                                                {{QStringLiteral("archived"), archived}}));
    });
}

} // namespace dx::sql
