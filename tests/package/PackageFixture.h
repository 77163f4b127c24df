#pragma once

// A bureau with a demo city and a laptop opened from one of its packages, on fixed clocks so
// expiry dates do not depend on the day the tests run.

#include "TestSupport.h"
#include "ZipFixture.h"   // fileBytes
#include "db/Database.h"
#include "demo/DemoCityGenerator.h"
#include "package/FieldPackage.h"
#include "package/PackageExport.h"
#include "package/PackageRepository.h"
#include "repo/ProviderRepository.h"

#include <QTemporaryDir>
#include <QtTest>

namespace dx::test {

inline QDateTime fixtureNow() { return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); }

struct Bureau
{
    explicit Bureau(int enterprises, quint64 seed = 7) : clock(fixtureNow())
    {
        OpenOptions o;
        o.clock = &clock;
        o.user = QStringLiteral("officer");
        db = std::make_unique<TempDatabase>(o);
        const Status s = DemoCityGenerator::populate(*db->db(), enterprises, seed);
        if (!s)
            qFatal("demo city: %s", qPrintable(s.message()));
    }
    const Database& operator*() const { return *db->db(); }

    // The provider with the most assigned enterprises (a traction unit of many projects).
    QString busiestProvider() const
    {
        PackageRepository repo(**this);
        QString best;
        qsizetype most = 0;
        const auto providers = ProviderRepository(**this).list();
        for (const Provider& p : providers.value()) {
            const auto ids = repo.enterprisesForProvider(p.id);
            if (ids && ids->size() > most) {
                most = ids->size();
                best = p.creditCode;
            }
        }
        return best;
    }

    FixedClock clock;
    std::unique_ptr<TempDatabase> db;
};

// Opens a field database from a package, on its own fixed clock.
struct Laptop
{
    Laptop(const QString& package, const QString& path) : clock(fixtureNow().addDays(1))
    {
        opened = FieldPackage::open(package, path, clock.now().date());
        if (!opened)
            return;
        OpenOptions o;
        o.clock = &clock;
        o.user = QStringLiteral("provider");
        auto d = Database::open(path, o);
        if (d)
            db = d.value();
    }
    FixedClock clock;
    Result<FieldOpenResult> opened = Status::error(ErrorCode::NotFound, QString());
    DatabasePtr db;
};

// A bureau that exported its busiest provider's package, and the laptop opened from it.
struct FieldTrip
{
    FieldTrip(int enterprises, quint64 seed)
        : bureau(enterprises, seed), provider(bureau.busiestProvider()),
          exported(PackageExport::run(*bureau, {provider, {}, {}, {}}, dir.filePath(QStringLiteral("p")))),
          laptop(dir.filePath(QStringLiteral("p")), dir.filePath(QStringLiteral("f.sqlite")))
    {
    }
    bool ok() const { return exported.isOk() && laptop.opened.isOk() && laptop.db; }

    Bureau bureau;
    QTemporaryDir dir;
    QString provider;
    Result<PackageExportResult> exported;
    Laptop laptop;
};

inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace dx::test
