// Crash safety: `dxdesk` operations that write (a CSV import, a demonstration city) and a
// scripted series of edits and grant payments run as child processes and are killed with SIGKILL
// at random moments (fixed seed). After each kill the database is reopened and must be whole:
// integrity_check ok, every change the child reported as committed present, nothing of the
// killed operation half there, the dashboard's stage tables equal to a recomputation, and the
// grant invariants holding. DX_CRASH_KILLS sets the number of kills (scripts/crash-test: 500),
// DX_CRASH_SEED the seed.
#include "TestSupport.h"

#include "db/Backup.h"
#include "db/BackupSchedule.h"
#include "db/ProgressSchema.h"
#include "repo/EnterpriseRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace dx;

namespace {

enum class Kind { Import, Demo, Edits };
constexpr int ImportRows = 3000;   // above the 1000 rows that take a backup first
constexpr int DemoRows = 1500;

QString kindName(Kind k)
{
    return k == Kind::Import ? QStringLiteral("import") : k == Kind::Demo ? QStringLiteral("demo") : QStringLiteral("edits");
}

qint64 scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

struct Run
{
    bool finished = false;   // ended by itself before the kill
    bool midWrite = false;   // killed with a write-ahead log on disk: after its first write
    qint64 firstWriteMs = 0;
    int exitCode = -1;
    QStringList committed;   // lines the child printed
    qint64 ms = 0;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;   // a demonstration city every run starts from now and then
    QString m_db;
    QString m_dxdesk, m_writer;   // private copies: a rebuild during a long run cannot pull them away
    int m_kills = 9;
    quint32 m_seed = 20261129;
    QHash<int, qint64> m_longest;        // per kind: the longest uninterrupted run, to aim the kills
    QHash<int, qint64> m_longestWrite;   // and the longest time from its first write to its end
    int m_killed = 0, m_midWrite = 0, m_finished = 0, m_failures = 0, m_reported = 0;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        return env;
    }

    static QString codeFor(int index) { return test::makeCreditCode(QStringLiteral("445202"), index); }

    // The enterprises before a run and how many the run adds if it completes: an imported code
    // the demonstration city happens to hold already is a match, not a new enterprise.
    QPair<qint64, qint64> countsAround(Kind kind, int iteration) const
    {
        auto db = Database::open(m_db);
        if (!db)
            qFatal("reopen: %s", qPrintable(db.message()));
        const qint64 before = scalar(db.value()->connection(), QStringLiteral("SELECT count(*) FROM enterprises"));
        if (kind != Kind::Import)
            return {before, kind == Kind::Demo ? DemoRows : 0};
        const auto stored = EnterpriseRepository(*db.value()).idsByCreditCode();
        qint64 fresh = 0;
        for (int i = 0; i < ImportRows; ++i)
            fresh += stored->contains(codeFor(5000000 + iteration * ImportRows + i)) ? 0 : 1;
        return {before, fresh};
    }

    QString csvFor(int iteration) const
    {
        const QString path = m_dir.filePath(QStringLiteral("import-%1.csv").arg(iteration));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        QByteArray text = "企业名称,统一社会信用代码,所属区县,行业,从业人员（人）,营业收入（万元）\n";
        for (int i = 0; i < ImportRows; ++i) {
            const int index = 5000000 + iteration * ImportRows + i;
            text += QStringLiteral("揭阳市崩溃测试%1有限公司,%2,445202,17,%3,%4\n")
                        .arg(index)
                        .arg(codeFor(index))
                        .arg(20 + i % 300)
                        .arg(500 + i)
                        .toUtf8();
        }
        f.write(text);
        return path;
    }

