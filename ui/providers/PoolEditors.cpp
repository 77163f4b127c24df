#include "PoolEditors.h"

#include "assessment/AssessmentIndex.h"
#include "common/CheckList.h"
#include "common/Format.h"
#include "common/FormDialog.h"
#include "db/Database.h"
#include "repo/ClusterRepository.h"
#include "repo/ProviderRepository.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>

namespace dx {

namespace {
// The forms' strings live in the dx::PoolEditors translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dx::PoolEditors)
};

// An editable combo offering the values already in use (batches, categories).
QComboBox* suggestions(QWidget* parent, QStringList values, const QString& current, const QString& objectName)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setEditable(true);
    values.removeDuplicates();
    values.removeAll(QString());
    values.sort();
    box->addItems(values);
    box->setCurrentText(current);
    return box;
}
}

std::optional<Provider> editProvider(const std::shared_ptr<Database>& db, const Provider& provider, QWidget* parent)
{
    FormDialog dialog(provider.id ? Text::tr("Service provider %1").arg(provider.name) : Text::tr("New service provider"), parent);
    dialog.setObjectName(QStringLiteral("providerEditor"));
    QWidget* w = &dialog;
    auto* name = new QLineEdit(provider.name, w);
    name->setObjectName(QStringLiteral("providerName"));
    auto* code = new QLineEdit(provider.creditCode, w);
    code->setObjectName(QStringLiteral("providerCode"));
    code->setMaxLength(18);
    code->setPlaceholderText(Text::tr("18-character unified social credit code"));
    auto* roles = new QHBoxLayout;
    QHash<ProviderRole, QCheckBox*> roleBoxes;
    for (ProviderRole role : {ProviderRole::Traction, ProviderRole::Integrator, ProviderRole::ProductVendor}) {
        auto* box = new QCheckBox(providerRoleName(role), w);
        box->setObjectName(QStringLiteral("role_%1").arg(providerRoleKey(role)));
        box->setChecked(provider.roles.contains(role));
        roles->addWidget(box);
        roleBoxes.insert(role, box);
    }
    roles->addStretch(1);
    auto* clusters = new CheckList(w);
    clusters->setObjectName(QStringLiteral("providerClusters"));
    clusters->setMaximumHeight(140);
    if (auto list = ClusterRepository(*db).list())
        for (const Cluster& c : list.value())
            clusters->addChoice(c.id, c.name);
    clusters->setChecked(toVariantList(provider.clusterIds));
    QStringList batches;
    if (auto all = ProviderRepository(*db).list(true))
        for (const Provider& p : all.value())
            batches << p.admissionBatch;
    auto* batch = suggestions(w, batches, provider.admissionBatch, QStringLiteral("providerBatch"));
    auto* admitted = new QDateEdit(provider.admittedOn.isValid() ? provider.admittedOn : db->clock().today(), w);
    admitted->setCalendarPopup(true);
    admitted->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* contact = new QLineEdit(provider.contactName, w);
    auto* phone = new QLineEdit(provider.contactPhone, w);
    auto* notes = new QPlainTextEdit(provider.notes, w);
    notes->setTabChangesFocus(true);
    notes->setMaximumHeight(80);
    QFormLayout* form = dialog.form();
    form->addRow(Text::tr("&Name"), name);
    form->addRow(Text::tr("&Credit code"), code);
    form->addRow(Text::tr("Roles"), roles);
    form->addRow(Text::tr("C&lusters served"), clusters);
    form->addRow(Text::tr("Admission &batch"), batch);
    form->addRow(Text::tr("&Admitted on"), admitted);
    form->addRow(Text::tr("C&ontact"), contact);
    form->addRow(Text::tr("&Phone"), phone);
    form->addRow(Text::tr("No&tes"), notes);

    std::optional<Provider> saved;
    dialog.setSaver([&]() -> Status {
        Provider p = provider;
        p.name = name->text().trimmed();
        p.creditCode = code->text();
        p.roles.clear();
        for (auto it = roleBoxes.cbegin(); it != roleBoxes.cend(); ++it)
            if (it.value()->isChecked())
                p.roles << it.key();
        std::sort(p.roles.begin(), p.roles.end());
        p.clusterIds = clusters->checkedInt64();
        p.admissionBatch = batch->currentText().trimmed();
        p.admittedOn = admitted->date();
        p.contactName = contact->text().trimmed();
        p.contactPhone = phone->text().trimmed();
        p.notes = notes->toPlainText();
        auto result = p.id ? ProviderRepository(*db).update(p) : ProviderRepository(*db).create(p);
        if (!result)
            return result.status();
        saved = result.value();
        return Status::ok();
    });
    dialog.resize(620, 560);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return saved;
}

