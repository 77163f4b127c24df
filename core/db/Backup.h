#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>

namespace dx {

class Database;

// A backup file that passed the check: what it holds and what writing it cost.
struct BackupFile
{
    QString path;
    qint64 bytes = 0;
    qint64 milliseconds = 0;   // writing and checking
    int schemaVersion = 0;
};

struct RestoreOutcome
{
    BackupFile restored;       // the backup that is now the database
    QString keptAside;         // where the previous database is kept (empty: there was none)
    bool keptAsideByRename = false;   // the previous file could not be read, so it was moved, not copied
};

// The one path by which DX Desk copies a database: SQLite's online backup API on the native
// handle (a consistent snapshot while others keep writing, unlike a file copy of a live WAL
// database), then PRAGMA integrity_check on the written file. Used by the backup before a
// migration, the automatic backups (BackupSchedule), `dxdesk backup`, the File menu and restore.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(dx::Backup)
public:
    // Copies `db` (through the calling thread's connection) to `target`, which must not exist.
    // Written as "<target>.partial", checked, then renamed: a file with the final name has
    // always passed integrity_check, and a failure or a kill leaves no file with that name.
    static Result<BackupFile> write(const Database& db, const QString& target);

    // Whether the backup `file` holds the data `db` holds now: the same schema version, newest
    // audit row (id and hash) and largest rowid of every table. A bulk write skips its backup
    // when the newest one already does (at 1,000,000 enterprises a backup takes 40 s).
    static bool holdsTheSameData(const Database& db, const QString& file);

    // Whether `file` can be restored: an SQLite file, a DX Desk database (application_id),
    // a schema this version knows, and integrity_check ok. Reads only.
    static Result<BackupFile> verify(const QString& file);

    // Makes the backup `backupFile` the database at `databasePath`: checks it first, keeps the
    // current database aside as "<name>-before-restore-<stamp>.sqlite" (copied through the backup
    // API; moved when it cannot be read), copies the backup into place through the backup API in
    // one step (connections still open see the restored content), and checks the result.
    static Result<RestoreOutcome> restore(const QString& backupFile, const QString& databasePath, const QDateTime& now);
};

} // namespace dx
