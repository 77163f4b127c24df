#include "ProjectTableModel.h"

#include "common/Format.h"
#include "db/Database.h"

#include <QBrush>

namespace dx {

ProjectTableModel::ProjectTableModel(std::shared_ptr<Database> db, QObject* parent) : KeysetTableModel(parent), m_db(std::move(db))
{
    m_filter.today = m_db->clock().today();
    reload();
}

int ProjectTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProjectTableModel::flags(const ProjectListRow& r) const
{
    QStringList out;
    const bool open = ProjectWorkflow::isOpen(r.state);
    if (!open)
        return {};   // closed projects need no attention
    if (r.overdueMilestones > 0)
        out << tr("%n overdue milestone(s)", nullptr, r.overdueMilestones);
    if (r.stateChangedOn.isValid() && r.stateChangedOn.daysTo(m_filter.today) > m_filter.stuckDays)
        out << tr("%1 for %2 days").arg(projectStateName(r.state)).arg(r.stateChangedOn.daysTo(m_filter.today));
    return out.join(QStringLiteral("; "));
}

QVariant ProjectTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ProjectListRow& r = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Flags)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == format::ExportRole && index.column() == Amount)
        return r.contractAmountFen ? QVariant(format::moneyNumber(Money::fromFen(r.contractAmountFen))) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Enterprise: return r.enterpriseName;
    case CreditCode: return r.creditCode;
    case Title: return r.title;
    case State: return projectStateName(r.state);
    case Since: return r.stateChangedOn.toString(QStringLiteral("yyyy-MM-dd"));
    case Contract: return r.contractSignedOn.toString(QStringLiteral("yyyy-MM-dd"));
    case Amount: return r.contractAmountFen ? format::money(Money::fromFen(r.contractAmountFen)) : QString();
    case Traction: return r.tractionName;
    case Flags: return flags(r);
    }
    return {};
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == format::ExportRole)
        return section == Amount ? format::withMoneyUnit(headerData(section, orientation).toString()) : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Enterprise: return tr("Enterprise");
    case CreditCode: return tr("Credit code");
    case Title: return tr("Project");
    case State: return tr("State");
    case Since: return tr("Since");
    case Contract: return tr("Contract");
    case Amount: return tr("Amount");
    case Traction: return tr("Traction unit");
    case Flags: return tr("Attention");
    }
    return {};
}

Result<int> ProjectTableModel::loadPage(int limit)
{
    // The model's columns before Flags are ProjectSortKey's in the same order.
    static_assert(int(ProjectSortKey::Traction) == Traction);
    std::optional<PageCursor> after;
    if (!m_rows.isEmpty())
        after = m_rows.last().cursor;
    auto page = ProjectRepository(*m_db).page(m_filter, ListSort{sortColumn(), sortOrder()}, after, limit);
    if (!page)
        return page.status();
    m_pending = page.value();
    return int(m_pending.size());
}

void ProjectTableModel::appendPending()
{
    m_rows += m_pending;
    m_pending.clear();
}

// Projects number in the tens of thousands at most: an indexed count is quick.
Result<qint64> ProjectTableModel::countAll() const
{
    return ProjectRepository(*m_db).count(m_filter);
}

void ProjectTableModel::setFilter(const ProjectFilter& filter)
{
    m_filter = filter;
    m_filter.today = m_db->clock().today();
    reload();
}

qint64 ProjectTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

} // namespace dx
