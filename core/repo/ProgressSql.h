#pragma once

// The SQL pieces ProgressRepository's figures share (ProgressRepository.cpp, ProgressPipeline.cpp).
#include "ProgressRepository.h"
#include "SqlValues.h"
#include "db/Database.h"
#include "domain/Diagnosis.h"
#include "workflow/GrantWorkflow.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QHash>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace dx::progress {

inline void narrow(const ProgressFilter& f, QStringList& where, QVariantList& binds);

// The enterprises counted, as a CTE "e" over enterprise_progress (db/ProgressSchema.h) with its
// stage columns and `id`, never materialized (a statement using it twice would copy the whole
// table: a second at a million enterprises); its binds come first. `day` is an ISO date made by
// sql::iso, inlined.
inline QString scope(const ProgressFilter& f, const QString& day, QVariantList& binds)
{
    // In the register on that day: not archived by then (a ledger imported today counts for past
    // days too — the register has no date of entering the programme).
    QStringList where{QStringLiteral("(archived_on IS NULL OR archived_on > '%1')").arg(day)};
    narrow(f, where, binds);
    return QStringLiteral("e AS NOT MATERIALIZED (SELECT enterprise_id AS id, * FROM enterprise_progress WHERE %1)").arg(where.join(QStringLiteral(" AND ")));
}

// The filter's conditions on the columns enterprise_progress and progress_counts share (cluster,
// above_scale) and those only the first has (district, tier).
inline void narrow(const ProgressFilter& f, QStringList& where, QVariantList& binds)
{
    if (f.clusterId >= 0) {
        where << QStringLiteral("cluster = ?");
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
}

// Runs `sqlOf(e)` — a statement built around the scope CTE `e` — with the scope's binds and then
// `extra`, handing every row to `row`: the shape of each figure below.
inline Status forRows(const Database& db, const QString& statement, const QVariantList& binds, const std::function<void(const QSqlQuery&)>& row)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    while (q.next())
        row(q);
    return Status::ok();
}

inline Status forEachRow(const Database& db, const ProgressFilter& f, const std::function<QString(const QString&)>& sqlOf,
                  const QVariantList& extra, const std::function<void(const QSqlQuery&)>& row)
{
    QVariantList binds;
    const QString e = scope(f, sql::iso(f.asOf), binds);
    return forRows(db, sqlOf(e), binds + extra, row);
}

// A confirmed, current diagnosis "d" dated by the day (its visit).
inline QString confirmedDiagnosisBy(const QString& day)
{
    return QStringLiteral("d.status = %1 AND d.superseded = 0 AND d.visit_date <> '' AND d.visit_date <= '%2'")
        .arg(int(DiagnosisStatus::Confirmed))
        .arg(day);
}

inline QString approvedStates()
{
    return QStringLiteral("%1, %2, %3").arg(int(GrantState::Approved)).arg(int(GrantState::Paying)).arg(int(GrantState::Paid));
}


// What the pipeline passes fill in: per cluster, the levels of `figures`, and per month ("2025-06").
struct Tally
{
    ProgressFigures& figures;
    QHash<qint64, ClusterProgress>& clusters;
    QHash<QString, MonthProgress>& months;
    QString firstMonthDay;   // the first day of the twelve months
};

// The pipeline, the levels, and the months' first diagnoses and acceptances (ProgressPipeline.cpp):
// from progress_counts, which holds cluster and 规上 only; or by one pass over enterprise_progress,
// for district and tier filters.
Status pipelineFromCounts(const Database& db, const ProgressFilter& f, Tally& t);
Status pipelineFromScan(const Database& db, const ProgressFilter& f, Tally& t);

} // namespace dx::progress
