#include "LevelChart.h"

#include "assessment/AssessmentIndex.h"
#include "common/Format.h"

#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

namespace dx {

namespace {
void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}
}

LevelChart::LevelChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("levelChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void LevelChart::show(const ProgressFigures& figures)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Digital level: first baseline and latest assessment"));
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* series = new QStackedBarSeries(chart);
    for (int level = 0; level < LevelCount; ++level) {
        const QString name = level == 0 ? tr("No level") : AssessmentIndex::levelName(level);
        auto* set = new QBarSet(name, series);
        *set << double(figures.baselineLevels[size_t(level)]) << double(figures.latestLevels[size_t(level)]);
        connect(set, &QBarSet::hovered, this, [this, name, set](bool on, int index) {
            if (on)
                QToolTip::showText(QCursor::pos(), tr("%1: %2 enterprises").arg(name, format::count(qint64(set->at(index)))), this);
            else
                QToolTip::hideText();
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append({tr("First baseline"), tr("Latest")});
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    y->applyNiceNumbers();
    replaceChart(this, chart);
}

TrendChart::TrendChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void TrendChart::show(const ProgressFigures& figures)
{
    auto* chart = new QChart;
    chart->setTitle(tr("The last twelve months"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* diagnoses = new QLineSeries(chart);
    diagnoses->setName(tr("Enterprises diagnosed for the first time"));
    auto* acceptances = new QLineSeries(chart);
    acceptances->setName(tr("Enterprises accepted for the first time"));
    QStringList months;
    qint64 top = 1;
    for (int i = 0; i < figures.months.size(); ++i) {
        const MonthProgress& m = figures.months.at(i);
        diagnoses->append(i, double(m.diagnoses));
        acceptances->append(i, double(m.acceptances));
        months << m.month.mid(2);
        top = qMax(top, qMax(m.diagnoses, m.acceptances));
    }
    for (QLineSeries* s : {diagnoses, acceptances}) {
        s->setPointsVisible(true);
        connect(s, &QLineSeries::hovered, this, [this, s, months](const QPointF& p, bool on) {
            const int i = qRound(p.x());
            if (on && i >= 0 && i < months.size())
                QToolTip::showText(QCursor::pos(), tr("%1, 20%2: %3").arg(s->name(), months.at(i)).arg(qRound(p.y())), this);
            else
                QToolTip::hideText();
        });
        chart->addSeries(s);
    }
    auto* x = new QBarCategoryAxis(chart);
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis(chart);
    y->setRange(0, double(top) * 1.1);
    y->applyNiceNumbers();   // round ticks, not 29,266
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {diagnoses, acceptances}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    replaceChart(this, chart);
}

} // namespace dx
