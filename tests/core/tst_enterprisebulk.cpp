// EnterpriseRepository::insertMany: one transaction with an audit row per enterprise, all or
// nothing (cancel, a bad row, a duplicate), and the search index kept right around it.

#include "EnterpriseFixture.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "repo/BulkWrite.h"

#include <QSqlQuery>
#include <QSqlError>
#include <QtTest>

using namespace dx;

class TestEnterpriseBulk : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void insertMany();
    void insertManyCancelled();
    void insertManyBadRowWritesNothing_data();
    void insertManyBadRowWritesNothing();
    void largeBatchBuildsTheListIndexesAtItsEnd();
    void bulkWriteUsesTheRollbackJournalWhileItHasTheFile();

private:
    std::unique_ptr<test::EnterpriseFixture> f;
};

void TestEnterpriseBulk::init()
{
    f = std::make_unique<test::EnterpriseFixture>();
}

void TestEnterpriseBulk::cleanup()
{
    f.reset();
}

void TestEnterpriseBulk::insertMany()
{
    QVector<Enterprise> list;
    for (int i = 1; i <= 5; ++i)
        list << test::sampleEnterprise(i, QStringLiteral("揭阳市批量%1号纺织有限公司").arg(i));
    QVector<QPair<int, int>> progress;
    const Status s = f->repo->insertMany(list, QJsonObject{{QStringLiteral("source"), QStringLiteral("unit test")}}, [&](int done, int total) { progress << qMakePair(done, total); });
    QVERIFY2(s, qPrintable(s.message()));
    QCOMPARE(f->enterpriseCount(), qint64(5));
    QCOMPARE(f->auditCount(), qint64(5));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), qMakePair(5, 5));

    auto third = f->repo->findByCreditCode(list.at(2).creditCode);
    QVERIFY(third);
    QCOMPARE(third->name, list.at(2).name);
    QCOMPARE(third->version, 1);
    const QVector<AuditEntry> h = f->history(third->id);
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.first().action, QStringLiteral("create"));

    // Bulk rows are searchable, and the search index still follows single creates afterwards.
    QVERIFY(f->searchFinds(QStringLiteral("批量3号"), third->id));
    QVERIFY(f->searchFinds(third->creditCode.mid(6, 7), third->id));
    auto later = f->repo->create(test::sampleEnterprise(9, QStringLiteral("揭阳市随后单建五金有限公司")));
    QVERIFY(later);
    QVERIFY(f->searchFinds(QStringLiteral("随后单建"), later->id));
}

void TestEnterpriseBulk::insertManyCancelled()
{
    QVector<Enterprise> list;
    for (int i = 1; i <= 3; ++i)
        list << test::sampleEnterprise(i);
    std::atomic_bool cancel{true};
    Status s = f->repo->insertMany(list, QJsonObject{{QStringLiteral("source"), QStringLiteral("unit test")}}, {}, &cancel);
    QCOMPARE(s.code(), ErrorCode::Cancelled);
    QCOMPARE(f->enterpriseCount(), qint64(0));
    QCOMPARE(f->auditCount(), qint64(0));

    // Cancelled after the first row was written: that row is rolled back too.
    cancel = false;
    s = f->repo->insertMany(list, QJsonObject{{QStringLiteral("source"), QStringLiteral("unit test")}}, [&](int, int) { cancel = true; }, &cancel);
    QCOMPARE(s.code(), ErrorCode::Cancelled);
    QCOMPARE(f->enterpriseCount(), qint64(0));
    QCOMPARE(f->auditCount(), qint64(0));

    auto after = f->repo->create(test::sampleEnterprise(1, QStringLiteral("揭阳市取消之后纺织有限公司")));
    QVERIFY2(after, qPrintable(after.message()));
    QVERIFY(f->searchFinds(QStringLiteral("取消之后"), after->id));
}

