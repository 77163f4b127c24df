#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace dx {

class Database;

struct District
{
    QString code;         // GB/T 2260, 6 digits
    QString name;
    QString parentCode;
    int level = 0;        // 1 province, 2 prefecture, 3 county/district
    bool retired = false;
};

struct Industry
{
    QString code;         // GB/T 4754: section letter, or 2-digit division
    QString name;
    QString parentCode;
    int level = 0;        // 1 门类, 2 大类
};

// Districts and industries: reference data shipped in resources/reference and copied into
// every new database, so a file is complete on its own (field packages, other machines).
class ReferenceRepository
{
public:
    explicit ReferenceRepository(const Database& db) : m_db(db) {}

    // Called by schema step 1 inside its transaction.
    static Status seedDefaults(QSqlDatabase& conn, const Database& owner);

    Result<QVector<District>> districts() const;
    Result<QVector<Industry>> industries() const;

private:
    const Database& m_db;
};

} // namespace dx
