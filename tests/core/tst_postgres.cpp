// The PostgreSQL back end itself (the repositories' behaviour on it is the other tests' _pg
// runs): a new database is created at the latest schema, opened again without a step, refused
// when it belongs to another program or a newer DX Desk, and reached only at a valid address;
// what SQLite allows and PostgreSQL would not (64-bit money, Chinese substring search through
// pg_trgm) works; and writers from two connections take turns.

#include "TestSupport.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "db/Transaction.h"
#include "repo/EnterpriseRepository.h"

#include <QSqlQuery>
#include <QtConcurrent>
#include <QtTest>

using namespace dx;
using namespace dx::test;

namespace {

QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// The plan of `sql` with sequential scans priced out (empty when EXPLAIN fails).
QString planWithoutScans(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SET enable_seqscan = off")) || !q.exec(QStringLiteral("EXPLAIN ") + sql))
        return {};
    QString plan;
    while (q.next())
        plan += q.value(0).toString() + QLatin1Char('\n');
    return plan;
}

OpenOptions asTester()
{
    OpenOptions o;
    o.user = QStringLiteral("tester");
    return o;
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseHasTheLatestSchema()
    {
        ServerDatabase server;
        auto db = Database::open(server.url(), asTester());
        QVERIFY2(db, qPrintable(db.message()));
        QCOMPARE(db.value()->backend(), Backend::Postgres);
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT value FROM dx_meta WHERE key = 'application_id'")).toInt(),
                 Database::ApplicationId);
        // Ids are identities and integers 64-bit.
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_name = "
                                                     "'grants' AND column_name = 'approved_fen'")).toString(),
                 QStringLiteral("bigint"));
        const auto counts = db.value()->tableCounts();
        QVERIFY(counts);
        QVERIFY(counts->size() > 20);
        db.value().reset();

        auto again = Database::open(server.url(), asTester());
        QVERIFY2(again, qPrintable(again.message()));
        QCOMPARE(again.value()->schemaVersion(), Migrations::latestVersion());
    }

    void anotherProgramsDatabaseIsRefused()
    {
        ServerDatabase server;
        QVERIFY(server.exec({QStringLiteral("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)"),
                             QStringLiteral("INSERT INTO invoices VALUES (1, 99.5)")}));
        auto db = Database::open(server.url(), asTester());
        QVERIFY(!db);
        QCOMPARE(db.code(), ErrorCode::Validation);
        QVERIFY2(db.message().contains(QStringLiteral("another program")), qPrintable(db.message()));
        // Untouched: no table of ours was added.
        QVERIFY(server.exec({QStringLiteral("SELECT 1/(CASE WHEN to_regclass('enterprises') IS NULL THEN 1 ELSE 0 END)")}));
    }

    void newerSchemaIsRefused()
    {
        ServerDatabase server;
        {
            auto db = Database::open(server.url(), asTester());
            QVERIFY(db);
        }
        QVERIFY(server.exec({QStringLiteral("UPDATE dx_meta SET value = '%1' WHERE key = 'schema_version'")
                                 .arg(Migrations::latestVersion() + 1)}));
        auto db = Database::open(server.url(), asTester());
        QVERIFY(!db);
        QVERIFY2(db.message().contains(QStringLiteral("newer DX Desk")), qPrintable(db.message()));
    }

    void badAddressesGetAClearMessage()
    {
        auto noName = Database::open(QStringLiteral("postgresql://postgres@127.0.0.1:1/"), asTester());
        QVERIFY(!noName);
        QVERIFY2(noName.message().contains(QStringLiteral("postgresql://user@host:port/database")), qPrintable(noName.message()));
        auto closed = Database::open(QStringLiteral("postgresql://postgres:secret@127.0.0.1:1/dx"), asTester());
        QVERIFY(!closed);
        QVERIFY2(closed.message().startsWith(QStringLiteral("Cannot connect to postgresql://postgres@127.0.0.1:1/dx")),
                 qPrintable(closed.message()));
        QVERIFY2(!closed.message().contains(QStringLiteral("secret")), "the password must not be shown");
    }

    void moneyBeyondThirtyTwoBits()
    {
        TempDatabase db;
        Enterprise e = sampleEnterprise(1);
        e.revenue = Money::fromFen(Q_INT64_C(987654321012));   // 98.8 亿元
        auto created = EnterpriseRepository(*db).create(e);
        QVERIFY2(created, qPrintable(created.message()));
        QCOMPARE(EnterpriseRepository(*db).get(created->id)->revenue.fen(), Q_INT64_C(987654321012));
    }

    void chineseSubstringSearchUsesTheTrigramIndex()
    {
        TempDatabase db;
        EnterpriseRepository repo(*db);
        QVERIFY(repo.create(sampleEnterprise(1, QStringLiteral("揭阳市恒泰五金制品有限公司"))));
        QVERIFY(repo.create(sampleEnterprise(2, QStringLiteral("揭阳市榕城区纺织厂"))));
        QVERIFY(repo.create(sampleEnterprise(3, QStringLiteral("Jieyang ABC 科技有限公司"))));
        EnterpriseFilter f;
        f.search = QStringLiteral("恒泰五金");
        QCOMPARE(repo.count(f).value(), 1);
        f.search = QStringLiteral("纺织");
        QCOMPARE(repo.count(f).value(), 1);
        f.search = QStringLiteral("abc");   // ASCII letters match in either case, as on SQLite
        QCOMPARE(repo.count(f).value(), 1);
        // With sequential scans priced out, the planner answers a three-character piece from pg_trgm's index.
        const QString plan = planWithoutScans(*db, QStringLiteral("SELECT id FROM enterprises WHERE name ILIKE '%恒泰五%'"));
        QVERIFY2(plan.contains(QStringLiteral("enterprises_name_trgm")), qPrintable(plan));
    }

    void shortPiecesUseTheCharacterPairIndex()
    {
        TempDatabase db;
        EnterpriseRepository repo(*db);
        const QStringList names{QStringLiteral("揭阳市恒泰五金制品有限公司"), QStringLiteral("揭阳市泰恒纺织厂"),
                                QStringLiteral("Jieyang ABC 科技有限公司"), QStringLiteral("普宁市恒丰塑料厂")};
        for (int i = 0; i < names.size(); ++i)
            QVERIFY(repo.create(sampleEnterprise(i + 1, names.at(i))));
        // The same answers as a scan: a pair in order, a single character, ASCII in either case.
        const QList<QPair<QString, int>> expected{{QStringLiteral("恒泰"), 1}, {QStringLiteral("泰恒"), 1}, {QStringLiteral("恒"), 3},
                                                  {QStringLiteral("b"), 1}, {QStringLiteral("Ab"), 1}, {QStringLiteral("厂"), 2},
                                                  {QStringLiteral("泰五金"), 1}, {QStringLiteral("恒x"), 0}};
        for (const auto& [piece, count] : expected) {
            EnterpriseFilter f;
            f.search = piece;
            QCOMPARE(repo.count(f).value(), count);
            auto page = repo.page(f, EnterpriseSortKey::Name, Qt::AscendingOrder, std::nullopt, 50);
            QVERIFY2(page, qPrintable(page.message()));
            QCOMPARE(int(page->size()), count);
        }
        const QString plan = planWithoutScans(*db, QStringLiteral("SELECT id FROM enterprises WHERE dx_name_grams(name) @> ARRAY['恒泰']"));
        QVERIFY2(plan.contains(QStringLiteral("enterprises_name_grams")), qPrintable(plan));
    }

    void writersTakeTurns()
    {
        // Two connections each add 1 to a counter 200 times, reading it first inside their own
        // transaction: without the writers' lock some increments would be lost.
        TempDatabase first;
        auto second = Database::open(first.location(), asTester());
        QVERIFY(second);
        {
            QSqlQuery q(first->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE counter (n BIGINT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO counter VALUES (0)")));
        }
        const auto add = [](const Database& db) {
            int failures = 0;
            for (int i = 0; i < 200; ++i) {
                QSqlDatabase conn = db.connection();
                Transaction tx(conn);
                QSqlQuery q(conn);
                if (!tx.status() || !q.exec(QStringLiteral("SELECT n FROM counter")) || !q.next()) {
                    ++failures;
                    continue;
                }
                const qint64 n = q.value(0).toLongLong();
                q.finish();
                if (!q.exec(QStringLiteral("UPDATE counter SET n = %1").arg(n + 1)) || !tx.commit())
                    ++failures;
            }
            db.releaseThreadConnection();
            return failures;
        };
        const Database& a = *first;
        const Database& b = *second.value();
        QFuture<int> one = QtConcurrent::run([&] { return add(a); });
        QFuture<int> two = QtConcurrent::run([&] { return add(b); });
        QCOMPARE(one.result() + two.result(), 0);
        QCOMPARE(scalar(*first, QStringLiteral("SELECT n FROM counter")).toLongLong(), 400);
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
