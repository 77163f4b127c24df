#pragma once

#include "db/Database.h"
#include "domain/Enterprise.h"

#include <QTemporaryDir>
#include <memory>

namespace dx::test {

// A fresh database in its own temporary folder, removed with the object.
class TempDatabase
{
public:
    explicit TempDatabase(const OpenOptions& options = {});
    const DatabasePtr& db() const { return m_db; }
    Database& operator*() const { return *m_db; }
    Database* operator->() const { return m_db.get(); }
    QString dir() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }

private:
    QTemporaryDir m_dir;
    DatabasePtr m_db;
};

// A valid enterprise in the demo city with a credit code unique for `index`.
Enterprise sampleEnterprise(int index, const QString& name = QString());
// A valid credit code built from a district and an index.
QString makeCreditCode(const QString& district, int index);

} // namespace dx::test
