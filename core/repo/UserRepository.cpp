#include "UserRepository.h"
#include "util/Uuid.h"

#include "AuditRepository.h"
#include "RowQuery.h"
#include "SqlValues.h"
#include "db/Database.h"
#include "db/RoleSchema.h"
#include "db/Transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace dx {

namespace {

constexpr int kRolesSchema = 10;
const QString kColumns = QStringLiteral("id, uuid, version, login, display_name, role, COALESCE(provider_id, 0), active, updated_at, updated_by");

User readUser(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.uuid = q.value(1).toString();
    u.version = q.value(2).toInt();
    u.login = q.value(3).toString();
    u.displayName = q.value(4).toString();
    roleFromKey(q.value(5).toString(), &u.role);
    u.providerId = q.value(6).toLongLong();
    u.active = q.value(7).toBool();
    u.updatedAt = q.value(8).toString();
    u.updatedBy = q.value(9).toString();
    return u;
}

QVariantMap fields(const User& u)
{
    return {{QStringLiteral("login"), u.login},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), roleKey(u.role)},
            {QStringLiteral("provider_id"), u.providerId},
            {QStringLiteral("active"), u.active}};
}

} // namespace

QString UserRepository::tableName()
{
    return QStringLiteral("dx_users");
}

Result<QVector<User>> UserRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM dx_users ORDER BY active DESC, login").arg(kColumns)))
        return Status::error(ErrorCode::Database, tr("Could not read the users: %1").arg(sqlErrorText(q.lastError())));
    QVector<User> out;
    while (q.next())
        out.push_back(readUser(q));
    return out;
}

Result<User> UserRepository::get(qint64 id) const
{
    return sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM dx_users WHERE id = ?").arg(kColumns), {id}, readUser,
                          tr("The user no longer exists."));
}

Result<User> UserRepository::byLogin(const QString& login) const
{
    return sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM dx_users WHERE login = ?").arg(kColumns), {login}, readUser,
                          tr("No user with the login \"%1\".").arg(login));
}

Result<Access> UserRepository::currentAccess() const
{
    Access access;
    access.login = m_db.user();
    if (m_db.schemaVersion() < kRolesSchema)
        return access;   // a file from before roles: its owner's
    QSqlQuery q(m_db.connection());
    if (m_db.backend() == Backend::Postgres) {
        if (!q.exec(RoleSchema::currentAccessQuery()) || !q.next())
            return Status::error(ErrorCode::Database, tr("Could not read your role: %1").arg(sqlErrorText(q.lastError())));
        roleFromKey(q.value(0).toString(), &access.role);
        access.providerId = q.value(1).toLongLong();
        access.login = q.value(2).toString();
        return access;
    }
    q.prepare(QStringLiteral("SELECT role, COALESCE(provider_id, 0) FROM dx_users WHERE login = ? AND active = 1"));
    q.addBindValue(access.login);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not read your role: %1").arg(sqlErrorText(q.lastError())));
    if (q.next()) {
        roleFromKey(q.value(0).toString(), &access.role);
        access.providerId = q.value(1).toLongLong();
        return access;
    }
    if (!q.exec(QStringLiteral("SELECT count(*) FROM dx_users WHERE role = 'administrator' AND active = 1")) || !q.next())
        return Status::error(ErrorCode::Database, tr("Could not read your role: %1").arg(sqlErrorText(q.lastError())));
    access.role = q.value(0).toLongLong() == 0 ? Role::Administrator : Role::Viewer;
    return access;
}

Status UserRepository::validate(const User& u) const
{
    // Letters (Chinese too), digits and . _ @ - : a login both engines and psql accept as typed.
    static const QRegularExpression loginPattern(QStringLiteral("^[\\p{L}\\p{N}_.@-]{1,63}$"));
    if (!loginPattern.match(u.login).hasMatch())
        return Status::error(ErrorCode::Validation, tr("\"%1\" is not a usable login: use 1 to 63 letters, digits or . _ @ -, no spaces.")
                                                        .arg(u.login));
    if (u.role == Role::Provider) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM providers WHERE id = ?"));
        q.addBindValue(u.providerId);
        if (!q.exec() || !q.next() || q.value(0).toLongLong() == 0)
            return Status::error(ErrorCode::Validation, tr("A service provider's login needs the provider it works for."));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM dx_users WHERE login = ? AND id <> ?"));
    q.addBindValue(u.login);
    q.addBindValue(u.id);
    if (!q.exec() || !q.next())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    if (q.value(0).toLongLong() > 0)
        return Status::error(ErrorCode::Duplicate, tr("The login \"%1\" already exists.").arg(u.login));
    return Status::ok();
}