void TestEnterpriseBulk::insertManyBadRowWritesNothing_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("invalid credit code") << "code" << int(ErrorCode::Validation);
    QTest::newRow("empty name") << "name" << int(ErrorCode::Validation);
    QTest::newRow("duplicate within the batch") << "duplicate" << int(ErrorCode::Duplicate);
    QTest::newRow("duplicate of a stored enterprise") << "stored" << int(ErrorCode::Duplicate);
}

void TestEnterpriseBulk::insertManyBadRowWritesNothing()
{
    QFETCH(QString, problem);
    QFETCH(int, expectedCode);
    auto stored = f->repo->create(test::sampleEnterprise(100));
    QVERIFY(stored);
    const qint64 audits = f->auditCount();

    QVector<Enterprise> list;
    for (int i = 1; i <= 5; ++i)
        list << test::sampleEnterprise(i);
    Enterprise& bad = list[3];
    if (problem == QLatin1String("code")) bad.creditCode = QStringLiteral("91330106MA27Y4U47Y");
    else if (problem == QLatin1String("name")) bad.name = QStringLiteral("  ");
    else if (problem == QLatin1String("duplicate")) bad.creditCode = list.at(0).creditCode;
    else bad.creditCode = stored->creditCode;

    const Status s = f->repo->insertMany(list, QJsonObject{{QStringLiteral("source"), QStringLiteral("unit test")}});
    QVERIFY(!s);
    QCOMPARE(int(s.code()), expectedCode);
    QVERIFY2(s.message().contains(QStringLiteral("Row 4")), qPrintable(s.message()));
    QCOMPARE(f->enterpriseCount(), qint64(1));
    QCOMPARE(f->auditCount(), audits);
    QCOMPARE(f->repo->findByCreditCode(list.at(0).creditCode).code(), ErrorCode::NotFound);

    // The rolled-back batch left the search index working for the next write.
    auto after = f->repo->create(test::sampleEnterprise(7, QStringLiteral("揭阳市失败之后塑胶有限公司")));
    QVERIFY2(after, qPrintable(after.message()));
    QVERIFY(f->searchFinds(QStringLiteral("失败之后"), after->id));
}

namespace {
// The register's indexes as SQLite stores them (name and statement), in name order.
QStringList indexes(const Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name, COALESCE(sql, '') FROM sqlite_master WHERE type = 'index' AND tbl_name = 'enterprises' "
                          "ORDER BY name"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    return out;
}
} // namespace

