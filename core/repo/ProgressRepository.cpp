#include "ProgressRepository.h"

#include "ClusterRepository.h"
#include "ProgressSql.h"
#include "SqlValues.h"
#include "db/Database.h"
#include "domain/Diagnosis.h"
#include "workflow/GrantWorkflow.h"
#include "workflow/ProjectWorkflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <functional>

namespace dx {

using namespace progress;


Result<ProgressFigures> ProgressRepository::figures(const ProgressFilter& filter) const
{
    ProgressFigures out;
    out.asOf = filter.asOf.isValid() ? filter.asOf : QDate::currentDate();
    ProgressFilter f = filter;
    f.asOf = out.asOf;
    const QString day = sql::iso(f.asOf);
    QHash<qint64, ClusterProgress> byCluster;

    // The pipeline and the levels: from the day counts when the filter allows (the dashboard's
    // usual view, instant at any size), else by one pass over enterprise_progress.
    const QDate firstDay = QDate(f.asOf.year(), f.asOf.month(), 1).addMonths(-11);
    QHash<QString, MonthProgress> months;
    for (QDate m = firstDay; m <= f.asOf; m = m.addMonths(1)) {
        const QString key = m.toString(QStringLiteral("yyyy-MM"));
        months.insert(key, MonthProgress{key, 0, 0, Money()});
        out.months << months.value(key);
    }
    Tally tally{out, byCluster, months, sql::iso(firstDay)};
    const Status pipeline = f.districtCode.isEmpty() && f.tier < 0 ? pipelineFromCounts(m_db, f, tally) : pipelineFromScan(m_db, f, tally);
    if (!pipeline)
        return pipeline;

    // Money per cluster: approved by the date (and not since rejected or withdrawn), paid by the date.
    {
        const auto sqlOf = [&](const QString& e) {
            return QStringLiteral("WITH %1 SELECT e.cluster, SUM(g.approved_fen) FROM grants g JOIN e ON e.id = g.enterprise_id "
                                    "WHERE g.state IN (%2) AND g.approved_on <> '' AND g.approved_on <= ? AND (? = 0 OR g.fund_id = ?) "
                                    "GROUP BY e.cluster")
                         .arg(e, approvedStates());
        };
        const Status ran = forEachRow(m_db, f, sqlOf, QVariantList{day, f.fundId, f.fundId}, [&](const QSqlQuery& q) {
            byCluster[q.value(0).toLongLong()].approved = Money::fromFen(q.value(1).toLongLong());
        });
        if (!ran)
            return ran;
    }
    {
        const auto sqlOf = [&](const QString& e) {
            return QStringLiteral("WITH %1 SELECT e.cluster, SUM(t.amount_fen) FROM grant_payments t JOIN grants g ON g.id = t.grant_id "
                                    "JOIN e ON e.id = g.enterprise_id WHERE t.paid_on <= ? AND (? = 0 OR g.fund_id = ?) GROUP BY e.cluster")
                         .arg(e);
        };
        const Status ran = forEachRow(m_db, f, sqlOf, QVariantList{day, f.fundId, f.fundId}, [&](const QSqlQuery& q) {
            byCluster[q.value(0).toLongLong()].paid = Money::fromFen(q.value(1).toLongLong());
        });
        if (!ran)
            return ran;
    }

    // In the city's cluster order; "no cluster" last, when it has anyone.
    auto clusters = ClusterRepository(m_db).list(true);
    if (!clusters)
        return clusters.status();
    auto add = [&](qint64 id, const QString& name, int target) {
        ClusterProgress c = byCluster.value(id);
        c.clusterId = id;
        c.clusterName = name;
        c.target = target;
        out.clusters << c;
        ClusterProgress& t = out.total;
        t.registered += c.registered;
        t.diagnosed += c.diagnosed;
        t.filed += c.filed;
        t.diagnosedWithProject += c.diagnosedWithProject;
        t.accepted += c.accepted;
        t.reachedLevel2 += c.reachedLevel2;
        t.aboveScale += c.aboveScale;
        t.aboveScaleAtLevel2 += c.aboveScaleAtLevel2;
        t.target += c.target;
        t.approved = t.approved + c.approved;
        t.paid = t.paid + c.paid;
    };
    for (const Cluster& c : clusters.value())
        if ((f.clusterId < 0 && (!c.archived || byCluster.contains(c.id))) || f.clusterId == c.id)
            add(c.id, c.name, c.target);
    if ((f.clusterId < 0 && byCluster.value(0).registered > 0) || f.clusterId == 0)
        add(0, QCoreApplication::translate("dx::ProgressRepository", "(no cluster)"), 0);

    // Funds against their totals.
    {
        const auto sqlOf = [&](const QString& e) {
            // Paid: from the payments up (g.fund_id + 0 keeps the planner off the grants' fund
            // index), not from every grant of the fund: at 1,000,000 enterprises each fund's
            // 3,650 grants looked up their enterprises' rows, 23 ms of the dashboard's 50.
            return QStringLiteral("WITH %1, paid AS (SELECT g.fund_id + 0 AS fund_id, SUM(t.amount_fen) AS fen FROM grant_payments t "
                                    " JOIN grants g ON g.id = t.grant_id JOIN e ON e.id = g.enterprise_id WHERE t.paid_on <= ? GROUP BY 1) "
                                    "SELECT f.id, f.name, f.total_fen, "
                                    "(SELECT COALESCE(SUM(g.approved_fen), 0) FROM grants g JOIN e ON e.id = g.enterprise_id "
                                    " WHERE g.fund_id = f.id AND g.state IN (%2) AND g.approved_on <> '' AND g.approved_on <= ?), "
                                    "COALESCE((SELECT paid.fen FROM paid WHERE paid.fund_id = f.id), 0) "
                                    "FROM funds f WHERE f.archived = 0 AND (? = 0 OR f.id = ?) ORDER BY f.id")
                         .arg(e, approvedStates());
        };
        const Status ran = forEachRow(m_db, f, sqlOf, QVariantList{day, day, f.fundId, f.fundId}, [&](const QSqlQuery& q) {
            out.funds << FundProgress{q.value(0).toLongLong(), q.value(1).toString(), Money::fromFen(q.value(2).toLongLong()),
                                      Money::fromFen(q.value(3).toLongLong()), Money::fromFen(q.value(4).toLongLong())};
        });
        if (!ran)
            return ran;
    }

    // Payments per month of the twelve.
    {
        const auto sqlOf = [&](const QString& e) {
            return QStringLiteral("WITH %1 SELECT substr(t.paid_on, 1, 7), SUM(t.amount_fen) FROM grant_payments t "
                                  "JOIN grants g ON g.id = t.grant_id JOIN e ON e.id = g.enterprise_id "
                                  "WHERE t.paid_on >= ? AND t.paid_on <= ? AND (? = 0 OR g.fund_id = ?) GROUP BY 1")
                .arg(e);
        };
        const Status ran = forEachRow(m_db, f, sqlOf, QVariantList{tally.firstMonthDay, day, f.fundId, f.fundId}, [&](const QSqlQuery& q) {
            auto it = months.find(q.value(0).toString());
            if (it != months.end())
                it->paid = Money::fromFen(q.value(1).toLongLong());
        });
        if (!ran)
            return ran;
    }
    for (MonthProgress& m : out.months)
        m = months.value(m.month);
    return out;
}

} // namespace dx
