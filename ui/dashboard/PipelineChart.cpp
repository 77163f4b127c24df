#include "PipelineChart.h"

#include "common/Format.h"

#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QValueAxis>

namespace dx {

PipelineChart::PipelineChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("pipelineChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
}

void PipelineChart::show(const ProgressFigures& figures)
{
    m_clusters = figures.clusters;
    auto* chart = new QChart;
    chart->setTitle(tr("Progress per cluster as of %1").arg(figures.asOf.toString(QStringLiteral("yyyy-MM-dd"))));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QStringList stages{tr("Registered"), tr("Diagnosed"), tr("Project filed"), tr("Accepted"), tr("二级 or above after")};
    auto* series = new QBarSeries(chart);
    QStringList categories;
    qint64 top = 1;
    for (int s = 0; s < stages.size(); ++s) {
        auto* set = new QBarSet(stages.at(s), series);
        for (const ClusterProgress& c : m_clusters) {
            const qint64 values[] = {c.registered, c.diagnosed, c.filed, c.accepted, c.reachedLevel2};
            *set << double(values[s]);
            top = qMax(top, values[s]);
        }
        // Exact figures on hover, with the conversion from the stage before.
        connect(set, &QBarSet::hovered, this, [this, s, stages](bool on, int index) {
            if (!on || index < 0 || index >= m_clusters.size()) {
                QToolTip::hideText();
                return;
            }
            const ClusterProgress& c = m_clusters.at(index);
            const qint64 values[] = {c.registered, c.diagnosed, c.filed, c.accepted, c.reachedLevel2};
            QString text = tr("%1 · %2: %3").arg(c.clusterName, stages.at(s), format::count(values[s]));
            if (s > 0 && values[s - 1] > 0)
                text += tr(" (%1% of %2)").arg(100.0 * double(values[s]) / double(values[s - 1]), 0, 'f', 1).arg(stages.at(s - 1));
            QToolTip::showText(QCursor::pos(), text + QLatin1Char('\n') + tr("Click to list these enterprises."), this);
        });
        connect(set, &QBarSet::clicked, this, [this, s](int index) {
            // The bar's own count: the stages are cumulative, as the register's plain stage filters.
            static const ProgressStage stageOfBar[] = {ProgressStage::Any, ProgressStage::Diagnosed, ProgressStage::Filed,
                                                       ProgressStage::Accepted, ProgressStage::ReachedLevel2};
            QToolTip::hideText();   // the list opens in another tab
            if (index >= 0 && index < m_clusters.size())
                emit barClicked(m_clusters.at(index).clusterId, stageOfBar[s]);
        });
        series->append(set);
    }
    for (const ClusterProgress& c : m_clusters)
        categories << c.clusterName;
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis(chart);
    y->setRange(0, double(top) * 1.05);
    y->applyNiceNumbers();   // round ticks, not 29,266
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace dx
