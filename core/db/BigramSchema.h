#pragma once

#include <QString>
#include <QStringList>

namespace dx {

// Schema step 9: the index behind one- and two-character name searches, below the trigram
// index's minimum of three (SearchSchema). Without it such a search scanned the whole register.
//
// enterprises_bigram_fts is a contentless FTS5 table (detail=none: ids only) whose text for an
// enterprise is its name cut into overlapping two-character pieces, plus the last character
// alone: 恒泰五金 → "恒泰 泰五 五金 金". A two-character search is then one token ("恒泰"), a
// one-character search a token prefix ("恒"*, served by the table's one-character prefix
// index). The ascii tokenizer folds ASCII letters and keeps every other character as it is,
// exactly what LIKE compares; ASCII punctuation and spaces split tokens, so a search that
// contains one is left to LIKE (searchMatch() returns nothing for it).
//
// The pieces are cut in SQL (the triggers must work for every writer, the sqlite3 shell too):
// json_each over an array of length(name) zeros numbers the characters, without a table of
// positions that would cap the length of a name.
namespace BigramSchema {

QStringList migration();

// Bulk inserts (EnterpriseRepository::insertMany) suspend the per-row insert trigger and index
// the new rows at the end, as they do for the trigram index (see SearchSchema). indexRowsAfter
// is the migration's statement for the rows a register already holds.
QString insertTrigger();
QString dropInsertTrigger();
QString indexRowsAfter(qint64 lastIdBefore);

// The same pieces cut in C++ (exactly the SQL's: characters are Unicode code points, as SQLite's
// length() and substr() count them), and the statement that indexes one row with them: a bulk
// insert binds them row by row, where the SQL's json_each took 0.58 s of the 0.66 s that
// indexing 100,000 names cost (the FTS5 insert itself is the rest).
QString piecesOfName(const QString& name);
QString insertPiecesSql();   // binds: rowid, pieces

// The FTS5 MATCH text finding names that contain `text` (one or two characters), or an empty
// string when the index cannot answer it (another length, or ASCII punctuation or space).
QString searchMatch(const QString& text);

} // namespace BigramSchema

} // namespace dx
