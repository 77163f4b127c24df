#include "DashboardWidget.h"

#include "ChartExport.h"
#include "LevelChart.h"
#include "MoneyChart.h"
#include "PipelineChart.h"
#include "common/Format.h"
#include "db/Database.h"
#include "domain/Enterprise.h"
#include "exchange/ViewExport.h"
#include "repo/ClusterRepository.h"
#include "repo/FundRepository.h"
#include "repo/ProviderRepository.h"
#include "repo/ReferenceRepository.h"
#include "util/Settings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <QtConcurrent/QtConcurrentRun>

namespace dx {

DashboardWidget::DashboardWidget(std::shared_ptr<Database> db, QWidget* parent) : QWidget(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("dashboard"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_asOf = new QDateEdit(m_db->clock().today(), this);
    m_asOf->setObjectName(QStringLiteral("dashboardAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    bar->addWidget(new QLabel(tr("As of"), this));
    bar->addWidget(m_asOf);
    auto combo = [this, bar](const char* name) {
        auto* c = new QComboBox(this);
        c->setObjectName(QLatin1String(name));
        bar->addWidget(c);
        connect(c, &QComboBox::activated, this, &DashboardWidget::reload);
        return c;
    };
    m_cluster = combo("dashboardCluster");
    m_district = combo("dashboardDistrict");
    m_scale = combo("dashboardScale");
    m_tier = combo("dashboardTier");
    m_fund = combo("dashboardFund");
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    bar->addWidget(refresh);
    bar->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    bar->addWidget(m_status);
    layout->addLayout(bar);
    connect(m_asOf, &QDateEdit::dateChanged, this, &DashboardWidget::reload);
    connect(refresh, &QPushButton::clicked, this, &DashboardWidget::reload);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* charts = new QWidget(splitter);
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    m_pipeline = new PipelineChart(charts);
    m_levels = new LevelChart(charts);
    m_trend = new TrendChart(charts);
    m_money = new MoneyChart(charts);
    grid->addWidget(m_pipeline, 0, 0, 1, 2);
    grid->addWidget(m_money, 0, 2);
    grid->addWidget(m_levels, 1, 0);
    grid->addWidget(m_trend, 1, 1, 1, 2);
    for (QChartView* chart : std::initializer_list<QChartView*>{m_pipeline, m_money, m_levels, m_trend})
        installChartExport(chart);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    auto* tables = new QSplitter(Qt::Horizontal, splitter);
    m_table = new QTableWidget(tables);
    m_table->setObjectName(QStringLiteral("dashboardTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    viewExport::setTitle(m_table, tr("Progress figures"));
    m_providers = new QTableWidget(tables);
    m_providers->setObjectName(QStringLiteral("dashboardProviders"));
    m_providers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_providers->verticalHeader()->hide();
    viewExport::setTitle(m_providers, tr("Provider ranking"));
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    tables->setMinimumHeight(150);   // a handful of clusters in view, not one and a half rows
    layout->addWidget(splitter, 1);
    connect(m_pipeline, &PipelineChart::barClicked, this, [this](qint64 clusterId, ProgressStage stage) {
        ProgressFilter scope = m_shown;
        scope.clusterId = clusterId;
        emit showEnterprises(scope, stage);
    });
    // A count of the table lists its enterprises; the conversion lists those not converted yet.
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        static const QHash<int, ProgressStage> stageOfColumn{
            {RegisteredColumn, ProgressStage::Any},       {DiagnosedColumn, ProgressStage::Diagnosed},
            {FiledColumn, ProgressStage::Filed},          {ConversionColumn, ProgressStage::DiagnosedNoProject},
            {AcceptedColumn, ProgressStage::Accepted},    {TargetColumn, ProgressStage::Accepted},
            {Level2Column, ProgressStage::ReachedLevel2}};
        if (!stageOfColumn.contains(column) || row < 0 || row > m_figures.clusters.size())
            return;
        ProgressFilter scope = m_shown;
        if (row < m_figures.clusters.size())   // the last row is the total of the clusters shown
            scope.clusterId = m_figures.clusters.at(row).clusterId;
        emit showEnterprises(scope, stageOfColumn.value(column));
    });
    fillChoices();
}

void DashboardWidget::fillChoices()
{
    m_cluster->addItem(tr("All clusters"), qint64(-1));
    if (auto clusters = ClusterRepository(*m_db).list())
        for (const Cluster& c : clusters.value())
            m_cluster->addItem(c.name, c.id);
    m_cluster->addItem(tr("No cluster"), qint64(0));
    m_district->addItem(tr("All districts"), QString());
    if (auto districts = ReferenceRepository(*m_db).districts())
        for (const District& d : districts.value())
            m_district->addItem(d.name, d.code);
    m_scale->addItem(tr("规上 and 规下"), -1);
    m_scale->addItem(tr("规上 only"), 1);
    m_scale->addItem(tr("规下 only"), 0);
    m_tier->addItem(tr("All tiers"), -1);
    for (int t = 1; t < TierCount; ++t)
        m_tier->addItem(tierName(Tier(t)), t);
    m_fund->addItem(tr("All funds"), qint64(0));
    if (auto funds = FundRepository(*m_db).list())
        for (const Fund& f : funds.value())
            m_fund->addItem(f.name, f.id);
}

ProgressFilter DashboardWidget::filter() const
{
    ProgressFilter f;
    f.asOf = m_asOf->date();
    f.clusterId = m_cluster->currentData().toLongLong();
    f.districtCode = m_district->currentData().toString();
    f.aboveScale = m_scale->currentData().toInt();
    f.tier = m_tier->currentData().toInt();
    f.fundId = m_fund->currentData().toLongLong();
    return f;
}

void DashboardWidget::reload()
{
    // One computation at a time; a change while it runs computes again when it ends.
    if (m_computing) {
        m_again = true;
        return;
    }
    m_computing = true;
    m_again = false;
    m_status->setText(tr("Computing…"));
    auto* watcher = new QFutureWatcher<Result<ProgressFigures>>(this);
    connect(watcher, &QFutureWatcher<Result<ProgressFigures>>::finished, this, [this, watcher] {
        const Result<ProgressFigures> figures = watcher->result();
        watcher->deleteLater();
        m_computing = false;
        if (figures)
            display(figures.value());
        else
            m_status->setText(figures.message());
        if (m_again)
            reload();
    });
    const ProgressFilter f = filter();
    const std::shared_ptr<Database> db = m_db;
    watcher->setFuture(QtConcurrent::run([db, f] {
        Result<ProgressFigures> figures = ProgressRepository(*db).figures(f);
        db->releaseThreadConnection();
        return figures;
    }));
    reloadRanking(f.asOf);
}

// The providers' ranking reads every project's parties (seconds at a million enterprises), so it
// fills its table on its own when ready, never holding back the figures and charts.
void DashboardWidget::reloadRanking(const QDate& asOf)
{
    if (m_ranking) {
        m_rankingAgain = true;
        return;
    }
    m_ranking = true;
    m_rankingAgain = false;
    struct Ranking
    {
        QVector<ProviderScore> scores;
        QHash<qint64, QString> names;
    };
    auto* watcher = new QFutureWatcher<Ranking>(this);
    connect(watcher, &QFutureWatcher<Ranking>::finished, this, [this, watcher] {
        const Ranking r = watcher->result();
        watcher->deleteLater();
        m_ranking = false;
        displayProviders(r.scores, r.names);
        if (m_rankingAgain)
            reloadRanking(m_asOf->date());
    });
    const std::shared_ptr<Database> db = m_db;
    watcher->setFuture(QtConcurrent::run([db, asOf] {
        Ranking r;
        if (auto scores = CaseStatsRepository(*db).providerScores(asOf))
            r.scores = scores.value();
        if (auto providers = ProviderRepository(*db).list(true))
            for (const Provider& p : providers.value())
                r.names.insert(p.id, p.name);
        db->releaseThreadConnection();
        return r;
    }));
}

void DashboardWidget::displayProviders(const QVector<ProviderScore>& scores, const QHash<qint64, QString>& names)
{
    // Ranked by accepted projects, then by the level uplift they brought.
    QVector<ProviderScore> ranked = scores;
    std::sort(ranked.begin(), ranked.end(), [](const ProviderScore& a, const ProviderScore& b) {
        return a.projectsAccepted != b.projectsAccepted ? a.projectsAccepted > b.projectsAccepted : a.averageUplift > b.averageUplift;
    });
    const QStringList headers{tr("Provider"), tr("Enterprises served"), tr("Projects filed"), tr("Accepted"), tr("Not accepted"),
                              tr("Milestones on time"), tr("Average uplift")};
    m_providers->clear();
    m_providers->setColumnCount(int(headers.size()));
    m_providers->setHorizontalHeaderLabels(headers);
    m_providers->setRowCount(int(ranked.size()));
    for (int r = 0; r < ranked.size(); ++r) {
        const ProviderScore& p = ranked.at(r);
        const QStringList cells{names.value(p.providerId),
                                format::count(p.enterprisesServed),
                                format::count(p.projectsFiled),
                                format::count(p.projectsAccepted),
                                format::count(p.projectsFailed),
                                p.milestonesDue > 0 ? QStringLiteral("%1%").arg(100.0 * p.onTimeRate(), 0, 'f', 1) : QString(),
                                p.projectsAccepted > 0 ? QString::number(p.averageUplift, 'f', 2) : QString()};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_providers->setItem(r, col, item);
        }
    }
    m_providers->resizeColumnsToContents();
}

void DashboardWidget::display(const ProgressFigures& figures)
{
    m_figures = figures;
    m_shown = filter();
    m_shown.asOf = figures.asOf;
    const int target = Settings::value(Settings::Key::AboveScaleTargetPercent).toInt();
    m_pipeline->show(figures);
    m_levels->show(figures);
    m_trend->show(figures);
    m_money->show(figures);
    const QStringList headers{tr("Cluster"), tr("Registered"), tr("Diagnosed"), tr("Project filed"), tr("Diagnosis → project"),
                              tr("Accepted"), tr("Accepted / cluster target"), tr("二级 or above after"), tr("规上 at 二级+"),
                              tr("Gap to the %1% target").arg(target), tr("Approved"), tr("Paid")};
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    QVector<ClusterProgress> rows = figures.clusters;
    ClusterProgress total = figures.total;
    total.clusterName = tr("All");
    rows << total;
    m_table->setRowCount(int(rows.size()));
    auto percent = [](qint64 part, qint64 whole) {
        return whole > 0 ? QStringLiteral("%1%").arg(100.0 * double(part) / double(whole), 0, 'f', 1) : QString();
    };
    for (int r = 0; r < rows.size(); ++r) {
        const ClusterProgress& c = rows.at(r);
        const QStringList cells{c.clusterName,
                                format::count(c.registered),
                                format::count(c.diagnosed),
                                format::count(c.filed),
                                percent(c.diagnosedWithProject, c.diagnosed),
                                format::count(c.accepted),
                                c.target > 0 ? QStringLiteral("%1 / %2 (%3)").arg(format::count(c.accepted), format::count(c.target),
                                                                                   percent(c.accepted, c.target))
                                             : QString(),
                                format::count(c.reachedLevel2),
                                QStringLiteral("%1 / %2 (%3)").arg(format::count(c.aboveScaleAtLevel2), format::count(c.aboveScale),
                                                                   percent(c.aboveScaleAtLevel2, c.aboveScale)),
                                c.aboveScale > 0 ? format::count(c.gapToTarget(target)) : QString(),
                                format::money(c.approved),
                                format::money(c.paid)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setToolTip(tr("Double-click a count to list its enterprises."));
    m_status->setText(tr("Figures as of %1").arg(figures.asOf.toString(QStringLiteral("yyyy-MM-dd"))));
}

} // namespace dx
