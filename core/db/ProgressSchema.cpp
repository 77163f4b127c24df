#include "ProgressSchema.h"

#include "Database.h"

#include "domain/Diagnosis.h"
#include "workflow/ProjectWorkflow.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace dx::ProgressSchema {

namespace {

// A confirmed, current, dated diagnosis "d". The unary plus keeps the planner on
// diagnoses_enterprise (the probe of one enterprise) instead of diagnoses_kind_level.
QString confirmed()
{
    return QStringLiteral("+d.status = %1 AND +d.superseded = 0 AND d.visit_date <> ''").arg(int(DiagnosisStatus::Confirmed));
}

// The diagnosis "d" of enterprise `x` that comes first in `order` among those matching `where`.
QString firstDiagnosis(const QString& x, const QString& column, const QString& where, const QString& order)
{
    return QStringLiteral("(SELECT %1 FROM diagnoses d WHERE d.enterprise_id = %2 AND %3 ORDER BY %4 LIMIT 1)")
        .arg(column, x, where, order);
}

QString baseline() { return QStringLiteral("+d.kind = %1 AND %2").arg(int(DiagnosisKind::Baseline)).arg(confirmed()); }
QString postAtLevel2()
{
    return QStringLiteral("+d.kind = %1 AND +d.level >= 2 AND %2").arg(int(DiagnosisKind::PostTransformation)).arg(confirmed());
}
const QString Earliest = QStringLiteral("d.visit_date, d.id");
const QString Latest = QStringLiteral("d.visit_date DESC, d.id DESC");

QString filedOn(const QString& x)
{
    return QStringLiteral("(SELECT MIN(p.filed_on) FROM projects p WHERE p.enterprise_id = %1 AND +p.state <> %2 AND p.filed_on <> '')")
        .arg(x)
        .arg(int(ProjectState::Draft));
}
QString acceptedOn(const QString& x)
{
    return QStringLiteral("(SELECT MIN(p.accepted_on) FROM projects p WHERE p.enterprise_id = %1 AND +p.state = %2 AND p.accepted_on <> '')")
        .arg(x)
        .arg(int(ProjectState::Accepted));
}

// The day an enterprise row `r` was archived: the day of its archiving change.
QString archivedOn(const QString& r)
{
    return QStringLiteral("CASE WHEN %1.archived <> 0 THEN date(%1.updated_at, 'localtime') END").arg(r);
}

// More than two confirmed diagnoses: the level between the first and the latest needs a probe.
QString hasMiddle(const QString& x)
{
    return QStringLiteral("((SELECT COUNT(*) FROM diagnoses d WHERE d.enterprise_id = %1 AND %2) > 2)").arg(x, confirmed());
}

// The stage columns one kind of record decides, recomputed for the rows `where` selects; `x` is
// the enterprise's id in the subqueries.
QString refreshDiagnoses(const QString& x, const QString& where)
{
    const QString dayAndLevel = QStringLiteral("d.visit_date, d.level");
    return QStringLiteral("UPDATE enterprise_progress SET (base_on, base_level) = %2, (first_on, first_level) = %3, "
                          "(latest_on, latest_level) = %4, has_middle = %5, level2_on = %6 WHERE %1;")
        .arg(where, firstDiagnosis(x, dayAndLevel, baseline(), Earliest), firstDiagnosis(x, dayAndLevel, confirmed(), Earliest),
             firstDiagnosis(x, dayAndLevel, confirmed(), Latest), hasMiddle(x),
             firstDiagnosis(x, QStringLiteral("d.visit_date"), postAtLevel2(), Earliest));
}

QString refreshProjects(const QString& x, const QString& where)
{
    return QStringLiteral("UPDATE enterprise_progress SET filed_on = %2, accepted_on = %3 WHERE %1;").arg(where, filedOn(x), acceptedOn(x));
}

// The three triggers that keep one kind of case record's stages right: a new record, a changed
// one (for its enterprise, and for the one it left if it moved), a deleted one.
using Refresh = QString (*)(const QString&, const QString&);

QStringList caseTriggers(const QString& table, const QString& watched, Refresh refresh)
{
    const QString n = QStringLiteral("progress_") + table;
    const auto of = [refresh](const char* x) {
        return refresh(QLatin1String(x), QStringLiteral("enterprise_id = ") + QLatin1String(x));
    };
    return {
        QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %2 BEGIN %3 END").arg(n, table, of("new.enterprise_id")),
        QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE OF enterprise_id, %3 ON %2 BEGIN %4 END").arg(n, table, watched, of("new.enterprise_id")),
        QStringLiteral("CREATE TRIGGER %1_au_moved AFTER UPDATE OF enterprise_id ON %2 WHEN old.enterprise_id <> new.enterprise_id "
                       "BEGIN %3 END")
            .arg(n, table, of("old.enterprise_id")),
        QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %2 BEGIN %3 END").arg(n, table, of("old.enterprise_id")),
    };
}
QStringList diagnosisTriggers()
{
    return caseTriggers(QStringLiteral("diagnoses"), QStringLiteral("kind, status, visit_date, superseded, level"), refreshDiagnoses);
}
QStringList projectTriggers()
{
    return caseTriggers(QStringLiteral("projects"), QStringLiteral("state, filed_on, accepted_on"), refreshProjects);
}

QStringList enterpriseTriggers()
{
    return {
        QStringLiteral("CREATE TRIGGER progress_enterprises_ai AFTER INSERT ON enterprises BEGIN "
                       "INSERT INTO enterprise_progress(enterprise_id, cluster, district_code, above_scale, tier, archived_on) "
                       "VALUES (new.id, COALESCE(new.cluster_id, 0), new.district_code, new.above_scale, new.tier, %1); END")
            .arg(archivedOn(QStringLiteral("new"))),
        // An archived enterprise keeps the day it was archived through later saves; restoring clears it.
        QStringLiteral("CREATE TRIGGER progress_enterprises_au AFTER UPDATE OF cluster_id, district_code, above_scale, tier, archived "
                       "ON enterprises BEGIN UPDATE enterprise_progress SET cluster = COALESCE(new.cluster_id, 0), "
                       "district_code = new.district_code, above_scale = new.above_scale, tier = new.tier, "
                       "archived_on = CASE WHEN new.archived = 0 THEN NULL WHEN old.archived <> 0 THEN archived_on ELSE %1 END "
                       "WHERE enterprise_id = new.id; END")
            .arg(archivedOn(QStringLiteral("new"))),
        QStringLiteral("CREATE TRIGGER progress_enterprises_ad AFTER DELETE ON enterprises BEGIN "
                       "DELETE FROM enterprise_progress WHERE enterprise_id = old.id; END"),
    };
}

const char* const ProgressColumns[] = {"cluster", "above_scale", "archived_on", "base_on", "base_level", "first_on", "first_level",
                                        "latest_on", "latest_level", "level2_on", "filed_on", "accepted_on"};

// The day-dated events of the progress rows in `rows` (a table or a one-row subquery of a
// trigger's old/new), added to progress_counts with `sign`. A row is counted for a measure from
// the day it reached it ("reach", the measure itself) until it leaves ("leave", measure + 100):
// the day it was archived, or for its first level the day of its latest diagnosis. Triggers
// cannot hold a WITH clause, hence the nested subqueries.
QString addEvents(const QString& rows, int sign)
{
    using M = ProgressMeasure;
    const QString spans =
        QStringLiteral("SELECT r.cluster AS cluster, r.above_scale AS above_scale, "
                       "CASE k WHEN 0 THEN %1 WHEN 1 THEN %2 WHEN 2 THEN %3 WHEN 3 THEN %4 WHEN 4 THEN %5 "
                       " WHEN 5 THEN %6 + r.base_level WHEN 6 THEN %7 + r.first_level WHEN 7 THEN %7 + r.latest_level ELSE %8 END AS measure, "
                       "CASE k WHEN 0 THEN '0000-00-00' WHEN 1 THEN r.base_on WHEN 2 THEN r.filed_on WHEN 3 THEN r.accepted_on "
                       " WHEN 4 THEN r.level2_on WHEN 5 THEN r.base_on "
                       " WHEN 6 THEN CASE WHEN r.first_on < r.latest_on THEN r.first_on END WHEN 7 THEN r.latest_on "
                       " ELSE MAX(r.base_on, r.filed_on) END AS lo, "
                       "CASE WHEN k = 6 THEN MIN(r.latest_on, COALESCE(r.archived_on, r.latest_on)) ELSE r.archived_on END AS hi "
                       "FROM (%9) r, (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 "
                       " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8)")
            .arg(int(M::Registered))
            .arg(int(M::Diagnosed))
            .arg(int(M::Filed))
            .arg(int(M::Accepted))
            .arg(int(M::ReachedLevel2))
            .arg(int(M::BaselineLevel))
            .arg(int(M::LatestLevel))
            .arg(int(M::DiagnosedWithProject))
            .arg(rows);
    return QStringLiteral("INSERT INTO progress_counts(cluster, above_scale, measure, day, n) "
                          "SELECT cluster, above_scale, measure, day, %1 * COUNT(*) FROM ("
                          "SELECT cluster, above_scale, measure, lo AS day FROM (%2) WHERE lo IS NOT NULL AND (hi IS NULL OR lo < hi) "
                          "UNION ALL SELECT cluster, above_scale, measure + %3, hi FROM (%2) WHERE lo IS NOT NULL AND lo < hi) "
                          "WHERE true GROUP BY cluster, above_scale, measure, day "
                          "ON CONFLICT (cluster, above_scale, measure, day) DO UPDATE SET n = n + excluded.n;")
        .arg(sign)
        .arg(spans)
        .arg(int(ProgressMeasure::Leave));
}

// One trigger row (old or new) as a subquery with the progress columns.
QString triggerRow(const QString& which)
{
    QStringList columns;
    for (const char* c : ProgressColumns)
        columns << QStringLiteral("%1.%2 AS %2").arg(which, QLatin1String(c));
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "));
}

QStringList countsTriggers()
{
    QStringList changed;
    for (const char* c : ProgressColumns)
        changed << QStringLiteral("old.%1 IS NOT new.%1").arg(QLatin1String(c));
    const QString oldRow = triggerRow(QStringLiteral("old"));
    const QString newRow = triggerRow(QStringLiteral("new"));
    return {
        QStringLiteral("CREATE TRIGGER progress_counts_ai AFTER INSERT ON enterprise_progress BEGIN %1 END").arg(addEvents(newRow, 1)),
        QStringLiteral("CREATE TRIGGER progress_counts_ad AFTER DELETE ON enterprise_progress BEGIN %1 END").arg(addEvents(oldRow, -1)),
        QStringLiteral("CREATE TRIGGER progress_counts_au AFTER UPDATE ON enterprise_progress WHEN %1 BEGIN %2 %3 END")
            .arg(changed.join(QStringLiteral(" OR ")), addEvents(oldRow, -1), addEvents(newRow, 1)),
    };
}

} // namespace

