#pragma once

#include "repo/ProgressRepository.h"

#include <QtCharts/QChartView>

namespace dx {

// Levels before and now: the enterprises by the level of their first baseline diagnosis and of
// their latest assessment, as two stacked bars (未达级 … 四级).
class LevelChart : public QChartView
{
    Q_OBJECT
public:
    explicit LevelChart(QWidget* parent = nullptr);
    void show(const ProgressFigures& figures);
};

// The last twelve months: diagnoses confirmed and projects accepted per month.
class TrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget* parent = nullptr);
    void show(const ProgressFigures& figures);
};

} // namespace dx
