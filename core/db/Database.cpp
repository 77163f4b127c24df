#include "Database.h"

#include "Backup.h"
#include "Migrations.h"
#include "repo/UserRepository.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace dx {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("dx::Database", text); }

QAtomicInt s_instanceCounter;

QString threadConnectionName(const QString& base)
{
    return base + QLatin1Char('@') + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

// SQLite files start with this 16-byte header; anything else is not a database at all.
bool looksLikeSqlite(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

QVariant Database::scalar(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = sqlErrorText(q.lastError());
        return {};
    }
    return q.value(0);
}

QString sqlErrorText(const QSqlError& error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    // PostgreSQL's insufficient_privilege: the role model said no (RoleSchema).
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return QCoreApplication::translate("dx::Database", "Your role does not allow this (the server said: %1)").arg(text.trimmed());
    // SQLite's BUSY and LOCKED (and their extended codes; PostgreSQL's SQLSTATEs have five
    // characters): past the busy timeout, typically while a bulk write holds the file (see
    // BulkJournalScope).
    const QString code = error.nativeErrorCode();
    bool numeric = false;
    const int primary = code.size() <= 4 ? code.toInt(&numeric) & 0xff : 0;
    if (numeric && (primary == 5 || primary == 6))
        return QCoreApplication::translate("dx::Database",
                                           "The database file is in use by another program that is writing to it (for example a "
                                           "demonstration load or a large import started from the command line), until that work "
                                           "ends. Try again when it has finished. (SQLite: %1)")
            .arg(text.trimmed());
    return text.trimmed();
}

Database::Database(QString path, QString baseName, const OpenOptions& options)
    : m_path(std::move(path)),
      m_baseName(std::move(baseName)),
      m_user(options.user.isEmpty() ? defaultUser() : options.user),
      m_clock(options.clock ? options.clock : &Clock::system())
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_connectionNames.cbegin(); it != m_connectionNames.cend(); ++it) {
        {
            QSqlDatabase db = QSqlDatabase::database(it.key(), false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(it.key());
    }
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("dxdesk.sqlite"));
}

QString Database::defaultUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");   // Windows
    if (user.isEmpty())
        user = QDir::home().dirName();
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString Database::nowIso() const
{
    return m_clock->now().toUTC().toString(Qt::ISODateWithMs);
}

Status Database::configure(QSqlDatabase& db)
{
    // foreign_keys is per connection; synchronous=FULL so a committed change survives a
    // power cut, not only a crash; WAL lets readers (workers, reports) run during writes.
    QSqlQuery q(db);
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32000"}) {
        if (!q.exec(QLatin1String(pragma)))
            return Status::error(ErrorCode::Database, tr("Could not configure the database: %1").arg(sqlErrorText(q.lastError())));
    }
    return Status::ok();
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    if (isPostgresUrl(path))
        return openPostgres(path, options);
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    if (info.exists() && info.isDir())
        return Status::error(ErrorCode::Io, tr("%1 is a folder, not a database file.").arg(path));
    if (!exists && !options.createIfMissing)
        return Status::error(ErrorCode::NotFound, tr("The database %1 does not exist.").arg(path));
    if (exists && !looksLikeSqlite(path))
        return Status::error(ErrorCode::Validation,
                             tr("%1 is not a DX Desk database (it is not an SQLite file). It was left untouched.").arg(path));
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return Status::error(ErrorCode::Io, tr("Cannot create the folder %1.").arg(info.absolutePath()));

    const QString base = QStringLiteral("dxdesk-%1").arg(s_instanceCounter.fetchAndAddRelaxed(1));
    std::shared_ptr<Database> self(new Database(info.absoluteFilePath(), base, options));
    QSqlDatabase db = self->connection();
    if (!db.isOpen())
        return Status::error(ErrorCode::Database,
                             tr("Cannot open %1: %2").arg(path, sqlErrorText(db.lastError())));

    // Identity and version are read before anything is written, so a refused file stays as it was.
    QString error;
    const QVariant appId = scalar(db, QStringLiteral("PRAGMA application_id"), &error);
    const QVariant userVersion = scalar(db, QStringLiteral("PRAGMA user_version"), &error);
    const QVariant tableCount = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &error);
    if (!appId.isValid() || !userVersion.isValid() || !tableCount.isValid())
        return Status::error(ErrorCode::Database, tr("Cannot read %1: %2").arg(path, error));
    const bool empty = appId.toInt() == 0 && userVersion.toInt() == 0 && tableCount.toInt() == 0;
    if (!empty && appId.toInt() != ApplicationId)
        return Status::error(ErrorCode::Validation,
                             tr("%1 is an SQLite database of another program, not a DX Desk database. It was left untouched.").arg(path));
    const int version = userVersion.toInt();
    const int latest = Migrations::latestVersion();
    if (version > latest)
        return Status::error(ErrorCode::Validation,
                             tr("%1 was written by a newer DX Desk (schema version %2; this version knows up to %3). "
                                "Update DX Desk to open it. The file was left untouched.")
                                 .arg(path).arg(version).arg(latest));
    const int target = options.targetVersion > 0 ? qMin(options.targetVersion, latest) : latest;
    const bool migrating = version < target && options.allowMigration;
    if (!empty && (migrating || info.size() <= options.quickCheckUpToBytes)) {
        self->m_checkedOnOpen = true;
        auto check = self->checkIntegrity(false);
        if (!check)
            return check.status();
        if (check.value() != QStringList{QStringLiteral("ok")})
            return Status::error(ErrorCode::Validation,
                                 tr("%1 is damaged (integrity check: %2). Restore it from a backup. The file was left untouched.")
                                     .arg(path, check.value().mid(0, 3).join(QStringLiteral("; "))));
    }

    const Status configured = configure(db);
    if (!configured)
        return configured;

    if (migrating) {
        if (!empty && options.backupBeforeMigration) {
            const QString stamp = self->m_clock->now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            const QString backup = QStringLiteral("%1.v%2-before-upgrade-%3.sqlite").arg(self->m_path).arg(version).arg(stamp);
            const Status copied = self->backupTo(backup);
            if (!copied)
                return Status::error(ErrorCode::Io, tr("The database was not upgraded because the backup before the upgrade failed: %1")
                                                        .arg(copied.message()));
            self->m_migrationBackup = backup;
        }
        const Status migrated = Migrations::apply(db, *self, version, target);
        if (!migrated)
            return Status::error(migrated.code(), tr("Upgrading %1 from schema version %2 failed and was undone: %3")
                                                      .arg(path).arg(version).arg(migrated.message()));
    }
    self->m_schemaVersion = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    db = QSqlDatabase();   // readAccess() may reopen this thread's connection
    if (const Status read = self->readAccess(); !read)
        return read;
    return self;
}

