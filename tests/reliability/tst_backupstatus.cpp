// The window's side of backups: the status bar warns while no verified backup is recent enough,
// the daily backup runs off the GUI thread and clears the warning, and the File menu offers the
// restore command.
#include "TestSupport.h"

#include "app/BackupStatus.h"
#include "app/MainWindow.h"
#include "db/Backup.h"
#include "db/BackupSchedule.h"
#include "repo/EnterpriseRepository.h"
#include "util/Settings.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QtTest>

using namespace dx;

class TestBackupStatus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void warnsUntilTheDailyBackupIsWritten()
    {
        test::TempDatabase db;
        QVERIFY(EnterpriseRepository(*db).create(test::sampleEnterprise(1)));
        MainWindow window(db.db());
        auto* warning = window.findChild<QLabel*>(QStringLiteral("backupWarning"));
        QVERIFY(warning);
        QVERIFY(!warning->isHidden());
        QVERIFY(warning->toolTip().contains(QStringLiteral("No verified backup")));

        window.dailyBackupInBackground();
        QTRY_VERIFY_WITH_TIMEOUT(warning->isHidden(), 20000);
        const auto backups = BackupSchedule(*db).list();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().reason, QStringLiteral("daily"));
        // A second start on the same day takes none.
        window.dailyBackupInBackground();
        QTest::qWait(300);
        QCOMPARE(BackupSchedule(*db).list().size(), 1);
    }

    void backUpFromTheFileMenuOffTheGuiThread()
    {
        test::TempDatabase db;
        QVERIFY(EnterpriseRepository(*db).create(test::sampleEnterprise(1)));
        MainWindow window(db.db());
        auto* status = window.findChild<BackupStatus*>();
        QVERIFY(status);
        const QString target = db.dir() + QStringLiteral("/copy.sqlite");
        status->writeInBackground(target);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("checked")), 20000);
        QVERIFY(Backup::verify(target));
    }

    void fileMenuOffersBackupAndRestore()
    {
        test::TempDatabase db;
        MainWindow window(db.db());
        QStringList texts;
        for (QAction* a : window.menuBar()->actions().first()->menu()->actions())
            texts << a->text();
        QVERIFY2(texts.contains(QStringLiteral("&Back up database…")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("&Restore from backup…")), qPrintable(texts.join(QLatin1Char('|'))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestBackupStatus)
#include "tst_backupstatus.moc"
