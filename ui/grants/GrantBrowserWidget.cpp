#include "GrantBrowserWidget.h"

#include "exchange/ViewExport.h"
#include "FundsDialog.h"
#include "GrantEditorDialog.h"
#include "GrantTableModel.h"
#include "NewGrantDialog.h"
#include "common/Format.h"
#include "common/ListViews.h"
#include "db/Database.h"
#include "repo/ClusterRepository.h"
#include "repo/FundRepository.h"
#include "repo/PolicyRepository.h"

#include "util/Settings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dx {

namespace {
enum LedgerColumn { LedgerFund, LedgerSource, LedgerPeriod, LedgerTotal, LedgerCommitted, LedgerPaid, LedgerRemaining, LedgerPending,
                    LedgerPlatform };
}

GrantBrowserWidget::GrantBrowserWidget(std::shared_ptr<Database> db, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_model(new GrantTableModel(m_db, this))
{
    setObjectName(QStringLiteral("grantBrowser"));
    auto* layout = new QVBoxLayout(this);
    auto* tools = new QHBoxLayout;
    auto* apply = new QPushButton(tr("&New application…"), this);
    apply->setObjectName(QStringLiteral("newGrantButton"));
    apply->setEnabled(m_db->access().canEditCases());   // the role model (Access)
    auto* funds = new QPushButton(tr("&Funds and policies…"), this);
    funds->setObjectName(QStringLiteral("fundsButton"));
    tools->addWidget(apply);
    tools->addWidget(funds);
    tools->addStretch(1);
    layout->addLayout(tools);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_ledger = new QTreeWidget(splitter);
    m_ledger->setObjectName(QStringLiteral("fundLedger"));
    viewExport::setTitle(m_ledger, tr("Fund ledger"));
    m_ledger->setRootIsDecorated(false);
    m_ledger->setHeaderLabels({tr("Fund"), tr("Source"), tr("Period"), tr("Total"), tr("Committed"), tr("Paid"), tr("Remaining"),
                               tr("Applied, not yet approved"), tr("Platforms and providers")});

    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(lower);
    m_search->setObjectName(QStringLiteral("grantSearch"));
    m_search->setPlaceholderText(tr("Search enterprise name or credit code"));
    m_search->setClearButtonEnabled(true);
    m_fund = new QComboBox(lower);
    m_fund->setObjectName(QStringLiteral("grantFundFilter"));
    m_policy = new QComboBox(lower);
    m_policy->setObjectName(QStringLiteral("grantPolicyFilter"));
    m_state = new QComboBox(lower);
    m_state->setObjectName(QStringLiteral("grantStateFilter"));
    m_state->addItem(tr("All states"), -1);
    for (int s = 0; s < GrantStateCount; ++s)
        m_state->addItem(grantStateName(GrantState(s)), s);
    m_cluster = new QComboBox(lower);
    m_cluster->setObjectName(QStringLiteral("grantClusterFilter"));
    filters->addWidget(m_search, 2);
    filters->addWidget(m_fund);
    filters->addWidget(m_policy);
    filters->addWidget(m_state);
    filters->addWidget(m_cluster);
    lowerLayout->addLayout(filters);
    m_view = new QTableView(lower);
    m_view->setObjectName(QStringLiteral("grantTable"));
    viewExport::setTitle(m_view, tr("Grants"));
    m_view->setModel(m_model);
    configureListView(m_view, {240, 90, 150, 170, 200, 80, 95, 110, 110, 110, 110});
    makeSortable(m_view, m_model, Settings::Key::GrantListHeader);
    lowerLayout->addWidget(m_view, 1);
    m_count = new QLabel(lower);
    m_count->setObjectName(QStringLiteral("grantCount"));
    lowerLayout->addWidget(m_count, 0, Qt::AlignRight);
    // A city has a handful of funds: the ledger takes a few rows, the grants the rest.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_ledger->fontMetrics().height() * 7, 600});
    layout->addWidget(splitter, 1);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &GrantBrowserWidget::applyFilter);
    for (QComboBox* box : {m_fund, m_policy, m_state, m_cluster})
        connect(box, &QComboBox::activated, this, &GrantBrowserWidget::applyFilter);
    connect(m_view, &QTableView::activated, this, &GrantBrowserWidget::openCurrent);
    connect(apply, &QPushButton::clicked, this, &GrantBrowserWidget::newApplication);
    connect(funds, &QPushButton::clicked, this, &GrantBrowserWidget::manageFunds);
    connect(m_model, &GrantTableModel::totalChanged, this,
            [this](qint64 n) { m_count->setText(tr("%1 grants").arg(format::count(n))); });
    fillChoices();
    fillLedger();
}