QString computedRows()
{
    const QString x = QStringLiteral("e.id");
    const QString day = QStringLiteral("d.visit_date");
    const QString level = QStringLiteral("d.level");
    return QStringLiteral("SELECT e.id, COALESCE(e.cluster_id, 0), e.district_code, e.above_scale, e.tier, %1, "
                          "%2, %3, %4, %5, %6, %7, %8, %9, %10, %11 FROM enterprises e")
        .arg(archivedOn(QStringLiteral("e")), firstDiagnosis(x, day, baseline(), Earliest), firstDiagnosis(x, level, baseline(), Earliest),
             firstDiagnosis(x, day, confirmed(), Earliest), firstDiagnosis(x, level, confirmed(), Earliest),
             firstDiagnosis(x, day, confirmed(), Latest), firstDiagnosis(x, level, confirmed(), Latest), hasMiddle(x),
             firstDiagnosis(x, day, postAtLevel2(), Earliest))
        .arg(filedOn(x), acceptedOn(x));
}

QStringList migration()
{
    QStringList steps{
        // Stage dates are NULL until reached; levels are those of the dated diagnosis beside them.
        QStringLiteral("CREATE TABLE enterprise_progress (enterprise_id INTEGER PRIMARY KEY REFERENCES enterprises(id), "
                       "cluster INTEGER NOT NULL, district_code TEXT NOT NULL, above_scale INTEGER NOT NULL, tier INTEGER NOT NULL, "
                       "archived_on TEXT, base_on TEXT, base_level INTEGER, first_on TEXT, first_level INTEGER, "
                       "latest_on TEXT, latest_level INTEGER, has_middle INTEGER NOT NULL DEFAULT 0, level2_on TEXT, filed_on TEXT, accepted_on TEXT)"),
        // The few enterprises whose level as of a past day needs a probe (see ProgressRepository).
        QStringLiteral("CREATE INDEX enterprise_progress_middle ON enterprise_progress(latest_on) WHERE has_middle = 1"),
        QStringLiteral("INSERT INTO enterprise_progress ") + computedRows(),
        QStringLiteral("CREATE TABLE progress_counts (cluster INTEGER NOT NULL, above_scale INTEGER NOT NULL, measure INTEGER NOT NULL, "
                       "day TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (cluster, above_scale, measure, day)) WITHOUT ROWID"),
        addEvents(QStringLiteral("SELECT * FROM enterprise_progress"), 1),
    };
    steps << enterpriseTriggers() << diagnosisTriggers() << projectTriggers() << countsTriggers();
    return steps;
}

