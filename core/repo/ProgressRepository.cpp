#include "ProgressRepository.h"

#include "ClusterRepository.h"
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

namespace {

// The enterprises counted, as a CTE "e(id, cluster, above_scale)"; its binds come first.
QString scope(const ProgressFilter& f, QVariantList& binds)
{
    // The register as it is (archived enterprises left out); their case records count by date.
    QStringList where{QStringLiteral("archived = 0")};
    if (f.clusterId == 0) {
        where << QStringLiteral("cluster_id IS NULL");
    } else if (f.clusterId > 0) {
        where << QStringLiteral("cluster_id = ?");
        binds << f.clusterId;
    }
    if (!f.districtCode.isEmpty()) {
        // A prefecture (445200) takes its counties (4452xx), as the register's filter does.
        const QString code = f.districtCode.endsWith(QLatin1String("00")) ? f.districtCode.left(4) + QLatin1Char('%') : f.districtCode;
        where << QStringLiteral("district_code LIKE ?");
        binds << code;
    }
    if (f.aboveScale >= 0) {
        where << QStringLiteral("above_scale = ?");
        binds << f.aboveScale;
    }
    if (f.tier >= 0) {
        where << QStringLiteral("tier = ?");
        binds << f.tier;
    }
    return QStringLiteral("e AS (SELECT id, COALESCE(cluster_id, 0) AS cluster, above_scale FROM enterprises WHERE %1)")
        .arg(where.join(QStringLiteral(" AND ")));
}



// Runs `sqlOf(e)` — a statement built around the scope CTE `e` — with the scope's binds and then
// `extra`, handing every row to `row`: the shape of each figure below.
Status forEachRow(const Database& db, const ProgressFilter& f, const std::function<QString(const QString&)>& sqlOf,
                  const QVariantList& extra, const std::function<void(const QSqlQuery&)>& row)
{
    QVariantList binds;
    const QString e = scope(f, binds);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sqlOf(e)))
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    for (const QVariant& v : binds + extra)
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    while (q.next())
        row(q);
    return Status::ok();
}

// A confirmed, current diagnosis "d" dated by the day (its visit); one bind.
QString confirmedDiagnosis()
{
    return QStringLiteral("d.status = %1 AND d.superseded = 0 AND d.visit_date <> '' AND d.visit_date <= ?")
        .arg(int(DiagnosisStatus::Confirmed));
}

QString approvedStates()
{
    return QStringLiteral("%1, %2, %3").arg(int(GrantState::Approved)).arg(int(GrantState::Paying)).arg(int(GrantState::Paid));
}

} // namespace

