#pragma once

#include "domain/Enterprise.h"
#include "repo/ProgressRepository.h"

#include <QtCharts/QChartView>

namespace dx {

// The pipeline per cluster as grouped bars: registered → diagnosed → filed → accepted → 二级+.
// Hovering a bar shows its exact figure and the conversion from the stage before; clicking it
// asks for the enterprises behind it (that cluster, that stage).
class PipelineChart : public QChartView
{
    Q_OBJECT
public:
    explicit PipelineChart(QWidget* parent = nullptr);
    void show(const ProgressFigures& figures);

signals:
    void barClicked(qint64 clusterId, dx::ProgressStage stage);

private:
    QVector<ClusterProgress> m_clusters;
};

} // namespace dx
