#pragma once

#include "CompactRows.h"
#include "repo/EnterpriseRepository.h"

#include <QAbstractTableModel>
#include <memory>

namespace dx {

class Database;

// The register as a lazily filled table: rows arrive a page at a time through
// canFetchMore/fetchMore (keyset pages from the repository), filtering and sorting run in
// SQL, and the total is counted on a worker thread so the GUI never waits for COUNT(*).
class EnterpriseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, CreditCode, District, Cluster, Scale, Employees, Revenue, Tier, Level, Contact, Phone, Commissioner, UpdatedAt, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole };
    static constexpr int PageSize = 200;

    explicit EnterpriseTableModel(std::shared_ptr<Database> db, QObject* parent = nullptr);
    ~EnterpriseTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const EnterpriseFilter& filter);
    const EnterpriseFilter& filter() const { return m_filter; }
    void reload();
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;   // -1 when not loaded
    qint64 totalCount() const { return m_total; }   // -1 while counting
    static bool isSortable(int column);

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString& message);

private:
    void startCount();
    std::shared_ptr<Database> m_db;
    EnterpriseFilter m_filter;
    EnterpriseSortKey m_sortKey = EnterpriseSortKey::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    CompactRows m_rows;
    PageCursor m_last;   // where the next page starts: after the last loaded row
    bool m_atEnd = false;
    qint64 m_total = -1;
    int m_countGeneration = 0;
    bool m_resetting = false;
    bool m_fetching = false;   // views and testers may call fetchMore from our own signals
};

} // namespace dx
