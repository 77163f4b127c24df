#pragma once

#include <QObject>
#include <memory>

class QLabel;
class QMainWindow;

namespace dx {

class Database;

// The window's side of backups (core/db/BackupSchedule): the daily backup off the GUI thread,
// the warning in the status bar while no verified backup is recent enough, and the restore
// command of the File menu.
class BackupStatus : public QObject
{
    Q_OBJECT
public:
    explicit BackupStatus(QMainWindow* window);

    void setDatabase(std::shared_ptr<Database> db);   // refreshes the warning
    void dailyInBackground();                          // the first start of a day takes a backup
    void writeInBackground(const QString& target);     // File › Back up database…
    // Asks for a backup file, checks it, confirms, restores it over the current database (kept
    // aside) and opens the result. Null when nothing was restored.
    std::shared_ptr<Database> restore();

private:
    void refreshWarning();

    QMainWindow* m_window;
    QLabel* m_warning;
    std::shared_ptr<Database> m_db;
};

} // namespace dx
