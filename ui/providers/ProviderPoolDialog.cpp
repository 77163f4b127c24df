#include "ProviderPoolDialog.h"

#include "assessment/AssessmentIndex.h"
#include "common/Format.h"
#include "db/Database.h"
#include "repo/CaseStatsRepository.h"
#include "repo/ClusterRepository.h"
#include "repo/ProviderRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dx {

namespace {
// Sorts the score columns by their numbers (kept in UserRole), the others by text.
class ScoreItem : public QTreeWidgetItem
{
public:
    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, Qt::UserRole), b = other.data(column, Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return QTreeWidgetItem::operator<(other);
    }
};

enum Column { NameColumn, RolesColumn, ClustersColumn, BatchColumn, StandingColumn, ServedColumn, FiledColumn,
              AcceptedColumn, FailedColumn, OnTimeColumn, UpliftColumn };
}

ProviderPoolDialog::ProviderPoolDialog(std::shared_ptr<Database> db, QWidget* parent) : QDialog(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("providerPool"));
    setWindowTitle(tr("Resource pool: service providers and products"));
    auto* layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_providers = new QTreeWidget(splitter);
    m_providers->setObjectName(QStringLiteral("providerView"));
    m_providers->setRootIsDecorated(false);
    m_providers->setSortingEnabled(true);
    m_providers->setHeaderLabels({tr("Provider"), tr("Roles"), tr("Clusters"), tr("Batch"), tr("Standing"), tr("Enterprises"),
                                  tr("Filed"), tr("Accepted"), tr("Not accepted"), tr("Milestones on time"), tr("Level uplift")});
    m_products = new QTreeWidget(splitter);
    m_products->setObjectName(QStringLiteral("productView"));
    m_products->setRootIsDecorated(false);
    m_products->setHeaderLabels({tr("Product"), tr("Category"), tr("Scenes"), tr("Price"), tr("Review batch"), tr("Review")});
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* standing = buttons->addButton(tr("Change &standing…"), QDialogButtonBox::ActionRole);
    standing->setObjectName(QStringLiteral("standingButton"));
    standing->setToolTip(tr("Warn a provider, order a rectification, remove it from the pool, or re-admit it."));
    connect(standing, &QPushButton::clicked, this, &ProviderPoolDialog::editStanding);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_providers, &QTreeWidget::currentItemChanged, this, &ProviderPoolDialog::showProducts);
    reload();
    resize(1280, 720);
}