Result<ProgressFigures> ProgressRepository::figures(const ProgressFilter& filter) const
{
    ProgressFigures out;
    out.asOf = filter.asOf.isValid() ? filter.asOf : QDate::currentDate();
    ProgressFilter f = filter;
    f.asOf = out.asOf;
    const QString day = sql::iso(f.asOf);
    QHash<qint64, ClusterProgress> byCluster;

    // The pipeline, per cluster, in one pass over the enterprises; each test is an indexed probe
    // of that enterprise's records (diagnoses_enterprise, projects_enterprise). The unary plus
    // keeps the planner off diagnoses_kind_level and projects_state, which would scan every post
    // assessment or accepted project per enterprise (minutes instead of a third of a second at
    // 100,000 enterprises).
    {
        const auto sqlOf = [&](const QString& e) {
            return QStringLiteral("WITH %1, per AS (SELECT e.cluster AS cluster, e.above_scale AS above, "
                                    "EXISTS (SELECT 1 FROM diagnoses d WHERE d.enterprise_id = e.id AND +d.kind = %2 AND %3) AS diagnosed, "
                                    "EXISTS (SELECT 1 FROM projects p WHERE p.enterprise_id = e.id AND p.state <> %4 AND p.filed_on <> '' "
                                    " AND p.filed_on <= ?) AS filed, "
                                    "EXISTS (SELECT 1 FROM projects p WHERE p.enterprise_id = e.id AND +p.state = %5 AND p.accepted_on <> '' "
                                    " AND p.accepted_on <= ?) AS accepted, "
                                    "EXISTS (SELECT 1 FROM diagnoses d WHERE d.enterprise_id = e.id AND +d.kind = %6 AND +d.level >= 2 AND %3) AS post2, "
                                    "(SELECT d.level FROM diagnoses d WHERE d.enterprise_id = e.id AND %3 ORDER BY d.visit_date DESC, d.id DESC "
                                    " LIMIT 1) AS latest FROM e) "
                                    "SELECT cluster, COUNT(*), SUM(diagnosed), SUM(filed), SUM(accepted), SUM(post2), SUM(above), "
                                    "SUM(CASE WHEN above = 1 AND latest >= 2 THEN 1 ELSE 0 END) FROM per GROUP BY cluster")
                         .arg(e)
                         .arg(int(DiagnosisKind::Baseline))
                         .arg(confirmedDiagnosis())
                         .arg(int(ProjectState::Draft))
                         .arg(int(ProjectState::Accepted))
                         .arg(int(DiagnosisKind::PostTransformation));
        };
        const Status ran = forEachRow(m_db, f, sqlOf, QVariantList{day, day, day, day, day}, [&](const QSqlQuery& q) {
            ClusterProgress& c = byCluster[q.value(0).toLongLong()];
            c.clusterId = q.value(0).toLongLong();
            c.registered = q.value(1).toLongLong();
            c.diagnosed = q.value(2).toLongLong();
            c.filed = q.value(3).toLongLong();
            c.accepted = q.value(4).toLongLong();
            c.reachedLevel2 = q.value(5).toLongLong();
            c.aboveScale = q.value(6).toLongLong();
            c.aboveScaleAtLevel2 = q.value(7).toLongLong();
        });
        if (!ran)
            return ran;
    }

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
    auto add = [&](qint64 id, const QString& name) {
        ClusterProgress c = byCluster.value(id);
        c.clusterId = id;
        c.clusterName = name;
        out.clusters << c;
        ClusterProgress& t = out.total;
        t.registered += c.registered;
        t.diagnosed += c.diagnosed;
        t.filed += c.filed;
        t.accepted += c.accepted;
        t.reachedLevel2 += c.reachedLevel2;
        t.aboveScale += c.aboveScale;
        t.aboveScaleAtLevel2 += c.aboveScaleAtLevel2;
        t.approved = t.approved + c.approved;
        t.paid = t.paid + c.paid;
    };
    for (const Cluster& c : clusters.value())
        if ((f.clusterId < 0 && (!c.archived || byCluster.contains(c.id))) || f.clusterId == c.id)
            add(c.id, c.name);
    if ((f.clusterId < 0 && byCluster.value(0).registered > 0) || f.clusterId == 0)
        add(0, QCoreApplication::translate("dx::ProgressRepository", "(no cluster)"));

    // Levels: the first baseline and the latest assessment of each enterprise, by indexed probes
    // as above (a window function over all diagnoses took minutes here).
    {
        const auto sqlOf = [&](const QString& e) {
            return QStringLiteral("WITH %1, per AS (SELECT "
                                              "(SELECT d.level FROM diagnoses d WHERE d.enterprise_id = e.id AND +d.kind = %2 AND %3 "
                                              " ORDER BY d.visit_date, d.id LIMIT 1) AS base, "
                                              "(SELECT d.level FROM diagnoses d WHERE d.enterprise_id = e.id AND %3 "
                                              " ORDER BY d.visit_date DESC, d.id DESC LIMIT 1) AS latest FROM e) "
                                              "SELECT base, latest, COUNT(*) FROM per WHERE latest IS NOT NULL GROUP BY base, latest")
                                   .arg(e)
                                   .arg(int(DiagnosisKind::Baseline))
                                   .arg(confirmedDiagnosis());
        };
        const Status ran = forEachRow(m_db, f, sqlOf, QVariantList{day, day}, [&](const QSqlQuery& q) {
            const qint64 n = q.value(2).toLongLong();
            if (!q.value(0).isNull())
                out.baselineLevels[size_t(qBound(0, q.value(0).toInt(), LevelCount - 1))] += n;
            out.latestLevels[size_t(qBound(0, q.value(1).toInt(), LevelCount - 1))] += n;
        });
        if (!ran)
            return ran;
    }

    // Funds against their totals.
    {
        const auto sqlOf = [&](const QString& e) {
            return QStringLiteral("WITH %1 SELECT f.id, f.name, f.total_fen, "
                                    "(SELECT COALESCE(SUM(g.approved_fen), 0) FROM grants g JOIN e ON e.id = g.enterprise_id "
                                    " WHERE g.fund_id = f.id AND g.state IN (%2) AND g.approved_on <> '' AND g.approved_on <= ?), "
                                    "(SELECT COALESCE(SUM(t.amount_fen), 0) FROM grant_payments t JOIN grants g ON g.id = t.grant_id "
                                    " JOIN e ON e.id = g.enterprise_id WHERE g.fund_id = f.id AND t.paid_on <= ?) "
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

    // The twelve months up to the date.
    const QDate firstDay = QDate(f.asOf.year(), f.asOf.month(), 1).addMonths(-11);
    QHash<QString, MonthProgress> months;
    for (QDate m = firstDay; m <= f.asOf; m = m.addMonths(1)) {
        const QString key = m.toString(QStringLiteral("yyyy-MM"));
        months.insert(key, MonthProgress{key, 0, 0, Money()});
        out.months << months.value(key);
    }
    const QString from = sql::iso(firstDay);
    struct Series
    {
        QString sql;
        int column;   // 0 diagnoses, 1 acceptances, 2 paid
        bool byFund;
    };
    const Series series[] = {
        {QStringLiteral("SELECT substr(d.visit_date, 1, 7), COUNT(*) FROM diagnoses d JOIN e ON e.id = d.enterprise_id "
                        "WHERE d.status = %1 AND d.superseded = 0 AND d.visit_date >= ? AND d.visit_date <= ? GROUP BY 1")
             .arg(int(DiagnosisStatus::Confirmed)),
         0, false},
        {QStringLiteral("SELECT substr(p.accepted_on, 1, 7), COUNT(*) FROM projects p JOIN e ON e.id = p.enterprise_id "
                        "WHERE p.state = %1 AND p.accepted_on >= ? AND p.accepted_on <= ? GROUP BY 1")
             .arg(int(ProjectState::Accepted)),
         1, false},
        {QStringLiteral("SELECT substr(t.paid_on, 1, 7), SUM(t.amount_fen) FROM grant_payments t JOIN grants g ON g.id = t.grant_id "
                        "JOIN e ON e.id = g.enterprise_id WHERE t.paid_on >= ? AND t.paid_on <= ? AND (? = 0 OR g.fund_id = ?) GROUP BY 1"),
         2, true},
    };
    for (const Series& s : series) {
        const auto sqlOf = [&](const QString& e) {
            return QStringLiteral("WITH %1 %2").arg(e, s.sql);
        };
        const QVariantList extra = s.byFund ? QVariantList{from, day, f.fundId, f.fundId} : QVariantList{from, day};
        const Status ran = forEachRow(m_db, f, sqlOf, extra, [&](const QSqlQuery& q) {
            auto it = months.find(q.value(0).toString());
            if (it == months.end())
                return;
            if (s.column == 0)
                it->diagnoses = q.value(1).toLongLong();
            else if (s.column == 1)
                it->acceptances = q.value(1).toLongLong();
            else
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
