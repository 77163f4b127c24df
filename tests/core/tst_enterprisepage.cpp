// EnterpriseRepository reads: keyset paging in every sort order, filters, count() and the
// two search paths (LIKE below 3 characters, FTS5 trigram from 3), checked against the same
// rules applied in C++ to ~50 enterprises with many ties.

#include "TestSupport.h"

#include "domain/CreditCode.h"
#include "repo/ClusterRepository.h"
#include "repo/EnterpriseRepository.h"

#include <QtTest>
#include <algorithm>

using namespace dx;

Q_DECLARE_METATYPE(dx::EnterpriseSortKey)
Q_DECLARE_METATYPE(dx::ArchivedFilter)

namespace {

const QDateTime kStart(QDate(2024, 5, 6), QTime(9, 0), Qt::UTC);
constexpr int kCount = 52;
constexpr int kLimit = 7;

QString creditCode(const QString& district, int i)
{
    // Odd rows get letters in the organisation code, so code fragments can be searched in lower case.
    const QString eight = i % 2 ? QStringLiteral("MA%1").arg(i * 4099 % 1000000, 6, 10, QLatin1Char('0'))
                                : QStringLiteral("%1").arg(i * 7919 + 3000000, 8, 10, QLatin1Char('0'));
    const QString first17 = QStringLiteral("91") + district + eight + CreditCode::computeOrganisationCheck(eight);
    return first17 + CreditCode::computeCheckCharacter(first17);
}

// A sort value as SQLite orders it: integers numerically, text by its UTF-8 bytes (BINARY).
struct Key
{
    bool text = false;
    QByteArray bytes;
    qint64 number = 0;
    bool operator<(const Key& o) const { return text ? bytes < o.bytes : number < o.number; }
    bool operator==(const Key& o) const { return text ? bytes == o.bytes : number == o.number; }
};

Key sortKey(const Enterprise& e, EnterpriseSortKey key)
{
    auto t = [](const QString& s) { return Key{true, s.toUtf8(), 0}; };
    auto n = [](qint64 v) { return Key{false, {}, v}; };
    switch (key) {
    case EnterpriseSortKey::Name: return t(e.name);
    case EnterpriseSortKey::CreditCode: return t(e.creditCode);
    case EnterpriseSortKey::District: return t(e.districtCode);
    case EnterpriseSortKey::Cluster: return n(e.clusterId);
    case EnterpriseSortKey::Tier: return n(int(e.tier));
    case EnterpriseSortKey::Employees: return n(e.employees);
    case EnterpriseSortKey::Revenue: return n(e.revenue.fen());
    case EnterpriseSortKey::UpdatedAt: return t(e.updatedAt);
    }
    return {};
}

bool archivedMatches(const Enterprise& e, ArchivedFilter a)
{
    return a == ArchivedFilter::All || e.archived == (a == ArchivedFilter::Archived);
}

} // namespace

class TestEnterprisePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fixtureHasTies();
    void sortedWalk_data();
    void sortedWalk();
    void filters_data();
    void filters();
    void listRowFields();
    void searchBeyondBmp_data();
    void searchBeyondBmp();

private:
    QVector<qint64> walk(const EnterpriseFilter& f, EnterpriseSortKey key, Qt::SortOrder order, bool* ok) const;
    qint64 clusterByName(const QString& name) const;

    FixedClock m_clock{kStart};
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<EnterpriseRepository> m_repo;
    QVector<Cluster> m_clusters;
    QMap<qint64, Enterprise> m_stored;   // as read back with get()
};

