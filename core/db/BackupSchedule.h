#pragma once

#include "Backup.h"

#include <QDateTime>
#include <QVector>
#include <optional>

namespace dx {

class Database;

// Where automatic backups go and how many are kept (Settings, read by fromSettings()).
struct BackupPolicy
{
    bool enabled = true;
    QString folder;          // empty: "<database name>-backups" next to the database
    int keepDaily = 7;       // the newest backup of each of the last N days that have one
    int keepWeekly = 4;      // the newest of each of the last N ISO weeks that have one
    int keepLatest = 3;      // and the newest N whatever their day (several imports in a day)
    int warnAfterDays = 7;   // the window warns when no verified backup is younger
    int bulkRows = 1000;     // an import or demo load of this many rows is preceded by a backup

    static BackupPolicy fromSettings();
};

struct BackupEntry
{
    QString path;
    QDateTime taken;   // local time, from the name
    QString reason;    // daily, import, demo, manual, restore
};

// The automatic backups of one database: named "<name>-yyyyMMdd-HHmmss-<reason>.sqlite" in the
// policy's folder, written by Backup::write (so every file with such a name passed
// integrity_check), rotated after each new one. Deleting old backups is the rotation asked for;
// it never touches the database, files of other names, or the copies kept before a migration
// or a restore (those live next to the database).
class BackupSchedule
{
    Q_DECLARE_TR_FUNCTIONS(dx::BackupSchedule)
public:
    explicit BackupSchedule(const Database& db, BackupPolicy policy = BackupPolicy::fromSettings());

    QString folder() const;
    QVector<BackupEntry> list() const;   // newest first
    std::optional<QDateTime> newestTaken() const;

    // The first start of a day: a backup unless one was taken today. Empty when none was needed.
    Result<std::optional<BackupFile>> daily();
    // Before a bulk write of `rows` rows (import, demo): a backup when the policy says so, the
    // database holds anything, and the newest backup does not already hold what it holds now.
    // Empty when none was needed.
    Result<std::optional<BackupFile>> beforeBulkWrite(int rows, const QString& reason);
    // A backup now, whatever the schedule (`dxdesk backup` without --out).
    Result<BackupFile> now(const QString& reason);

    // Removes the backups the policy no longer keeps, and what backups cut short left behind an
    // hour ago or more; returns their paths.
    QStringList rotate() const;
    // When the window should warn: no backup younger than warnAfterDays. Empty: all is well.
    QString staleWarning() const;

private:
    const Database& m_db;
    BackupPolicy m_policy;
};

} // namespace dx
