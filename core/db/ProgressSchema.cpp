#include "ProgressSchema.h"

#include "Database.h"
#include "Dialect.h"

#include "domain/Diagnosis.h"
#include "workflow/ProjectWorkflow.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
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
QString archivedOn(Backend b, const QString& r)
{
    return QStringLiteral("CASE WHEN %1.archived <> 0 THEN %2 END").arg(r, Dialect::localDay(b, r + QStringLiteral(".updated_at")));
}

// More than two confirmed diagnoses: the level between the first and the latest needs a probe.
QString hasMiddle(const QString& x)
{
    return QStringLiteral("CASE WHEN (SELECT COUNT(*) FROM diagnoses d WHERE d.enterprise_id = %1 AND %2) > 2 THEN 1 ELSE 0 END")
        .arg(x, confirmed());
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

// One row trigger: `event` names the timing, the event and the table ("AFTER INSERT ON t"), `when`
// an optional condition on old/new, `body` the statements (each ending in ';'). PostgreSQL runs a
// trigger's statements as a function, which is replaced when the batch scope re-creates it.
QStringList trigger(Backend b, const QString& name, const QString& event, const QString& when, const QString& body)
{
    if (b == Backend::Sqlite)
        return {QStringLiteral("CREATE TRIGGER %1 %2%3 BEGIN %4 END")
                    .arg(name, event, when.isEmpty() ? QString() : QStringLiteral(" WHEN ") + when, body)};
    // Runs as its owner: the stage tables are kept for logins that may not write them (RoleSchema).
    return {QStringLiteral("CREATE OR REPLACE FUNCTION %1_fn() RETURNS trigger LANGUAGE plpgsql "
                           "SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN %2 RETURN NULL; END $$")
                .arg(name, body),
            QStringLiteral("CREATE TRIGGER %1 %2 FOR EACH ROW%3 EXECUTE FUNCTION %1_fn()")
                .arg(name, event, when.isEmpty() ? QString() : QStringLiteral(" WHEN (%1)").arg(when))};
}

// The three triggers that keep one kind of case record's stages right: a new record, a changed
// one (for its enterprise, and for the one it left if it moved), a deleted one.
using Refresh = QString (*)(const QString&, const QString&);

QStringList caseTriggers(Backend b, const QString& table, const QString& watched, Refresh refresh)
{
    const QString n = QStringLiteral("progress_") + table;
    const auto of = [refresh](const char* x) {
        return refresh(QLatin1String(x), QStringLiteral("enterprise_id = ") + QLatin1String(x));
    };
    return trigger(b, n + QStringLiteral("_ai"), QStringLiteral("AFTER INSERT ON ") + table, {}, of("new.enterprise_id"))
           + trigger(b, n + QStringLiteral("_au"), QStringLiteral("AFTER UPDATE OF enterprise_id, %1 ON %2").arg(watched, table), {},
                     of("new.enterprise_id"))
           + trigger(b, n + QStringLiteral("_au_moved"), QStringLiteral("AFTER UPDATE OF enterprise_id ON ") + table,
                     QStringLiteral("old.enterprise_id <> new.enterprise_id"), of("old.enterprise_id"))
           + trigger(b, n + QStringLiteral("_ad"), QStringLiteral("AFTER DELETE ON ") + table, {}, of("old.enterprise_id"));
}
QStringList diagnosisTriggers(Backend b)
{
    return caseTriggers(b, QStringLiteral("diagnoses"), QStringLiteral("kind, status, visit_date, superseded, level"), refreshDiagnoses);
}
QStringList projectTriggers(Backend b)
{
    return caseTriggers(b, QStringLiteral("projects"), QStringLiteral("state, filed_on, accepted_on"), refreshProjects);
}

// The progress row of an enterprise without case records, `r` being its row in enterprises:
// the insert trigger's VALUES, and a batch's SELECT over its new enterprises.
const char* const RegisteredColumns = "enterprise_progress(enterprise_id, cluster, district_code, above_scale, tier, archived_on)";
QString registeredValues(Backend b, const QString& r)
{
    return QStringLiteral("%1.id, COALESCE(%1.cluster_id, 0), %1.district_code, %1.above_scale, %1.tier, %2").arg(r, archivedOn(b, r));
}

QStringList enterpriseTriggers(Backend b)
{
    const QString archived = archivedOn(b, QStringLiteral("new"));
    return trigger(b, QStringLiteral("progress_enterprises_ai"), QStringLiteral("AFTER INSERT ON enterprises"), {},
                   QStringLiteral("INSERT INTO %1 VALUES (%2);").arg(QLatin1String(RegisteredColumns), registeredValues(b, QStringLiteral("new"))))
           // An archived enterprise keeps the day it was archived through later saves; restoring clears it.
           + trigger(b, QStringLiteral("progress_enterprises_au"),
                     QStringLiteral("AFTER UPDATE OF cluster_id, district_code, above_scale, tier, archived ON enterprises"), {},
                     QStringLiteral("UPDATE enterprise_progress SET cluster = COALESCE(new.cluster_id, 0), "
                                    "district_code = new.district_code, above_scale = new.above_scale, tier = new.tier, "
                                    "archived_on = CASE WHEN new.archived = 0 THEN NULL WHEN old.archived <> 0 THEN archived_on ELSE %1 END "
                                    "WHERE enterprise_id = new.id;")
                         .arg(archived))
           + trigger(b, QStringLiteral("progress_enterprises_ad"), QStringLiteral("AFTER DELETE ON enterprises"), {},
                     QStringLiteral("DELETE FROM enterprise_progress WHERE enterprise_id = old.id;"));
}

const char* const ProgressColumns[] = {"cluster", "above_scale", "archived_on", "base_on", "base_level", "first_on", "first_level",
                                        "latest_on", "latest_level", "level2_on", "filed_on", "accepted_on"};

// The day-dated events of the progress rows in `rows` (a table or a one-row subquery of a
// trigger's old/new), added to progress_counts with `sign`. A row is counted for a measure from
// the day it reached it ("reach", the measure itself) until it leaves ("leave", measure + 100):
// the day it was archived, or for its first level the day of its latest diagnosis. Triggers
// cannot hold a WITH clause, hence the nested subqueries.
// Spans::Registration: rows that have no stage dates yet (new enterprises without case
// records), whose only events are their registration and archival — the other eight spans
// would be evaluated for every row to find nothing.
enum class Spans { All, Registration };
QString addEvents(Backend b, const QString& rows, int sign, Spans which = Spans::All)
{
    using M = ProgressMeasure;
    const QString spans =
        QStringLiteral("SELECT r.cluster AS cluster, r.above_scale AS above_scale, "
                       "CASE k WHEN 0 THEN %1 WHEN 1 THEN %2 WHEN 2 THEN %3 WHEN 3 THEN %4 WHEN 4 THEN %5 "
                       " WHEN 5 THEN %6 + r.base_level WHEN 6 THEN %7 + r.first_level WHEN 7 THEN %7 + r.latest_level ELSE %8 END AS measure, "
                       "CASE k WHEN 0 THEN '0000-00-00' WHEN 1 THEN r.base_on WHEN 2 THEN r.filed_on WHEN 3 THEN r.accepted_on "
                       " WHEN 4 THEN r.level2_on WHEN 5 THEN r.base_on "
                       " WHEN 6 THEN CASE WHEN r.first_on < r.latest_on THEN r.first_on END WHEN 7 THEN r.latest_on "
                       " ELSE %9 END AS lo, "
                       "CASE WHEN k = 6 THEN %10 ELSE r.archived_on END AS hi "
                       "FROM (%11) r, (%12) ks")
            .arg(int(M::Registered))
            .arg(int(M::Diagnosed))
            .arg(int(M::Filed))
            .arg(int(M::Accepted))
            .arg(int(M::ReachedLevel2))
            .arg(int(M::BaselineLevel))
            .arg(int(M::LatestLevel))
            .arg(int(M::DiagnosedWithProject))
            .arg(Dialect::greatest(b, QStringLiteral("r.base_on"), QStringLiteral("r.filed_on")),
                 Dialect::least(b, QStringLiteral("r.latest_on"), QStringLiteral("COALESCE(r.archived_on, r.latest_on)")), rows,
                 which == Spans::Registration ? QStringLiteral("SELECT 0 AS k")
                                              : QStringLiteral("SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 "
                                                               "UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 "
                                                               "UNION ALL SELECT 8"));
    return QStringLiteral("INSERT INTO progress_counts(cluster, above_scale, measure, day, n) "
                          "SELECT cluster, above_scale, measure, day, %1 * COUNT(*) FROM ("
                          "SELECT cluster, above_scale, measure, lo AS day FROM (%2) s WHERE lo IS NOT NULL AND (hi IS NULL OR lo < hi) "
                          "UNION ALL SELECT cluster, above_scale, measure + %3, hi FROM (%2) s WHERE lo IS NOT NULL AND lo < hi) ev "
                          "WHERE true GROUP BY cluster, above_scale, measure, day "
                          "ON CONFLICT (cluster, above_scale, measure, day) DO UPDATE SET n = progress_counts.n + excluded.n;")
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

QStringList countsTriggers(Backend b)
{
    const QString differs = b == Backend::Sqlite ? QStringLiteral("IS NOT") : QStringLiteral("IS DISTINCT FROM");
    QStringList changed;
    for (const char* c : ProgressColumns)
        changed << QStringLiteral("old.%1 %2 new.%1").arg(QLatin1String(c), differs);
    const QString oldRow = triggerRow(QStringLiteral("old"));
    const QString newRow = triggerRow(QStringLiteral("new"));
    return trigger(b, QStringLiteral("progress_counts_ai"), QStringLiteral("AFTER INSERT ON enterprise_progress"), {}, addEvents(b, newRow, 1))
           + trigger(b, QStringLiteral("progress_counts_ad"), QStringLiteral("AFTER DELETE ON enterprise_progress"), {}, addEvents(b, oldRow, -1))
           + trigger(b, QStringLiteral("progress_counts_au"), QStringLiteral("AFTER UPDATE ON enterprise_progress"),
                     changed.join(QStringLiteral(" OR ")), addEvents(b, oldRow, -1) + QLatin1Char(' ') + addEvents(b, newRow, 1));
}

} // namespace

QString computedRows(Backend b)
{
    const QString x = QStringLiteral("e.id");
    const QString day = QStringLiteral("d.visit_date");
    const QString level = QStringLiteral("d.level");
    return QStringLiteral("SELECT e.id, COALESCE(e.cluster_id, 0), e.district_code, e.above_scale, e.tier, %1, "
                          "%2, %3, %4, %5, %6, %7, %8, %9, %10, %11 FROM enterprises e")
        .arg(archivedOn(b, QStringLiteral("e")), firstDiagnosis(x, day, baseline(), Earliest), firstDiagnosis(x, level, baseline(), Earliest),
             firstDiagnosis(x, day, confirmed(), Earliest), firstDiagnosis(x, level, confirmed(), Earliest),
             firstDiagnosis(x, day, confirmed(), Latest), firstDiagnosis(x, level, confirmed(), Latest), hasMiddle(x),
             firstDiagnosis(x, day, postAtLevel2(), Earliest))
        .arg(filedOn(x), acceptedOn(x));
}

QStringList migration(Backend b)
{
    QStringList steps{
        // Stage dates are NULL until reached; levels are those of the dated diagnosis beside them.
        QStringLiteral("CREATE TABLE enterprise_progress (enterprise_id INTEGER PRIMARY KEY REFERENCES enterprises(id), "
                       "cluster INTEGER NOT NULL, district_code TEXT NOT NULL, above_scale INTEGER NOT NULL, tier INTEGER NOT NULL, "
                       "archived_on TEXT, base_on TEXT, base_level INTEGER, first_on TEXT, first_level INTEGER, "
                       "latest_on TEXT, latest_level INTEGER, has_middle INTEGER NOT NULL DEFAULT 0, level2_on TEXT, filed_on TEXT, accepted_on TEXT)"),
        // The few enterprises whose level as of a past day needs a probe (see ProgressRepository).
        QStringLiteral("CREATE INDEX enterprise_progress_middle ON enterprise_progress(latest_on) WHERE has_middle = 1"),
        QStringLiteral("INSERT INTO enterprise_progress ") + computedRows(b),
        QStringLiteral("CREATE TABLE progress_counts (cluster INTEGER NOT NULL, above_scale INTEGER NOT NULL, measure INTEGER NOT NULL, "
                       "day TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (cluster, above_scale, measure, day)) WITHOUT ROWID"),
        addEvents(b, QStringLiteral("SELECT * FROM enterprise_progress"), 1),
    };
    steps << enterpriseTriggers(b) << diagnosisTriggers(b) << projectTriggers(b) << countsTriggers(b);
    return steps;
}

namespace {

QStringList triggersOf(Backend b, Batch batch)
{
    switch (batch) {
    case Batch::Enterprises: return enterpriseTriggers(b);
    case Batch::Diagnoses: return diagnosisTriggers(b);
    case Batch::Projects: return projectTriggers(b);
    case Batch::Cases: return enterpriseTriggers(b) + diagnosisTriggers(b) + projectTriggers(b);
    }
    return {};
}

// The connections a Batch::Cases is open on (a demo load may run on a worker thread).
QMutex casesMutex;
QSet<QString> casesOpen;

bool casesBatchOpen(const QSqlDatabase& conn)
{
    QMutexLocker lock(&casesMutex);
    return casesOpen.contains(conn.connectionName());
}

qint64 largestId(QSqlQuery& q, const char* table, bool* ok)
{
    *ok = q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(QLatin1String(table))) && q.next();
    return *ok ? q.value(0).toLongLong() : 0;
}

} // namespace

