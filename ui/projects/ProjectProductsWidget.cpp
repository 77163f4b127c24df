#include "ProjectProductsWidget.h"

#include "assessment/AssessmentIndex.h"
#include "common/CheckList.h"
#include "common/Format.h"
#include "db/Database.h"
#include "repo/DiagnosisRepository.h"
#include "repo/ProviderRepository.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dx {

namespace {
enum ProductColumn { ProductName, ProductVendor, ProductScenes, ProductPrice, ProductBatch, ProductReview };
const int kProductId = Qt::UserRole;
const int kProviderId = Qt::UserRole + 1;
const int kSceneIds = Qt::UserRole + 2;
}

ProjectProductsWidget::ProjectProductsWidget(std::shared_ptr<Database> db, QWidget* parent) : QWidget(parent), m_db(std::move(db))
{
    auto* layout = new QGridLayout(this);
    auto* scenesBox = new QGroupBox(tr("Target scenes"), this);
    auto* scenesLayout = new QVBoxLayout(scenesBox);
    m_scenes = new CheckList(scenesBox);
    m_scenes->setObjectName(QStringLiteral("targetScenes"));
    scenesLayout->addWidget(m_scenes);

    auto* vendorsBox = new QGroupBox(tr("Product vendors"), this);
    auto* vendorsLayout = new QVBoxLayout(vendorsBox);
    m_vendorFilter = new QLineEdit(vendorsBox);
    m_vendorFilter->setPlaceholderText(tr("Filter vendors"));
    m_vendorFilter->setClearButtonEnabled(true);
    m_vendors = new CheckList(vendorsBox);
    m_vendors->setObjectName(QStringLiteral("vendorList"));
    vendorsLayout->addWidget(m_vendorFilter);
    vendorsLayout->addWidget(m_vendors);

    auto* productsBox = new QGroupBox(tr("\"小快轻准\" products used"), this);
    auto* productsLayout = new QVBoxLayout(productsBox);
    auto* productTools = new QHBoxLayout;
    m_productFilter = new QLineEdit(productsBox);
    m_productFilter->setPlaceholderText(tr("Filter products by name, vendor or category"));
    m_productFilter->setClearButtonEnabled(true);
    m_onlyTargetScenes = new QCheckBox(tr("Only products for the target scenes"), productsBox);
    m_onlyTargetScenes->setObjectName(QStringLiteral("onlyTargetScenes"));
    productTools->addWidget(m_productFilter, 1);
    productTools->addWidget(m_onlyTargetScenes);
    m_products = new QTreeWidget(productsBox);
    m_products->setObjectName(QStringLiteral("productChoice"));
    m_products->setRootIsDecorated(false);
    m_products->setUniformRowHeights(true);
    m_products->setHeaderLabels({tr("Product"), tr("Vendor"), tr("Scenes"), tr("Price"), tr("Review batch"), tr("Review")});
    m_summary = new QLabel(productsBox);
    m_summary->setObjectName(QStringLiteral("productSummary"));
    productsLayout->addLayout(productTools);
    productsLayout->addWidget(m_products, 1);
    productsLayout->addWidget(m_summary);

    layout->addWidget(scenesBox, 0, 0);
    layout->addWidget(vendorsBox, 0, 1);
    layout->addWidget(productsBox, 1, 0, 1, 2);
    layout->setRowStretch(0, 2);
    layout->setRowStretch(1, 3);

    if (auto providers = ProviderRepository(*m_db).list(true))
        m_providers = providers.value();
    if (auto products = ProviderRepository(*m_db).products())
        m_catalogue = products.value();

    connect(m_vendorFilter, &QLineEdit::textChanged, m_vendors, &CheckList::setFilterText);
    connect(m_productFilter, &QLineEdit::textChanged, this, &ProjectProductsWidget::applyFilter);
    connect(m_onlyTargetScenes, &QCheckBox::toggled, this, &ProjectProductsWidget::applyFilter);
    connect(m_scenes, &CheckList::checkedChanged, this, [this] {
        if (m_onlyTargetScenes->isChecked())
            applyFilter();
    });
    connect(m_products, &QTreeWidget::itemChanged, this, &ProjectProductsWidget::productToggled);
    // Unticking a vendor unticks its products: they could not be kept without it.
    connect(m_vendors, &CheckList::checkedChanged, this, [this](const QVariant& id, bool checked) {
        if (checked)
            return;
        for (int i = 0; i < m_products->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_products->topLevelItem(i);
            const qint64 provider = item->data(ProductName, kProviderId).toLongLong();
            if (provider == id.toLongLong() && provider != m_project.tractionProviderId && provider != m_project.integratorProviderId)
                item->setCheckState(ProductName, Qt::Unchecked);
        }
    });
}