void TestEnterprisePage::initTestCase()
{
    OpenOptions o;
    o.clock = &m_clock;
    m_db = std::make_unique<test::TempDatabase>(o);
    m_repo = std::make_unique<EnterpriseRepository>(**m_db);
    m_clusters = ClusterRepository(**m_db).list().value();
    QVERIFY(!m_clusters.isEmpty());

    const QStringList brands = {QStringLiteral("恒泰"), QStringLiteral("鑫源"), QStringLiteral("宏昌"),
                                QStringLiteral("华信"), QStringLiteral("潮榕"), QStringLiteral("金汇")};
    const QStringList words = {QStringLiteral("纺织"), QStringLiteral("塑胶"), QStringLiteral("五金"), QStringLiteral("食品")};
    const QStringList industries = {QStringLiteral("17"), QStringLiteral("29"), QStringLiteral("33"),
                                    QStringLiteral("13"), QStringLiteral("39"), QStringLiteral("21")};
    const QStringList districts = {QStringLiteral("445202"), QStringLiteral("445203"), QStringLiteral("445222"),
                                   QStringLiteral("445224"), QStringLiteral("445281"), QStringLiteral("440106"),
                                   QStringLiteral("321302")};
    for (int i = 0; i < kCount; ++i) {
        Enterprise e;
        // Period 12: every name occurs four or five times, so ties are broken by id.
        e.name = (i % 2 ? QStringLiteral("揭阳市") : QString()) + brands.at(i % 6) + words.at(i % 4)
                 + (i % 3 ? QStringLiteral("有限公司") : QStringLiteral("实业有限公司"));
        e.districtCode = districts.at(i % 7);
        e.creditCode = creditCode(e.districtCode, i);
        e.industryCode = industries.at(i % 6);
        e.clusterId = i % 5 == 4 ? 0 : ClusterRepository::clusterForIndustry(m_clusters, e.industryCode);
        e.aboveScale = i % 3 == 0;
        e.employees = i * 37 % 23;
        e.revenue = Money::fromFen(qint64(i * 7919 % 11) * 250000);
        e.tier = Tier(i % TierCount);
        e.contactName = QStringLiteral("陈伟");
        e.contactPhone = QStringLiteral("1381234%1").arg(i, 4, 10, QLatin1Char('0'));
        m_clock.set(kStart.addSecs(60 * (i * 17 % 13)));
        auto created = m_repo->create(e);
        QVERIFY2(created, qPrintable(created.message()));
        if (i % 11 == 10) {
            m_clock.set(kStart.addDays(1).addSecs(i));
            QVERIFY(m_repo->setArchived(created->id, created->version, true));
        }
        m_stored.insert(created->id, m_repo->get(created->id).value());
    }
    QCOMPARE(m_stored.size(), kCount);
}

void TestEnterprisePage::cleanupTestCase()
{
    m_repo.reset();
    m_db.reset();
}

qint64 TestEnterprisePage::clusterByName(const QString& name) const
{
    for (const Cluster& c : m_clusters)
        if (c.name == name)
            return c.id;
    return -99;
}

// All ids of a filter, page by page with the keyset cursor of each page's last row.
QVector<qint64> TestEnterprisePage::walk(const EnterpriseFilter& f, EnterpriseSortKey key, Qt::SortOrder order, bool* ok) const
{
    *ok = false;
    QVector<qint64> ids;
    std::optional<PageCursor> after;
    for (int pages = 0; pages <= kCount; ++pages) {
        auto rows = m_repo->page(f, key, order, after, kLimit);
        if (!rows) {
            qWarning("page() failed: %s", qPrintable(rows.message()));
            return ids;
        }
        if (rows->size() > kLimit)
            return ids;
        for (const EnterpriseListRow& r : rows.value())
            ids << r.id;
        if (rows->size() < kLimit) {
            *ok = true;
            return ids;
        }
        after = rows->last().cursor;
    }
    return ids;   // did not end: the cursor loops
}

void TestEnterprisePage::fixtureHasTies()
{
    // The sort test is only meaningful if keys repeat and archived rows exist.
    for (EnterpriseSortKey key : {EnterpriseSortKey::Name, EnterpriseSortKey::District, EnterpriseSortKey::Cluster,
                                  EnterpriseSortKey::Tier, EnterpriseSortKey::Employees, EnterpriseSortKey::Revenue,
                                  EnterpriseSortKey::UpdatedAt}) {
        QSet<QByteArray> distinct;
        for (const Enterprise& e : m_stored) {
            const Key k = sortKey(e, key);
            distinct.insert(k.text ? k.bytes : QByteArray::number(k.number));
        }
        QVERIFY2(distinct.size() < kCount / 2, qPrintable(QString::number(int(key))));
        QVERIFY(distinct.size() > 1);
    }
    const auto archived = std::count_if(m_stored.cbegin(), m_stored.cend(), [](const Enterprise& e) { return e.archived; });
    QCOMPARE(int(archived), 4);
}