namespace {

QStringList beginStatements(Backend b, Batch batch)
{
    static const QRegularExpression name(QStringLiteral("^CREATE TRIGGER (\\w+) .*? ON (\\w+)"));
    QStringList drops;
    for (const QString& create : triggersOf(b, batch) + countsTriggers(b)) {
        const QRegularExpressionMatch m = name.match(create);
        if (!m.hasMatch())
            continue;   // PostgreSQL's trigger function stays; the trigger goes
        drops << (b == Backend::Sqlite ? QStringLiteral("DROP TRIGGER ") + m.captured(1)
                                       : QStringLiteral("DROP TRIGGER %1 ON %2").arg(m.captured(1), m.captured(2)));
    }
    return drops;
}

QStringList endStatements(Backend b, Batch batch, qint64 lastIdBefore, qint64 lastDiagnosisBefore, qint64 lastProjectBefore)
{
    QStringList steps;
    if (batch == Batch::Cases) {
        // Enterprises stored before: out, recomputed, in, as one Diagnoses and Projects batch would.
        const QString touched = QStringLiteral("enterprise_id IN (SELECT enterprise_id FROM diagnoses WHERE id > %1 UNION "
                                               "SELECT enterprise_id FROM projects WHERE id > %2) AND enterprise_id <= %3")
                                    .arg(lastDiagnosisBefore)
                                    .arg(lastProjectBefore)
                                    .arg(lastIdBefore);
        const QString rows = QStringLiteral("SELECT * FROM enterprise_progress WHERE ") + touched;
        const QString x = QStringLiteral("enterprise_progress.enterprise_id");
        steps << addEvents(b, rows, -1) << refreshDiagnoses(x, touched) << refreshProjects(x, touched) << addEvents(b, rows, 1);
    }
    const QString added = QStringLiteral("SELECT * FROM enterprise_progress WHERE enterprise_id > %1").arg(lastIdBefore);
    if (batch == Batch::Enterprises) {
        // Enterprises of their own batch have no case records yet: the insert trigger's rows.
        steps << QStringLiteral("INSERT INTO %1 SELECT %2 FROM enterprises e WHERE e.id > %3")
                     .arg(QLatin1String(RegisteredColumns), registeredValues(b, QStringLiteral("e")))
                     .arg(lastIdBefore)
              << addEvents(b, added, 1, Spans::Registration);
    } else if (batch == Batch::Cases) {
        steps << QStringLiteral("INSERT INTO enterprise_progress %1 WHERE e.id > %2").arg(computedRows(b)).arg(lastIdBefore)
              << addEvents(b, added, 1);
    } else {
        // The enterprises the batch touched: their events out, their stages recomputed, back in.
        const QString touched = QStringLiteral("enterprise_id IN (SELECT DISTINCT enterprise_id FROM %1 WHERE id > %2)")
                                    .arg(batch == Batch::Diagnoses ? QStringLiteral("diagnoses") : QStringLiteral("projects"))
                                    .arg(lastIdBefore);
        const QString rows = QStringLiteral("SELECT * FROM enterprise_progress WHERE ") + touched;
        const Refresh refresh = batch == Batch::Diagnoses ? refreshDiagnoses : refreshProjects;
        steps << addEvents(b, rows, -1) << refresh(QStringLiteral("enterprise_progress.enterprise_id"), touched)
              << addEvents(b, rows, 1);
    }
    return steps + triggersOf(b, batch) + countsTriggers(b);
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
    return batch == Batch::Diagnoses ? "diagnoses" : batch == Batch::Projects ? "projects" : "enterprises";
}

} // namespace

