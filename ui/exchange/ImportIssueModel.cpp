#include "ImportIssueModel.h"

namespace dx {

void ImportIssueModel::setIssues(QVector<ImportIssue> issues)
{
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_issues.size())
        return {};
    const ImportIssue& i = m_issues.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Row: return i.row;
        case ColumnName: return i.column;
        case Value: return i.value;
        case Reason: return i.reason;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Row)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Row: return tr("Row");
    case ColumnName: return tr("Column");
    case Value: return tr("Value");
    case Reason: return tr("Problem");
    default: return {};
    }
}

} // namespace dx
