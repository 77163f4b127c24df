#pragma once

#include "common/KeysetTableModel.h"
#include "repo/ProjectRepository.h"

#include <memory>

namespace dx {

class Database;

// All projects of the city, newest first or by the column clicked, a page at a time
// (fetchMore); flags overdue milestones and projects stuck in their state.
class ProjectTableModel : public KeysetTableModel
{
    Q_OBJECT
public:
    enum Column { Enterprise, CreditCode, Title, State, Since, Contract, Amount, Traction, Flags, ColumnCount };

    explicit ProjectTableModel(std::shared_ptr<Database> db, QObject* parent = nullptr);
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isSortable(int column) const override { return column >= 0 && column < Flags; }
    void setFilter(const ProjectFilter& filter);
    qint64 idAt(int row) const;

protected:
    int storedRows() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }
    Result<int> loadPage(int limit) override;
    void appendPending() override;
    Result<qint64> countAll() const override;

private:
    QString flags(const ProjectListRow& r) const;
    std::shared_ptr<Database> m_db;
    ProjectFilter m_filter;
    QVector<ProjectListRow> m_rows;
    QVector<ProjectListRow> m_pending;
};

} // namespace dx
