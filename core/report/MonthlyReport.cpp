// The monthly summary for the bureau (ProgressReports::monthly).
#include "ProgressReports.h"

#include "repo/CaseStatsRepository.h"
#include "repo/ProgressRepository.h"
#include "util/Settings.h"

namespace dx::report {

namespace {

QString signedCount(qint64 n)
{
    return n > 0 ? QStringLiteral("+") + Format::count(n) : Format::count(n);
}

QString signedAmount(Money m)
{
    return m.fen() > 0 ? QStringLiteral("+") + Format::amount(m) : Format::amount(m);
}

// Percentage points between two shares, "+2.5" (the change of a rate, not a rate of change).
QString pointsChange(qint64 partNow, qint64 wholeNow, qint64 partBefore, qint64 wholeBefore)
{
    if (wholeNow <= 0 || wholeBefore <= 0)
        return QStringLiteral("—");
    const double d = double(partNow) * 100.0 / double(wholeNow) - double(partBefore) * 100.0 / double(wholeBefore);
    return (d > 0 ? QStringLiteral("+") : QString()) + QString::number(d, 'f', 1);
}

} // namespace

Result<Document> ProgressReports::monthly(const Database& db, const QDate& month, const Options& options)
{
    const QDate first(month.year(), month.month(), 1);
    const QDate end = first.addMonths(1).addDays(-1);
    const QDate previousEnd = first.addDays(-1);
    const ProgressRepository progress(db);
    ProgressFilter filter;
    filter.asOf = end;
    auto now = progress.figures(filter);
    filter.asOf = previousEnd;
    auto before = progress.figures(filter);
    if (!now || !before)
        return !now ? now.status() : before.status();
    auto convNow = CaseStatsRepository(db).diagnosisToProject(end);
    auto convBefore = CaseStatsRepository(db).diagnosisToProject(previousEnd);
    if (!convNow || !convBefore)
        return !convNow ? convNow.status() : convBefore.status();
    const int target = Settings::value(Settings::Key::AboveScaleTargetPercent).toInt();
    const ClusterProgress& n = now->total;
    const ClusterProgress& b = before->total;
    const QString monthText = first.toString(QStringLiteral("yyyy-MM"));

    Document doc;
    doc.title = tr("Monthly summary %1").arg(monthText);
    doc.subtitle = tr("SME digital transformation in the city: figures at the end of %1 against the end of %2 and the targets")
                       .arg(monthText, previousEnd.toString(QStringLiteral("yyyy-MM")));
    doc.bureau = Format::bureau(options);
    doc.date = end;
    doc.fileName = Format::pdfFileName(doc.title);

    doc.heading(tr("Key figures"));
    Table t;
    t.addColumn(tr("Figure"), 34);
    t.addColumn(tr("End of %1").arg(previousEnd.toString(QStringLiteral("yyyy-MM"))), 16, true);
    t.addColumn(tr("End of %1").arg(monthText), 16, true);
    t.addColumn(tr("Change"), 14, true);
    t.addColumn(tr("Target"), 20);
    const auto countRow = [&](const QString& name, qint64 was, qint64 is, const QString& goal = QString()) {
        t.rows << QStringList{name, Format::count(was), Format::count(is), signedCount(is - was), goal};
    };
    countRow(tr("Enterprises registered"), b.registered, n.registered);
    countRow(tr("Diagnosed (confirmed baseline)"), b.diagnosed, n.diagnosed);
    countRow(tr("Projects filed"), b.filed, n.filed);
    countRow(tr("Projects accepted"), b.accepted, n.accepted);
    countRow(tr("Level 2 or above after transformation"), b.reachedLevel2, n.reachedLevel2);
    countRow(tr("Above-size enterprises"), b.aboveScale, n.aboveScale);
    countRow(tr("Above-size enterprises at level 2 or above"), b.aboveScaleAtLevel2, n.aboveScaleAtLevel2);
    t.rows << QStringList{tr("Share of above-size enterprises at level 2 or above"), Format::percent(b.aboveScaleAtLevel2, b.aboveScale),
                          Format::percent(n.aboveScaleAtLevel2, n.aboveScale),
                          pointsChange(n.aboveScaleAtLevel2, n.aboveScale, b.aboveScaleAtLevel2, b.aboveScale),
                          tr("at least %1%").arg(target)};
    countRow(tr("Still to reach the target"), b.gapToTarget(target), n.gapToTarget(target), QStringLiteral("0"));
    t.rows << QStringList{tr("Diagnosis → project conversion"), Format::percent(convBefore->withProject, convBefore->diagnosed),
                          Format::percent(convNow->withProject, convNow->diagnosed),
                          pointsChange(convNow->withProject, convNow->diagnosed, convBefore->withProject, convBefore->diagnosed), QString()};
    t.rows << QStringList{tr("Subsidies approved (yuan)"), Format::amount(b.approved), Format::amount(n.approved),
                          signedAmount(n.approved - b.approved), QString()};
    t.rows << QStringList{tr("Subsidies paid (yuan)"), Format::amount(b.paid), Format::amount(n.paid), signedAmount(n.paid - b.paid), QString()};
    doc.table(t);
    doc.note(tr("Changes of shares are in percentage points. Target: the programme's share of above-size enterprises at level 2 "
                "or above (a setting)."));

    // The month's own activity against the month before (the last two of the twelve months).
    doc.heading(tr("Activity in the month"));
    const MonthProgress thisMonth = now->months.value(now->months.size() - 1);
    const MonthProgress lastMonth = now->months.value(now->months.size() - 2);
    Table a;
    a.addColumn(tr("Activity"), 34);
    a.addColumn(lastMonth.month, 16, true);
    a.addColumn(thisMonth.month, 16, true);
    a.addColumn(tr("Change"), 14, true);
    a.rows << QStringList{tr("Enterprises diagnosed for the first time"), Format::count(lastMonth.diagnoses), Format::count(thisMonth.diagnoses),
                          signedCount(thisMonth.diagnoses - lastMonth.diagnoses)};
    a.rows << QStringList{tr("Enterprises accepted for the first time"), Format::count(lastMonth.acceptances), Format::count(thisMonth.acceptances),
                          signedCount(thisMonth.acceptances - lastMonth.acceptances)};
    a.rows << QStringList{tr("Subsidies paid (yuan)"), Format::amount(lastMonth.paid), Format::amount(thisMonth.paid),
                          signedAmount(thisMonth.paid - lastMonth.paid)};
    doc.table(a);
    Chart chart;
    chart.title = tr("The last twelve months");
    chart.seriesNames << tr("Enterprises diagnosed for the first time") << tr("Enterprises accepted for the first time");
    chart.series.resize(2);
    double maximum = 1;
    for (const MonthProgress& m : now->months) {
        chart.categories << m.month.mid(2);
        chart.series[0] << double(m.diagnoses);
        chart.series[1] << double(m.acceptances);
        maximum = qMax(maximum, double(qMax(m.diagnoses, m.acceptances)));
    }
    chart.maximum = maximum;
    doc.chart(chart);

    pipeline(now.value(), target, false, doc);
    funds(now.value(), doc);
    return doc;
}

} // namespace dx::report
