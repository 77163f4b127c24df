#include "Backup.h"

#include "Database.h"
#include "Migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <sqlite3.h>

namespace dx {

namespace {

// The first column of every row of `sql` on `handle`, or false and the error.
bool firstColumn(sqlite3* handle, const char* sql, QStringList* rows, QString* error)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK)
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            *rows << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (rc == SQLITE_DONE)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(handle));
    return false;
}

// What tells whether two files hold the same data, cheaply at any size: the schema version,
// the newest audit row with its hash (every write of a record adds one, chained to the row
// before), and the largest rowid of every table (a row written without an audit row, or taken
// out at the end, shows there). An empty text when the file cannot be read so.
QString contentMark(sqlite3* handle)
{
    QStringList parts;
    QStringList tables;
    QString error;
    if (!firstColumn(handle, "PRAGMA user_version", &parts, &error) ||
        !firstColumn(handle, "SELECT id || ':' || hash FROM audit_log ORDER BY id DESC LIMIT 1", &parts, &error) ||
        !firstColumn(handle, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                             "AND sql NOT LIKE 'CREATE VIRTUAL%' AND sql NOT LIKE '%WITHOUT ROWID%' ORDER BY name",
                     &tables, &error))
        return {};
    for (const QString& table : std::as_const(tables)) {
        const QByteArray sql = QStringLiteral("SELECT '%1 ' || COALESCE(MAX(rowid), 0) FROM \"%1\"").arg(table).toUtf8();
        if (!firstColumn(handle, sql.constData(), &parts, &error))
            return {};
    }
    return parts.join(QLatin1Char('\n'));
}

// A connection of our own to a file that no Database object owns (the backup being written or
// checked, the file a restore replaces); closed on destruction.
class RawConnection
{
public:
    RawConnection(const QString& path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, flags, nullptr);
        if (m_handle)
            sqlite3_busy_timeout(m_handle, 10000);
    }
    ~RawConnection() { sqlite3_close_v2(m_handle); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_rc == SQLITE_OK; }
    sqlite3* handle() const { return m_handle; }
    QString error() const
    {
        return QString::fromUtf8(m_handle ? sqlite3_errmsg(m_handle) : sqlite3_errstr(m_rc));
    }
    // The first column of every row of `sql`, or nothing and the error.
    bool query(const char* sql, QStringList* rows, QString* error) const { return firstColumn(m_handle, sql, rows, error); }

private:
    sqlite3* m_handle = nullptr;
    int m_rc = SQLITE_OK;
};

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

// The whole of `from` into `to` in one step: a single read snapshot of the source and a single
// write transaction on the destination, so neither side ever sees half a copy. Busy or locked
// (a writer in another process) is retried for up to ten seconds.
bool copyPages(sqlite3* from, sqlite3* to, QString* error)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        *error = QString::fromUtf8(sqlite3_errmsg(to));
        return false;
    }
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(100);
    }
    sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE)
        return true;
    *error = QString::fromUtf8(sqlite3_errstr(rc));
    return false;
}

// `from` into a new single-file database at `path` (journal_mode DELETE, no -wal beside it).
bool copyToNewFile(sqlite3* from, const QString& path, QString* error)
{
    RawConnection out(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    QStringList ignored;
    if (out.isOpen() && copyPages(from, out.handle(), error) && out.query("PRAGMA journal_mode = DELETE", &ignored, error))
        return true;
    if (error->isEmpty())
        *error = out.error();
    return false;
}

QString uniqueName(const QString& wanted)
{
    QString name = wanted;
    const QFileInfo info(wanted);
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral(".partial")); ++n)
        name = info.dir().filePath(QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
    return name;
}

// Moves a file and its WAL companions: a "-wal" left next to another database would be
// replayed into it.
bool moveWithCompanions(const QString& from, const QString& to)
{
    if (!QFile::rename(from, to))
        return false;
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString companion = from + QLatin1String(suffix);
        if (QFile::exists(companion))
            QFile::rename(companion, to + QLatin1String(suffix));
    }
    return true;
}

} // namespace

Result<BackupFile> Backup::verify(const QString& file)
{
    const QFileInfo info(file);
    if (!info.exists() || info.isDir())
        return Status::error(ErrorCode::NotFound, tr("The backup %1 does not exist.").arg(file));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Status::error(ErrorCode::Io, tr("The backup %1 cannot be read: %2").arg(file, f.errorString()));
    if (f.read(16) != QByteArray("SQLite format 3\0", 16))
        return Status::error(ErrorCode::Validation, tr("%1 is not a DX Desk backup (it is not an SQLite file).").arg(file));
    f.close();

    RawConnection raw(file, SQLITE_OPEN_READONLY);
    if (!raw.isOpen())
        return Status::error(ErrorCode::Io, tr("The backup %1 cannot be opened: %2").arg(file, raw.error()));
    QStringList appId, version, integrity;
    QString error;
    if (!raw.query("PRAGMA application_id", &appId, &error) || !raw.query("PRAGMA user_version", &version, &error))
        return Status::error(ErrorCode::Validation, tr("The backup %1 cannot be read: %2").arg(file, error));
    if (appId.value(0).toInt() != Database::ApplicationId)
        return Status::error(ErrorCode::Validation, tr("%1 is not a DX Desk database.").arg(file));
    const int schema = version.value(0).toInt();
    if (schema > Migrations::latestVersion())
        return Status::error(ErrorCode::Validation,
                             tr("The backup %1 was written by a newer DX Desk (schema version %2; this version knows up to %3).")
                                 .arg(file).arg(schema).arg(Migrations::latestVersion()));
    if (!raw.query("PRAGMA integrity_check", &integrity, &error))
        return Status::error(ErrorCode::Validation, tr("The backup %1 is damaged: the integrity check cannot read it (%2).").arg(file, error));
    if (integrity != QStringList{QStringLiteral("ok")})
        return Status::error(ErrorCode::Validation, tr("The backup %1 is damaged (integrity check: %2).")
                                                        .arg(file, integrity.mid(0, 3).join(QStringLiteral("; "))));
    BackupFile out;
    out.path = info.absoluteFilePath();
    out.bytes = info.size();
    out.schemaVersion = schema;
    return out;
}

