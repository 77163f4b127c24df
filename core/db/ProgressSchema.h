#pragma once

#include "Dialect.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace dx {

// enterprise_progress: one narrow row per enterprise with the first date it reached each stage of
// the programme (diagnosed, project filed, accepted, post assessment at 二级+), its first baseline
// and latest confirmed levels with their dates, its archival date, and copies of the columns the
// dashboard filters on. The dashboard counts "as of" any date from this one table instead of
// probing every enterprise's diagnoses and projects (seconds at a million enterprises).
//
// Triggers on enterprises, diagnoses and projects recompute an enterprise's row from its records
// inside the writing statement, so the table is right after every edit, import and rollback
// (a rolled-back transaction takes the trigger's writes with it). Each date is "the first day the
// stage was reached by the records as they are now", exactly what the probes counted before.
// progress_counts: for each cluster, 规上/规下, measure and day, how many enterprises reached the
// measure that day (the measure's own number) and how many left it (measure + Leave): archived, or
// their first level replaced by a later diagnosis. The figures as of a day are sums up to that day
// over a few ten thousand rows, whatever the size of the register. Kept by triggers on
// enterprise_progress, so right whenever that table is.
enum class ProgressMeasure {
    Registered = 0,
    Diagnosed = 1,
    Filed = 2,
    Accepted = 3,
    ReachedLevel2 = 4,
    DiagnosedWithProject = 5,   // diagnosed and a project filed: from the later of the two days
    BaselineLevel = 10,   // + level (0 … 4): the first baseline's level
    LatestLevel = 20,     // + level: the latest confirmed diagnosis's level
    Leave = 100,          // added to a measure: left it that day
};

namespace ProgressSchema {

// Schema step 6: the table, its triggers, and the rows of an existing database.
QStringList migration(Backend backend);

// Bulk writes (imports, the demo city): the per-row triggers of one kind of record are dropped
// for the batch (beginBatch) and the rows it touched recomputed in a few set-wide statements at
// its end (endBatch, given the table's largest id before the batch) — all inside the batch's
// transaction, so a failed batch restores the triggers with everything else. Row by row, a
// 100,000-enterprise import spent longer in the triggers than in its own inserts.
// Batch::Cases covers new enterprises together with the diagnoses and projects written for them
// (and for enterprises already stored) inside it, by the repositories' own batches, which do
// nothing while it is open on their connection: each new enterprise's row is computed once from
// its final records, where three batches in a row would count its events in, out, and in again
// (the demo city at 100,000: 0.4 s a chunk of 20,000 in the stage statements, against 0.14 s).
// It assumes, as the others do, that rows stored before it are changed only through new
// diagnoses and projects. SQLite only (on PostgreSQL it does nothing and the repositories'
// batches run as they would without it).
enum class Batch { Enterprises, Diagnoses, Projects, Cases };
constexpr int BatchMinimum = 100;   // fewer rows: the triggers are cheaper than dropping them
class BatchScope
{
public:
    BatchScope() = default;
    ~BatchScope();
    BatchScope(const BatchScope&) = delete;
    BatchScope& operator=(const BatchScope&) = delete;

    // Suspends the triggers when `rows` reaches BatchMinimum; else does nothing, nor does end().
    Status begin(QSqlDatabase& conn, Batch batch, qsizetype rows);
    Status end(QSqlDatabase& conn);

private:
    void releaseConnection();   // a Cases batch no longer makes the connection's batches idle

    Batch m_batch = Batch::Enterprises;
    qint64 m_lastIdBefore = -1;   // -1: not suspended
    qint64 m_lastDiagnosisBefore = 0;   // Batch::Cases
    qint64 m_lastProjectBefore = 0;
    QString m_connection;   // the connection a Cases batch is open on
};

// Every enterprise's row computed afresh from its records, in the table's column order: fills
// the table in the migration, and lets the tests prove the triggers kept it right.
QString computedRows(Backend backend = Backend::Sqlite);

} // namespace ProgressSchema

} // namespace dx