void TestEnterprisePage::sortedWalk_data()
{
    QTest::addColumn<EnterpriseSortKey>("key");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<ArchivedFilter>("archived");
    const QList<QPair<const char*, EnterpriseSortKey>> keys = {
        {"name", EnterpriseSortKey::Name},         {"credit code", EnterpriseSortKey::CreditCode},
        {"district", EnterpriseSortKey::District}, {"cluster", EnterpriseSortKey::Cluster},
        {"tier", EnterpriseSortKey::Tier},         {"employees", EnterpriseSortKey::Employees},
        {"revenue", EnterpriseSortKey::Revenue},   {"updated at", EnterpriseSortKey::UpdatedAt}};
    for (const auto& k : keys) {
        QTest::addRow("%s asc", k.first) << k.second << Qt::AscendingOrder << ArchivedFilter::All;
        QTest::addRow("%s desc", k.first) << k.second << Qt::DescendingOrder << ArchivedFilter::All;
        QTest::addRow("%s asc, active", k.first) << k.second << Qt::AscendingOrder << ArchivedFilter::Active;
        QTest::addRow("%s desc, active", k.first) << k.second << Qt::DescendingOrder << ArchivedFilter::Active;
    }
}

void TestEnterprisePage::sortedWalk()
{
    QFETCH(EnterpriseSortKey, key);
    QFETCH(Qt::SortOrder, order);
    QFETCH(ArchivedFilter, archived);

    QVector<Enterprise> expected;
    for (const Enterprise& e : m_stored)
        if (archivedMatches(e, archived))
            expected << e;
    std::sort(expected.begin(), expected.end(), [&](const Enterprise& a, const Enterprise& b) {
        const Key ka = sortKey(a, key), kb = sortKey(b, key);
        if (!(ka == kb))
            return order == Qt::AscendingOrder ? ka < kb : kb < ka;
        return order == Qt::AscendingOrder ? a.id < b.id : b.id < a.id;
    });
    QVector<qint64> expectedIds;
    for (const Enterprise& e : expected)
        expectedIds << e.id;

    EnterpriseFilter f;
    f.archived = archived;
    bool ok = false;
    const QVector<qint64> ids = walk(f, key, order, &ok);
    QVERIFY2(ok, "paging did not finish");
    QCOMPARE(ids.size(), expectedIds.size());
    QCOMPARE(ids, expectedIds);
    QCOMPARE(m_repo->count(f).value(), qint64(expectedIds.size()));
}

