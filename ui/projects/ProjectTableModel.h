#pragma once

#include "repo/ProjectRepository.h"

#include <QAbstractTableModel>
#include <memory>

namespace dx {

class Database;

// All projects of the city, newest first, a page at a time (fetchMore); flags overdue
// milestones and projects stuck in their state.
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Enterprise, CreditCode, Title, State, Since, Contract, Amount, Traction, Flags, ColumnCount };
    static constexpr int PageSize = 200;

    explicit ProjectTableModel(std::shared_ptr<Database> db, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setFilter(const ProjectFilter& filter);
    void reload();
    qint64 idAt(int row) const;
    qint64 total() const { return m_total; }

signals:
    void totalChanged(qint64 total);

private:
    QString flags(const ProjectListRow& r) const;
    std::shared_ptr<Database> m_db;
    ProjectFilter m_filter;
    QVector<ProjectListRow> m_rows;
    bool m_atEnd = false;
    bool m_busy = false;
    qint64 m_total = 0;
};

} // namespace dx
