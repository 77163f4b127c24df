// Backups through the SQLite backup API: written, checked, refused when they are not ours or
// damaged, restored with the current file kept aside; the automatic schedule and its rotation.
#include "TestSupport.h"

#include "db/Backup.h"
#include "db/BackupSchedule.h"
#include "db/Migrations.h"
#include "repo/EnterpriseRepository.h"

#include <QDir>
#include <QSqlQuery>
#include <QtTest>

using namespace dx;

namespace {

qint64 enterprises(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        return -1;
    return EnterpriseRepository(*db.value()).count(EnterpriseFilter::everyone()).value();
}

void addEnterprises(const Database& db, int from, int n)
{
    for (int i = from; i < from + n; ++i)
        QVERIFY(EnterpriseRepository(db).create(test::sampleEnterprise(i)));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void writesACheckedCopy()
    {
        test::TempDatabase db;
        addEnterprises(*db, 1, 3);
        const QString target = db.dir() + QStringLiteral("/copy.sqlite");
        auto written = Backup::write(*db, target);
        QVERIFY2(written, qPrintable(written.message()));
        QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));   // one self-contained file
        QCOMPARE(written->schemaVersion, Migrations::latestVersion());
        QCOMPARE(written->bytes, QFileInfo(target).size());
        QCOMPARE(enterprises(target), 3);
        // Never overwrites.
        auto again = Backup::write(*db, target);
        QVERIFY(!again);
        QVERIFY(again.message().contains(QStringLiteral("already exists")));
        // The backup before a migration and Database::backupTo go the same way.
        QVERIFY(db->backupTo(db.dir() + QStringLiteral("/other.sqlite")));
        QVERIFY(Backup::verify(db.dir() + QStringLiteral("/other.sqlite")));
    }

    void refusesWhatIsNotAGoodBackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << "missing" << "does not exist";
        QTest::newRow("text") << "text" << "not an SQLite file";
        QTest::newRow("foreign") << "foreign" << "not a DX Desk database";
        QTest::newRow("newer") << "newer" << "newer DX Desk";
        QTest::newRow("damaged") << "damaged" << "damaged";
    }
    void refusesWhatIsNotAGoodBackup()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        test::TempDatabase db;
        addEnterprises(*db, 1, 200);
        const QString file = db.dir() + QStringLiteral("/candidate.sqlite");
        if (kind == QLatin1String("text"))
            writeFile(file, "name,credit code\n");
        if (kind == QLatin1String("foreign")) {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)"));
            other.close();
        }
        if (kind == QLatin1String("newer") || kind == QLatin1String("damaged")) {
            QVERIFY(Backup::write(*db, file));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (kind == QLatin1String("newer")) {
                f.seek(60);   // user_version in the header, big-endian
                const int v = Migrations::latestVersion() + 1;
                const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
                f.write(bytes, 4);
            } else {
                f.seek(f.size() / 2);   // a torn page in the middle of the enterprise rows
                f.write(QByteArray(4096, '\x5a'));
            }
        }
        auto checked = Backup::verify(file);
        QVERIFY(!checked);
        QVERIFY2(checked.message().contains(message), qPrintable(checked.message()));
        // A restore from it changes nothing.
        const QByteArray before = [&] { QFile f(db.path()); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        QVERIFY(!Backup::restore(file, db.path(), QDateTime::currentDateTime()));
        QVERIFY(QDir(db.dir()).entryList({QStringLiteral("*before-restore*")}).isEmpty());
        QCOMPARE(enterprises(db.path()), 200);
    }

    void restoresAndKeepsTheCurrentFileAside()
    {
        test::TempDatabase db;
        addEnterprises(*db, 1, 3);
        const QString backup = db.dir() + QStringLiteral("/monday.sqlite");
        QVERIFY(Backup::write(*db, backup));
        addEnterprises(*db, 10, 2);
        // Restored while this process still has the database open.
        auto restored = Backup::restore(backup, db.path(), QDateTime(QDate(2026, 3, 2), QTime(9, 30)));
        QVERIFY2(restored, qPrintable(restored.message()));
        QVERIFY(!restored->keptAsideByRename);
        QVERIFY2(restored->keptAside.endsWith(QStringLiteral("test-before-restore-20260302-093000.sqlite")),
                 qPrintable(restored->keptAside));
        QCOMPARE(enterprises(restored->keptAside), 5);
        QCOMPARE(enterprises(db.path()), 3);
        QCOMPARE(EnterpriseRepository(*db).count(EnterpriseFilter::everyone()).value(), 3);   // the open connection sees it
        // A second restore in the same second does not overwrite the first copy kept aside.
        auto second = Backup::restore(backup, db.path(), QDateTime(QDate(2026, 3, 2), QTime(9, 30)));
        QVERIFY(second);
        QVERIFY(second->keptAside != restored->keptAside);
        QVERIFY(QFile::exists(restored->keptAside));
    }

    void restoreOverADamagedFileMovesItAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("good.sqlite"));
        {
            test::TempDatabase db;
            addEnterprises(*db, 1, 2);
            QVERIFY(Backup::write(*db, backup));
        }
        writeFile(path, QByteArray(8192, '\x01'));
        auto restored = Backup::restore(backup, path, QDateTime::currentDateTime());
        QVERIFY2(restored, qPrintable(restored.message()));
        QVERIFY(restored->keptAsideByRename);
        QCOMPARE(QFileInfo(restored->keptAside).size(), 8192);
        QCOMPARE(enterprises(path), 2);
    }

    void dailyOncePerDayAndRotation()
    {
        FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(8, 0)));
        OpenOptions options;
        options.clock = &clock;
        test::TempDatabase db(options);
        addEnterprises(*db, 1, 1);
        BackupPolicy policy;   // 7 daily, 4 weekly, newest 3
        BackupSchedule schedule(*db, policy);
        QVERIFY(!schedule.staleWarning().isEmpty());   // none yet
        // Forty days, twice a day: the daily backup only once, a bulk import backup each time.
        policy.bulkRows = 1;
        BackupSchedule bulk(*db, policy);
        for (int day = 0; day < 40; ++day) {
            clock.set(QDateTime(QDate(2026, 1, 1).addDays(day), QTime(8, 0)));
            auto first = schedule.daily();
            QVERIFY2(first && first.value(), qPrintable(first.message()));
            clock.set(QDateTime(QDate(2026, 1, 1).addDays(day), QTime(17, 0)));
            QVERIFY(schedule.daily() && !schedule.daily().value());
            addEnterprises(*db, 100 + day, 1);   // the day's work, then an import
            auto beforeImport = bulk.beforeBulkWrite(5, QStringLiteral("import"));
            QVERIFY(beforeImport && beforeImport.value());
        }
        const QVector<BackupEntry> kept = schedule.list();
        // Newest 3 (two of them on the last day, Monday 9 February), 7 days, 4 ISO weeks (two of
        // them, the weeks ending 1 February and 25 January, beyond the 7 days).
        QCOMPARE(kept.size(), 1 + 7 + 2);
        QCOMPARE(kept.first().reason, QStringLiteral("import"));
        QCOMPARE(kept.first().taken, QDateTime(QDate(2026, 2, 9), QTime(17, 0)));
        QVERIFY(schedule.staleWarning().isEmpty());
        clock.set(clock.now().addDays(8));
        QVERIFY(schedule.staleWarning().contains(QStringLiteral("8 day")));
        // Nothing but backups was ever removed.
        QVERIFY(QFile::exists(db.path()));
    }

    // A bulk write right after a backup of the same data (the day's first start took one, or
    // the last import) takes no second copy; any write in between, audited or not, does.
    void aBulkWriteAfterNothingChangedTakesNoSecondBackup()
    {
        test::TempDatabase db;
        addEnterprises(*db, 1, 3);
        BackupPolicy policy;
        policy.bulkRows = 1;
        BackupSchedule schedule(*db, policy);
        auto first = schedule.daily();
        QVERIFY2(first && first.value(), qPrintable(first.message()));
        QVERIFY(Backup::holdsTheSameData(*db, first.value()->path));
        auto skipped = schedule.beforeBulkWrite(5, QStringLiteral("import"));
        QVERIFY2(skipped, qPrintable(skipped.message()));
        QVERIFY(!skipped.value());
        QCOMPARE(schedule.list().size(), 1);

        addEnterprises(*db, 4, 1);   // an edit through the editor: a new audit row
        QVERIFY(!Backup::holdsTheSameData(*db, first.value()->path));
        auto second = schedule.beforeBulkWrite(5, QStringLiteral("import"));
        QVERIFY(second && second.value());
        QCOMPARE(schedule.list().size(), 2);
        QVERIFY(!schedule.beforeBulkWrite(5, QStringLiteral("import")).value());

        // A row taken out by hand, with no audit row: the table's largest rowid tells.
        QSqlQuery q((*db).connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM enterprises WHERE id = (SELECT MAX(id) FROM enterprises)")));
        QVERIFY(!Backup::holdsTheSameData(*db, second.value()->path));
        QVERIFY(schedule.beforeBulkWrite(5, QStringLiteral("import")).value());
        QCOMPARE(schedule.list().size(), 3);
        QVERIFY(!Backup::holdsTheSameData(*db, db.dir() + QStringLiteral("/no-such-backup.sqlite")));
    }

    // What a killed backup left (as large as the database) goes at the next rotation once it is
    // an hour old; a newer one may still be written by a copy in progress and stays.
    void aBackupCutShortLeavesNothingBehindForLong()
    {
        test::TempDatabase db;
        addEnterprises(*db, 1, 2);
        BackupSchedule schedule(*db, BackupPolicy{});
        QVERIFY(QDir().mkpath(schedule.folder()));
        const QString base = QFileInfo(db.path()).completeBaseName();
        const QString old = QDir(schedule.folder()).filePath(base + QStringLiteral("-20260101-080000-daily.sqlite.partial"));
        const QString fresh = QDir(schedule.folder()).filePath(base + QStringLiteral("-20260101-090000-import.sqlite.partial"));
        const QString other = QDir(schedule.folder()).filePath(QStringLiteral("someone-else.sqlite.partial"));
        for (const QString& path : {old, fresh, other})
            writeFile(path, QByteArray(4096, 'x'));
        for (const QString& path : {old, other}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-2 * 3600), QFileDevice::FileModificationTime));
        }
        auto taken = schedule.now(QStringLiteral("manual"));
        QVERIFY2(taken, qPrintable(taken.message()));
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(fresh));
        QVERIFY(QFile::exists(other));   // not a backup of this database
        QVERIFY(QFile::exists(taken->path));
    }

    void bulkWritesBelowTheThresholdOrIntoAnEmptyRegisterTakeNone()
    {
        test::TempDatabase db;
        BackupPolicy policy;
        policy.bulkRows = 10;
        BackupSchedule schedule(*db, policy);
        QVERIFY(schedule.beforeBulkWrite(50, QStringLiteral("demo")) && !schedule.beforeBulkWrite(50, QStringLiteral("demo")).value());
        addEnterprises(*db, 1, 1);
        QVERIFY(!schedule.beforeBulkWrite(9, QStringLiteral("demo")).value());
        QVERIFY(schedule.beforeBulkWrite(10, QStringLiteral("demo")).value());
        policy.enabled = false;
        QVERIFY(!BackupSchedule(*db, policy).beforeBulkWrite(10, QStringLiteral("demo")).value());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