// A batch big enough to outweigh the register (DeferredIndexes) drops the list indexes for its
// rows and builds them at its end: after a success they are all there and right; after a failure
// (the last row a duplicate) the register is as before, indexes included.
void TestEnterpriseBulk::largeBatchBuildsTheListIndexesAtItsEnd()
{
    if ((*f->db)->connection().driverName() != QLatin1String("QSQLITE"))
        QSKIP("SQLite's plain indexes only");
    const QStringList before = indexes(**f->db);
    QVERIFY(before.size() >= 10);
    const int n = int(DeferredIndexes::MinimumBatch);
    QVector<Enterprise> list;
    for (int i = 1; i <= n; ++i)
        list << test::sampleEnterprise(i, QStringLiteral("揭阳市批量%1号纺织有限公司").arg(n + 1 - i));
    list.last().creditCode = list.first().creditCode;
    const Status failed = f->repo->insertMany(list, QJsonObject{{QStringLiteral("source"), QStringLiteral("unit test")}});
    QCOMPARE(failed.code(), ErrorCode::Duplicate);
    QCOMPARE(indexes(**f->db), before);
    QCOMPARE(f->enterpriseCount(), qint64(0));

    list.last() = test::sampleEnterprise(n);
    const Status s = f->repo->insertMany(list, QJsonObject{{QStringLiteral("source"), QStringLiteral("unit test")}});
    QVERIFY2(s, qPrintable(s.message()));
    QCOMPARE(indexes(**f->db), before);
    QSqlQuery q((*f->db)->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QCOMPARE(f->auditCount(), qint64(n));
    // The first page in name order comes from the rebuilt (archived, name, id) index.
    auto page = f->repo->page(EnterpriseFilter(), EnterpriseSortKey::Name, Qt::AscendingOrder, std::nullopt, 3);
    QVERIFY(page);
    QCOMPARE(page->size(), 3);
    QCOMPARE(page->at(0).name, QStringLiteral("揭阳市批量1000号纺织有限公司"));
    QVERIFY(f->searchFinds(QStringLiteral("批量4321号"), f->repo->findByCreditCode(list.at(n - 4321).creditCode)->id));
}

namespace {
QString journalMode(const QSqlDatabase& conn)
{
    QSqlQuery q(conn);
    return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() ? q.value(0).toString() : QStringLiteral("(failed)");
}
} // namespace

// BulkJournalScope: a bulk write that has the file to itself runs with the rollback journal and
// gives the file back in WAL mode, a rolled-back batch leaves nothing; a small batch, or a file
// another connection has open, stays in WAL.
void TestEnterpriseBulk::bulkWriteUsesTheRollbackJournalWhileItHasTheFile()
{
    QSqlDatabase conn = (*f->db)->connection();
    if (conn.driverName() != QLatin1String("QSQLITE"))
        QSKIP("SQLite's journal only");
    QCOMPARE(journalMode(conn), QStringLiteral("wal"));
    {
        BulkJournalScope small(conn, BulkJournalScope::MinimumRows - 1);
        QVERIFY(!small.active());
        QCOMPARE(journalMode(conn), QStringLiteral("wal"));
    }
    {
        BulkJournalScope journal(conn, BulkJournalScope::MinimumRows);
        QVERIFY(journal.active());
        QCOMPARE(journalMode(conn), QStringLiteral("delete"));
        Transaction tx(conn);   // not committed
        QVERIFY(f->repo->insertMany({test::sampleEnterprise(1), test::sampleEnterprise(2)}, {}).isOk());
        QCOMPARE(f->enterpriseCount(), qint64(2));
    }
    QCOMPARE(journalMode(conn), QStringLiteral("wal"));
    QCOMPARE(f->enterpriseCount(), qint64(0));
    {
        BulkJournalScope journal(conn, BulkJournalScope::MinimumRows);
        QVERIFY(journal.active());
        QVERIFY(f->repo->insertMany({test::sampleEnterprise(3)}, {}).isOk());
    }
    QCOMPARE(journalMode(conn), QStringLiteral("wal"));
    QCOMPARE(f->enterpriseCount(), qint64(1));

    const QString other = QStringLiteral("tst_enterprisebulk_other");
    {
        QSqlDatabase second = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        second.setDatabaseName(conn.databaseName());
        QVERIFY(second.open());
        QCOMPARE(journalMode(second), QStringLiteral("wal"));
        BulkJournalScope journal(conn, BulkJournalScope::MinimumRows);
        QVERIFY(!journal.active());
        QCOMPARE(journalMode(conn), QStringLiteral("wal"));
        second.close();
    }
    QSqlDatabase::removeDatabase(other);

    // While a bulk write holds the file (the journal's exclusive lock once its pages spill),
    // another program's read waits out its busy timeout and is told why in words.
    const QString reader = QStringLiteral("tst_enterprisebulk_reader");
    {
        BulkJournalScope journal(conn, BulkJournalScope::MinimumRows);
        QVERIFY(journal.active());
        QVERIFY(QSqlQuery(conn).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QSqlDatabase second = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), reader);
        second.setDatabaseName(conn.databaseName());
        second.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=50"));
        QVERIFY(second.open());
        QSqlQuery q(second);
        QVERIFY(!q.exec(QStringLiteral("SELECT COUNT(*) FROM enterprises")));
        QVERIFY2(sqlErrorText(q.lastError()).contains(QStringLiteral("another program that is writing")), qPrintable(sqlErrorText(q.lastError())));
        q.finish();
        second.close();
        QVERIFY(QSqlQuery(conn).exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(reader);
    QCOMPARE(journalMode(conn), QStringLiteral("wal"));
}

QTEST_GUILESS_MAIN(TestEnterpriseBulk)
#include "tst_enterprisebulk.moc"
