#include "FundsDialog.h"

#include "exchange/ViewExport.h"
#include "PolicyEditorDialog.h"
#include "common/Format.h"
#include "common/FormDialog.h"
#include "db/Database.h"
#include "repo/FundRepository.h"
#include "repo/GrantRepository.h"
#include "repo/PolicyRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dx {

namespace {
QDateEdit* dateEdit(QWidget* parent, const QDate& date)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}
}

FundsDialog::FundsDialog(std::shared_ptr<Database> db, QWidget* parent) : QDialog(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("fundsDialog"));
    setWindowTitle(tr("Funds and policies"));
    auto* layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* fundButtons = new QHBoxLayout;
    auto* newFundButton = new QPushButton(tr("&New fund…"), this);
    newFundButton->setObjectName(QStringLiteral("newFundButton"));
    auto* editFundButton = new QPushButton(tr("&Edit fund…"), this);
    editFundButton->setObjectName(QStringLiteral("editFundButton"));
    auto* newPolicyButton = new QPushButton(tr("New &policy…"), this);
    newPolicyButton->setObjectName(QStringLiteral("newPolicyButton"));
    auto* editPolicyButton = new QPushButton(tr("Edit po&licy (new version)…"), this);
    editPolicyButton->setObjectName(QStringLiteral("editPolicyButton"));
    for (QPushButton* b : {newFundButton, editFundButton, newPolicyButton, editPolicyButton})
        fundButtons->addWidget(b);
    fundButtons->addStretch(1);
    layout->addLayout(fundButtons);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_funds = new QTreeWidget(splitter);
    viewExport::setTitle(m_funds, tr("Funds"));
    m_funds->setObjectName(QStringLiteral("fundList"));
    m_funds->setRootIsDecorated(false);
    m_funds->setHeaderLabels({tr("Fund"), tr("Source"), tr("Period"), tr("Total"), tr("Split limits"), tr("Committed"), tr("Paid"),
                              tr("Remaining")});
    auto* lower = new QSplitter(Qt::Horizontal, splitter);
    m_policies = new QTreeWidget(lower);
    viewExport::setTitle(m_policies, tr("Policies"));
    m_policies->setObjectName(QStringLiteral("policyList"));
    m_policies->setRootIsDecorated(true);
    m_policies->setHeaderLabels({tr("Policy / version"), tr("Kind"), tr("Saved"), tr("Note")});
    m_clusters = new QTreeWidget(lower);
    viewExport::setTitle(m_clusters, tr("Ledger by cluster"));
    m_clusters->setObjectName(QStringLiteral("clusterLedger"));
    m_clusters->setRootIsDecorated(false);
    m_clusters->setHeaderLabels({tr("Cluster"), tr("Grants"), tr("Committed"), tr("Paid"), tr("Applied, not yet approved")});
    layout->addWidget(splitter, 1);
    // A city has a handful of funds; the policies and the cluster ledger need the room.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    connect(newFundButton, &QPushButton::clicked, this, &FundsDialog::newFund);
    connect(editFundButton, &QPushButton::clicked, this, &FundsDialog::editFund);
    connect(newPolicyButton, &QPushButton::clicked, this, &FundsDialog::newPolicy);
    connect(editPolicyButton, &QPushButton::clicked, this, &FundsDialog::editPolicy);
    connect(m_funds, &QTreeWidget::currentItemChanged, this, &FundsDialog::showFund);
    reload();
    resize(1100, 700);
}

