#include "PackageExportDialog.h"

#include "common/BackgroundTask.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "package/PackageExport.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ProviderRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dx {

PackageExportDialog::PackageExportDialog(std::shared_ptr<Database> db, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_provider(new QComboBox(this)), m_enterprises(new QListWidget(this)),
      m_extra(new QLineEdit(this)), m_expires(new QDateEdit(this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Export field package"));
    setObjectName(QStringLiteral("packageExportDialog"));
    m_provider->setObjectName(QStringLiteral("provider"));
    m_enterprises->setObjectName(QStringLiteral("enterprises"));
    m_enterprises->setUniformItemSizes(true);
    m_extra->setPlaceholderText(tr("More enterprises by credit code, separated by commas"));
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expires->setDate(m_db->clock().today().addDays(30));
    m_expires->setMinimumDate(m_db->clock().today());
    const auto providers = ProviderRepository(*m_db).list();
    if (providers)
        for (const Provider& p : providers.value())
            m_provider->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.creditCode), p.creditCode);

    auto* form = new QFormLayout;
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Enterprises to visit:"), m_enterprises);
    form->addRow(QString(), m_extra);
    form->addRow(tr("&Valid until:"), m_expires);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* go = buttons->addButton(tr("E&xport…"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(go, &QPushButton::clicked, this, &PackageExportDialog::exportPackage);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &PackageExportDialog::loadEnterprises);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("The package holds only these enterprises, their diagnoses and open projects, and their contacts; "
                          "no other enterprise and no grants."));
    resize(560, 520);
    loadEnterprises();
}

void PackageExportDialog::loadEnterprises()
{
    m_enterprises->clear();
    PackageRepository repo(*m_db);
    auto providerId = repo.providerIdByCode(m_provider->currentData().toString());
    if (!providerId)
        return;
    auto ids = repo.enterprisesForProvider(providerId.value());
    if (!ids)
        return;
    EnterpriseRepository enterprises(*m_db);
    for (qint64 id : ids.value()) {
        auto e = enterprises.get(id);
        if (!e)
            continue;
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(e->creditCode, e->name), m_enterprises);
        item->setData(Qt::UserRole, e->creditCode);
        item->setCheckState(Qt::Checked);
    }
}

void PackageExportDialog::exportPackage()
{
    PackageExportOptions options;
    options.providerCode = m_provider->currentData().toString();
    options.expiresOn = m_expires->date();
    for (int i = 0; i < m_enterprises->count(); ++i)
        if (m_enterprises->item(i)->checkState() == Qt::Checked)
            options.enterpriseCodes << m_enterprises->item(i)->data(Qt::UserRole).toString();
    options.enterpriseCodes += m_extra->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (options.providerCode.isEmpty() || options.enterpriseCodes.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Choose a provider and at least one enterprise."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), QDir::homePath(), tr("DX Desk field packages (*.dxpkg)"));
    if (path.isEmpty())
        return;
    using R = Result<PackageExportResult>;
    const auto db = m_db;
    const R r = runInBackground<R>(this, db, windowTitle(), tr("Writing the package…"),
                                   [db, options, path](const ProgressFn&, const std::atomic_bool*) { return PackageExport::run(*db, options, path); });
    if (!r) {
        MessageBox::critical(this, windowTitle(), r.message());
        return;
    }
    MessageBox::information(this, windowTitle(),
                            tr("%1 written for %2: %3 enterprises, %4 diagnoses, %5 open projects, valid until %6.\n\n"
                               "Tell the provider the bureau's key fingerprint, to compare when opening: %7")
                                .arg(QDir::toNativeSeparators(path), r->providerName)
                                .arg(r->enterprises)
                                .arg(r->diagnoses)
                                .arg(r->projects)
                                .arg(r->expiresOn.toString(Qt::ISODate), r->bureauFingerprint));
    accept();
}

} // namespace dx
