// DemoCityGenerator: deterministic for a seed, valid and unique credit codes, the demo
// city's districts and clusters, and populate() adding to what is there.

#include "TestSupport.h"

#include "demo/DemoCityGenerator.h"
#include "domain/CreditCode.h"
#include "repo/ClusterRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ReferenceRepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace dx;

class TestDemoCity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameSeedSameCity_data();
    void sameSeedSameCity();
    void differentSeedDifferentCity();
    void numberingContinues();
    void validUniqueCodes();
    void plausibleValues();
    void rejectsBadCount();
    void populateTwice();
    void populateCancelled();
    void populateSameForAnyChunkSize();
    void populateCancelledInALaterChunk();

private:
    QVector<Enterprise> generate(quint64 seed, int count, int firstIndex = 0) const;
    // A digest of every stored value of the city (the generated data), leaving out what each
    // write stamps anew: uuids, timestamps, the writing user, the audit log.
    static QByteArray cityDigest(const Database& db);

    std::unique_ptr<test::TempDatabase> m_db;
    QVector<Cluster> m_clusters;
    QVector<Enterprise> m_big;   // 20,000 of seed 2024
};

void TestDemoCity::initTestCase()
{
    m_db = std::make_unique<test::TempDatabase>();
    auto clusters = ClusterRepository(**m_db).list();
    QVERIFY(clusters);
    m_clusters = clusters.value();
    QVERIFY(m_clusters.size() >= 4);
    m_big = generate(2024, 20000);
    QCOMPARE(m_big.size(), 20000);
}

void TestDemoCity::cleanupTestCase()
{
    m_db.reset();
}

QVector<Enterprise> TestDemoCity::generate(quint64 seed, int count, int firstIndex) const
{
    auto r = DemoCityGenerator(seed).generate(count, m_clusters, firstIndex);
    if (!r)
        qWarning("generate failed: %s", qPrintable(r.message()));
    return r ? r.value() : QVector<Enterprise>();
}

void TestDemoCity::sameSeedSameCity_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("count");
    QTest::newRow("seed 1, 300") << quint64(1) << 300;
    QTest::newRow("seed 7, 3000") << quint64(7) << 3000;
    QTest::newRow("seed 2024, 1") << quint64(2024) << 1;
    QTest::newRow("seed max, 200") << std::numeric_limits<quint64>::max() << 200;
}

void TestDemoCity::sameSeedSameCity()
{
    QFETCH(quint64, seed);
    QFETCH(int, count);
    const QVector<Enterprise> a = generate(seed, count);
    const QVector<Enterprise> b = generate(seed, count);
    QCOMPARE(a.size(), count);
    QCOMPARE(b.size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(a.at(i).name, b.at(i).name);
        QCOMPARE(a.at(i).creditCode, b.at(i).creditCode);
        QCOMPARE(a.at(i).contactPhone, b.at(i).contactPhone);
        QCOMPARE(a.at(i).contactName, b.at(i).contactName);
        QCOMPARE(a.at(i).commissioner, b.at(i).commissioner);
        QCOMPARE(a.at(i).auditFields(), b.at(i).auditFields());   // every stored field
    }
}

void TestDemoCity::differentSeedDifferentCity()
{
    const QVector<Enterprise> a = generate(1, 500);
    const QVector<Enterprise> b = generate(2, 500);
    QCOMPARE(a.size(), 500);
    QCOMPARE(b.size(), 500);
    int sameName = 0, sameCode = 0, samePhone = 0;
    for (int i = 0; i < 500; ++i) {
        sameName += a.at(i).name == b.at(i).name;
        sameCode += a.at(i).creditCode == b.at(i).creditCode;
        samePhone += a.at(i).contactPhone == b.at(i).contactPhone;
    }
    QVERIFY2(sameName < 50, qPrintable(QString::number(sameName)));
    QCOMPARE(sameCode, 0);
    QVERIFY2(samePhone < 5, qPrintable(QString::number(samePhone)));
}

// Each enterprise depends on its own index only: a city in two parts equals the whole
// (this is what lets populate() continue after existing rows).
void TestDemoCity::numberingContinues()
{
    const QVector<Enterprise> whole = generate(5, 100);
    const QVector<Enterprise> tail = generate(5, 40, 60);
    QCOMPARE(tail.size(), 40);
    for (int i = 0; i < 40; ++i) {
        QCOMPARE(tail.at(i).name, whole.at(60 + i).name);
        QCOMPARE(tail.at(i).creditCode, whole.at(60 + i).creditCode);
    }
    // And the continued part does not repeat the first part's codes.
    const QVector<Enterprise> head = generate(5, 60);
    QSet<QString> codes;
    for (const Enterprise& e : head + tail)
        codes.insert(e.creditCode);
    QCOMPARE(codes.size(), 100);
}

