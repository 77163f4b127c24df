// The dashboard's figures against a hand-counted city, at dates before and after each change:
//   E1 (cluster A, 规上): baseline 2024-03-06 (一级), project filed 2025-03-01, post assessment
//      2025-05-31 (二级), accepted 2025-06-20; grant approved 2025-07-10, a tranche paid 2025-07-20.
//   E2 (cluster A): baselines 2024-05-01 (一级) and 2024-08-01 (二级) — diagnosed once, no project.
//   E3 (cluster B): registered only.   E4 (cluster B): baseline 2024-06-01 (一级), archived 2025-06-25 —
//      counted up to that day, as last month's report counted it, and never after.
#include "GrantFixture.h"
#include "repo/ClusterRepository.h"
#include "repo/ProgressRepository.h"

#include <QtTest>

using namespace dx;

class TestProgress : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto clusters = ClusterRepository(m_f.db()).list();
        QVERIFY(clusters.isOk() && clusters->size() >= 2);
        m_a = clusters->at(0).id;
        m_b = clusters->at(1).id;
        m_f.setToday(QDate(2025, 3, 1));
        const qint64 e1 = m_f.enterprise(1, Tier::None, m_a);
        auto stored = EnterpriseRepository(m_f.db()).get(e1);
        Enterprise above = stored.value();
        above.aboveScale = true;
        QVERIFY(EnterpriseRepository(m_f.db()).update(above).isOk());
        Project p = m_f.project(e1);   // baseline 2024-03-06 (一级), filed today 2025-03-01
        m_f.setToday(QDate(2025, 6, 25));
        p = m_f.accept(p, QDate(2025, 6, 20), 2);   // post assessment 2025-05-31 (二级)
        const qint64 e2 = m_f.enterprise(2, Tier::None, m_a);
        m_f.diagnosis(e2, DiagnosisKind::Baseline, QDate(2024, 5, 1), 1);
        m_f.diagnosis(e2, DiagnosisKind::Baseline, QDate(2024, 8, 1), 2);
        m_f.enterprise(3, Tier::None, m_b);
        const qint64 e4 = m_f.enterprise(4, Tier::None, m_b);
        m_f.diagnosis(e4, DiagnosisKind::Baseline, QDate(2024, 6, 1), 1);
        auto e4stored = EnterpriseRepository(m_f.db()).get(e4);
        QVERIFY(EnterpriseRepository(m_f.db()).setArchived(e4, e4stored->version, true).isOk());
        // Money: approved 2025-07-10, 200,000 元 paid 2025-07-20.
        const Fund fund = m_f.fund(Money::fromWan(1000));
        const PolicyInfo policy = m_f.ratePolicy(fund.id);
        m_f.setToday(QDate(2025, 7, 10));
        Grant g = m_f.reviewed(m_f.applied(e1, p.id, policy.id, Money::fromYuan(400000)));
        auto approved = m_f.grants().approve(g.id, g.version, Money::fromYuan(400000));
        QVERIFY2(approved.isOk(), qPrintable(approved.message()));
        m_f.setToday(QDate(2025, 7, 20));
        GrantTranche t;
        t.amount = Money::fromYuan(200000);
        t.paidOn = QDate(2025, 7, 20);
        t.voucher = QStringLiteral("PZ-1");
        QVERIFY(m_f.grants().addTranche(g.id, approved->version, t).isOk());
        m_fundId = fund.id;
    }

    void pipelineAsOfDates_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QList<qint64>>("a");   // registered, diagnosed, filed, accepted, 二级+, 规上, 规上 at 二级+
        QTest::addColumn<QList<qint64>>("b");
        QTest::newRow("before anything") << QDate(2024, 1, 1) << QList<qint64>{2, 0, 0, 0, 0, 1, 0} << QList<qint64>{2, 0, 0, 0, 0, 0, 0};
        QTest::newRow("diagnosed") << QDate(2024, 12, 31) << QList<qint64>{2, 2, 0, 0, 0, 1, 0} << QList<qint64>{2, 1, 0, 0, 0, 0, 0};
        QTest::newRow("filed that day") << QDate(2025, 3, 1) << QList<qint64>{2, 2, 1, 0, 0, 1, 0} << QList<qint64>{2, 1, 0, 0, 0, 0, 0};
        QTest::newRow("post assessment, not yet accepted") << QDate(2025, 6, 1) << QList<qint64>{2, 2, 1, 0, 1, 1, 1}
                                                           << QList<qint64>{2, 1, 0, 0, 0, 0, 0};
        QTest::newRow("accepted, the day before E4 was archived") << QDate(2025, 6, 24) << QList<qint64>{2, 2, 1, 1, 1, 1, 1}
                                                        << QList<qint64>{2, 1, 0, 0, 0, 0, 0};
        QTest::newRow("accepted, E4 archived") << QDate(2025, 6, 30) << QList<qint64>{2, 2, 1, 1, 1, 1, 1}
                                               << QList<qint64>{1, 0, 0, 0, 0, 0, 0};
    }

    void pipelineAsOfDates()
    {
        QFETCH(QDate, asOf);
        QFETCH(QList<qint64>, a);
        QFETCH(QList<qint64>, b);
        ProgressFilter filter;
        filter.asOf = asOf;
        auto f = ProgressRepository(m_f.db()).figures(filter);
        QVERIFY2(f.isOk(), qPrintable(f.message()));
        auto figuresOf = [](const ClusterProgress& c) {
            return QList<qint64>{c.registered, c.diagnosed, c.filed, c.accepted, c.reachedLevel2, c.aboveScale, c.aboveScaleAtLevel2};
        };
        const ClusterProgress* ca = nullptr;
        const ClusterProgress* cb = nullptr;
        for (const ClusterProgress& c : f->clusters) {
            if (c.clusterId == m_a)
                ca = &c;
            if (c.clusterId == m_b)
                cb = &c;
        }
        QVERIFY(ca && cb);
        QCOMPARE(figuresOf(*ca), a);
        QCOMPARE(figuresOf(*cb), b);
        QCOMPARE(f->total.registered, a.at(0) + b.at(0));
    }

    void levelsFirstBaselineAndLatest()
    {
        ProgressFilter filter;
        filter.asOf = QDate(2025, 6, 30);
        auto f = ProgressRepository(m_f.db()).figures(filter);
        QVERIFY(f.isOk());
        // Baselines: E1 一级, E2's first (一级). Latest: E1's post (二级), E2's second baseline (二级).
        QCOMPARE(f->baselineLevels[1], qint64(2));
        QCOMPARE(f->baselineLevels[2], qint64(0));
        QCOMPARE(f->latestLevels[1], qint64(0));
        QCOMPARE(f->latestLevels[2], qint64(2));
        filter.asOf = QDate(2024, 6, 30);   // before E2's second baseline and E1's post assessment; E4 not yet archived
        f = ProgressRepository(m_f.db()).figures(filter);
        QCOMPARE(f->latestLevels[1], qint64(3));
        QCOMPARE(f->latestLevels[2], qint64(0));
    }

    void moneyByDate()
    {
        ProgressFilter filter;
        filter.asOf = QDate(2025, 7, 15);
        auto f = ProgressRepository(m_f.db()).figures(filter);
        QVERIFY(f.isOk());
        QCOMPARE(f->total.approved, Money::fromYuan(400000));
        QCOMPARE(f->total.paid, Money());
        filter.asOf = QDate(2025, 7, 31);
        f = ProgressRepository(m_f.db()).figures(filter);
        QCOMPARE(f->total.paid, Money::fromYuan(200000));
        bool found = false;
        for (const FundProgress& fp : f->funds)
            if (fp.fundId == m_fundId) {
                found = true;
                QCOMPARE(fp.approved, Money::fromYuan(400000));
                QCOMPARE(fp.paid, Money::fromYuan(200000));
            }
        QVERIFY(found);
        filter.asOf = QDate(2025, 7, 9);   // the day before the approval
        f = ProgressRepository(m_f.db()).figures(filter);
        QCOMPARE(f->total.approved, Money());
    }

    void twelveMonths()
    {
        ProgressFilter filter;
        filter.asOf = QDate(2025, 7, 31);
        auto f = ProgressRepository(m_f.db()).figures(filter);
        QVERIFY(f.isOk());
        QCOMPARE(f->months.size(), 12);
        QCOMPARE(f->months.first().month, QStringLiteral("2024-08"));
        QCOMPARE(f->months.last().month, QStringLiteral("2025-07"));
        QCOMPARE(f->months.at(10).acceptances, qint64(1));  // 2025-06, E1's project
        QCOMPARE(f->months.first().diagnoses, qint64(0));   // E2's second baseline: E2 was diagnosed before
        QCOMPARE(f->months.last().paid, Money::fromYuan(200000));
        filter.asOf = QDate(2025, 5, 31);
        f = ProgressRepository(m_f.db()).figures(filter);
        QCOMPARE(f->months.first().month, QStringLiteral("2024-06"));
        QCOMPARE(f->months.first().diagnoses, qint64(1));   // E4, first diagnosed then, archived a year later
        QCOMPARE(f->months.last().paid, Money());
    }

    void gapToTheProgrammeTarget()
    {
        ClusterProgress c;
        c.aboveScale = 7;
        c.aboveScaleAtLevel2 = 5;
        QCOMPARE(c.gapToTarget(90), qint64(2));   // 90 % of 7 rounds up to 7
        c.aboveScaleAtLevel2 = 7;
        QCOMPARE(c.gapToTarget(90), qint64(0));
        c.aboveScale = 100;
        c.aboveScaleAtLevel2 = 95;
        QCOMPARE(c.gapToTarget(90), qint64(0));   // met: never negative
        QCOMPARE(c.gapToTarget(100), qint64(5));
    }

    void filtersNarrowTheScope()
    {
        ProgressFilter filter;
        filter.asOf = QDate(2025, 6, 30);
        filter.clusterId = m_b;
        auto f = ProgressRepository(m_f.db()).figures(filter);
        QVERIFY(f.isOk());
        QCOMPARE(f->clusters.size(), 1);
        QCOMPARE(f->total.registered, qint64(1));
        filter.clusterId = -1;
        filter.aboveScale = 1;
        f = ProgressRepository(m_f.db()).figures(filter);
        QCOMPARE(f->total.registered, qint64(1));   // E1 only
        QCOMPARE(f->total.accepted, qint64(1));
    }

private:
    test::GrantFixture m_f;
    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_fundId = 0;
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