Status BatchScope::begin(QSqlDatabase& conn, Batch batch, qsizetype rows)
{
    if (rows < BatchMinimum || casesBatchOpen(conn))
        return Status::ok();
    // On PostgreSQL the city's one set-wide computation at the end was slower than the three
    // batches per chunk (100,000 enterprises: 118.4 s against 100.9 s): there each repository
    // keeps its own batch.
    if (batch == Batch::Cases && Dialect::isPostgres(conn))
        return Status::ok();
    QSqlQuery q(conn);
    // Setting triggers aside is for the tables' owner; another login's batch keeps them row by row.
    if (Dialect::isPostgres(conn) &&
        (!q.exec(QStringLiteral("SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class WHERE oid = to_regclass('%1')")
                     .arg(QLatin1String(tableOf(batch)))) ||
         !q.next() || !q.value(0).toBool()))
        return Status::ok();
    bool ok = false;
    const qint64 lastIdBefore = largestId(q, tableOf(batch), &ok);
    if (ok && batch == Batch::Cases) {
        m_lastDiagnosisBefore = largestId(q, "diagnoses", &ok);
        m_lastProjectBefore = ok ? largestId(q, "projects", &ok) : 0;
    }
    if (!ok)
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    const Status dropped = run(conn, beginStatements(Dialect::of(conn), batch));
    if (!dropped)
        return dropped;
    m_batch = batch;
    m_lastIdBefore = lastIdBefore;
    if (batch == Batch::Cases) {
        m_connection = conn.connectionName();
        QMutexLocker lock(&casesMutex);
        casesOpen.insert(m_connection);
    }
    return Status::ok();
}

BatchScope::~BatchScope()
{
    // A batch left open by a failure: its transaction rolls the triggers back; the
    // connection's next batches are their own again.
    releaseConnection();
}

void BatchScope::releaseConnection()
{
    if (m_connection.isEmpty())
        return;
    QMutexLocker lock(&casesMutex);
    casesOpen.remove(m_connection);
    m_connection.clear();
}

Status BatchScope::end(QSqlDatabase& conn)
{
    if (m_lastIdBefore < 0)
        return Status::ok();
    releaseConnection();
    const Status ended = run(conn, endStatements(Dialect::of(conn), m_batch, m_lastIdBefore, m_lastDiagnosisBefore, m_lastProjectBefore));
    m_lastIdBefore = -1;
    return ended;
}

} // namespace dx::ProgressSchema
