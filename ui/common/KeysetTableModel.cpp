#include "KeysetTableModel.h"

#include <QScopedValueRollback>

namespace dx {

int KeysetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : storedRows();
}

bool KeysetTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void KeysetTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    const QScopedValueRollback<bool> guard(m_busy, true);
    auto loaded = loadPage(PageSize);
    if (!loaded || loaded.value() < PageSize)
        m_atEnd = true;
    if (!loaded || loaded.value() == 0)
        return;
    beginInsertRows({}, storedRows(), storedRows() + loaded.value() - 1);
    appendPending();
    endInsertRows();
}

void KeysetTableModel::reload()
{
    {
        const QScopedValueRollback<bool> guard(m_busy, true);
        beginResetModel();
        clearRows();
        m_atEnd = false;
        endResetModel();
    }
    fetchMore({});
    auto n = countAll();
    m_total = n ? n.value() : 0;
    emit totalChanged(m_total);
}

void KeysetTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0 && !isSortable(column))
        return;
    if (column < 0)
        order = Qt::AscendingOrder;   // the natural order has no direction to choose
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

} // namespace dx