void TestDemoCity::validUniqueCodes()
{
    QSet<QString> codes;
    for (const Enterprise& e : m_big) {
        const CreditCode::Check c = CreditCode::check(e.creditCode);
        QVERIFY2(c.isValid(), qPrintable(e.creditCode + QLatin1Char(' ') + c.message()));
        QVERIFY2(!c.organisationCodeWarning, qPrintable(e.creditCode));
        QCOMPARE(c.normalized, e.creditCode);
        QVERIFY(e.creditCode.startsWith(QLatin1String("91") + e.districtCode));
        codes.insert(e.creditCode);
    }
    QCOMPARE(codes.size(), m_big.size());
}

void TestDemoCity::plausibleValues()
{
    QSet<QString> cityDistricts;
    const auto districts = ReferenceRepository(**m_db).districts();
    QVERIFY(districts);
    for (const District& d : districts.value())
        if (d.code.startsWith(QLatin1String("4452")) && d.level == 3)
            cityDistricts.insert(d.code);
    QCOMPARE(cityDistricts.size(), 5);

    QHash<qint64, Cluster> clusterById;
    for (const Cluster& c : m_clusters)
        clusterById.insert(c.id, c);

    int withCluster = 0, above = 0;
    QSet<QString> names, usedDistricts;
    QSet<int> tiers;
    for (const Enterprise& e : m_big) {
        QVERIFY2(cityDistricts.contains(e.districtCode), qPrintable(e.districtCode));
        usedDistricts.insert(e.districtCode);
        QVERIFY(!e.name.isEmpty());
        QVERIFY(!e.industryCode.isEmpty());
        if (e.clusterId != 0) {
            ++withCluster;
            QVERIFY2(clusterById.contains(e.clusterId), qPrintable(QString::number(e.clusterId)));
            QVERIFY2(clusterById.value(e.clusterId).industryCodes.contains(e.industryCode.left(2)),
                     qPrintable(e.name + QLatin1Char(' ') + e.industryCode));
        }
        above += e.aboveScale;
        QVERIFY(e.employees > 0);
        QVERIFY(e.revenue.fen() > 0);
        QCOMPARE(e.contactPhone.size(), 11);
        QVERIFY(e.contactPhone.startsWith(QLatin1Char('1')));
        QVERIFY(!e.commissioner.isEmpty());
        QCOMPARE(e.tierValidUntil.isValid(), e.tier != Tier::None);
        QCOMPARE(e.archived, false);
        tiers.insert(int(e.tier));
        names.insert(e.name);
    }
    QVERIFY2(withCluster > m_big.size() / 2, qPrintable(QString::number(withCluster)));
    QVERIFY(above > m_big.size() / 10 && above < m_big.size() / 2);
    QCOMPARE(usedDistricts.size(), 5);
    QCOMPARE(tiers.size(), TierCount);
    QVERIFY2(names.size() > m_big.size() / 4, qPrintable(QString::number(names.size())));
}

void TestDemoCity::rejectsBadCount()
{
    auto r = DemoCityGenerator(1).generate(-1, m_clusters);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::Validation);
    auto empty = DemoCityGenerator(1).generate(0, m_clusters);
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
}

void TestDemoCity::populateTwice()
{
    test::TempDatabase db;
    EnterpriseRepository repo(*db);
    const EnterpriseFilter all = EnterpriseFilter::everyone();
    Status s = DemoCityGenerator::populate(*db, 500, 3);
    QVERIFY2(s, qPrintable(s.message()));
    QCOMPARE(repo.count(all).value(), qint64(500));
    s = DemoCityGenerator::populate(*db, 500, 3);   // same seed again: must still add, not collide
    QVERIFY2(s, qPrintable(s.message()));
    QCOMPARE(repo.count(all).value(), qint64(1000));
    s = DemoCityGenerator::populate(*db, 200, 4);
    QVERIFY2(s, qPrintable(s.message()));
    QCOMPARE(repo.count(all).value(), qint64(1200));

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT credit_code), count(*), count(DISTINCT uuid) FROM enterprises")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1200);
    QCOMPARE(q.value(1).toInt(), 1200);
    QCOMPARE(q.value(2).toInt(), 1200);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'enterprises' AND action = 'create'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1200);
}

