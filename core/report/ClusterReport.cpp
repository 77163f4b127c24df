// The cluster progress report (ProgressReports::cluster) and the tables it shares with the
// monthly summary.
#include "ProgressReports.h"

#include "repo/CaseStatsRepository.h"
#include "repo/ClusterRepository.h"
#include "repo/EnterpriseStageRepository.h"
#include "repo/ProgressRepository.h"
#include "util/Settings.h"

namespace dx::report {

Result<Document> ProgressReports::cluster(const Database& db, qint64 clusterId, const QDate& asOf, const Options& options)
{
    ProgressFilter filter;
    filter.asOf = asOf.isValid() ? asOf : Format::today(options);
    filter.clusterId = clusterId;
    auto figures = ProgressRepository(db).figures(filter);
    if (!figures)
        return figures.status();
    const Conversion conversion = Conversion::of(figures->total);
    QString scope = tr("the whole city");
    if (clusterId > 0) {
        auto c = ClusterRepository(db).get(clusterId);
        if (!c)
            return c.status();
        scope = c->name;
    } else if (clusterId == 0) {
        scope = tr("enterprises without a cluster");
    }
    const int target = Settings::value(Settings::Key::AboveScaleTargetPercent).toInt();
    const ClusterProgress& t = figures->total;

    Document doc;
    doc.landscape = true;
    doc.title = clusterId < 0 ? tr("City progress report") : tr("Cluster progress report — %1").arg(scope);
    doc.subtitle = tr("Digital transformation of SMEs in %1, as of %2").arg(scope, Format::date(filter.asOf));
    doc.bureau = Format::bureau(options);
    doc.date = filter.asOf;
    doc.fileName = Format::pdfFileName(QStringLiteral("%1 %2").arg(scope, Format::date(filter.asOf)));

    doc.heading(tr("Overview"));
    doc.fields({{tr("Enterprises registered"), Format::count(t.registered)},
                {tr("Diagnosed (confirmed baseline)"), Format::count(t.diagnosed)},
                {tr("Projects filed"), Format::count(t.filed)},
                {tr("Projects accepted"), Format::count(t.accepted)},
                {tr("Level 2 or above after transformation"), Format::count(t.reachedLevel2)},
                {tr("Diagnosis → project conversion"), Format::percent(conversion.withProject, conversion.diagnosed)},
                {tr("Above-size enterprises at level 2 or above"), tr("%1 of %2 (%3; target %4%)")
                                                                 .arg(Format::count(t.aboveScaleAtLevel2), Format::count(t.aboveScale),
                                                                      Format::percent(t.aboveScaleAtLevel2, t.aboveScale))
                                                                 .arg(target)},
                {tr("Still to reach the target"), Format::count(t.gapToTarget(target))},
                {tr("Subsidies approved (yuan)"), Format::amount(t.approved)},
                {tr("Subsidies paid (yuan)"), Format::amount(t.paid)}});
    // One cluster's table would repeat the overview line for line: its chart only.
    if (clusterId < 0)
        pipeline(figures.value(), target, true, doc);
    else
        flowChart(figures.value(), doc);
    levels(figures.value(), doc);
    funds(figures.value(), doc);
    if (const Status s = enterprises(db, clusterId, filter.asOf, doc); !s)
        return s;
    return doc;
}

void ProgressReports::pipeline(const ProgressFigures& f, int targetPercent, bool withMoney, Document& doc)
{
    doc.heading(tr("Progress by cluster"));
    Table t;
    t.addColumn(tr("Cluster"), withMoney ? 16 : 20);
    QStringList counts{tr("Registered"), tr("Diagnosed"), tr("Filed"), tr("Accepted"), tr("Level 2+ after")};
    if (withMoney)
        counts << tr("Above size") << tr("Above size at level 2+");
    counts << tr("Share at level 2+") << tr("Gap to target");
    for (const QString& h : counts)
        t.addColumn(h, 10, true);
    if (withMoney) {
        t.addColumn(tr("Approved (yuan)"), 15, true);
        t.addColumn(tr("Paid (yuan)"), 15, true);
    }
    // The portrait monthly summary leaves out the money and the above-size counts (the cluster
    // report, in landscape, has them): twelve columns do not fit a portrait page legibly.
    const auto row = [targetPercent, withMoney](const ClusterProgress& c, const QString& name) {
        QStringList r{name, Format::count(c.registered), Format::count(c.diagnosed), Format::count(c.filed), Format::count(c.accepted),
                      Format::count(c.reachedLevel2)};
        if (withMoney)
            r << Format::count(c.aboveScale) << Format::count(c.aboveScaleAtLevel2);
        r << Format::percent(c.aboveScaleAtLevel2, c.aboveScale) << Format::count(c.gapToTarget(targetPercent));
        if (withMoney)
            r << Format::amount(c.approved) << Format::amount(c.paid);
        return r;
    };
    for (const ClusterProgress& c : f.clusters)
        t.rows << row(c, c.clusterId == 0 ? tr("(no cluster)") : c.clusterName);
    t.rows << row(f.total, tr("Total"));
    t.lastRowIsTotal = true;
    doc.table(t);
    flowChart(f, doc);
}

void ProgressReports::flowChart(const ProgressFigures& f, Document& doc)
{
    Chart chart;
    chart.title = tr("The case flow (enterprises)");
    chart.categories << tr("Registered") << tr("Diagnosed") << tr("Filed") << tr("Accepted") << tr("Level 2+ after");
    chart.seriesNames << tr("Enterprises");
    chart.series = {{double(f.total.registered), double(f.total.diagnosed), double(f.total.filed), double(f.total.accepted),
                     double(f.total.reachedLevel2)}};
    chart.maximum = qMax<double>(1, double(f.total.registered));
    chart.unit = QString();
    doc.chart(chart);
}

void ProgressReports::levels(const ProgressFigures& f, Document& doc)
{
    doc.heading(tr("Levels before and now"));
    Table t;
    t.addColumn(tr("Level"), 20);
    t.addColumn(tr("First baseline"), 15, true);
    t.addColumn(tr("Latest assessment"), 15, true);
    Chart chart;
    chart.title = tr("Enterprises by level");
    chart.seriesNames << tr("First baseline") << tr("Latest assessment");
    chart.series.resize(2);
    double maximum = 1;
    for (int l = 0; l < LevelCount; ++l) {
        const QString name = Format::level(l);
        t.rows << QStringList{name, Format::count(f.baselineLevels[size_t(l)]), Format::count(f.latestLevels[size_t(l)])};
        chart.categories << name;
        chart.series[0] << double(f.baselineLevels[size_t(l)]);
        chart.series[1] << double(f.latestLevels[size_t(l)]);
        maximum = qMax(maximum, double(qMax(f.baselineLevels[size_t(l)], f.latestLevels[size_t(l)])));
    }
    chart.maximum = maximum;
    doc.table(t);
    doc.chart(chart);
}

void ProgressReports::funds(const ProgressFigures& f, Document& doc)
{
    if (f.funds.isEmpty())
        return;
    doc.heading(tr("Subsidy funds"));
    Table t;
    t.addColumn(tr("Fund"), 30);
    t.addColumn(tr("Total (yuan)"), 16, true);
    t.addColumn(tr("Approved (yuan)"), 16, true);
    t.addColumn(tr("Paid (yuan)"), 16, true);
    t.addColumn(tr("Paid of total"), 10, true);
    for (const FundProgress& fund : f.funds)
        t.rows << QStringList{fund.fundName, Format::amount(fund.total), Format::amount(fund.approved), Format::amount(fund.paid),
                              Format::percent(fund.paid.fen(), fund.total.fen())};
    doc.table(t);
}

Status ProgressReports::enterprises(const Database& db, qint64 clusterId, const QDate& asOf, Document& doc)
{
    doc.heading(tr("Enterprises and their stage"));
    Table t;
    t.addColumn(tr("No."), 5, true);
    t.addColumn(tr("Enterprise"), 30);
    t.addColumn(tr("Credit code"), 18);
    t.addColumn(tr("District"), 12);
    if (clusterId < 0)
        t.addColumn(tr("Cluster"), 12);
    t.addColumn(tr("Scale"), 9);
    t.addColumn(tr("Stage as of %1").arg(Format::date(asOf)), 24);
    t.addColumn(tr("Latest level"), 9);
    const Status s = EnterpriseStageRepository(db).forEach(clusterId, asOf, [&](const EnterpriseStage& e) {
        QStringList row{QString::number(t.rows.size() + 1), e.name, e.creditCode, e.districtName};
        if (clusterId < 0)
            row << Format::text(e.clusterName);
        row << (e.aboveScale ? tr("Above size") : tr("Below size")) << caseStageName(e.stage) << (e.latestLevel >= 0 ? Format::level(e.latestLevel) : QStringLiteral("—"));
        t.rows << row;
    });
    if (!s)
        return s;
    doc.paragraph(tr("%1 enterprises (those archived by that date are not listed).").arg(Format::count(t.rows.size())));
    doc.table(t);
    return Status::ok();
}

} // namespace dx::report
