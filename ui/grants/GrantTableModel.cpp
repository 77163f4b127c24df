#include "GrantTableModel.h"

#include "common/Format.h"
#include "db/Database.h"

#include <QBrush>

namespace dx {

GrantTableModel::GrantTableModel(std::shared_ptr<Database> db, QObject* parent) : KeysetTableModel(parent), m_db(std::move(db))
{
    reload();
}

int GrantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GrantTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const GrantListRow& r = m_rows.at(index.row());
    const bool money = index.column() >= Requested;
    if (role == Qt::TextAlignmentRole && money)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == State &&
        (r.state == GrantState::Rejected || r.state == GrantState::Withdrawn))
        return QBrush(QColor(0x70, 0x70, 0x70));
    if (role == format::ExportRole && money) {
        const Money m = index.column() == Requested ? r.requested
                        : index.column() == Eligible ? r.eligible
                        : index.column() == Approved ? r.approved
                                                     : r.paid;
        return format::moneyNumber(m);
    }
    if (role != Qt::DisplayRole)
        return {};
    const auto amount = [](Money m) { return m.fen() ? format::money(m) : QString(); };
    switch (index.column()) {
    case Enterprise: return r.enterpriseName;
    case Cluster: return r.clusterName;
    case Project: return r.projectTitle;
    case Fund: return r.fundName;
    case Policy: return tr("%1 (v%2)").arg(r.policyName).arg(r.policyVersionNumber);
    case State: return grantStateName(r.state);
    case Applied: return r.appliedOn.toString(QStringLiteral("yyyy-MM-dd"));
    case Requested: return amount(r.requested);
    case Eligible: return format::money(r.eligible);
    case Approved: return amount(r.approved);
    case Paid: return amount(r.paid);
    }
    return {};
}

QVariant GrantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == format::ExportRole)
        return section >= Requested ? format::withMoneyUnit(headerData(section, orientation).toString()) : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeysetTableModel::headerData(section, orientation, role);
    switch (section) {
    case Enterprise: return tr("Enterprise");
    case Cluster: return tr("Cluster");
    case Project: return tr("Project");
    case Fund: return tr("Fund");
    case Policy: return tr("Policy");
    case State: return tr("State");
    case Applied: return tr("Applied");
    case Requested: return tr("Requested");
    case Eligible: return tr("Eligible");
    case Approved: return tr("Approved");
    case Paid: return tr("Paid");
    }
    return {};
}

Result<int> GrantTableModel::loadPage(int limit)
{
    // The model's columns are GrantSortKey's in the same order.
    static_assert(int(GrantSortKey::Paid) == Paid);
    std::optional<PageCursor> after;
    if (!m_rows.isEmpty())
        after = m_rows.last().cursor;
    auto page = GrantRepository(*m_db).page(m_filter, ListSort{sortColumn(), sortOrder()}, after, limit);
    if (!page)
        return page.status();
    m_pending = page.value();
    return int(m_pending.size());
}

void GrantTableModel::appendPending()
{
    m_rows += m_pending;
    m_pending.clear();
}

Result<qint64> GrantTableModel::countAll() const
{
    return GrantRepository(*m_db).count(m_filter);
}

void GrantTableModel::setFilter(const GrantFilter& filter)
{
    m_filter = filter;
    reload();
}

qint64 GrantTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

} // namespace dx
