#pragma once

// A fresh database with a fixed clock and the helpers the enterprise write tests share
// (tst_enterpriserepository, tst_enterprisebulk).

#include "TestSupport.h"

#include "repo/AuditRepository.h"
#include "repo/ClusterRepository.h"
#include "repo/EnterpriseRepository.h"

#include <QSqlQuery>
#include <memory>

namespace dx::test {

inline const QDateTime kFixtureStart(QDate(2024, 3, 1), QTime(8, 30), Qt::UTC);

inline QString iso(const QDateTime& t) { return t.toString(Qt::ISODateWithMs); }

class EnterpriseFixture
{
public:
    EnterpriseFixture()
    {
        OpenOptions o;
        o.clock = &clock;
        db = std::make_unique<TempDatabase>(o);
        repo = std::make_unique<EnterpriseRepository>(**db);
    }

    qint64 auditCount() const
    {
        QSqlQuery q((*db)->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : -1;
    }

    qint64 enterpriseCount() const
    {
        return repo->count(EnterpriseFilter::everyone()).value();
    }

    qint64 clusterId(const QString& name) const
    {
        const auto clusters = ClusterRepository(**db).list();
        for (const Cluster& c : clusters.value())
            if (c.name == name)
                return c.id;
        return 0;
    }

    QVector<AuditEntry> history(qint64 id) const
    {
        return AuditRepository(**db).history(EnterpriseRepository::tableName(), id).value();
    }

    // Whether a search for `text` (FTS5 from 3 characters) lists the enterprise `id`.
    bool searchFinds(const QString& text, qint64 id) const
    {
        EnterpriseFilter f;
        f.search = text;
        f.archived = ArchivedFilter::All;
        const auto rows = repo->page(f, EnterpriseSortKey::Name, Qt::AscendingOrder, std::nullopt, 100);
        if (!rows)
            return false;
        for (const EnterpriseListRow& r : rows.value())
            if (r.id == id)
                return true;
        return false;
    }

    FixedClock clock{kFixtureStart};   // before db: outlives it
    std::unique_ptr<TempDatabase> db;
    std::unique_ptr<EnterpriseRepository> repo;
};

} // namespace dx::test
