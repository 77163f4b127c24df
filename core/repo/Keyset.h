#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <optional>

namespace dx {

// Keyset position: the sort value and id of the last row of the previous page.
struct PageCursor
{
    QVariant value;
    qint64 id = 0;
};

// How a list is ordered: one of its repository's sort keys (-1, the default: the list's
// natural order) and the direction. Ties are broken by id, in the same direction.
struct ListSort
{
    int key = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// Keyset pagination over "ORDER BY <expression>, <id>": each page continues after the last row
// of the one before instead of counting an OFFSET, so page 500 costs what page 1 does. Both
// engines compare row values ("(a, b) > (?, ?)").
namespace keyset {

// The condition for the rows after `after` (none for the first page), appended to where/binds.
inline void continueAfter(const QString& expression, const QString& id, Qt::SortOrder order,
                          const std::optional<PageCursor>& after, QStringList& where, QVariantList& binds)
{
    if (!after)
        return;
    const QString op = order == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<");
    if (expression == id) {
        where << QStringLiteral("%1 %2 ?").arg(id, op);
        binds << after->id;
        return;
    }
    where << QStringLiteral("(%1, %2) %3 (?, ?)").arg(expression, id, op);
    binds << after->value << after->id;
}

// "<expression> ASC, <id> ASC" (or DESC), for the ORDER BY.
inline QString orderBy(const QString& expression, const QString& id, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (expression == id)
        return QStringLiteral("%1 %2").arg(id, dir);
    return QStringLiteral("%1 %3, %2 %3").arg(expression, id, dir);
}

} // namespace keyset
} // namespace dx
