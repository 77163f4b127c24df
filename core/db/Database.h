#pragma once

#include "Dialect.h"
#include "domain/Role.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QPair>
#include <QString>
#include <QVector>
#include <functional>
#include <memory>

namespace dx {

struct OpenOptions
{
    bool createIfMissing = true;
    bool backupBeforeMigration = true;
    int targetVersion = 0;           // 0 = latest; tests build old schemas with it
    bool allowMigration = true;      // false: open an older schema as it is (dxdesk check)
    QString user;                    // written to updated_by and the audit log
    const Clock* clock = nullptr;    // defaults to the system clock
    // PRAGMA quick_check reads the whole file (about 0.3 s per 100 MB): at open for files up to
    // this size and always before a migration; a larger file is checked in the background by the
    // window (MainWindow) or on demand by `dxdesk check`, so a province's database opens at once.
    qint64 quickCheckUpToBytes = 64LL << 20;
    // PostgreSQL only: the password when the URL carries none (asked by the window or the
    // command line). Without it libpq looks in PGPASSWORD, PGPASSFILE and ~/.pgpass.
    QString password;
};

// One DX Desk database: an SQLite file, or a PostgreSQL database shared by a bureau's officers
// (open() takes "postgresql://user@host:port/dbname" for that). Owns a connection per thread:
// Qt SQL connections may only be used by the thread that created them, so workers ask
// connection() too.
class Database
{
public:
    // The application_id stamped into every DX Desk file ("DXDK").
    static constexpr int ApplicationId = 0x4458444B;

    static Result<std::shared_ptr<Database>> open(const QString& path, const OpenOptions& options = {});
    static bool isPostgresUrl(const QString& path);
    // Asked for a PostgreSQL password when the server wants one and neither the URL, the
    // options, PGPASSWORD nor PGPASSFILE/~/.pgpass gave it: the command line reads it from the
    // terminal, the window shows a dialog. Returns empty to give up. Never stored.
    using PasswordPrompt = std::function<QString(const QString& url)>;
    static void setPasswordPrompt(PasswordPrompt prompt);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;   // the calling thread's connection, opened on first use
    void releaseThreadConnection() const;  // a worker thread calls this before it ends

    const QString& path() const { return m_path; }   // the file, or the URL without its password
    Backend backend() const { return m_backend; }
    bool isFile() const { return m_backend == Backend::Sqlite; }
    int schemaVersion() const { return m_schemaVersion; }
    const QString& user() const { return m_user; }
    // The signed-in user's role, read when the database was opened (UserRepository). A viewer's
    // SQLite file is opened read-only; on PostgreSQL the server enforces every role.
    const Access& access() const { return m_access; }
    bool readOnly() const { return m_readOnly; }
    const Clock& clock() const { return *m_clock; }
    QString nowIso() const;   // UTC timestamp as stored in created_at / updated_at

    // Rows per table, for `dxdesk check` and the about box.
    Result<QVector<QPair<QString, qint64>>> tableCounts() const;

    // The copy taken before a migration in open(), or empty when none was needed.
    const QString& migrationBackupPath() const { return m_migrationBackup; }
    bool checkedOnOpen() const { return m_checkedOnOpen; }   // quick_check ran (and passed) in open()

    // A consistent, checked copy of the whole database, safe while others write (Backup::write).
    Status backupTo(const QString& targetPath) const;

    // PRAGMA quick_check (or integrity_check when full): "ok" or the problems found.
    Result<QStringList> checkIntegrity(bool full = false) const;

    static QString defaultPath();   // the user's application-data folder
    static QString defaultUser();

private:
    Database(QString path, QString baseName, const OpenOptions& options);
    static Status configure(QSqlDatabase& db);
    static Result<std::shared_ptr<Database>> openPostgres(const QString& url, const OpenOptions& options);
    QSqlDatabase addConnection(const QString& name) const;
    static Status configurePostgres(QSqlDatabase& db);
    // The first column of the first row, or invalid with *error set (both engines' open paths).
    static QVariant scalar(QSqlDatabase& db, const QString& sql, QString* error = nullptr);
    // Once the schema is current: who is signed in; a viewer's file is read-only from then on.
    Status readAccess();

    QString m_path;
    QString m_baseName;
    Backend m_backend = Backend::Sqlite;
    QString m_password;   // PostgreSQL: kept in memory only, for the connections of other threads
    QString m_user;
    Access m_access;
    bool m_readOnly = false;
    const Clock* m_clock;
    int m_schemaVersion = 0;
    QString m_migrationBackup;
    bool m_checkedOnOpen = false;
    mutable QMutex m_mutex;
    mutable QHash<QString, bool> m_connectionNames;
};

using DatabasePtr = std::shared_ptr<Database>;

// Text of the last error of a query or connection, for messages and logs.
QString sqlErrorText(const QSqlError& error);

} // namespace dx
