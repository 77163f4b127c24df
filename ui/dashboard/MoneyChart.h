#pragma once

#include "repo/ProgressRepository.h"

#include <QtCharts/QChartView>

namespace dx {

// Subsidies as of the date: approved and paid per cluster, and each fund's approved and paid
// against its total, in the unit the user chose (万元 or 元).
class MoneyChart : public QChartView
{
    Q_OBJECT
public:
    explicit MoneyChart(QWidget* parent = nullptr);
    void show(const ProgressFigures& figures);
};

} // namespace dx