void ProjectProductsWidget::setProject(const Project& project)
{
    m_project = project;
    // Scenes of the index the baseline was made with.
    m_scenes->clear();
    m_sceneNames.clear();
    QString indexId = QStringLiteral("miit-sme-dx"), version = QStringLiteral("2024");
    if (auto baseline = DiagnosisRepository(*m_db).get(project.baselineDiagnosisId)) {
        indexId = baseline->indexId;
        version = baseline->indexVersion;
    }
    if (auto index = AssessmentIndex::shipped(indexId, version))
        for (const Scene& scene : index->scenes) {
            m_sceneNames.insert(scene.id, scene.name);
            m_scenes->addChoice(scene.id, scene.binding ? tr("%1 (binding)").arg(scene.name) : scene.name);
        }
    m_scenes->setChecked(toVariantList(project.targetSceneIds));

    m_vendors->clear();
    for (const Provider& p : m_providers) {
        const bool linked = project.vendorIds.contains(p.id);
        const bool available = p.poolStatus != PoolStatus::Removed && !p.archived && p.roles.contains(ProviderRole::ProductVendor);
        if (!linked && !available)
            continue;
        m_vendors->addChoice(p.id, p.poolStatus == PoolStatus::Admitted ? p.name : QStringLiteral("%1 (%2)").arg(p.name, poolStatusName(p.poolStatus)),
                             p.statusReason);
    }
    m_vendors->setChecked(toVariantList(project.vendorIds));
    fillProducts();
}

