// The dashboard's pipeline and levels, two ways to the same figures (tst_progresstable proves
// they agree): sums over progress_counts, and one pass over enterprise_progress.
#include "ProgressSql.h"
#include "db/ProgressSchema.h"

namespace dx::progress {

namespace {

void addLevel(std::array<qint64, LevelCount>& levels, int level, qint64 n)
{
    levels[size_t(qBound(0, level, LevelCount - 1))] += n;
}

} // namespace

Status pipelineFromCounts(const Database& db, const ProgressFilter& f, Tally& t)
{
    using M = ProgressMeasure;
    const QString day = sql::iso(f.asOf);
    QStringList where{QStringLiteral("day <= '%1'").arg(day)};
    QVariantList binds;
    narrow(f, where, binds);
    const QString scoped = where.join(QStringLiteral(" AND "));
    // Reached by the day, less left by the day.
    Status ran = forRows(db, QStringLiteral("SELECT cluster, above_scale, measure, SUM(n) FROM progress_counts WHERE %1 "
                                            "GROUP BY cluster, above_scale, measure").arg(scoped),
                         binds, [&](const QSqlQuery& q) {
                             ClusterProgress& c = t.clusters[q.value(0).toLongLong()];
                             c.clusterId = q.value(0).toLongLong();
                             const bool above = q.value(1).toInt() == 1;
                             int measure = q.value(2).toInt();
                             qint64 n = q.value(3).toLongLong();
                             if (measure >= int(M::Leave)) {
                                 measure -= int(M::Leave);
                                 n = -n;
                             }
                             switch (measure) {
                             case int(M::Registered):
                                 c.registered += n;
                                 c.aboveScale += above ? n : 0;
                                 return;
                             case int(M::Diagnosed): c.diagnosed += n; return;
                             case int(M::Filed): c.filed += n; return;
                             case int(M::Accepted): c.accepted += n; return;
                             case int(M::ReachedLevel2): c.reachedLevel2 += n; return;
                             case int(M::DiagnosedWithProject): c.diagnosedWithProject += n; return;
                             default: break;
                             }
                             if (measure >= int(M::LatestLevel)) {
                                 const int level = measure - int(M::LatestLevel);
                                 addLevel(t.figures.latestLevels, level, n);
                                 c.aboveScaleAtLevel2 += above && level >= 2 ? n : 0;
                             } else if (measure >= int(M::BaselineLevel)) {
                                 addLevel(t.figures.baselineLevels, measure - int(M::BaselineLevel), n);
                             }
                         });
    if (!ran)
        return ran;

    // The counts take an enterprise's level as its first diagnosis's until its latest one; the few
    // with a diagnosis between those two and the day inside that span get their true level probed.
    QStringList middle{QStringLiteral("has_middle = 1"), QStringLiteral("latest_on > '%1'").arg(day),
                       QStringLiteral("first_on <= '%1'").arg(day), QStringLiteral("(archived_on IS NULL OR archived_on > '%1')").arg(day)};
    QVariantList middleBinds;
    narrow(f, middle, middleBinds);
    ran = forRows(db, QStringLiteral("SELECT e.cluster, e.above_scale, e.first_level, (SELECT d.level FROM diagnoses d "
                                     "WHERE d.enterprise_id = e.enterprise_id AND %1 ORDER BY d.visit_date DESC, d.id DESC LIMIT 1) "
                                     "FROM enterprise_progress e WHERE %2")
                          .arg(confirmedDiagnosisBy(day), middle.join(QStringLiteral(" AND "))),
                  middleBinds, [&](const QSqlQuery& q) {
                      const int counted = q.value(2).toInt();
                      const int actual = q.value(3).toInt();
                      if (counted == actual)
                          return;
                      addLevel(t.figures.latestLevels, counted, -1);
                      addLevel(t.figures.latestLevels, actual, 1);
                      if (q.value(1).toInt() == 1)
                          t.clusters[q.value(0).toLongLong()].aboveScaleAtLevel2 += (actual >= 2) - (counted >= 2);
                  });
    if (!ran)
        return ran;

    // First diagnoses and acceptances per month: the days' "reached" counts.
    QStringList months{QStringLiteral("measure IN (%1, %2)").arg(int(M::Diagnosed)).arg(int(M::Accepted)),
                       QStringLiteral("day >= '%1'").arg(t.firstMonthDay), QStringLiteral("day <= '%1'").arg(day)};
    QVariantList monthBinds;
    narrow(f, months, monthBinds);
    return forRows(db, QStringLiteral("SELECT substr(day, 1, 7), measure, SUM(n) FROM progress_counts WHERE %1 GROUP BY 1, 2")
                           .arg(months.join(QStringLiteral(" AND "))),
                   monthBinds, [&](const QSqlQuery& q) {
                       auto it = t.months.find(q.value(0).toString());
                       if (it == t.months.end())
                           return;
                       (q.value(1).toInt() == int(M::Diagnosed) ? it->diagnoses : it->acceptances) += q.value(2).toLongLong();
                   });
}

Status pipelineFromScan(const Database& db, const ProgressFilter& f, Tally& t)
{
    const Backend backend = db.backend();
    const QString day = sql::iso(f.asOf);
    // A stage counts when its first date is on or before the day. The latest level is the stored
    // one unless the enterprise was assessed after the day; only those are probed.
    const auto sqlOf = [&](const QString& e) {
        const QString asOfLatest = QStringLiteral("(SELECT d.level FROM diagnoses d WHERE d.enterprise_id = e.id AND %1 "
                                                  "ORDER BY d.visit_date DESC, d.id DESC LIMIT 1)")
                                       .arg(confirmedDiagnosisBy(day));
        // Each stage as 1/0 (SUM of a comparison is SQLite's; PostgreSQL's comparisons are booleans).
        const auto by = [&](const QString& column) { return QStringLiteral("CASE WHEN %1 <= '%2' THEN 1 ELSE 0 END").arg(column, day); };
        return QStringLiteral("WITH %1, per AS (SELECT cluster, above_scale, %4 AS diagnosed, %5 AS filed, "
                              "%6 AS accepted, %7 AS post2, %8 AS converted, "
                              "CASE WHEN base_on <= '%2' THEN base_level END AS base, "
                              "CASE WHEN latest_on IS NULL THEN NULL WHEN latest_on <= '%2' THEN latest_level ELSE %3 END AS latest FROM e) "
                              "SELECT cluster, COUNT(*), SUM(diagnosed), SUM(filed), SUM(accepted), SUM(post2), SUM(above_scale), "
                              "SUM(CASE WHEN above_scale = 1 AND latest >= 2 THEN 1 ELSE 0 END), base, latest, SUM(converted) "
                              "FROM per GROUP BY cluster, base, latest")
            .arg(e, day, asOfLatest, by(QStringLiteral("base_on")), by(QStringLiteral("filed_on")), by(QStringLiteral("accepted_on")),
                 by(QStringLiteral("level2_on")), by(Dialect::greatest(backend, QStringLiteral("base_on"), QStringLiteral("filed_on"))));
    };
    Status ran = forEachRow(db, f, sqlOf, QVariantList{}, [&](const QSqlQuery& q) {
        ClusterProgress& c = t.clusters[q.value(0).toLongLong()];
        const qint64 n = q.value(1).toLongLong();
        c.clusterId = q.value(0).toLongLong();
        c.registered += n;
        c.diagnosed += q.value(2).toLongLong();
        c.filed += q.value(3).toLongLong();
        c.accepted += q.value(4).toLongLong();
        c.reachedLevel2 += q.value(5).toLongLong();
        c.aboveScale += q.value(6).toLongLong();
        c.aboveScaleAtLevel2 += q.value(7).toLongLong();
        c.diagnosedWithProject += q.value(10).toLongLong();
        if (q.value(9).isNull())
            return;
        if (!q.value(8).isNull())
            addLevel(t.figures.baselineLevels, q.value(8).toInt(), n);
        addLevel(t.figures.latestLevels, q.value(9).toInt(), n);
    });
    if (!ran)
        return ran;

    // First diagnoses and acceptances per month, of enterprises not archived before them (as the
    // counts record them: an enterprise archived later still made that month's figure).
    for (const char* column : {"base_on", "accepted_on"}) {
        QStringList where{QStringLiteral("%1 >= '%2' AND %1 <= '%3'").arg(QLatin1String(column), t.firstMonthDay, day),
                          QStringLiteral("(archived_on IS NULL OR archived_on > %1)").arg(QLatin1String(column))};
        QVariantList binds;
        narrow(f, where, binds);
        const bool diagnoses = qstrcmp(column, "base_on") == 0;
        ran = forRows(db, QStringLiteral("SELECT substr(%1, 1, 7), COUNT(*) FROM enterprise_progress WHERE %2 GROUP BY 1")
                              .arg(QLatin1String(column), where.join(QStringLiteral(" AND "))),
                      binds, [&](const QSqlQuery& q) {
                          auto it = t.months.find(q.value(0).toString());
                          if (it != t.months.end())
                              (diagnoses ? it->diagnoses : it->acceptances) += q.value(1).toLongLong();
                      });
        if (!ran)
            return ran;
    }
    return Status::ok();
}

} // namespace dx::progress