void TestDemoCity::populateCancelled()
{
    test::TempDatabase db;
    std::atomic_bool cancel{false};
    const Status s = DemoCityGenerator::populate(*db, 2000, 9, [&](int done, int) { cancel = done > 0; }, &cancel);
    QCOMPARE(s.code(), ErrorCode::Cancelled);
    QCOMPARE(EnterpriseRepository(*db).count(EnterpriseFilter::everyone()).value(),
             qint64(0));
}

QByteArray TestDemoCity::cityDigest(const Database& db)
{
    static const QSet<QString> stamped = {QStringLiteral("uuid"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                          QStringLiteral("updated_by"), QStringLiteral("submitted_at"), QStringLiteral("confirmed_at")};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"enterprises", "diagnoses", "projects", "project_vendors", "project_products", "cost_lines", "milestones",
                              "invoices", "payments", "providers", "products", "funds", "policies", "grants", "grant_payments",
                              "clusters", "enterprise_progress"}) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table))))
            return {};
        qint64 rows = 0;
        while (q.next()) {
            ++rows;
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i)
                if (!stamped.contains(r.fieldName(i)))
                    hash.addData(q.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
        hash.addData(QByteArray(table) + QByteArray::number(rows));
    }
    return hash.result().toHex();
}

// Streaming the city chunk by chunk changes nothing in it: a chunk of 97 enterprises (a few
// hundred chunks' boundaries, diagnoses and projects among them) gives the city one chunk
// gives, and the same seed gives the same city again.
void TestDemoCity::populateSameForAnyChunkSize()
{
    test::TempDatabase small;
    test::TempDatabase whole;
    test::TempDatabase again;
    QVERIFY(DemoCityGenerator::populate(*small, 1500, 11, {}, nullptr, 97));
    QVERIFY(DemoCityGenerator::populate(*whole, 1500, 11, {}, nullptr, 1500));
    QVERIFY(DemoCityGenerator::populate(*again, 1500, 11));
    QSqlQuery q(small->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM enterprises), (SELECT count(*) FROM diagnoses), "
                                  "(SELECT count(*) FROM projects), (SELECT count(*) FROM grants)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1500);
    QVERIFY2(q.value(1).toInt() > 300 && q.value(2).toInt() > 50 && q.value(3).toInt() > 0,
             qPrintable(QStringLiteral("%1 %2 %3").arg(q.value(1).toInt()).arg(q.value(2).toInt()).arg(q.value(3).toInt())));
    const QByteArray digest = cityDigest(*small);
    QVERIFY(!digest.isEmpty());
    QCOMPARE(cityDigest(*whole), digest);
    QCOMPARE(cityDigest(*again), digest);
    test::TempDatabase otherSeed;
    QVERIFY(DemoCityGenerator::populate(*otherSeed, 1500, 12, {}, nullptr, 97));
    QVERIFY(cityDigest(*otherSeed) != digest);
}

// Cancelled after some chunks are stored: the register is as it was before the load.
void TestDemoCity::populateCancelledInALaterChunk()
{
    test::TempDatabase db;
    QVERIFY(DemoCityGenerator::populate(*db, 300, 5));
    const QByteArray before = cityDigest(*db);
    std::atomic_bool cancel{false};
    int calls = 0;
    const Status s = DemoCityGenerator::populate(*db, 2000, 6, [&](int done, int total) {
        ++calls;
        QVERIFY(done <= total && total == 2000);
        cancel = done > 1200;   // in the third chunk of 500
    }, &cancel, 500);
    QCOMPARE(s.code(), ErrorCode::Cancelled);
    QVERIFY(calls > 3);
    QCOMPARE(EnterpriseRepository(*db).count(EnterpriseFilter::everyone()).value(), qint64(300));
    QCOMPARE(cityDigest(*db), before);
    // And the suspended triggers are back: a load afterwards is searchable and counted.
    QVERIFY(DemoCityGenerator::populate(*db, 150, 6));
    QCOMPARE(EnterpriseRepository(*db).count(EnterpriseFilter::everyone()).value(), qint64(450));
}

QTEST_GUILESS_MAIN(TestDemoCity)
#include "tst_democity.moc"