namespace {

QStringList triggersOf(Batch batch)
{
    switch (batch) {
    case Batch::Enterprises: return enterpriseTriggers();
    case Batch::Diagnoses: return diagnosisTriggers();
    case Batch::Projects: return projectTriggers();
    }
    return {};
}

} // namespace

namespace {

QStringList beginStatements(Batch batch)
{
    static const QRegularExpression name(QStringLiteral("^CREATE TRIGGER (\\w+)"));
    QStringList drops;
    for (const QString& create : triggersOf(batch) + countsTriggers())
        drops << QStringLiteral("DROP TRIGGER ") + name.match(create).captured(1);
    return drops;
}

QStringList endStatements(Batch batch, qint64 lastIdBefore)
{
    QStringList steps;
    if (batch == Batch::Enterprises) {
        const QString added = QStringLiteral("SELECT * FROM enterprise_progress WHERE enterprise_id > %1").arg(lastIdBefore);
        steps << QStringLiteral("INSERT INTO enterprise_progress %1 WHERE e.id > %2").arg(computedRows()).arg(lastIdBefore)
              << addEvents(added, 1);
    } else {
        // The enterprises the batch touched: their events out, their stages recomputed, back in.
        const QString touched = QStringLiteral("enterprise_id IN (SELECT DISTINCT enterprise_id FROM %1 WHERE id > %2)")
                                    .arg(batch == Batch::Diagnoses ? QStringLiteral("diagnoses") : QStringLiteral("projects"))
                                    .arg(lastIdBefore);
        const QString rows = QStringLiteral("SELECT * FROM enterprise_progress WHERE ") + touched;
        const Refresh refresh = batch == Batch::Diagnoses ? refreshDiagnoses : refreshProjects;
        steps << addEvents(rows, -1) << refresh(QStringLiteral("enterprise_progress.enterprise_id"), touched) << addEvents(rows, 1);
    }
    return steps + triggersOf(batch) + countsTriggers();
}

Status run(QSqlDatabase& conn, const QStringList& statements)
{
    QSqlQuery q(conn);
    for (const QString& statement : statements)
        if (!q.exec(statement))
            return Status::error(ErrorCode::Database, QCoreApplication::translate("dx::ProgressSchema", "Could not update the progress figures: %1")
                                                          .arg(sqlErrorText(q.lastError())));
    return Status::ok();
}

const char* tableOf(Batch batch)
{
    return batch == Batch::Enterprises ? "enterprises" : batch == Batch::Diagnoses ? "diagnoses" : "projects";
}

} // namespace

Status BatchScope::begin(QSqlDatabase& conn, Batch batch, qsizetype rows)
{
    if (rows < BatchMinimum)
        return Status::ok();
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(QLatin1String(tableOf(batch)))) || !q.next())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    const Status dropped = run(conn, beginStatements(batch));
    if (!dropped)
        return dropped;
    m_batch = batch;
    m_lastIdBefore = q.value(0).toLongLong();
    return Status::ok();
}

Status BatchScope::end(QSqlDatabase& conn)
{
    if (m_lastIdBefore < 0)
        return Status::ok();
    const Status ended = run(conn, endStatements(m_batch, m_lastIdBefore));
    m_lastIdBefore = -1;
    return ended;
}

} // namespace dx::ProgressSchema
