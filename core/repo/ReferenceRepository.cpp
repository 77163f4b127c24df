#include "ReferenceRepository.h"
#include "util/Uuid.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace dx {

namespace {

Result<QJsonArray> loadArray(const QString& resource, const QString& key)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return Status::error(ErrorCode::Io, QCoreApplication::translate("dx::ReferenceRepository", "The reference data %1 is missing from the application.").arg(resource));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.object().value(key).isArray())
        return Status::error(ErrorCode::Validation, QCoreApplication::translate("dx::ReferenceRepository", "The reference data %1 is malformed: %2").arg(resource, err.errorString()));
    return doc.object().value(key).toArray();
}

Status insertRows(QSqlDatabase& conn, const Database& owner, const QString& sql, const QJsonArray& rows,
                  const std::function<void(QSqlQuery&, const QJsonObject&)>& bind)
{
    QSqlQuery q(conn);
    if (!q.prepare(sql))
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    const QString now = owner.nowIso();
    for (const QJsonValue& v : rows) {
        q.addBindValue(newUuid());
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(owner.user());
        bind(q, v.toObject());
        if (!q.exec())
            return Status::error(ErrorCode::Database, QCoreApplication::translate("dx::ReferenceRepository", "Could not store reference data: %1").arg(sqlErrorText(q.lastError())));
    }
    return Status::ok();
}

} // namespace

Status ReferenceRepository::seedDefaults(QSqlDatabase& conn, const Database& owner)
{
    auto districts = loadArray(QStringLiteral(":/dx/reference/districts.json"), QStringLiteral("districts"));
    auto industries = loadArray(QStringLiteral(":/dx/reference/industries.json"), QStringLiteral("industries"));
    auto clusters = loadArray(QStringLiteral(":/dx/reference/clusters.json"), QStringLiteral("clusters"));
    for (const auto* r : {&districts, &industries, &clusters})
        if (!*r)
            return r->status();

    // Districts and industries share their shape: code, name, parent, level.
    const auto bindCodeRow = [](QSqlQuery& q, const QJsonObject& o) {
        q.addBindValue(o.value(QLatin1String("code")).toString());
        q.addBindValue(o.value(QLatin1String("name")).toString());
        q.addBindValue(o.value(QLatin1String("parent")).toString());
        q.addBindValue(o.value(QLatin1String("level")).toInt());
    };
    Status s = insertRows(conn, owner,
                          QStringLiteral("INSERT INTO districts (uuid, created_at, updated_at, updated_by, code, name, parent_code, level) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          districts.value(), bindCodeRow);
    if (!s)
        return s;
    s = insertRows(conn, owner,
                   QStringLiteral("INSERT INTO industries (uuid, created_at, updated_at, updated_by, code, name, parent_code, level) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   industries.value(), bindCodeRow);
    if (!s)
        return s;
    int order = 0;
    return insertRows(conn, owner,
                      QStringLiteral("INSERT INTO clusters (uuid, created_at, updated_at, updated_by, name, industry_codes, sort_order) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      clusters.value(), [&order](QSqlQuery& q, const QJsonObject& o) {
                          QStringList codes;
                          for (const QJsonValue& c : o.value(QLatin1String("industries")).toArray())
                              codes << c.toString();
                          q.addBindValue(o.value(QLatin1String("name")).toString());
                          q.addBindValue(codes.join(QLatin1Char(',')));
                          q.addBindValue(++order);
                      });
}

Result<QVector<District>> ReferenceRepository::districts() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT code, name, parent_code, level, retired FROM districts ORDER BY code")))
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QVector<District> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                       q.value(4).toBool()});
    return out;
}

Result<QVector<Industry>> ReferenceRepository::industries() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT code, name, parent_code, level FROM industries ORDER BY level, code")))
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QVector<Industry> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return out;
}

} // namespace dx
