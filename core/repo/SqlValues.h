#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

// Small conversions every repository needs between C++ values and column values.
namespace dx::sql {

// A null QString binds as SQL NULL; text columns are NOT NULL with '' for "none".
inline QString text(const QString& s)
{
    return s.isNull() ? QString::fromLatin1("") : s;
}

// Dates are ISO strings in the database, '' for "no date".
inline QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString::fromLatin1("");
}

inline QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Optional foreign keys: 0 in C++, NULL in the database.
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QString placeholders(int n)
{
    return n <= 0 ? QString() : QStringLiteral("?, ").repeated(n - 1) + QLatin1Char('?');
}

// "a, b" → "a = ?, b = ?"
inline QString assignments(const QString& columns)
{
    QStringList sets;
    for (const QString& c : columns.split(QStringLiteral(", ")))
        sets << c + QStringLiteral(" = ?");
    return sets.join(QStringLiteral(", "));
}

} // namespace dx::sql