void TestEnterprisePage::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("needle");     // the plain substring the search stands for
    QTest::addColumn<QString>("cluster");    // "" any, "-" none, else a cluster name
    QTest::addColumn<QString>("district");
    QTest::addColumn<int>("tier");
    QTest::addColumn<int>("aboveScale");
    QTest::addColumn<bool>("expectSome");

    const QString none;
    auto row = [&](const char* tag, const QString& search, const QString& needle, const QString& cluster,
                   const QString& district, int tier, int above, bool some) {
        QTest::newRow(tag) << search << needle << cluster << district << tier << above << some;
    };
    row("no filter", none, none, none, none, -1, -1, true);
    row("cluster 纺织服装", none, none, QStringLiteral("纺织服装"), none, -1, -1, true);
    row("cluster 塑胶", none, none, QStringLiteral("塑胶"), none, -1, -1, true);
    row("no cluster", none, none, QStringLiteral("-"), none, -1, -1, true);
    row("prefecture 445200", none, none, none, QStringLiteral("445200"), -1, -1, true);
    row("county 445202", none, none, none, QStringLiteral("445202"), -1, -1, true);
    row("province 440000", none, none, none, QStringLiteral("440000"), -1, -1, true);
    row("prefecture 440100", none, none, none, QStringLiteral("440100"), -1, -1, true);
    row("other province 320000", none, none, none, QStringLiteral("320000"), -1, -1, true);
    row("district without rows", none, none, none, QStringLiteral("421200"), -1, -1, false);
    row("tier 0", none, none, none, none, 0, -1, true);
    row("tier little giant", none, none, none, none, int(Tier::LittleGiant), -1, true);
    row("above scale", none, none, none, none, -1, 1, true);
    row("below scale", none, none, none, none, -1, 0, true);
    row("combined", none, none, QStringLiteral("纺织服装"), QStringLiteral("445200"), -1, 1, true);

    // Searches: 1-2 characters take the LIKE path, 3+ the FTS5 trigram index.
    row("search 1 char", QStringLiteral("恒"), QStringLiteral("恒"), none, none, -1, -1, true);
    row("search 2 chars", QStringLiteral("纺织"), QStringLiteral("纺织"), none, none, -1, -1, true);
    row("search 3 chars", QStringLiteral("泰纺织"), QStringLiteral("泰纺织"), none, none, -1, -1, true);
    row("search 4 chars", QStringLiteral("塑胶实业"), QStringLiteral("塑胶实业"), none, none, -1, -1, true);
    row("search 5 chars", QStringLiteral("揭阳市鑫源"), QStringLiteral("揭阳市鑫源"), none, none, -1, -1, true);
    row("search absent", QStringLiteral("不存在的企业"), QStringLiteral("不存在的企业"), none, none, -1, -1, false);
    row("code 2 chars upper", QStringLiteral("MA"), QStringLiteral("MA"), none, none, -1, -1, true);
    row("code 2 chars lower", QStringLiteral("ma"), QStringLiteral("MA"), none, none, -1, -1, true);
    row("code 6 digits", QStringLiteral("445203"), QStringLiteral("445203"), none, none, -1, -1, true);
    row("code spaced", QStringLiteral("4452 03"), QStringLiteral("445203"), none, none, -1, -1, true);
    row("code 2 chars full-width", QStringLiteral("ＭＡ"), QStringLiteral("MA"), none, none, -1, -1, true);
    row("code full-width", QStringLiteral("４４５２０３"), QStringLiteral("445203"), none, none, -1, -1, true);
    const Enterprise& some = m_stored.value(m_stored.keys().at(13));   // odd index: has "MA"
    const QString fragment = some.creditCode.mid(7, 6);
    row("code fragment", fragment, fragment, none, none, -1, -1, true);
    row("code fragment lower", fragment.toLower(), fragment, none, none, -1, -1, true);
    row("code fragment 3 lower", some.creditCode.mid(9, 3).toLower(), some.creditCode.mid(9, 3), none, none, -1, -1, true);
    row("whole code lower", some.creditCode.toLower(), some.creditCode, none, none, -1, -1, true);
    row("LIKE wildcard %", QStringLiteral("%"), QStringLiteral("%"), none, none, -1, -1, false);
    row("LIKE wildcard _", QStringLiteral("_"), QStringLiteral("_"), none, none, -1, -1, false);
    row("FTS quote", QStringLiteral("恒\"泰"), QStringLiteral("恒\"泰"), none, none, -1, -1, false);
    row("FTS operators", QStringLiteral("纺织 OR 塑胶"), QStringLiteral("纺织 OR 塑胶"), none, none, -1, -1, false);
    row("search + district + tier", QStringLiteral("有限公司"), QStringLiteral("有限公司"), none, QStringLiteral("445200"),
        int(Tier::Innovative), -1, true);
    row("short search + cluster", QStringLiteral("五金"), QStringLiteral("五金"), QStringLiteral("五金制造"), none, -1, 0, true);
}

void TestEnterprisePage::filters()
{
    QFETCH(QString, search);
    QFETCH(QString, needle);
    QFETCH(QString, cluster);
    QFETCH(QString, district);
    QFETCH(int, tier);
    QFETCH(int, aboveScale);
    QFETCH(bool, expectSome);

    EnterpriseFilter f;
    f.search = search;
    f.clusterId = cluster.isEmpty() ? -1 : cluster == QLatin1String("-") ? 0 : clusterByName(cluster);
    f.districtCode = district;
    f.tier = tier;
    f.aboveScale = aboveScale;
    f.archived = ArchivedFilter::Active;

    // A prefecture (xxxx00) stands for its counties, a province (xx0000) for all of it.
    const QString districtPrefix = district.endsWith(QLatin1String("0000")) ? district.left(2)
                                   : district.endsWith(QLatin1String("00")) ? district.left(4)
                                                                              : district;
    QSet<qint64> expected;
    for (const Enterprise& e : m_stored) {
        const bool match = !e.archived
                           && (needle.isEmpty() || e.name.contains(needle, Qt::CaseInsensitive)
                               || e.creditCode.contains(needle, Qt::CaseInsensitive))
                           && (f.clusterId < 0 || e.clusterId == f.clusterId)
                           && (district.isEmpty() || e.districtCode.startsWith(districtPrefix))
                           && (tier < 0 || int(e.tier) == tier) && (aboveScale < 0 || int(e.aboveScale) == aboveScale);
        if (match)
            expected.insert(e.id);
    }
    QCOMPARE(!expected.isEmpty(), expectSome);

    bool ok = false;
    const QVector<qint64> ids = walk(f, EnterpriseSortKey::Name, Qt::AscendingOrder, &ok);
    QVERIFY2(ok, "paging did not finish");
    const QSet<qint64> got(ids.cbegin(), ids.cend());
    QCOMPARE(got.size(), ids.size());   // no row twice
    // Known bug (reported): buildWhere() normalises a code fragment only from 3 characters,
    // so a 2-character full-width fragment goes to LIKE as typed and matches nothing.
    QCOMPARE(got, expected);
    auto counted = m_repo->count(f);
    QVERIFY2(counted, qPrintable(counted.message()));
    QCOMPARE(counted.value(), qint64(ids.size()));

    // The same set in another order, walked backwards.
    const QVector<qint64> byRevenue = walk(f, EnterpriseSortKey::Revenue, Qt::DescendingOrder, &ok);
    QVERIFY(ok);
    QCOMPARE(QSet<qint64>(byRevenue.cbegin(), byRevenue.cend()), expected);
}

