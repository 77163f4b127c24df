#include "MoneyChart.h"

#include "common/Format.h"

#include <QToolTip>
#include <QFont>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

namespace dx {

MoneyChart::MoneyChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("moneyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void MoneyChart::show(const ProgressFigures& figures)
{
    auto* chart = new QChart;
    chart->setTitle(format::withMoneyUnit(tr("Subsidies approved and paid")));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Funds first (with their totals), then the clusters; one bar set per measure.
    QStringList categories;
    QVector<Money> total;
    QVector<Money> approved;
    QVector<Money> paid;
    for (const FundProgress& f : figures.funds) {
        categories << f.fundName;
        total << f.total;
        approved << f.approved;
        paid << f.paid;
    }
    for (const ClusterProgress& c : figures.clusters) {
        categories << c.clusterName;
        total << Money();
        approved << c.approved;
        paid << c.paid;
    }
    auto* series = new QHorizontalBarSeries(chart);
    const QList<QPair<QString, const QVector<Money>*>> measures{
        {tr("Fund total"), &total}, {tr("Approved"), &approved}, {tr("Paid"), &paid}};
    double top = 1;
    for (const auto& [name, values] : measures) {
        auto* set = new QBarSet(name, series);
        for (const Money& m : *values) {
            *set << format::moneyNumber(m);
            top = qMax(top, format::moneyNumber(m));
        }
        const QVector<Money> copy = *values;
        connect(set, &QBarSet::hovered, this, [this, name = name, copy, categories](bool on, int index) {
            if (on && index >= 0 && index < copy.size())
                QToolTip::showText(QCursor::pos(), tr("%1 · %2: %3").arg(categories.at(index), name, format::money(copy.at(index))), this);
            else
                QToolTip::hideText();
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis(chart);
    y->append(categories);
    // A fund and cluster per row: a smaller font keeps every name readable in a short chart.
    QFont small = y->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    y->setLabelsFont(small);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis(chart);
    x->setRange(0, top * 1.05);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace dx
