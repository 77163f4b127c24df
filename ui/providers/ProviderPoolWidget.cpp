#include "ProviderPoolWidget.h"

#include "exchange/ViewExport.h"
#include "PoolEditors.h"
#include "assessment/AssessmentIndex.h"
#include "common/Format.h"
#include "common/FormDialog.h"
#include "common/OpenOnEnter.h"
#include "db/Database.h"
#include "repo/CaseStatsRepository.h"
#include "repo/ClusterRepository.h"
#include "repo/ProviderRepository.h"
#include "util/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
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
enum ProductColumn { ProductName, ProductVendor, ProductCategory, ProductScenes, ProductPrice, ProductBatch, ProductReview };
const int kIdRole = Qt::UserRole + 1;
const int kProviderRole = Qt::UserRole + 2;

QPushButton* toolButton(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}
}

ProviderPoolWidget::ProviderPoolWidget(std::shared_ptr<Database> db, QWidget* parent) : QWidget(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("providerPool"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("poolSearch"));
    m_search->setPlaceholderText(tr("Search providers and products (name, credit code, category)"));
    m_search->setClearButtonEnabled(true);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("poolRole"));
    m_role->addItem(tr("All roles"), -1);
    for (ProviderRole r : {ProviderRole::Traction, ProviderRole::Integrator, ProviderRole::ProductVendor})
        m_role->addItem(providerRoleName(r), int(r));
    m_standing = new QComboBox(this);
    m_standing->setObjectName(QStringLiteral("poolStanding"));
    m_standing->addItem(tr("Any standing"), -1);
    for (PoolStatus s : {PoolStatus::Admitted, PoolStatus::Warned, PoolStatus::Rectifying, PoolStatus::Removed})
        m_standing->addItem(poolStatusName(s), int(s));
    m_review = new QComboBox(this);
    m_review->setObjectName(QStringLiteral("poolReview"));
    m_review->addItem(tr("Any review"), -1);
    for (ReviewStatus s : {ReviewStatus::Applied, ReviewStatus::Approved, ReviewStatus::Rejected})
        m_review->addItem(reviewStatusName(s), int(s));
    filters->addWidget(m_search, 1);
    filters->addWidget(m_role);
    filters->addWidget(m_standing);
    filters->addWidget(m_review);
    layout->addLayout(filters);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* providerButtons = new QHBoxLayout;
    auto* newProviderButton = toolButton(top, tr("&New provider…"), QStringLiteral("newProviderButton"));
    auto* editProviderButton = toolButton(top, tr("&Edit provider…"), QStringLiteral("editProviderButton"));
    auto* standingButton = toolButton(top, tr("Change &standing…"), QStringLiteral("standingButton"));
    standingButton->setToolTip(tr("Warn a provider, order a rectification, remove it from the pool, or re-admit it."));
    m_counts = new QLabel(top);
    providerButtons->addWidget(newProviderButton);
    providerButtons->addWidget(editProviderButton);
    providerButtons->addWidget(standingButton);
    providerButtons->addStretch(1);
    providerButtons->addWidget(m_counts);
    topLayout->addLayout(providerButtons);
    m_providers = new QTreeWidget(top);
    m_providers->setObjectName(QStringLiteral("providerView"));
    viewExport::setTitle(m_providers, tr("Providers"));
    m_providers->setRootIsDecorated(false);
    m_providers->setUniformRowHeights(true);
    m_providers->setSortingEnabled(true);
    m_providers->setHeaderLabels({tr("Provider"), tr("Roles"), tr("Clusters"), tr("Batch"), tr("Standing"), tr("Enterprises"),
                                  tr("Filed"), tr("Accepted"), tr("Not accepted"), tr("Milestones on time"), tr("Level uplift")});
    topLayout->addWidget(m_providers, 1);

    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* productButtons = new QHBoxLayout;
    auto* newProductButton = toolButton(bottom, tr("New pro&duct…"), QStringLiteral("newProductButton"));
    // The pool is the bureau's to change (the role model, Access).
    for (QPushButton* b : {newProviderButton, standingButton, newProductButton})
        b->setEnabled(m_db->access().canEditCases());
    auto* editProductButton = toolButton(bottom, tr("Edit produc&t…"), QStringLiteral("editProductButton"));
    m_onlySelected = new QCheckBox(tr("Only the selected provider's products"), bottom);
    m_onlySelected->setObjectName(QStringLiteral("onlySelectedProvider"));
    m_onlySelected->setChecked(false);   // the whole catalogue first; narrowing is one click
    productButtons->addWidget(newProductButton);
    productButtons->addWidget(editProductButton);
    productButtons->addWidget(m_onlySelected);
    productButtons->addStretch(1);
    bottomLayout->addLayout(productButtons);
    m_products = new QTreeWidget(bottom);
    m_products->setObjectName(QStringLiteral("productView"));
    viewExport::setTitle(m_products, tr("Products"));
    m_products->setRootIsDecorated(false);
    m_products->setUniformRowHeights(true);
    m_products->setSortingEnabled(true);
    m_products->setHeaderLabels({tr("Product"), tr("Vendor"), tr("Category"), tr("Scenes"), tr("Price"), tr("Review batch"), tr("Review")});
    bottomLayout->addWidget(m_products, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    if (auto index = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024")))
        for (const Scene& s : index->scenes)
            m_sceneNames.insert(s.id, s.name);

    connect(newProviderButton, &QPushButton::clicked, this, &ProviderPoolWidget::newProvider);
    connect(editProviderButton, &QPushButton::clicked, this, &ProviderPoolWidget::editCurrentProvider);
    connect(standingButton, &QPushButton::clicked, this, &ProviderPoolWidget::editStanding);
    connect(newProductButton, &QPushButton::clicked, this, &ProviderPoolWidget::newProduct);
    connect(editProductButton, &QPushButton::clicked, this, &ProviderPoolWidget::editCurrentProduct);
    connect(m_search, &QLineEdit::textChanged, this, &ProviderPoolWidget::applyFilters);
    for (QComboBox* box : {m_role, m_standing, m_review})
        connect(box, &QComboBox::currentIndexChanged, this, &ProviderPoolWidget::applyFilters);
    connect(m_onlySelected, &QCheckBox::toggled, this, &ProviderPoolWidget::applyFilters);
    connect(m_providers, &QTreeWidget::currentItemChanged, this, &ProviderPoolWidget::applyFilters);
    OpenOnEnter::install(m_providers, [this](QTreeWidgetItem*) { editCurrentProvider(); });
    OpenOnEnter::install(m_products, [this](QTreeWidgetItem*) { editCurrentProduct(); });
}

void ProviderPoolWidget::reload()
{
    const qint64 selected = currentProviderId();
    m_providers->clear();
    auto providers = ProviderRepository(*m_db).list(true);
    auto products = ProviderRepository(*m_db).products();
    auto scores = CaseStatsRepository(*m_db).providerScores(m_db->clock().today());
    for (const Status& s : {providers.status(), products.status(), scores.status()})
        if (!s) {
            m_error->setText(s.message());
            m_error->show();
            return;
        }
    m_error->hide();
    m_pool = providers.value();
    m_catalogue = products.value();
    QHash<qint64, ProviderScore> byProvider;
    for (const ProviderScore& s : scores.value())
        byProvider.insert(s.providerId, s);
    QHash<qint64, QString> clusterNames;
    if (auto clusters = ClusterRepository(*m_db).list(true))
        for (const Cluster& c : clusters.value())
            clusterNames.insert(c.id, c.name);
    m_providers->setSortingEnabled(false);
    for (const Provider& p : m_pool) {
        QStringList roles, clusters;
        for (ProviderRole r : p.roles)
            roles << providerRoleName(r);
        for (qint64 c : p.clusterIds)
            clusters << clusterNames.value(c);
        const ProviderScore s = byProvider.value(p.id);
        auto* item = new ScoreItem;
        item->setText(NameColumn, p.name);
        item->setToolTip(NameColumn, p.creditCode);
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
        item->setData(NameColumn, kIdRole, p.id);
        item->setData(NameColumn, kProviderRole, QVariant::fromValue(p));
        m_providers->addTopLevelItem(item);
    }
    m_providers->setSortingEnabled(true);
    if (!m_headerReady) {
        // The remembered layout, or columns fitted to the first data; remembered from then on.
        if (!m_providers->header()->restoreState(Settings::value(Settings::Key::ProviderPoolHeader).toByteArray())) {
            m_providers->sortByColumn(ServedColumn, Qt::DescendingOrder);
            for (int c = 0; c < m_providers->columnCount(); ++c)
                m_providers->resizeColumnToContents(c);
            m_providers->setColumnWidth(NameColumn, qMin(m_providers->columnWidth(NameColumn) + 12, 340));
        }
        m_headerReady = true;
        const auto remember = [this] { Settings::setValue(Settings::Key::ProviderPoolHeader, m_providers->header()->saveState()); };
        connect(m_providers->header(), &QHeaderView::sectionResized, this, remember);
        connect(m_providers->header(), &QHeaderView::sortIndicatorChanged, this, remember);
    }
    fillProducts();
    selectProvider(selected);
    applyFilters();
}

void ProviderPoolWidget::fillProducts()
{
    m_products->setSortingEnabled(false);
    m_products->clear();
    QHash<qint64, QString> names;
    for (const Provider& p : m_pool)
        names.insert(p.id, p.name);
    for (const Product& p : m_catalogue) {
        QStringList scenes;
        for (const QString& id : p.sceneIds)
            scenes << m_sceneNames.value(id, id);
        auto* item = new ScoreItem;
        item->setText(ProductName, p.name);
        item->setText(ProductVendor, names.value(p.providerId));
        item->setText(ProductCategory, p.category);
        item->setText(ProductScenes, scenes.join(QStringLiteral("、")));
        item->setData(ProductPrice, Qt::DisplayRole, format::money(p.price));
        item->setData(ProductPrice, Qt::UserRole, double(p.price.fen()));
        item->setTextAlignment(ProductPrice, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ProductBatch, p.reviewBatch);
        item->setText(ProductReview, reviewStatusName(p.reviewStatus));
        if (p.reviewStatus == ReviewStatus::Rejected) {
            item->setToolTip(ProductReview, p.reviewReason);
            item->setForeground(ProductReview, QColor(0xb3, 0x26, 0x1e));
        }
        item->setData(ProductName, kIdRole, p.id);
        item->setData(ProductName, kProviderRole, p.providerId);
        item->setData(ProductReview, kIdRole, int(p.reviewStatus));
        m_products->addTopLevelItem(item);
    }
    m_products->setSortingEnabled(true);
    m_products->sortByColumn(ProductName, Qt::AscendingOrder);
    for (int c = 0; c < m_products->columnCount(); ++c)
        m_products->resizeColumnToContents(c);
    m_products->setColumnWidth(ProductScenes, qMin(m_products->columnWidth(ProductScenes), 320));
}

void ProviderPoolWidget::applyFilters()
{
    const QString needle = m_search->text().trimmed();
    const int role = m_role->currentData().toInt();
    const int standing = m_standing->currentData().toInt();
    const int review = m_review->currentData().toInt();
    const auto matches = [&needle](const QTreeWidgetItem* item, std::initializer_list<int> columns, const QString& extra = QString()) {
        if (needle.isEmpty() || extra.contains(needle, Qt::CaseInsensitive))
            return true;
        for (int c : columns)
            if (item->text(c).contains(needle, Qt::CaseInsensitive))
                return true;
        return false;
    };
    // A provider shows when it matches itself or one of its products matches the search.
    QSet<qint64> withMatchingProducts;
    for (int i = 0; i < m_products->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_products->topLevelItem(i);
        if (!needle.isEmpty() && matches(item, {ProductName, ProductCategory, ProductScenes}))
            withMatchingProducts.insert(item->data(ProductName, kProviderRole).toLongLong());
    }
    int shownProviders = 0;
    for (int i = 0; i < m_providers->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_providers->topLevelItem(i);
        const Provider p = item->data(NameColumn, kProviderRole).value<Provider>();
        const bool show = (role < 0 || p.roles.contains(ProviderRole(role))) && (standing < 0 || int(p.poolStatus) == standing) &&
                          (matches(item, {NameColumn, ClustersColumn, BatchColumn}, p.creditCode) || withMatchingProducts.contains(p.id));
        item->setHidden(!show);
        shownProviders += show ? 1 : 0;
    }
    const qint64 selected = currentProviderId();
    const QTreeWidgetItem* current = m_providers->currentItem();
    const bool restrict = m_onlySelected->isChecked() && selected > 0 && current && !current->isHidden();
    int shownProducts = 0;
    for (int i = 0; i < m_products->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_products->topLevelItem(i);
        const qint64 provider = item->data(ProductName, kProviderRole).toLongLong();
        bool show = (review < 0 || item->data(ProductReview, kIdRole).toInt() == review);
        show = show && (restrict ? provider == selected : (matches(item, {ProductName, ProductVendor, ProductCategory, ProductScenes})));
        item->setHidden(!show);
        shownProducts += show ? 1 : 0;
    }
    m_counts->setText(tr("%1 of %2 providers · %3 of %4 products")
                          .arg(shownProviders)
                          .arg(m_providers->topLevelItemCount())
                          .arg(shownProducts)
                          .arg(m_products->topLevelItemCount()));
}

qint64 ProviderPoolWidget::currentProviderId() const
{
    const QTreeWidgetItem* item = m_providers->currentItem();
    return item ? item->data(NameColumn, kIdRole).toLongLong() : 0;
}

void ProviderPoolWidget::selectProvider(qint64 id)
{
    for (int i = 0; i < m_providers->topLevelItemCount(); ++i)
        if (m_providers->topLevelItem(i)->data(NameColumn, kIdRole).toLongLong() == id) {
            m_providers->setCurrentItem(m_providers->topLevelItem(i));
            return;
        }
}

void ProviderPoolWidget::newProvider()
{
    Provider p;
    p.roles = {ProviderRole::ProductVendor};
    if (auto saved = editProvider(m_db, p, this)) {
        reload();
        selectProvider(saved->id);
    }
}

void ProviderPoolWidget::editCurrentProvider()
{
    const qint64 id = currentProviderId();
    if (id <= 0)
        return;
    auto provider = ProviderRepository(*m_db).get(id);
    if (!provider) {
        m_error->setText(provider.message());
        m_error->show();
        return;
    }
    if (editProvider(m_db, provider.value(), this))
        reload();
}

void ProviderPoolWidget::newProduct()
{
    Product p;
    p.providerId = currentProviderId();
    p.reviewBatch = QString();
    if (auto saved = editProduct(m_db, p, this)) {
        reload();
        selectProvider(saved->providerId);
    }
}

void ProviderPoolWidget::editCurrentProduct()
{
    const QTreeWidgetItem* item = m_products->currentItem();
    if (!item)
        return;
    auto product = ProviderRepository(*m_db).getProduct(item->data(ProductName, kIdRole).toLongLong());
    if (!product) {
        m_error->setText(product.message());
        m_error->show();
        return;
    }
    if (editProduct(m_db, product.value(), this))
        reload();
}

void ProviderPoolWidget::editStanding()
{
    const qint64 id = currentProviderId();
    if (id <= 0)
        return;
    auto provider = ProviderRepository(*m_db).get(id);
    if (!provider)
        return;
    FormDialog dialog(tr("Standing of %1").arg(provider->name), this);
    dialog.setObjectName(QStringLiteral("standingDialog"));
    auto* status = new QComboBox(&dialog);
    for (PoolStatus s : {PoolStatus::Admitted, PoolStatus::Warned, PoolStatus::Rectifying, PoolStatus::Removed})
        status->addItem(poolStatusName(s), int(s));
    status->setCurrentIndex(status->findData(int(provider->poolStatus)));
    auto* reason = new QLineEdit(provider->statusReason, &dialog);
    auto* date = new QDateEdit(provider->statusOn.isValid() ? provider->statusOn : m_db->clock().today(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    dialog.form()->addRow(tr("&Standing"), status);
    dialog.form()->addRow(tr("&Reason"), reason);
    dialog.form()->addRow(tr("&Date"), date);
    dialog.setSaver([&]() -> Status {
        Provider p = provider.value();
        p.poolStatus = PoolStatus(status->currentData().toInt());
        p.statusReason = reason->text().trimmed();
        p.statusOn = date->date();
        return ProviderRepository(*m_db).update(p).status();
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace dx
