#pragma once

#include "common/KeysetTableModel.h"
#include "repo/GrantRepository.h"

#include <memory>

namespace dx {

class Database;

// All grants, newest first, a page at a time, with the figures an officer checks at a glance:
// requested, eligible, approved, paid.
class GrantTableModel : public KeysetTableModel
{
    Q_OBJECT
public:
    enum Column { Enterprise, Cluster, Project, Fund, Policy, State, Applied, Requested, Eligible, Approved, Paid, ColumnCount };

    explicit GrantTableModel(std::shared_ptr<Database> db, QObject* parent = nullptr);
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isSortable(int column) const override { return column >= 0 && column < ColumnCount; }
    void setFilter(const GrantFilter& filter);
    const GrantFilter& filter() const { return m_filter; }
    qint64 idAt(int row) const;

protected:
    int storedRows() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }
    Result<int> loadPage(int limit) override;
    void appendPending() override;
    Result<qint64> countAll() const override;

private:
    std::shared_ptr<Database> m_db;
    GrantFilter m_filter;
    QVector<GrantListRow> m_rows;
    QVector<GrantListRow> m_pending;
};

} // namespace dx
