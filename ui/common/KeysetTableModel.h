#pragma once

#include "util/Result.h"

#include <QAbstractTableModel>

namespace dx {

// A big list shown a page at a time: the view asks for more rows as it scrolls (fetchMore) and
// the subclass loads the next page after the last id it holds (keyset pagination, DESIGN.md).
// The subclass keeps the rows and says how to load a page and count them all.
class KeysetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void reload();                      // from the top, with a fresh total
    qint64 total() const { return m_total; }

    // Sorting runs in the repository's SQL (keyset pages in that order). Column -1 is the list's
    // natural order; a column the subclass cannot sort by is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    virtual bool isSortable(int column) const { Q_UNUSED(column) return false; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

signals:
    void totalChanged(qint64 total);

protected:
    virtual int storedRows() const = 0;
    virtual void clearRows() = 0;
    // Loads up to `limit` rows after the stored ones into `pending` storage and returns how
    // many; appendPending() then moves them into the model between beginInsertRows/endInsertRows.
    virtual Result<int> loadPage(int limit) = 0;
    virtual void appendPending() = 0;
    virtual Result<qint64> countAll() const = 0;

private:
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_atEnd = false;
    bool m_busy = false;
    qint64 m_total = 0;
};

} // namespace dx
