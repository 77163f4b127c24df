#pragma once

#include "repo/ProgressRepository.h"

#include <QtCharts/QChartView>

namespace dx {

// The pipeline per cluster as grouped bars: registered → diagnosed → filed → accepted → 二级+.
// Hovering a bar shows its exact figure and the conversion from the stage before; clicking it
// asks for the cluster's enterprises.
class PipelineChart : public QChartView
{
    Q_OBJECT
public:
    explicit PipelineChart(QWidget* parent = nullptr);
    void show(const ProgressFigures& figures);

signals:
    void clusterClicked(qint64 clusterId);

private:
    QVector<ClusterProgress> m_clusters;
};

} // namespace dx
