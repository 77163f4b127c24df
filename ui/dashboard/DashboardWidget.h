#pragma once

#include "repo/CaseStatsRepository.h"
#include "domain/Enterprise.h"
#include "repo/ProgressRepository.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace dx {

class Database;
class LevelChart;
class MoneyChart;
class PipelineChart;
class TrendChart;

// The dashboard (数据看板): the city's progress as of a date, narrowed by cluster, district,
// 规上/规下, tier and fund — the pipeline per cluster, levels before and now, the last twelve
// months, and the figures behind them in a table (exportable like every list). The figures are
// computed off the GUI thread; the window never waits for them.
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardWidget(std::shared_ptr<Database> db, QWidget* parent = nullptr);
    void reload();
    bool isComputing() const { return m_computing; }   // the figures and charts
    bool isRanking() const { return m_ranking; }       // the providers' ranking
    const ProgressFigures& figures() const { return m_figures; }

signals:
    // A bar or a count of the table was clicked: the enterprises behind it.
    void showEnterprises(const dx::ProgressFilter& scope, dx::ProgressStage stage);

private:
    void fillChoices();
    void reloadRanking(const QDate& asOf);
    ProgressFilter filter() const;
    void display(const ProgressFigures& figures);
    void displayProviders(const QVector<ProviderScore>& scores, const QHash<qint64, QString>& names);

    std::shared_ptr<Database> m_db;
    QDateEdit* m_asOf;
    QComboBox* m_cluster;
    QComboBox* m_district;
    QComboBox* m_scale;
    QComboBox* m_tier;
    QComboBox* m_fund;
    QLabel* m_status;
    PipelineChart* m_pipeline;
    LevelChart* m_levels;
    TrendChart* m_trend;
    MoneyChart* m_money;
    QTableWidget* m_table;
    QTableWidget* m_providers;   // the ranking from the providers' scorecards
    ProgressFilter m_shown;      // the filter of the figures on display
    // The columns of the figures table.
    enum Column { ClusterColumn, RegisteredColumn, DiagnosedColumn, FiledColumn, ConversionColumn, AcceptedColumn, TargetColumn,
                  Level2Column, AboveScaleColumn, GapColumn, ApprovedColumn, PaidColumn };
    ProgressFigures m_figures;
    bool m_computing = false;
    bool m_ranking = false;
    bool m_rankingAgain = false;
    bool m_again = false;
};

} // namespace dx