std::optional<Product> editProduct(const std::shared_ptr<Database>& db, const Product& product, QWidget* parent)
{
    FormDialog dialog(product.id ? Text::tr("Product %1").arg(product.name) : Text::tr("New \"小快轻准\" product"), parent);
    dialog.setObjectName(QStringLiteral("productEditor"));
    QWidget* w = &dialog;
    auto* vendor = new QComboBox(w);
    vendor->setObjectName(QStringLiteral("productVendor"));
    QStringList categories, batches;
    if (auto providers = ProviderRepository(*db).list())
        for (const Provider& p : providers.value())
            if (p.poolStatus != PoolStatus::Removed || p.id == product.providerId)
                vendor->addItem(p.name, p.id);
    if (auto products = ProviderRepository(*db).products())
        for (const Product& p : products.value()) {
            categories << p.category;
            batches << p.reviewBatch;
        }
    vendor->setCurrentIndex(qMax(0, vendor->findData(product.providerId)));
    auto* name = new QLineEdit(product.name, w);
    name->setObjectName(QStringLiteral("productName"));
    auto* category = suggestions(w, categories, product.category, QStringLiteral("productCategory"));
    auto* scenes = new CheckList(w);
    scenes->setObjectName(QStringLiteral("productScenes"));
    if (auto index = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024")))
        for (const Scene& s : index->scenes)
            scenes->addChoice(s.id, s.name);
    scenes->setChecked(toVariantList(product.sceneIds));
    auto* price = new QLineEdit(format::wanInput(product.price), w);
    price->setObjectName(QStringLiteral("productPrice"));
    price->setPlaceholderText(Text::tr("in 10k yuan"));
    auto* batch = suggestions(w, batches, product.reviewBatch, QStringLiteral("productBatch"));
    auto* review = new QComboBox(w);
    review->setObjectName(QStringLiteral("productReview"));
    for (ReviewStatus s : {ReviewStatus::Applied, ReviewStatus::Approved, ReviewStatus::Rejected})
        review->addItem(reviewStatusName(s), int(s));
    review->setCurrentIndex(review->findData(int(product.reviewStatus)));
    auto* reason = new QLineEdit(product.reviewReason, w);
    reason->setObjectName(QStringLiteral("productReason"));
    reason->setPlaceholderText(Text::tr("Required when rejected"));
    QFormLayout* form = dialog.form();
    form->addRow(Text::tr("&Vendor"), vendor);
    form->addRow(Text::tr("&Name"), name);
    form->addRow(Text::tr("&Category"), category);
    form->addRow(Text::tr("&Scenes addressed"), scenes);
    form->addRow(Text::tr("&Price (10k yuan)"), price);
    form->addRow(Text::tr("Review &batch"), batch);
    form->addRow(Text::tr("&Review"), review);
    form->addRow(Text::tr("Re&ason"), reason);

    std::optional<Product> saved;
    dialog.setSaver([&]() -> Status {
        Product p = product;
        p.providerId = vendor->currentData().toLongLong();
        p.name = name->text().trimmed();
        p.category = category->currentText().trimmed();
        p.sceneIds = scenes->checkedStrings();
        const QString priceText = price->text().trimmed();
        if (priceText.isEmpty()) {
            p.price = Money();
        } else if (auto parsed = Money::parseWan(priceText)) {
            p.price = *parsed;
        } else {
            return Status::error(ErrorCode::Validation, Text::tr("The price \"%1\" is not a number of 10k yuan.").arg(priceText));
        }
        p.reviewBatch = batch->currentText().trimmed();
        p.reviewStatus = ReviewStatus(review->currentData().toInt());
        p.reviewReason = reason->text().trimmed();
        auto result = p.id ? ProviderRepository(*db).updateProduct(p) : ProviderRepository(*db).createProduct(p);
        if (!result)
            return result.status();
        saved = result.value();
        return Status::ok();
    });
    dialog.resize(560, 560);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return saved;
}

} // namespace dx
