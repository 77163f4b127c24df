// The cluster report's list of enterprises adds up to the figures printed above it: one row per
// enterprise counted, and as many at the top stage (二级 or above after transformation) as the
// figures say, per cluster and for the city, at dates before, during and after the demo city's
// activity (archived enterprises included: the demo archives some).
#include "TestSupport.h"

#include "demo/DemoCityGenerator.h"
#include "repo/ClusterRepository.h"
#include "repo/EnterpriseStageRepository.h"
#include "repo/ProgressRepository.h"

#include <QtTest>

using namespace dx;

class TestEnterpriseStages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(DemoCityGenerator::populate(*m_db, 1500, 7).isOk()); }

    void listAddsUpToTheFigures_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::newRow("2024-01-31") << QDate(2024, 1, 31);
        QTest::newRow("2024-12-31") << QDate(2024, 12, 31);
        QTest::newRow("2025-06-30") << QDate(2025, 6, 30);
        QTest::newRow("2030-01-01") << QDate(2030, 1, 1);
    }
    void listAddsUpToTheFigures()
    {
        QFETCH(QDate, asOf);
        auto clusters = ClusterRepository(*m_db).list();
        QVERIFY(clusters.isOk());
        QVector<qint64> ids{-1, 0};
        for (const Cluster& c : clusters.value())
            ids << c.id;
        qint64 reachedSomewhere = 0;
        for (qint64 id : ids) {
            ProgressFilter filter;
            filter.asOf = asOf;
            filter.clusterId = id;
            auto figures = ProgressRepository(*m_db).figures(filter);
            QVERIFY2(figures.isOk(), qPrintable(figures.message()));
            qint64 rows = 0, top = 0, aboveScale = 0;
            const Status s = EnterpriseStageRepository(*m_db).forEach(id, asOf, [&](const EnterpriseStage& e) {
                ++rows;
                top += e.stage == CaseStage::ReachedLevel2 ? 1 : 0;
                aboveScale += e.aboveScale ? 1 : 0;
            });
            QVERIFY2(s.isOk(), qPrintable(s.message()));
            QCOMPARE(rows, figures->total.registered);
            QCOMPARE(top, figures->total.reachedLevel2);
            QCOMPARE(aboveScale, figures->total.aboveScale);
            reachedSomewhere += top;
        }
        if (asOf.year() >= 2025)
            QVERIFY(reachedSomewhere > 0);   // the comparison above was not of zeros only
    }

private:
    test::TempDatabase m_db;
};

QTEST_MAIN(TestEnterpriseStages)
#include "tst_enterprisestages.moc"
