#include "StatsCommand.h"

#include "CliSupport.h"
#include "db/Database.h"
#include "repo/CaseStatsRepository.h"
#include "repo/ProgressRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using cli::fail;
using cli::out;

namespace {

QJsonObject clusterJson(const dx::ClusterProgress& c)
{
    return {{QStringLiteral("cluster"), c.clusterName},
            {QStringLiteral("registered"), c.registered},
            {QStringLiteral("diagnosed"), c.diagnosed},
            {QStringLiteral("filed"), c.filed},
            {QStringLiteral("accepted"), c.accepted},
            {QStringLiteral("reachedLevel2"), c.reachedLevel2},
            {QStringLiteral("aboveScale"), c.aboveScale},
            {QStringLiteral("aboveScaleAtLevel2"), c.aboveScaleAtLevel2},
            {QStringLiteral("approvedFen"), c.approved.fen()},
            {QStringLiteral("paidFen"), c.paid.fen()}};
}

} // namespace

int runStats(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Case figures of the city as of a date."));
    p.addHelpOption();
    cli::addCommonOptions(p);
    p.addOption({QStringLiteral("as-of"), QCoreApplication::translate("CommandLine", "Date (yyyy-MM-dd; default: today)."),
                 QStringLiteral("date")});
    p.addOption({QStringLiteral("cluster"), QCoreApplication::translate("CommandLine", "Only this cluster (its name)."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("district"), QCoreApplication::translate("CommandLine", "Only this district (its name or code)."),
                 QStringLiteral("name")});
    if (const int exit = cli::parseOrExit(p, args); exit >= 0)
        return exit;
    const bool json = p.isSet(QStringLiteral("json"));
    QDate asOf = QDate::currentDate();
    if (p.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid())
            return fail(QCoreApplication::translate("CommandLine", "--as-of needs a date like 2025-06-30"), json);
    }
    dx::OpenOptions options;
    options.createIfMissing = false;
    auto db = dx::Database::open(cli::dbPath(p), options);
    if (!db)
        return fail(db.message(), json);
    dx::ProgressFilter filter;
    filter.asOf = asOf;
    if (const dx::Status place = cli::readPlaceOptions(p, *db.value(), filter.clusterId, filter.districtCode); !place)
        return fail(place.message(), json);
    QElapsedTimer timer;
    timer.start();
    auto figures = dx::ProgressRepository(*db.value()).figures(filter);
    if (!figures)
        return fail(figures.message(), json);
    const qint64 ms = timer.elapsed();
    const dx::Conversion c = dx::Conversion::of(figures->total);
    if (json) {
        QJsonArray clusters;
        for (const dx::ClusterProgress& cp : figures->clusters)
            clusters.append(clusterJson(cp));
        QJsonArray baseline;
        QJsonArray latest;
        for (int l = 0; l < dx::LevelCount; ++l) {
            baseline.append(figures->baselineLevels[size_t(l)]);
            latest.append(figures->latestLevels[size_t(l)]);
        }
        QJsonArray funds;
        for (const dx::FundProgress& f : figures->funds)
            funds.append(QJsonObject{{QStringLiteral("fund"), f.fundName}, {QStringLiteral("totalFen"), f.total.fen()},
                                     {QStringLiteral("approvedFen"), f.approved.fen()}, {QStringLiteral("paidFen"), f.paid.fen()}});
        QJsonArray months;
        for (const dx::MonthProgress& m : figures->months)
            months.append(QJsonObject{{QStringLiteral("month"), m.month}, {QStringLiteral("diagnoses"), m.diagnoses},
                                      {QStringLiteral("acceptances"), m.acceptances}, {QStringLiteral("paidFen"), m.paid.fen()}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                           {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
                                           {QStringLiteral("diagnosedEnterprises"), c.diagnosed},
                                           {QStringLiteral("withProject"), c.withProject},
                                           {QStringLiteral("diagnosisToProjectRate"), c.rate()},
                                           {QStringLiteral("total"), clusterJson(figures->total)},
                                           {QStringLiteral("clusters"), clusters},
                                           {QStringLiteral("baselineLevels"), baseline},
                                           {QStringLiteral("latestLevels"), latest},
                                           {QStringLiteral("funds"), funds},
                                           {QStringLiteral("months"), months},
                                           {QStringLiteral("milliseconds"), ms}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return 0;
    }
    out() << QCoreApplication::translate("CommandLine", "As of %1: %2 enterprises diagnosed, %3 of them filed a project "
                                                        "(diagnosis → project conversion %4%).")
                 .arg(asOf.toString(Qt::ISODate))
                 .arg(c.diagnosed)
                 .arg(c.withProject)
                 .arg(c.rate() * 100.0, 0, 'f', 1)
          << Qt::endl;
    out() << QCoreApplication::translate("CommandLine", "cluster | registered | diagnosed | filed | accepted | 二级+ after | 规上 at 二级+") << Qt::endl;
    auto line = [](const dx::ClusterProgress& cp) {
        out() << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7/%8")
                     .arg(cp.clusterName)
                     .arg(cp.registered)
                     .arg(cp.diagnosed)
                     .arg(cp.filed)
                     .arg(cp.accepted)
                     .arg(cp.reachedLevel2)
                     .arg(cp.aboveScaleAtLevel2)
                     .arg(cp.aboveScale)
              << Qt::endl;
    };
    for (const dx::ClusterProgress& cp : figures->clusters)
        line(cp);
    dx::ClusterProgress total = figures->total;
    total.clusterName = QCoreApplication::translate("CommandLine", "all");
    line(total);
    out() << QCoreApplication::translate("CommandLine", "(computed in %1 ms)").arg(ms) << Qt::endl;
    return 0;
}