Result<User> UserRepository::save(const User& input, const QString& password) const
{
    User u = input;
    u.login = u.login.trimmed();
    u.displayName = sql::text(u.displayName.trimmed());
    if (u.role != Role::Provider)
        u.providerId = 0;
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto me = currentAccess();
    if (!me)
        return me.status();
    if (!me->canManageUsers())
        return Status::error(ErrorCode::Validation, tr("Only administrators manage users; nothing was changed."));
    if (const Status valid = validate(u); !valid)
        return valid;
    QVariantMap before;
    if (u.id == 0) {
        if (const Status inserted = insertRow(conn, u); !inserted)
            return inserted;
    } else {
        auto stored = get(u.id);
        if (!stored)
            return stored.status();
        if (stored->version != u.version)
            return Status::error(ErrorCode::Conflict, tr("The user \"%1\" was changed by %2 at %3 after you opened it; nothing was saved.")
                                                          .arg(stored->login, stored->updatedBy, stored->updatedAt));
        if (stored->login != u.login)
            return Status::error(ErrorCode::Validation, tr("A login cannot be renamed; add a new user and deactivate the old one."));
        before = fields(stored.value());
        u.uuid = stored->uuid;
        const QString now = m_db.nowIso();
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("UPDATE dx_users SET display_name = ?, role = ?, provider_id = ?, active = ?, "
                                 "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
        for (const QVariant& v : QVariantList{u.displayName, roleKey(u.role), sql::idOrNull(u.providerId), u.active ? 1 : 0, now, m_db.user(),
                                              u.id, u.version})
            q.addBindValue(v);
        if (!q.exec())
            return Status::error(ErrorCode::Database, tr("Could not save the user: %1").arg(sqlErrorText(q.lastError())));
    }
    if (m_db.backend() == Backend::Postgres) {
        QSqlQuery login(conn);
        login.prepare(QStringLiteral("SELECT dx_set_login(?, ?, ?, ?)"));
        for (const QVariant& v : QVariantList{u.login, sql::text(password), roleKey(u.role), u.active})
            login.addBindValue(v);
        if (!login.exec())
            return Status::error(ErrorCode::Database, tr("The server refused the login \"%1\": %2").arg(u.login, sqlErrorText(login.lastError())));
    }
    // Nobody locks the administrators out of their own database by mistake.
    auto after = currentAccess();
    if (!after)
        return after.status();
    if (!after->canManageUsers())
        return Status::error(ErrorCode::Validation, tr("After this change you (%1) would no longer be an administrator here; nothing was saved. "
                                                       "Add yourself as an administrator first.")
                                                        .arg(after->login));
    const Status audited = AuditRepository(m_db).record(conn, tableName(), u.id, u.uuid,
                                                        input.id == 0 ? QStringLiteral("create") : QStringLiteral("update"),
                                                        AuditRepository::diff(before, fields(u)));
    if (!audited)
        return audited;
    if (const Status committed = tx.commit(); !committed)
        return committed;
    return get(u.id);
}

// The new row of `u` (its uuid and id are set here), inside the caller's transaction; the
// caller audits it.
Status UserRepository::insertRow(QSqlDatabase& conn, User& u) const
{
    u.uuid = newUuid();
    const QString now = m_db.nowIso();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO dx_users (uuid, created_at, updated_at, updated_by, login, display_name, role, "
                             "provider_id, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{u.uuid, now, now, m_db.user(), u.login, u.displayName, roleKey(u.role),
                                          sql::idOrNull(u.providerId), u.active ? 1 : 0})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not save the user: %1").arg(sqlErrorText(q.lastError())));
    u.id = q.lastInsertId().toLongLong();
    return Status::ok();
}

Status UserRepository::enrolFieldProvider(QSqlDatabase& conn, const QString& providerCreditCode) const
{
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("SELECT id FROM providers WHERE credit_code = ?"));
    q.addBindValue(providerCreditCode);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    if (!q.next())
        return Status::ok();   // the package did not carry its provider: the laptop stays its owner's
    User u;
    u.login = m_db.user();
    u.role = Role::Provider;
    u.providerId = q.value(0).toLongLong();
    u.displayName = QString::fromLatin1("");
    if (const Status inserted = insertRow(conn, u); !inserted)
        return inserted;
    return AuditRepository(m_db).record(conn, tableName(), u.id, u.uuid, QStringLiteral("create"),
                                        AuditRepository::diff({}, fields(u)));
}

} // namespace dx
