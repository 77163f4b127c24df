#include "BackupStatus.h"

#include "common/MessageBox.h"
#include "db/Backup.h"
#include "db/BackupSchedule.h"
#include "db/Database.h"
#include "util/Settings.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace dx {

BackupStatus::BackupStatus(QMainWindow* window) : QObject(window), m_window(window)
{
    m_warning = new QLabel(window);
    m_warning->setObjectName(QStringLiteral("backupWarning"));
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; font-weight: bold; padding: 0 6px; }"));
    m_warning->hide();
    window->statusBar()->addPermanentWidget(m_warning);
}

void BackupStatus::setDatabase(std::shared_ptr<Database> db)
{
    m_db = std::move(db);
    refreshWarning();
}

void BackupStatus::refreshWarning()
{
    const QString warning = m_db ? BackupSchedule(*m_db).staleWarning() : QString();
    m_warning->setText(warning.isEmpty() ? QString() : tr("⚠ No recent backup"));
    m_warning->setToolTip(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void BackupStatus::dailyInBackground()
{
    if (!m_db)
        return;
    using Outcome = Result<std::optional<BackupFile>>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    const std::shared_ptr<Database> db = m_db;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, db] {
        watcher->deleteLater();
        const Outcome done = watcher->result();
        if (!done)
            m_window->statusBar()->showMessage(tr("The daily backup failed: %1").arg(done.message()));
        else if (done.value())
            m_window->statusBar()->showMessage(tr("Daily backup written and checked: %1 (%2 MB).")
                                                   .arg(QDir::toNativeSeparators(done.value()->path))
                                                   .arg(double(done.value()->bytes) / 1048576.0, 0, 'f', 1),
                                               10000);
        if (db == m_db)
            refreshWarning();
    });
    // Its own connection on the worker thread (DESIGN.md: backups run off the GUI thread).
    watcher->setFuture(QtConcurrent::run([db] {
        Outcome r = BackupSchedule(*db).daily();
        db->releaseThreadConnection();
        return r;
    }));
}

void BackupStatus::writeInBackground(const QString& target)
{
    if (!m_db)
        return;
    auto* watcher = new QFutureWatcher<Result<BackupFile>>(this);
    const std::shared_ptr<Database> db = m_db;
    m_window->statusBar()->showMessage(tr("Writing the backup %1…").arg(QDir::toNativeSeparators(target)));
    connect(watcher, &QFutureWatcher<Result<BackupFile>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<BackupFile> done = watcher->result();
        if (!done) {
            m_window->statusBar()->clearMessage();
            MessageBox::critical(m_window, tr("Back up database"), done.message());
            return;
        }
        m_window->statusBar()->showMessage(tr("Backup written to %1 and checked (%2 MB, %3 s).")
                                               .arg(QDir::toNativeSeparators(done->path))
                                               .arg(double(done->bytes) / 1048576.0, 0, 'f', 1)
                                               .arg(double(done->milliseconds) / 1000.0, 0, 'f', 1),
                                           10000);
    });
    watcher->setFuture(QtConcurrent::run([db, target] {
        Result<BackupFile> r = Backup::write(*db, target);
        db->releaseThreadConnection();
        return r;
    }));
}

std::shared_ptr<Database> BackupStatus::restore()
{
    if (!m_db)
        return nullptr;
    const QString title = tr("Restore from backup");
    const QString file = QFileDialog::getOpenFileName(m_window, title, BackupSchedule(*m_db).folder(),
                                                      tr("DX Desk databases (*.sqlite *.db);;All files (*)"));
    if (file.isEmpty())
        return nullptr;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto checked = Backup::verify(file);
    QApplication::restoreOverrideCursor();
    if (!checked) {
        MessageBox::critical(m_window, title, tr("Nothing was restored: %1").arg(checked.message()));
        return nullptr;
    }
    const QString question =
        tr("The backup %1 (%2 MB, written %3, schema version %4) passed its check.\n\nRestore it over %5? The current "
           "database is kept aside as a copy next to it; nothing is deleted.")
            .arg(QDir::toNativeSeparators(file))
            .arg(double(checked.value().bytes) / 1048576.0, 0, 'f', 1)
            .arg(QFileInfo(file).lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            .arg(checked.value().schemaVersion)
            .arg(QDir::toNativeSeparators(m_db->path()));
    if (MessageBox::question(m_window, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return nullptr;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restored = Backup::restore(file, m_db->path(), QDateTime::currentDateTime());
    OpenOptions options;
    options.user = m_db->user();
    auto reopened = restored ? Database::open(m_db->path(), options) : Result<std::shared_ptr<Database>>(restored.status());
    QApplication::restoreOverrideCursor();
    if (!restored || !reopened) {
        MessageBox::critical(m_window, title, restored ? reopened.message() : restored.message());
        return nullptr;
    }
    MessageBox::information(m_window, title,
                            tr("Restored %1 into %2 and checked it.\n\nThe previous database was %3 %4.")
                                .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(m_db->path()),
                                     restored.value().keptAsideByRename ? tr("moved, unchanged, to") : tr("copied aside to"),
                                     QDir::toNativeSeparators(restored.value().keptAside)));
    return reopened.value();
}

} // namespace dx
