#pragma once

#include "db/Dialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace dx {

// A search of the register for a piece of an enterprise's name or credit code, and the SQL
// condition (on alias "e") that finds it.
//
// Two ways to find the rows: an index (FTS5 trigram for three characters or more, SearchSchema;
// the bigram index for one or two, BigramSchema) hands over the matching ids, which are read by
// id and sorted; or a LIKE scan walks the list in its order until the page is full. The index
// is fast when few enterprises match and slow when very many do (it reads and sorts every one:
// "有限公司" matches 857,000 of a million, 0.5 s), the scan the other way round ("恒泰", 303
// matches, 80 ms; with "有限公司" the page is full after 50 rows). So the register first asks the
// index for at most `indexLimit` matches (about a millisecond) and takes the index below it, the
// scan at it (a match every N / indexLimit rows at most). PostgreSQL does the same for one or two
// characters with its character-pair index (schema step 11); longer pieces go to pg_trgm.
class EnterpriseSearch
{
public:
    // For a page: past this many matches a scan meets one every 500 rows of a million.
    static constexpr int PageIndexLimit = 2000;
    // For counting (and exports), which read every match: reading 50,000 rows by id costs about
    // what a scan of a million names does (measured: 35,000 in 0.13–0.5 s, the scan 0.35–0.5 s).
    static constexpr int CountIndexLimit = 50000;

    explicit EnterpriseSearch(const QString& text);
    bool isEmpty() const { return m_text.isEmpty(); }

    // Chosen by the number of matches, as above; *byIndex tells which way (the caller keeps the
    // planner from walking a list index instead). Empty for no search.
    QString condition(const QSqlDatabase& conn, int indexLimit, QVariantList& binds, bool* byIndex) const;
    // Without looking at the data, for lists joined to enterprises elsewhere (projects, grants):
    // the trigram index for three characters or more, a scan for fewer.
    // On PostgreSQL both are a LIKE, which pg_trgm's GIN index answers for three characters or
    // more (SearchSchema, step 2).
    QString condition(QVariantList& binds, Backend backend) const;

private:
    struct Index
    {
        QString table;   // empty: no index can answer
        QString match;
    };
    Index index() const;
    QString byIndex(const Index& index, QVariantList& binds) const;
    QString byScan(QVariantList& binds, Backend backend) const;
    QString postgresCondition(const QSqlDatabase& conn, int indexLimit, QVariantList& binds, bool* usedIndex) const;

    QString m_text;
    bool m_codeLike = false;   // could be part of a credit code
};

} // namespace dx