Status Database::readAccess()
{
    auto access = UserRepository(*this).currentAccess();
    if (!access)
        return access.status();
    m_access = access.value();
    if (m_backend == Backend::Sqlite && m_access.readOnly()) {
        m_readOnly = true;
        releaseThreadConnection();   // the next one opens read-only (addConnection)
    }
    return Status::ok();
}

QSqlDatabase Database::connection() const
{
    const QString name = threadConnectionName(m_baseName);
    {
        QMutexLocker lock(&m_mutex);
        if (m_connectionNames.contains(name))
            return QSqlDatabase::database(name, false);
        m_connectionNames.insert(name, true);
    }
    QSqlDatabase db = addConnection(name);
    if (m_backend == Backend::Postgres) {
        if (db.open())
            configurePostgres(db);
        return db;
    }
    if (db.open() && m_schemaVersion > 0)
        configure(db);
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = threadConnectionName(m_baseName);
    QMutexLocker lock(&m_mutex);
    if (!m_connectionNames.remove(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status Database::backupTo(const QString& targetPath) const
{
    auto written = Backup::write(*this, targetPath);
    return written ? Status::ok() : written.status();
}

Result<QStringList> Database::checkIntegrity(bool full) const
{
    if (m_backend == Backend::Postgres)   // the server keeps its files consistent (WAL, checksums)
        return QStringList{QStringLiteral("ok")};
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check")))
        return Status::error(ErrorCode::Database, tr("The integrity check could not run: %1").arg(sqlErrorText(q.lastError())));
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines;
}

} // namespace dx

namespace dx {

Result<QVector<QPair<QString, qint64>>> Database::tableCounts() const
{
    QSqlDatabase db = connection();
    QSqlQuery names(db);
    const QString tables = m_backend == Backend::Postgres
                               ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                                "AND table_type = 'BASE TABLE' AND table_name <> 'dx_meta' ORDER BY table_name")
                               : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                                "AND name NOT LIKE '%_fts%' ORDER BY name");
    if (!names.exec(tables))
        return Status::error(ErrorCode::Database, sqlErrorText(names.lastError()));
    QVector<QPair<QString, qint64>> out;
    while (names.next()) {
        const QString table = names.value(0).toString();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !q.next())
            return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
        out.push_back({table, q.value(0).toLongLong()});
    }
    return out;
}

} // namespace dx