void ProviderPoolDialog::reload()
{
    m_providers->clear();
    auto providers = ProviderRepository(*m_db).list(true);
    auto scores = CaseStatsRepository(*m_db).providerScores(m_db->clock().today());
    if (!providers || !scores) {
        m_error->setText(!providers ? providers.message() : scores.message());
        m_error->show();
        return;
    }
    QHash<qint64, ProviderScore> byProvider;
    for (const ProviderScore& s : scores.value())
        byProvider.insert(s.providerId, s);
    QHash<qint64, QString> clusterNames;
    if (auto clusters = ClusterRepository(*m_db).list(true))
        for (const Cluster& c : clusters.value())
            clusterNames.insert(c.id, c.name);
    for (const Provider& p : providers.value()) {
        QStringList roles, clusters;
        for (ProviderRole r : p.roles)
            roles << providerRoleName(r);
        for (qint64 c : p.clusterIds)
            clusters << clusterNames.value(c);
        const ProviderScore s = byProvider.value(p.id);
        auto* item = new ScoreItem;
        item->setText(NameColumn, p.name);
        item->setText(RolesColumn, roles.join(QStringLiteral("、")));
        item->setText(ClustersColumn, clusters.join(QStringLiteral("、")));
        item->setText(BatchColumn, p.admissionBatch);
        item->setText(StandingColumn, poolStatusName(p.poolStatus));
        if (p.poolStatus != PoolStatus::Admitted) {
            item->setForeground(StandingColumn, QColor(0xb3, 0x26, 0x1e));
            item->setToolTip(StandingColumn, tr("%1 on %2: %3").arg(poolStatusName(p.poolStatus),
                                                                    p.statusOn.toString(QStringLiteral("yyyy-MM-dd")), p.statusReason));
        }
        // Numbers sort as numbers.
        const auto setNumber = [item](int column, double value, const QString& text) {
            item->setData(column, Qt::DisplayRole, text);
            item->setData(column, Qt::UserRole, value);
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        };
        setNumber(ServedColumn, double(s.enterprisesServed), format::count(s.enterprisesServed));
        setNumber(FiledColumn, double(s.projectsFiled), format::count(s.projectsFiled));
        setNumber(AcceptedColumn, double(s.projectsAccepted), format::count(s.projectsAccepted));
        setNumber(FailedColumn, double(s.projectsFailed), format::count(s.projectsFailed));
        setNumber(OnTimeColumn, s.onTimeRate(), s.milestonesDue ? QStringLiteral("%1%").arg(s.onTimeRate() * 100.0, 0, 'f', 1) : QString());
        setNumber(UpliftColumn, s.averageUplift, s.projectsAccepted ? QStringLiteral("+%1").arg(s.averageUplift, 0, 'f', 2) : QString());
        item->setData(NameColumn, Qt::UserRole + 1, p.id);
        m_providers->addTopLevelItem(item);
    }
    m_providers->sortByColumn(ServedColumn, Qt::DescendingOrder);
    for (int c = 0; c < m_providers->columnCount(); ++c)
        m_providers->resizeColumnToContents(c);
    m_providers->setColumnWidth(NameColumn, qMin(m_providers->columnWidth(NameColumn), 320));
}

void ProviderPoolDialog::showProducts()
{
    m_products->clear();
    QTreeWidgetItem* current = m_providers->currentItem();
    if (!current)
        return;
    auto products = ProviderRepository(*m_db).products(current->data(NameColumn, Qt::UserRole + 1).toLongLong());
    if (!products)
        return;
    auto index = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024"));
    for (const Product& p : products.value()) {
        QStringList scenes;
        for (const QString& id : p.sceneIds)
            scenes << (index && index->scene(id) ? index->scene(id)->name : id);
        auto* item = new QTreeWidgetItem({p.name, p.category, scenes.join(QStringLiteral("、")), format::wan(p.price), p.reviewBatch,
                                          reviewStatusName(p.reviewStatus)});
        if (p.reviewStatus == ReviewStatus::Rejected)
            item->setToolTip(5, p.reviewReason);
        m_products->addTopLevelItem(item);
    }
    for (int c = 0; c < m_products->columnCount(); ++c)
        m_products->resizeColumnToContents(c);
}

void ProviderPoolDialog::editStanding()
{
    QTreeWidgetItem* current = m_providers->currentItem();
    if (!current)
        return;
    auto provider = ProviderRepository(*m_db).get(current->data(NameColumn, Qt::UserRole + 1).toLongLong());
    if (!provider)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Standing of %1").arg(provider->name));
    auto* form = new QFormLayout(&dialog);
    auto* status = new QComboBox(&dialog);
    for (PoolStatus s : {PoolStatus::Admitted, PoolStatus::Warned, PoolStatus::Rectifying, PoolStatus::Removed})
        status->addItem(poolStatusName(s), int(s));
    status->setCurrentIndex(status->findData(int(provider->poolStatus)));
    auto* reason = new QLineEdit(provider->statusReason, &dialog);
    auto* date = new QDateEdit(provider->statusOn.isValid() ? provider->statusOn : m_db->clock().today(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Standing"), status);
    form->addRow(tr("&Reason"), reason);
    form->addRow(tr("&Date"), date);
    auto* error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setWordWrap(true);
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Provider p = provider.value();
        p.poolStatus = PoolStatus(status->currentData().toInt());
        p.statusReason = reason->text().trimmed();
        p.statusOn = date->date();
        auto saved = ProviderRepository(*m_db).update(p);
        if (!saved) {
            error->setText(saved.message());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace dx
