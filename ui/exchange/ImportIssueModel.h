#pragma once

#include "exchange/ImportTarget.h"

#include <QAbstractTableModel>

namespace dx {

// The dry-run report as a table: row, column, value, reason. A file with a broken column can
// have an issue per row, so this is a model over the vector, not a widget per line.
class ImportIssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Row, ColumnName, Value, Reason, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setIssues(QVector<ImportIssue> issues);
    const QVector<ImportIssue>& issues() const { return m_issues; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ImportIssue> m_issues;
};

} // namespace dx