    // Runs one operation; kills it `killAfterMs` after it starts, or, when `afterFirstWrite`, that
    // long after its write-ahead log appears (its first write); -1 lets it finish.
    Run runChild(Kind kind, int iteration, int killAfterMs, bool afterFirstWrite = false)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        QString program = m_dxdesk;
        QStringList args;
        switch (kind) {
        case Kind::Import:
            args = {QStringLiteral("import"), QStringLiteral("enterprises"), csvFor(iteration), QStringLiteral("--db"), m_db,
                    QStringLiteral("--json")};
            break;
        case Kind::Demo:
            args = {QStringLiteral("demo"), QStringLiteral("--enterprises"), QString::number(DemoRows), QStringLiteral("--seed"),
                    QString::number(iteration), QStringLiteral("--db"), m_db, QStringLiteral("--json")};
            break;
        case Kind::Edits:
            program = m_writer;
            args = {m_db, QStringLiteral("60"), QString::number(iteration)};
            break;
        }
        const QString wal = m_db + QStringLiteral("-wal");
        QElapsedTimer timer;
        timer.start();
        p.start(program, args);
        if (!p.waitForStarted())
            qFatal("cannot start %s", qPrintable(program));
        Run run;
        // The first write shows as a non-empty write-ahead log; an uninterrupted run measures
        // when it came, an aimed kill waits for it.
        const bool watchWrites = killAfterMs < 0 || afterFirstWrite;
        bool ended = false;
        if (watchWrites) {
            while (!(ended = p.waitForFinished(1)) && QFileInfo(wal).size() == 0 && timer.elapsed() < 120000)
                ;
            run.firstWriteMs = timer.elapsed();
        }
        if (!ended)
            ended = p.waitForFinished(killAfterMs < 0 ? 120000 : qMax(1, killAfterMs));
        if (ended) {
            run.finished = true;
            run.exitCode = p.exitCode();
        } else {
            p.kill();   // SIGKILL
            p.waitForFinished();
            run.midWrite = QFileInfo(wal).size() > 0;
        }
        run.ms = timer.elapsed();
        run.committed = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return run;
    }

    void resetDatabase()
    {
        for (const QString& f : {m_db, m_db + QStringLiteral("-wal"), m_db + QStringLiteral("-shm")})
            QFile::remove(f);
        QDir(m_dir.filePath(QStringLiteral("city-backups"))).removeRecursively();
        if (!QFile::copy(m_base, m_db))
            qFatal("cannot copy the base database");
    }

    // Everything a reopened database must satisfy; empty when it does.
    QStringList check(Kind kind, const Run& run, qint64 before, qint64 delta)
    {
        QStringList problems;
        auto opened = Database::open(m_db);
        if (!opened)
            return {QStringLiteral("reopen: %1").arg(opened.message())};
        QSqlDatabase c = opened.value()->connection();
        QSqlQuery integrity(c);
        integrity.exec(QStringLiteral("PRAGMA integrity_check"));
        if (!integrity.next() || integrity.value(0).toString() != QLatin1String("ok"))
            problems << QStringLiteral("integrity_check: %1").arg(integrity.value(0).toString());

        const qint64 after = scalar(c, QStringLiteral("SELECT count(*) FROM enterprises"));
        if (after != before && after != before + delta)
            problems << QStringLiteral("enterprises %1 → %2: part of a %3 of %4").arg(before).arg(after).arg(kindName(kind)).arg(delta);
        if (run.finished && run.exitCode == 0 && after != before + delta)
            problems << QStringLiteral("a finished %1 is missing: %2 → %3").arg(kindName(kind)).arg(before).arg(after);
        // A killed import or demo may have committed in the instant before the kill, unreported:
        // all of it is there, which the count above allows.

        for (const QString& line : run.committed) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.value(0) == QLatin1String("E")) {
                const qint64 version = scalar(c, QStringLiteral("SELECT version FROM enterprises WHERE id = %1").arg(f.value(1)));
                if (version < f.value(2).toInt())
                    problems << QStringLiteral("reported edit lost: %1 (version now %2)").arg(line).arg(version);
            } else if (f.value(0) == QLatin1String("T")) {
                if (scalar(c, QStringLiteral("SELECT count(*) FROM grant_payments WHERE grant_id = %1 AND number = %2")
                                  .arg(f.value(1), f.value(2))) != 1)
                    problems << QStringLiteral("reported tranche lost: %1").arg(line);
            }
        }

        const QString computed = ProgressSchema::computedRows();
        const qint64 stale = scalar(c, QStringLiteral("SELECT COUNT(*) FROM (SELECT * FROM enterprise_progress EXCEPT %1 "
                                                      "UNION ALL SELECT * FROM (%1 EXCEPT SELECT * FROM enterprise_progress))")
                                           .arg(computed));
        if (stale != 0)
            problems << QStringLiteral("enterprise_progress: %1 rows differ from a recomputation").arg(stale);
        const qint64 registered = scalar(c, QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM progress_counts WHERE measure = 0"));
        const qint64 rows = scalar(c, QStringLiteral("SELECT count(*) FROM enterprise_progress"));
        if (registered != rows || rows != after)
            problems << QStringLiteral("progress_counts registers %1, enterprise_progress %2, enterprises %3").arg(registered).arg(rows).arg(after);

        const qint64 overpaid = scalar(c, QStringLiteral("SELECT count(*) FROM grants g WHERE (SELECT COALESCE(SUM(amount_fen), 0) "
                                                         "FROM grant_payments p WHERE p.grant_id = g.id) > g.approved_fen"));
        if (overpaid != 0)
            problems << QStringLiteral("%1 grants paid beyond their approved amount").arg(overpaid);
        const qint64 overcommitted = scalar(c, QStringLiteral("SELECT count(*) FROM funds f WHERE (SELECT COALESCE(SUM(approved_fen), 0) "
                                                              "FROM grants g WHERE g.fund_id = f.id AND g.state IN (2, 3, 4)) > f.total_fen"));
        if (overcommitted != 0)
            problems << QStringLiteral("%1 funds committed beyond their total").arg(overcommitted);

        // A backup that carries its final name passed its check; a killed one is only ".partial".
        const auto backups = BackupSchedule(*opened.value()).list();
        if (!backups.isEmpty()) {
            auto newest = Backup::verify(backups.first().path);
            if (!newest)
                problems << QStringLiteral("backup: %1").arg(newest.message());
        }
        return problems;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_kills = qEnvironmentVariableIntValue("DX_CRASH_KILLS") > 0 ? qEnvironmentVariableIntValue("DX_CRASH_KILLS") : m_kills;
        if (qEnvironmentVariableIsSet("DX_CRASH_SEED"))
            m_seed = quint32(qEnvironmentVariableIntValue("DX_CRASH_SEED"));
        m_dxdesk = m_dir.filePath(QStringLiteral("dxdesk"));
        m_writer = m_dir.filePath(QStringLiteral("crashwriter"));
        QVERIFY(QFile::copy(QStringLiteral(DX_DXDESK), m_dxdesk));
        QVERIFY(QFile::copy(QStringLiteral(DX_CRASHWRITER), m_writer));
        m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
        m_db = m_dir.filePath(QStringLiteral("city.sqlite"));
        // The starting city: enterprises, diagnoses, projects and grants with tranches.
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(m_dxdesk, {QStringLiteral("demo"), QStringLiteral("--enterprises"), QStringLiteral("600"),
                                            QStringLiteral("--db"), m_base});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        resetDatabase();
        // One uninterrupted run of each kind: it must pass the same checks, and its time aims the kills.
        for (Kind kind : {Kind::Import, Kind::Demo, Kind::Edits}) {
            const auto [before, delta] = countsAround(kind, 1000 + int(kind));
            const Run run = runChild(kind, 1000 + int(kind), -1);
            QVERIFY2(run.finished && run.exitCode == 0, qPrintable(kindName(kind)));
            const QStringList problems = check(kind, run, before, delta);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
            m_longest[int(kind)] = run.ms;
            m_longestWrite[int(kind)] = run.ms - run.firstWriteMs;
        }
    }

    void killedAtRandomMoments()
    {
        QRandomGenerator rng(m_seed);
        QStringList failures;
        for (int i = 0; i < m_kills; ++i) {
            if (i % 10 == 0)
                resetDatabase();   // keeps the file small however many runs succeed
            const Kind kind = Kind(i % 3);
            const auto [before, delta] = countsAround(kind, i);
            if (i > 0 && i % 100 == 0)
                qInfo("%d runs, %d killed, %d failures", i, m_killed, m_failures);
            // Every other kill anywhere from the start of the process to a little past the longest
            // run seen; the others aimed at the writing itself, after the first write.
            const bool aimed = i % 2 == 1;
            const qint64 window = aimed ? m_longestWrite.value(int(kind)) : m_longest.value(int(kind));
            const int killAfter = int(rng.bounded(quint32(window * 11 / 10 + 1)));
            const Run run = runChild(kind, i, killAfter, aimed);
            run.finished ? ++m_finished : ++m_killed;
            m_midWrite += run.midWrite ? 1 : 0;
            for (const QString& line : run.committed)
                m_reported += line.startsWith(QLatin1String("E ")) || line.startsWith(QLatin1String("T ")) ? 1 : 0;
            if (run.finished && run.exitCode == 0) {
                m_longest[int(kind)] = qMax(m_longest.value(int(kind)), run.ms);
                if (aimed)
                    m_longestWrite[int(kind)] = qMax(m_longestWrite.value(int(kind)), run.ms - run.firstWriteMs);
            }
            const QStringList problems = check(kind, run, before, delta);
            if (!problems.isEmpty()) {
                ++m_failures;
                failures << QStringLiteral("run %1 (%2, kill after %3 ms%4): %5")
                                .arg(i).arg(kindName(kind)).arg(killAfter)
                                .arg(aimed ? QStringLiteral(" after the first write") : QString(), problems.join(QStringLiteral("; ")));
            }
        }
        qInfo("crash-safety: %d runs, %d killed (%d after their first write), %d finished before the kill, %d reported commits "
              "checked, %d failures (seed %u)",
              m_kills, m_killed, m_midWrite, m_finished, m_reported, m_failures, m_seed);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(m_killed > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
