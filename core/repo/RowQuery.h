#pragma once

#include "db/Database.h"
#include "util/Result.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dx::sql {

// Runs a query expected to return one row and maps it with `read`. A failed query is a
// Database error (prefixed with `what` when given); no row is a NotFound with `notFound`.
// Every repository's get(id) is this shape.
template <typename Read>
auto selectOne(const Database& db, const QString& sql, const QVariantList& binds, Read read, const QString& notFound,
               const QString& what = QString()) -> Result<decltype(read(std::declval<const QSqlQuery&>()))>
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        const QString error = sqlErrorText(q.lastError());
        return Status::error(ErrorCode::Database, what.isEmpty() ? error : QStringLiteral("%1: %2").arg(what, error));
    }
    if (!q.next())
        return Status::error(ErrorCode::NotFound, notFound);
    return read(q);
}

// Runs a query and maps every row with `read`; the shape of every repository's list().
template <typename Read>
auto selectAll(const Database& db, const QString& sql, const QVariantList& binds, Read read)
    -> Result<QVector<decltype(read(std::declval<const QSqlQuery&>()))>>
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QVector<decltype(read(std::declval<const QSqlQuery&>()))> out;
    while (q.next())
        out.push_back(read(q));
    return out;
}

} // namespace dx::sql
