// Search at the size of a real city: 100,000 demo enterprises. The ids found by paging
// through a search (both the LIKE and the FTS5 path) must be exactly those a brute-force
// substring scan over every row finds. Correctness only; no timing is asserted.

#include "TestSupport.h"

#include "demo/DemoCityGenerator.h"
#include "repo/EnterpriseRepository.h"

#include <QtTest>

using namespace dx;

namespace {
constexpr int kCount = 100000;
constexpr int kLimit = 1000;
}

class TestSearchScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void searchMatchesBruteForce_data();
    void searchMatchesBruteForce();

private:
    // Every id of the filter, page by page; empty optional when a page fails or loops.
    std::optional<QVector<EnterpriseListRow>> all(const EnterpriseFilter& f, EnterpriseSortKey key) const;

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<EnterpriseRepository> m_repo;
    QVector<EnterpriseListRow> m_rows;   // the whole register, read without a search
};

void TestSearchScale::initTestCase()
{
    m_db = std::make_unique<test::TempDatabase>();
    m_repo = std::make_unique<EnterpriseRepository>(**m_db);
    const Status s = DemoCityGenerator::populate(**m_db, kCount, 7);
    QVERIFY2(s, qPrintable(s.message()));
    EnterpriseFilter everything;
    everything.archived = ArchivedFilter::All;
    QCOMPARE(m_repo->count(everything).value(), qint64(kCount));
    auto rows = all(everything, EnterpriseSortKey::CreditCode);
    QVERIFY(rows);
    m_rows = *rows;
    QCOMPARE(m_rows.size(), kCount);
    QSet<qint64> ids;
    for (const EnterpriseListRow& r : m_rows)
        ids.insert(r.id);
    QCOMPARE(ids.size(), kCount);
}

void TestSearchScale::cleanupTestCase()
{
    m_rows.clear();
    m_repo.reset();
    m_db.reset();
}

std::optional<QVector<EnterpriseListRow>> TestSearchScale::all(const EnterpriseFilter& f, EnterpriseSortKey key) const
{
    QVector<EnterpriseListRow> out;
    std::optional<PageCursor> after;
    for (int pages = 0; pages <= kCount / kLimit + 1; ++pages) {
        auto rows = m_repo->page(f, key, Qt::AscendingOrder, after, kLimit);
        if (!rows) {
            qWarning("page() failed: %s", qPrintable(rows.message()));
            return std::nullopt;
        }
        out += rows.value();
        if (rows->size() < kLimit)
            return out;
        after = rows->last().cursor;
    }
    return std::nullopt;
}

void TestSearchScale::searchMatchesBruteForce_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("needle");   // what a plain substring scan looks for
    QTest::addColumn<int>("minimum");      // the result must have at least this many rows

    // Pieces of names the generator builds from brandChars + industry word + suffix.
    QTest::newRow("1 char (LIKE)") << QStringLiteral("鑫") << QStringLiteral("鑫") << 100;
    QTest::newRow("2-char brand piece (LIKE)") << QStringLiteral("恒泰") << QStringLiteral("恒泰") << 1;
    QTest::newRow("2-char brand piece 2 (LIKE)") << QStringLiteral("宏昌") << QStringLiteral("宏昌") << 1;
    QTest::newRow("3 chars 纺织有 (FTS)") << QStringLiteral("纺织有") << QStringLiteral("纺织有") << 100;
    QTest::newRow("3-char brand + word (FTS)") << QStringLiteral("源塑胶") << QStringLiteral("源塑胶") << 1;
    QTest::newRow("4 chars 揭阳市恒 (FTS)") << QStringLiteral("揭阳市恒") << QStringLiteral("揭阳市恒") << 1;
    QTest::newRow("4 chars 科技有限 (FTS)") << QStringLiteral("科技有限") << QStringLiteral("科技有限") << 100;
    QTest::newRow("absent 3 chars") << QStringLiteral("不存在") << QStringLiteral("不存在") << 0;

    // Credit-code fragments, taken from stored rows so they exist; lower case is normalised.
    QVERIFY(m_rows.size() == kCount);
    const QString c1 = m_rows.at(12345).creditCode;
    const QString c2 = m_rows.at(77777).creditCode;
    QTest::newRow("code fragment 6") << c1.mid(8, 6) << c1.mid(8, 6) << 1;
    QTest::newRow("code fragment 6, tail") << c2.right(6) << c2.right(6) << 1;
    QTest::newRow("code fragment 6, lower case") << c2.right(6).toLower() << c2.right(6) << 1;
    QTest::newRow("code fragment 2 (LIKE)") << c1.mid(10, 2) << c1.mid(10, 2) << 1;
    QTest::newRow("district in the code") << QStringLiteral("445281") << QStringLiteral("445281") << 1000;
    QTest::newRow("whole code") << c1 << c1 << 1;
    QTest::newRow("whole code spaced") << c1.left(9) + QLatin1Char(' ') + c1.mid(9) << c1 << 1;
}

void TestSearchScale::searchMatchesBruteForce()
{
    QFETCH(QString, search);
    QFETCH(QString, needle);
    QFETCH(int, minimum);

    QSet<qint64> expected;
    for (const EnterpriseListRow& r : m_rows)
        if (r.name.contains(needle, Qt::CaseInsensitive) || r.creditCode.contains(needle, Qt::CaseInsensitive))
            expected.insert(r.id);
    QVERIFY2(expected.size() >= minimum, qPrintable(QString::number(expected.size())));
    if (minimum == 0)
        QVERIFY(expected.isEmpty());

    EnterpriseFilter f;
    f.search = search;
    f.archived = ArchivedFilter::All;
    auto found = all(f, EnterpriseSortKey::Name);
    QVERIFY2(found, "paging the search failed or did not end");
    QSet<qint64> got;
    for (const EnterpriseListRow& r : *found)
        got.insert(r.id);
    QCOMPARE(got.size(), found->size());   // no row twice
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got, expected);
    QCOMPARE(m_repo->count(f).value(), qint64(expected.size()));
}

QTEST_GUILESS_MAIN(TestSearchScale)
#include "tst_searchscale.moc"
