// The PostgreSQL side of Database: a bureau's shared database, reached through Qt's QPSQL
// driver (libpq). The schema, migrations and repositories are the SQLite ones (see Dialect);
// what differs is where the identity and version live (the dx_meta table instead of the file
// header) and that the server, not DX Desk, keeps the files consistent and backed up.
#include "Database.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace dx {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("dx::Database", text); }

QAtomicInt s_pgCounter;
Database::PasswordPrompt s_prompt;

bool wantsPassword(const QSqlError& error)
{
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("no password supplied")) || text.contains(QLatin1String("password authentication failed"));
}

QString withoutPassword(const QString& url)
{
    QUrl u(url);
    u.setPassword(QString());
    return u.toString();
}

} // namespace

void Database::setPasswordPrompt(PasswordPrompt prompt)
{
    s_prompt = std::move(prompt);
}

bool Database::isPostgresUrl(const QString& path)
{
    return path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://"));
}

QSqlDatabase Database::addConnection(const QString& name) const
{
    if (m_backend == Backend::Sqlite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY")
                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        return db;
    }
    const QUrl url(m_path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    db.setDatabaseName(url.path().mid(1));
    // Further libpq settings ride along as the URL's query (sslmode=require, connect_timeout=5 …).
    QStringList options{QStringLiteral("application_name=dxdesk")};
    for (const auto& item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options << item.first + QLatin1Char('=') + item.second;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return db;
}

Status Database::configurePostgres(QSqlDatabase& db)
{
    // Day boundaries (archival day, "today") follow this machine's zone, as on SQLite.
    QSqlQuery q(db);
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!zone.isEmpty() && !q.exec(QStringLiteral("SET TIME ZONE '%1'").arg(QString(zone).remove(QLatin1Char('\'')))))
        q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    if (!q.exec(QStringLiteral("SET client_min_messages = warning")))
        return Status::error(ErrorCode::Database, tr("Could not configure the database: %1").arg(sqlErrorText(q.lastError())));
    return Status::ok();
}

Result<std::shared_ptr<Database>> Database::openPostgres(const QString& url, const OpenOptions& options)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.path().size() < 2)
        return Status::error(ErrorCode::Validation,
                             tr("%1 is not a PostgreSQL address. Write it as postgresql://user@host:port/database.").arg(withoutPassword(url)));
    const QString base = QStringLiteral("dxdesk-pg-%1").arg(s_pgCounter.fetchAndAddRelaxed(1));
    std::shared_ptr<Database> self(new Database(withoutPassword(url), base, options));
    self->m_backend = Backend::Postgres;
    self->m_password = options.password.isEmpty() ? parsed.password() : options.password;
    QSqlDatabase db = self->connection();
    for (int attempt = 0; !db.isOpen() && s_prompt && wantsPassword(db.lastError()) && attempt < 3; ++attempt) {
        const QString password = s_prompt(self->m_path);
        if (password.isEmpty())
            break;
        self->releaseThreadConnection();
        self->m_password = password;
        db = self->connection();
    }
    if (!db.isOpen())
        return Status::error(ErrorCode::Database, tr("Cannot connect to %1: %2").arg(self->m_path, sqlErrorText(db.lastError())));

    QString error;
    const QVariant tableCount = scalar(db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"), &error);
    const QVariant hasMeta = scalar(db, QStringLiteral("SELECT to_regclass('dx_meta') IS NOT NULL"), &error);
    if (!tableCount.isValid() || !hasMeta.isValid())
        return Status::error(ErrorCode::Database, tr("Cannot read %1: %2").arg(self->m_path, error));
    const bool empty = tableCount.toLongLong() == 0;
    int version = 0;
    if (!empty) {
        const QVariant appId = hasMeta.toBool()
                                   ? scalar(db, QStringLiteral("SELECT value FROM dx_meta WHERE key = 'application_id'"), &error)
                                   : QVariant();
        if (appId.toInt() != ApplicationId)
            return Status::error(ErrorCode::Validation,
                                 tr("%1 holds the tables of another program, not a DX Desk database. It was left untouched.").arg(self->m_path));
        version = scalar(db, QStringLiteral("SELECT value FROM dx_meta WHERE key = 'schema_version'"), &error).toInt();
    }
    const int latest = Migrations::latestVersion();
    if (version > latest)
        return Status::error(ErrorCode::Validation,
                             tr("%1 was written by a newer DX Desk (schema version %2; this version knows up to %3). "
                                "Update DX Desk to open it. The database was left untouched.")
                                 .arg(self->m_path).arg(version).arg(latest));
    const int target = options.targetVersion > 0 ? qMin(options.targetVersion, latest) : latest;
    if (version < target && options.allowMigration) {
        // Upgrading changes tables, which only their owner may do (RoleSchema): an officer's
        // login would fail half-way through the first statement with a less helpful message.
        const QVariant owner = empty ? QVariant(true)
                                     : scalar(db, QStringLiteral("SELECT r.rolsuper OR pg_has_role(session_user, d.datdba, 'MEMBER') "
                                                                 "FROM pg_roles r, pg_database d WHERE r.rolname = session_user "
                                                                 "AND d.datname = current_database()"),
                                              &error);
        if (!owner.toBool())
            return Status::error(ErrorCode::Permission,
                                 tr("%1 is at schema version %2 and this DX Desk needs %3. The upgrade is made once by the "
                                    "database's owner (an administrator's login): ask them to open it first. Nothing was changed.")
                                     .arg(self->m_path).arg(version).arg(target));
        // Backups of a shared database are the server's (pg_dump, base backups), not a copy here.
        const Status migrated = Migrations::apply(db, *self, version, target);
        if (!migrated)
            return Status::error(migrated.code(), tr("Upgrading %1 from schema version %2 failed and was undone: %3")
                                                      .arg(self->m_path).arg(version).arg(migrated.message()));
    }
    self->m_schemaVersion = scalar(db, QStringLiteral("SELECT value FROM dx_meta WHERE key = 'schema_version'"), &error).toInt();
    // The audit trail names the server's login, the identity the server checked.
    if (options.user.isEmpty())
        self->m_user = scalar(db, QStringLiteral("SELECT session_user"), &error).toString();
    if (const Status read = self->readAccess(); !read)
        return read;
    return self;
}

} // namespace dx
