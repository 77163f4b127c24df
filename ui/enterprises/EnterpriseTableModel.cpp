#include "EnterpriseTableModel.h"

#include "common/Format.h"
#include "assessment/AssessmentIndex.h"
#include "db/Database.h"

#include <QBrush>
#include <QFont>
#include <QScopedValueRollback>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace dx {

namespace {
std::optional<EnterpriseSortKey> sortKeyFor(int column)
{
    switch (column) {
    case EnterpriseTableModel::Name: return EnterpriseSortKey::Name;
    case EnterpriseTableModel::CreditCode: return EnterpriseSortKey::CreditCode;
    case EnterpriseTableModel::District: return EnterpriseSortKey::District;
    case EnterpriseTableModel::Cluster: return EnterpriseSortKey::Cluster;
    case EnterpriseTableModel::Tier: return EnterpriseSortKey::Tier;
    case EnterpriseTableModel::Employees: return EnterpriseSortKey::Employees;
    case EnterpriseTableModel::Revenue: return EnterpriseSortKey::Revenue;
    case EnterpriseTableModel::UpdatedAt: return EnterpriseSortKey::UpdatedAt;
    default: return std::nullopt;
    }
}
}

EnterpriseTableModel::EnterpriseTableModel(std::shared_ptr<Database> db, QObject* parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
    reload();
}

EnterpriseTableModel::~EnterpriseTableModel()
{
    // Counts still running hold their own reference to the database; their watchers are
    // children of this model and disconnect with it.
    for (auto* watcher : findChildren<QFutureWatcher<qint64>*>())
        watcher->waitForFinished();
}

bool EnterpriseTableModel::isSortable(int column)
{
    return sortKeyFor(column).has_value();
}

int EnterpriseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnterpriseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnterpriseTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CompactRows::Row& r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == ArchivedRole)
        return r.archived;
    if (role == Qt::ForegroundRole && r.archived)
        return QBrush(Qt::gray);
    if (role == Qt::TextAlignmentRole && (index.column() == Employees || index.column() == Revenue))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name && r.archived)
        return tr("Archived");
    if (role == Qt::ToolTipRole && index.column() == Level)
        return tr("Level of the latest confirmed diagnosis");
    if (role == format::ExportRole && index.column() == Revenue)
        return format::moneyNumber(Money::fromFen(r.revenueFen));
    if (role == format::ExportRole && index.column() == Employees)
        return r.employees;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return m_rows.text(r, CompactRows::Name);
    case CreditCode: return m_rows.text(r, CompactRows::CreditCode);
    case District: return m_rows.shared(r, CompactRows::District);
    case Cluster: return m_rows.shared(r, CompactRows::Cluster);
    case Scale: return r.aboveScale ? tr("Above scale") : tr("Below scale");
    case Employees: return format::count(r.employees);
    case Revenue: return format::money(Money::fromFen(r.revenueFen));
    case Tier: return r.tier == 0 ? QString() : tierName(dx::Tier(r.tier));
    case Level: return r.level < 0 ? QString() : r.level == 0 ? tr("No level") : AssessmentIndex::levelName(r.level);
    case Contact: return m_rows.text(r, CompactRows::Contact);
    case Phone: return maskPhone(m_rows.text(r, CompactRows::Phone));
    case Commissioner: return m_rows.shared(r, CompactRows::Commissioner);
    case UpdatedAt: return format::localTime(m_rows.text(r, CompactRows::UpdatedAt));
    }
    return {};
}

QVariant EnterpriseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == format::ExportRole)
        return section == Revenue ? format::withMoneyUnit(headerData(section, orientation).toString()) : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case CreditCode: return tr("Credit code");
    case District: return tr("District");
    case Cluster: return tr("Cluster");
    case Scale: return tr("Scale");
    case Employees: return tr("Employees");
    case Revenue: return tr("Revenue");
    case Tier: return tr("Tier");
    case Level: return tr("Level");
    case Contact: return tr("Contact");
    case Phone: return tr("Phone");
    case Commissioner: return tr("Commissioner");
    case UpdatedAt: return tr("Updated");
    }
    return {};
}

bool EnterpriseTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void EnterpriseTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_resetting || m_fetching)
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    std::optional<PageCursor> after;
    if (!m_rows.isEmpty())
        after = m_last;
    auto page = EnterpriseRepository(*m_db).page(m_filter, m_sortKey, m_sortOrder, after, PageSize);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.message());
        return;
    }
    if (page->size() < PageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    for (const EnterpriseListRow& row : page.value())
        m_rows.append(row);
    m_last = page->last().cursor;
    endInsertRows();
}

void EnterpriseTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyFor(column);
    if (!key || (*key == m_sortKey && order == m_sortOrder))
        return;
    m_sortKey = *key;
    m_sortOrder = order;
    reload();
}

void EnterpriseTableModel::setFilter(const EnterpriseFilter& filter)
{
    m_filter = filter;
    reload();
}

void EnterpriseTableModel::reload()
{
    m_resetting = true;   // views may ask for rows while the reset is announced
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
    m_resetting = false;
    fetchMore({});
    startCount();
}

void EnterpriseTableModel::startCount()
{
    m_total = -1;
    emit totalCountChanged(-1);
    const int generation = ++m_countGeneration;
    const EnterpriseFilter filter = m_filter;
    std::shared_ptr<Database> db = m_db;
    auto* watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_countGeneration)
            return;   // an older filter's count
        m_total = watcher->result();
        emit totalCountChanged(m_total);
    });
    watcher->setFuture(QtConcurrent::run([db, filter]() -> qint64 {
        auto n = EnterpriseRepository(*db).count(filter);
        db->releaseThreadConnection();
        return n ? n.value() : qint64(0);
    }));
}

qint64 EnterpriseTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int EnterpriseTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

} // namespace dx