void ProjectProductsWidget::fillProducts()
{
    const QSignalBlocker block(m_products);
    m_products->clear();
    QHash<qint64, QString> providerNames;
    for (const Provider& p : m_providers)
        providerNames.insert(p.id, p.name);
    // The project's own products first, then the catalogue by name.
    QVector<Product> ordered = m_catalogue;
    std::stable_sort(ordered.begin(), ordered.end(), [this](const Product& a, const Product& b) {
        const bool la = m_project.productIds.contains(a.id), lb = m_project.productIds.contains(b.id);
        return la != lb ? la : a.name < b.name;
    });
    for (const Product& p : ordered) {
        const bool linked = m_project.productIds.contains(p.id);
        if (!linked && (p.reviewStatus == ReviewStatus::Rejected || p.archived))
            continue;
        QStringList scenes;
        for (const QString& id : p.sceneIds)
            scenes << m_sceneNames.value(id, id);
        auto* item = new QTreeWidgetItem({p.name, providerNames.value(p.providerId), scenes.join(QStringLiteral("、")), format::money(p.price),
                                          p.reviewBatch, reviewStatusName(p.reviewStatus)});
        item->setData(ProductName, kProductId, p.id);
        item->setData(ProductName, kProviderId, p.providerId);
        item->setData(ProductName, kSceneIds, p.sceneIds);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (m_editable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        item->setCheckState(ProductName, linked ? Qt::Checked : Qt::Unchecked);
        if (p.reviewStatus != ReviewStatus::Approved)
            item->setToolTip(ProductReview, p.reviewStatus == ReviewStatus::Rejected ? p.reviewReason : tr("Not yet approved"));
        m_products->addTopLevelItem(item);
    }
    for (int c = 0; c < m_products->columnCount(); ++c)
        m_products->resizeColumnToContents(c);
    m_products->setColumnWidth(ProductScenes, qMin(m_products->columnWidth(ProductScenes), 260));
    applyFilter();
}

void ProjectProductsWidget::applyFilter()
{
    const QString needle = m_productFilter->text().trimmed();
    const QStringList targets = m_scenes->checkedStrings();
    int checked = 0;
    for (int i = 0; i < m_products->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_products->topLevelItem(i);
        const bool isChecked = item->checkState(ProductName) == Qt::Checked;
        checked += isChecked ? 1 : 0;
        bool match = needle.isEmpty();
        for (int c : {ProductName, ProductVendor, ProductScenes})
            match = match || item->text(c).contains(needle, Qt::CaseInsensitive);
        if (m_onlyTargetScenes->isChecked()) {
            bool addresses = false;
            for (const QString& scene : item->data(ProductName, kSceneIds).toStringList())
                addresses = addresses || targets.contains(scene);
            match = match && addresses;
        }
        item->setHidden(!match && !isChecked);   // a ticked product always stays in sight
    }
    m_summary->setText(tr("%n product(s) ticked", nullptr, checked));
}

void ProjectProductsWidget::productToggled(QTreeWidgetItem* item, int column)
{
    if (column != ProductName)
        return;
    const qint64 provider = item->data(ProductName, kProviderId).toLongLong();
    const bool isParty = provider == m_project.tractionProviderId || provider == m_project.integratorProviderId;
    if (item->checkState(ProductName) == Qt::Checked && !isParty && !m_vendors->isChecked(provider)) {
        // Ticking a product makes its vendor a party; add the vendor if the list hid it.
        bool listed = false;
        for (int i = 0; i < m_vendors->count(); ++i)
            listed = listed || m_vendors->item(i)->data(Qt::UserRole).toLongLong() == provider;
        if (!listed)
            for (const Provider& p : m_providers)
                if (p.id == provider)
                    m_vendors->addChoice(p.id, p.name);
        m_vendors->setCheckedOne(provider, true);
    }
    applyFilter();
}

void ProjectProductsWidget::apply(Project& project) const
{
    project.targetSceneIds = m_scenes->checkedStrings();
    project.vendorIds = m_vendors->checkedInt64();
    QList<qint64> products;
    for (int i = 0; i < m_products->topLevelItemCount(); ++i)
        if (m_products->topLevelItem(i)->checkState(ProductName) == Qt::Checked)
            products << m_products->topLevelItem(i)->data(ProductName, kProductId).toLongLong();
    project.productIds = products;
}

QVector<ConflictField> ProjectProductsWidget::conflictFields(const Project& mine, const Project& theirs) const
{
    QHash<qint64, QString> vendors, products;
    for (const Provider& p : m_providers)
        vendors.insert(p.id, p.name);
    for (const Product& p : m_catalogue)
        products.insert(p.id, p.name);
    // Sets, not sequences: the names sorted, so the order they were ticked in does not count.
    const auto names = [](const auto& ids, const auto& lookup) {
        QStringList out;
        for (const auto& id : ids)
            out << lookup.value(id, QVariant(id).toString());
        out.sort();
        return out.join(QStringLiteral("、"));
    };
    const auto title = [](const QWidget* list) { return qobject_cast<const QGroupBox*>(list->parentWidget())->title(); };
    return {{title(m_scenes), names(mine.targetSceneIds, m_sceneNames), names(theirs.targetSceneIds, m_sceneNames)},
            {title(m_vendors), names(mine.vendorIds, vendors), names(theirs.vendorIds, vendors)},
            {title(m_products), names(mine.productIds, products), names(theirs.productIds, products)}};
}

void ProjectProductsWidget::setEditable(bool editable)
{
    m_editable = editable;
    m_scenes->setEditable(editable);
    m_vendors->setEditable(editable);
    const QSignalBlocker block(m_products);
    for (int i = 0; i < m_products->topLevelItemCount(); ++i)
        m_products->topLevelItem(i)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                                              (editable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
}

} // namespace dx
