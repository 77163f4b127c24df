#pragma once

#include <QString>

namespace dx {

// The FTS5 trigram index over enterprise names and credit codes, kept in sync by triggers.
// Bulk inserts suspend the insert trigger and index the new rows with one statement:
// FTS5 flushes its pending data at every statement savepoint, so a per-row trigger inside
// a 100,000-row transaction writes 100,000 tiny segments (measured: 5x slower).
namespace SearchSchema {
inline QString insertTrigger()
{
    return QStringLiteral("CREATE TRIGGER enterprises_fts_ai AFTER INSERT ON enterprises BEGIN "
                          "INSERT INTO enterprises_fts(rowid, name, credit_code) VALUES (new.id, new.name, new.credit_code); END");
}
inline QString dropInsertTrigger() { return QStringLiteral("DROP TRIGGER enterprises_fts_ai"); }
inline QString indexRowsAfter()
{
    return QStringLiteral("INSERT INTO enterprises_fts(rowid, name, credit_code) "
                          "SELECT id, name, credit_code FROM enterprises WHERE id > ?");
}
}

} // namespace dx