qint64 FundsDialog::currentFundId() const
{
    return m_funds->currentItem() ? m_funds->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

void FundsDialog::reload()
{
    const qint64 current = currentFundId();
    m_funds->clear();
    auto ledger = GrantRepository(*m_db).ledger();
    if (!ledger) {
        m_error->setText(ledger.message());
        m_error->show();
        return;
    }
    for (const FundLedgerRow& row : ledger.value()) {
        const Fund& f = row.fund;
        QStringList limits;
        if (f.minUpgradeShareBp > 0)
            limits << tr("upgrades ≥ %1").arg(percentText(f.minUpgradeShareBp));
        if (f.maxPlatformShareBp < BasisPointsWhole)
            limits << tr("platforms ≤ %1").arg(percentText(f.maxPlatformShareBp));
        auto* item = new QTreeWidgetItem({f.name, fundSourceName(f.source),
                                          QStringLiteral("%1 – %2").arg(f.periodFrom.toString(QStringLiteral("yyyy-MM-dd")),
                                                                        f.periodTo.toString(QStringLiteral("yyyy-MM-dd"))),
                                          format::money(f.total), limits.join(QStringLiteral("; ")), format::money(row.committed),
                                          format::money(row.paid), format::money(row.remaining)});
        item->setData(0, Qt::UserRole, f.id);
        m_funds->addTopLevelItem(item);
        if (f.id == current)
            m_funds->setCurrentItem(item);
    }
    for (int c = 0; c < m_funds->columnCount(); ++c)
        m_funds->resizeColumnToContents(c);
    if (!m_funds->currentItem() && m_funds->topLevelItemCount() > 0)
        m_funds->setCurrentItem(m_funds->topLevelItem(0));
    showFund();
}

void FundsDialog::showFund()
{
    m_policies->clear();
    m_clusters->clear();
    const qint64 fundId = currentFundId();
    if (!fundId)
        return;
    if (auto policies = PolicyRepository(*m_db).list(fundId, true))
        for (const PolicyInfo& p : policies.value()) {
            auto* item = new QTreeWidgetItem({p.archived ? tr("%1 (archived)").arg(p.name) : p.name, policyKindName(p.kind)});
            item->setData(0, Qt::UserRole, p.id);
            if (auto versions = PolicyRepository(*m_db).versions(p.id))
                for (const PolicyVersion& v : versions.value())
                    item->addChild(new QTreeWidgetItem({tr("version %1").arg(v.number), QString(),
                                                        format::localTime(v.createdAt) + QStringLiteral(" ") + v.createdBy, v.note}));
            m_policies->addTopLevelItem(item);
        }
    m_policies->expandAll();   // the versions and their notes are what an officer looks for
    for (int c = 0; c < m_policies->columnCount() - 1; ++c)
        m_policies->resizeColumnToContents(c);
    if (auto clusters = GrantRepository(*m_db).clusterLedger(fundId))
        for (const ClusterLedgerRow& c : clusters.value()) {
            auto* item = new QTreeWidgetItem({c.clusterId ? c.clusterName : tr("(no cluster)"), format::count(c.committedGrants),
                                              format::money(c.committed), format::money(c.paid), format::money(c.pending)});
            for (int col = 1; col < 5; ++col)
                item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
            m_clusters->addTopLevelItem(item);
        }
    for (int c = 0; c < m_clusters->columnCount(); ++c)
        m_clusters->resizeColumnToContents(c);
}

bool FundsDialog::editFundForm(const Fund& fund)
{
    FormDialog dialog(fund.id ? tr("Fund %1").arg(fund.name) : tr("New fund"), this);
    dialog.setObjectName(QStringLiteral("fundEditor"));
    auto* name = new QLineEdit(fund.name, &dialog);
    name->setObjectName(QStringLiteral("fundName"));
    auto* source = new QComboBox(&dialog);
    for (int s = 0; s < FundSourceCount; ++s)
        source->addItem(fundSourceName(FundSource(s)), s);
    source->setCurrentIndex(source->findData(int(fund.source)));
    auto* total = new QLineEdit(format::wanInput(fund.total), &dialog);
    total->setObjectName(QStringLiteral("fundTotal"));
    total->setPlaceholderText(tr("in 10k yuan"));
    const QDate today = m_db->clock().today();
    auto* from = dateEdit(&dialog, fund.periodFrom.isValid() ? fund.periodFrom : QDate(today.year(), 1, 1));
    auto* to = dateEdit(&dialog, fund.periodTo.isValid() ? fund.periodTo : QDate(today.year() + 1, 12, 31));
    auto* minUpgrade = new QLineEdit(fund.minUpgradeShareBp ? format::percentInput(fund.minUpgradeShareBp) : QString(), &dialog);
    minUpgrade->setObjectName(QStringLiteral("fundMinUpgrade"));
    minUpgrade->setPlaceholderText(tr("e.g. 80; empty: no minimum"));
    auto* maxPlatform = new QLineEdit(fund.maxPlatformShareBp < BasisPointsWhole ? format::percentInput(fund.maxPlatformShareBp) : QString(),
                                      &dialog);
    maxPlatform->setObjectName(QStringLiteral("fundMaxPlatform"));
    maxPlatform->setPlaceholderText(tr("e.g. 20; empty: no maximum"));
    auto* notes = new QPlainTextEdit(fund.notes, &dialog);
    notes->setTabChangesFocus(true);
    notes->setMaximumHeight(70);
    QFormLayout* form = dialog.form();
    form->addRow(tr("&Name"), name);
    form->addRow(tr("&Source"), source);
    form->addRow(tr("&Total (10k yuan)"), total);
    form->addRow(tr("Period &from"), from);
    form->addRow(tr("Period &to"), to);
    form->addRow(tr("At least to enterprise &upgrades (%)"), minUpgrade);
    form->addRow(tr("At most to &platforms and providers (%)"), maxPlatform);
    form->addRow(tr("N&otes"), notes);
    dialog.setSaver([&]() -> Status {
        Fund f = fund;
        f.name = name->text().trimmed();
        f.source = FundSource(source->currentData().toInt());
        const auto parsedTotal = Money::parseWan(total->text().trimmed());
        if (!parsedTotal)
            return Status::error(ErrorCode::Validation, tr("The total is not a number of 10k yuan."));
        f.total = *parsedTotal;
        f.periodFrom = from->date();
        f.periodTo = to->date();
        const auto share = [](const QLineEdit* edit, int empty) -> std::optional<int> {
            return edit->text().trimmed().isEmpty() ? std::optional<int>(empty) : format::parsePercent(edit->text());
        };
        const auto minShare = share(minUpgrade, 0), maxShare = share(maxPlatform, BasisPointsWhole);
        if (!minShare || !maxShare)
            return Status::error(ErrorCode::Validation, tr("The split limits are percentages between 0 and 100."));
        f.minUpgradeShareBp = *minShare;
        f.maxPlatformShareBp = *maxShare;
        f.notes = notes->toPlainText().trimmed();
        return f.id ? FundRepository(*m_db).update(f).status() : FundRepository(*m_db).create(f).status();
    });
    return dialog.exec() == QDialog::Accepted;
}

void FundsDialog::newFund()
{
    Fund f;
    f.minUpgradeShareBp = 0;
    if (editFundForm(f))
        reload();
}

void FundsDialog::editFund()
{
    const qint64 id = currentFundId();
    if (!id)
        return;
    auto fund = FundRepository(*m_db).get(id);
    if (fund && editFundForm(fund.value()))
        reload();
}

void FundsDialog::newPolicy()
{
    const qint64 fundId = currentFundId();
    if (!fundId) {
        m_error->setText(tr("Create or choose the fund the policy belongs to first."));
        m_error->show();
        return;
    }
    PolicyEditorDialog editor(m_db, fundId, 0, this);
    if (editor.exec() == QDialog::Accepted)
        showFund();
}

void FundsDialog::editPolicy()
{
    QTreeWidgetItem* item = m_policies->currentItem();
    while (item && item->parent())
        item = item->parent();
    if (!item)
        return;
    PolicyEditorDialog editor(m_db, currentFundId(), item->data(0, Qt::UserRole).toLongLong(), this);
    if (editor.exec() == QDialog::Accepted)
        showFund();
}

} // namespace dx