void TestEnterprisePage::listRowFields()
{
    const Enterprise& e = m_stored.first();
    EnterpriseFilter f;
    f.search = e.creditCode;
    f.archived = ArchivedFilter::All;
    auto rows = m_repo->page(f, EnterpriseSortKey::Name, Qt::AscendingOrder, std::nullopt, 5);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    const EnterpriseListRow& r = rows->first();
    QCOMPARE(r.id, e.id);
    QCOMPARE(r.name, e.name);
    QCOMPARE(r.creditCode, e.creditCode);
    QCOMPARE(r.districtCode, e.districtCode);
    QCOMPARE(r.districtName, QStringLiteral("榕城区"));
    QCOMPARE(r.industryCode, e.industryCode);
    QCOMPARE(r.clusterName, QStringLiteral("纺织服装"));
    QCOMPARE(r.aboveScale, e.aboveScale);
    QCOMPARE(r.employees, e.employees);
    QCOMPARE(r.revenueFen, e.revenue.fen());
    QCOMPARE(r.tier, int(e.tier));
    QCOMPARE(r.contactPhone, e.contactPhone);   // raw; the view masks it
    QCOMPARE(r.updatedAt, e.updatedAt);
    QCOMPARE(r.cursor.id, e.id);
    QCOMPARE(r.cursor.value.toString(), e.name);
}

// Names may hold CJK Extension B characters (𠮷, 𡋗 …), which are two UTF-16 units each.
// Searching a piece of such a name must find it whichever search path the length selects.
void TestEnterprisePage::searchBeyondBmp_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("1 ext-B char") << QStringLiteral("𠮷");
    QTest::newRow("ext-B + 1 char") << QStringLiteral("𠮷野");
    QTest::newRow("ext-B + 2 chars") << QStringLiteral("𠮷野家");
    QTest::newRow("2 chars + ext-B") << QStringLiteral("揭阳𠮷");
    QTest::newRow("1 char + ext-B") << QStringLiteral("阳𠮷");
    QTest::newRow("4 chars with ext-B") << QStringLiteral("𠮷野家餐");
}

void TestEnterprisePage::searchBeyondBmp()
{
    QFETCH(QString, search);
    test::TempDatabase db;
    EnterpriseRepository repo(*db);
    auto created = repo.create(test::sampleEnterprise(1, QStringLiteral("揭阳𠮷野家餐饮有限公司")));
    QVERIFY2(created, qPrintable(created.message()));
    QVERIFY(repo.create(test::sampleEnterprise(2, QStringLiteral("揭阳吉野家餐饮有限公司"))));
    EnterpriseFilter f;
    f.search = search;
    auto rows = repo.page(f, EnterpriseSortKey::Name, Qt::AscendingOrder, std::nullopt, 10);
    QVERIFY2(rows, qPrintable(rows.message()));
    // Known bug (reported): buildWhere() picks FTS on text.size() >= 3, counting UTF-16 units,
    // so two characters of which one is outside the BMP go to the trigram index, which needs
    // three characters and finds nothing.
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().id, created->id);
    QCOMPARE(repo.count(f).value(), qint64(1));
}

QTEST_GUILESS_MAIN(TestEnterprisePage)
#include "tst_enterprisepage.moc"