void GrantBrowserWidget::fillChoices()
{
    const auto refill = [](QComboBox* box, const QString& all, const QList<QPair<qint64, QString>>& items) {
        const QVariant current = box->currentData();
        box->clear();
        box->addItem(all, qint64(box->objectName() == QLatin1String("grantClusterFilter") ? -1 : 0));
        for (const auto& [id, name] : items)
            box->addItem(name, id);
        const int i = box->findData(current);
        box->setCurrentIndex(i >= 0 ? i : 0);
    };
    QList<QPair<qint64, QString>> funds, policies, clusters;
    if (auto list = FundRepository(*m_db).list(true))
        for (const Fund& f : list.value())
            funds.append({f.id, f.name});
    if (auto list = PolicyRepository(*m_db).list(0, true))
        for (const PolicyInfo& p : list.value())
            policies.append({p.id, p.name});
    if (auto list = ClusterRepository(*m_db).list(true))
        for (const Cluster& c : list.value())
            clusters.append({c.id, c.name});
    refill(m_fund, tr("All funds"), funds);
    refill(m_policy, tr("All policies"), policies);
    refill(m_cluster, tr("All clusters"), clusters);
}

void GrantBrowserWidget::fillLedger()
{
    m_ledger->clear();
    auto ledger = GrantRepository(*m_db).ledger();
    if (!ledger) {
        m_error->setText(ledger.message());
        m_error->show();
        return;
    }
    m_error->hide();
    for (const FundLedgerRow& row : ledger.value()) {
        const Fund& f = row.fund;
        auto* item = new QTreeWidgetItem;
        item->setText(LedgerFund, f.name);
        item->setText(LedgerSource, fundSourceName(f.source));
        item->setText(LedgerPeriod, QStringLiteral("%1 – %2").arg(f.periodFrom.toString(QStringLiteral("yyyy-MM-dd")),
                                                                  f.periodTo.toString(QStringLiteral("yyyy-MM-dd"))));
        item->setText(LedgerTotal, format::money(f.total));
        item->setText(LedgerCommitted, format::money(row.committed));
        item->setText(LedgerPaid, format::money(row.paid));
        item->setText(LedgerRemaining, format::money(row.remaining));
        item->setText(LedgerPending, format::money(row.pending));
        if (f.hasSplitLimit())
            item->setText(LedgerPlatform, tr("%1 of at most %2").arg(format::money(row.platformCommitted), format::money(row.platformLimit)));
        for (int c = LedgerTotal; c <= LedgerPending; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (f.archived)
            for (int c = 0; c < m_ledger->columnCount(); ++c)
                item->setForeground(c, QColor(0x80, 0x80, 0x80));
        m_ledger->addTopLevelItem(item);
    }
    for (int c = 0; c < m_ledger->columnCount(); ++c)
        m_ledger->resizeColumnToContents(c);
}

void GrantBrowserWidget::applyFilter()
{
    GrantFilter f;
    f.search = m_search->text();
    f.fundId = m_fund->currentData().toLongLong();
    f.policyId = m_policy->currentData().toLongLong();
    f.state = m_state->currentData().toInt();
    f.clusterId = m_cluster->currentData().toLongLong();
    m_model->setFilter(f);
}

void GrantBrowserWidget::reload()
{
    fillChoices();
    fillLedger();
    applyFilter();
}

void GrantBrowserWidget::openCurrent()
{
    const qint64 id = m_model->idAt(m_view->currentIndex().row());
    if (!id)
        return;
    const int row = m_view->currentIndex().row();
    GrantEditorDialog editor(m_db, id, this);
    editor.exec();
    reload();
    if (row >= 0 && row < m_model->rowCount())
        m_view->selectRow(row);
}

void GrantBrowserWidget::newApplication()
{
    NewGrantDialog dialog(m_db, 0, 0, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.grantId())
        return;
    reload();
    GrantEditorDialog editor(m_db, dialog.grantId(), this);
    editor.exec();
    reload();
}

void GrantBrowserWidget::manageFunds()
{
    FundsDialog dialog(m_db, this);
    dialog.exec();
    reload();
}

} // namespace dx
