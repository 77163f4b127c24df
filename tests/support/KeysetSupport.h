#pragma once

// Checks of the keyset-paged lists (projects, grants): read a whole list a few rows a page in a
// chosen order, and the order a sort of the whole list in C++ gives.

#include "repo/Keyset.h"
#include "util/Result.h"

#include <QString>
#include <QVariant>
#include <QVector>
#include <algorithm>
#include <optional>

namespace dx::test {

// The ids of every row, `pageSize` a page: `page(after)` returns the page after a row (none:
// the first), as Result<QVector<Row>>; Row has `id` and `cursor`. Stops at a failure or after
// `maxPages` pages, so a list that repeats itself ends the test instead of hanging it.
template <typename PageFn>
QVector<qint64> idsPageByPage(PageFn page, int pageSize, int maxPages = 100)
{
    QVector<qint64> ids;
    std::optional<PageCursor> after;
    for (int n = 0; n < maxPages; ++n) {
        auto rows = page(after);
        if (!rows)
            break;
        for (const auto& r : rows.value())
            ids << r.id;
        if (rows->size() < pageSize)
            break;
        after = rows->last().cursor;
    }
    return ids;
}

// The ids of `rows` in the order of valueOf(row) (a QVariant), ties by id, ascending or not.
template <typename Row, typename ValueOf>
QVector<qint64> idsSorted(QVector<Row> rows, ValueOf valueOf, Qt::SortOrder order)
{
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        const auto c = QVariant::compare(valueOf(a), valueOf(b));
        const bool less = c == QPartialOrdering::Less || (c == QPartialOrdering::Equivalent && a.id < b.id);
        const bool greater = c == QPartialOrdering::Greater || (c == QPartialOrdering::Equivalent && a.id > b.id);
        return order == Qt::AscendingOrder ? less : greater;
    });
    QVector<qint64> ids;
    for (const Row& r : rows)
        ids << r.id;
    return ids;
}

// Every sort key from 0 to keys - 1, both ways: the ids page(sort, after) gives, `pageSize` a
// page, against idsSorted(all) by valueOf(row, key). "" when all agree, else the first that does
// not ("key 3, desc").
template <typename Row, typename PageFn, typename ValueOf>
QString firstSortThatDiffers(const QVector<Row>& all, int keys, PageFn page, ValueOf valueOf, int pageSize = 2)
{
    for (int key = 0; key < keys; ++key)
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const auto got = idsPageByPage([&](const std::optional<PageCursor>& after) { return page(ListSort{key, order}, after); }, pageSize);
            const auto want = idsSorted(all, [&](const Row& r) { return valueOf(r, key); }, order);
            if (got != want)
                return QStringLiteral("key %1, %2").arg(key).arg(order == Qt::AscendingOrder ? "asc" : "desc");
        }
    return {};
}

} // namespace dx::test