bool Backup::holdsTheSameData(const Database& db, const QString& file)
{
    sqlite3* live = nativeHandle(db.connection());
    if (!live || !QFileInfo::exists(file))
        return false;
    RawConnection raw(file, SQLITE_OPEN_READONLY);
    if (!raw.isOpen())
        return false;
    const QString mark = contentMark(live);
    return !mark.isEmpty() && mark == contentMark(raw.handle());
}

Result<BackupFile> Backup::write(const Database& db, const QString& target)
{
    QElapsedTimer timer;
    timer.start();
    if (QFileInfo::exists(target))
        return Status::error(ErrorCode::Io, tr("The backup file %1 already exists.").arg(target));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Status::error(ErrorCode::Io, tr("Cannot create the folder %1.").arg(QFileInfo(target).absolutePath()));
    sqlite3* source = nativeHandle(db.connection());
    if (!source)
        return Status::error(ErrorCode::Database, tr("Only an SQLite database can be backed up to a file."));
    // A leftover of a backup that was killed half-way: ours, never the user's data.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QString error;
    if (!copyToNewFile(source, partial, &error)) {
        QFile::remove(partial);
        return Status::error(ErrorCode::Io, tr("Could not write the backup %1: %2").arg(target, error));
    }
    auto checked = verify(partial);
    if (!checked) {
        QFile::remove(partial);
        return Status::error(ErrorCode::Io, tr("The backup %1 failed its check and was not kept: %2").arg(target, checked.message()));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Status::error(ErrorCode::Io, tr("Could not name the backup %1.").arg(target));
    }
    BackupFile done = checked.value();
    done.path = QFileInfo(target).absoluteFilePath();
    done.milliseconds = timer.elapsed();
    return done;
}

Result<RestoreOutcome> Backup::restore(const QString& backupFile, const QString& databasePath, const QDateTime& now)
{
    auto checked = verify(backupFile);
    if (!checked)
        return Status::error(checked.code(), tr("Nothing was restored: %1").arg(checked.message()));
    const QFileInfo current(databasePath);
    if (current.exists() && current.canonicalFilePath() == QFileInfo(backupFile).canonicalFilePath())
        return Status::error(ErrorCode::Validation, tr("Nothing was restored: %1 is the database itself.").arg(backupFile));

    RestoreOutcome outcome;
    outcome.restored = checked.value();
    if (current.exists() && current.size() > 0) {
        const QString stamp = now.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        outcome.keptAside = uniqueName(current.dir().filePath(
            QStringLiteral("%1-before-restore-%2.sqlite").arg(current.completeBaseName(), stamp)));
        // Copied while it may be open elsewhere; a file SQLite cannot read at all is moved instead.
        QString error;
        bool copied = false;
        {
            RawConnection from(databasePath, SQLITE_OPEN_READWRITE);
            copied = from.isOpen() && copyToNewFile(from.handle(), outcome.keptAside, &error);
            if (!from.isOpen())
                error = from.error();
        }
        if (!copied) {
            QFile::remove(outcome.keptAside);
            if (error.contains(QLatin1String("locked")) || error.contains(QLatin1String("busy")))
                return Status::error(ErrorCode::Database, tr("Nothing was restored: %1 is in use (%2).").arg(databasePath, error));
            if (!moveWithCompanions(databasePath, outcome.keptAside))
                return Status::error(ErrorCode::Io, tr("Nothing was restored: the current database %1 could not be kept aside (%2).")
                                                        .arg(databasePath, error));
            outcome.keptAsideByRename = true;
        }
    }

    RawConnection from(backupFile, SQLITE_OPEN_READONLY);
    RawConnection into(databasePath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    QString error;
    if (!from.isOpen() || !into.isOpen())
        error = from.isOpen() ? into.error() : from.error();
    else
        copyPages(from.handle(), into.handle(), &error);
    QStringList integrity;
    if (error.isEmpty() && into.query("PRAGMA integrity_check", &integrity, &error) && integrity != QStringList{QStringLiteral("ok")})
        error = integrity.mid(0, 3).join(QStringLiteral("; "));
    if (!error.isEmpty())
        return Status::error(ErrorCode::Io, tr("Restoring %1 into %2 failed: %3. The previous database is kept as %4.")
                                                .arg(backupFile, databasePath, error,
                                                     outcome.keptAside.isEmpty() ? tr("(none)") : outcome.keptAside));
    return outcome;
}

} // namespace dx
