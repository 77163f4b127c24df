#pragma once

#include "db/Database.h"
#include "db/Transaction.h"
#include "util/Result.h"

namespace dx::sql {

// The shape of every edit of a versioned record: in one transaction, read the record, refuse
// a stale `expectedVersion` with `stale(current)`, let `change(conn, current)` write (and audit)
// the new state, commit, and return the record as stored. Any failure leaves nothing behind.
template <typename Get, typename Stale, typename Change>
auto versionedChange(const Database& db, qint64 id, int expectedVersion, Get get, Stale stale, Change change) -> decltype(get(id))
{
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto before = get(id);
    if (!before)
        return before.status();
    if (before->version != expectedVersion)
        return stale(before.value());
    Status s = change(conn, before.value());
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    return get(id);
}

} // namespace dx::sql
