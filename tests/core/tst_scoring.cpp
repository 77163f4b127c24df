// Scoring: golden cases computed by hand from the rules, against the small hand-made index
// (tst_assessmentfixture.h) and the shipped 2024 index: band edges, multiple-choice
// exclusivity and capping, single choices, comparisons derived from evidence, the level rules
// at their boundaries, the total-only 2022 index, and the gap to the next level.

#include "tst_assessmentfixture.h"

#include <QSet>
#include <QtTest>

using namespace dx;

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void band_data();
    void band();
    void multi_data();
    void multi();
    void single_data();
    void single();
    void compare_data();
    void compare();
    void unknownItemAnswersAreIgnored();
    void miniTotalsPerIndicatorAndDimension();
    void requiredUnansweredListed();
    void miniLevels_data();
    void miniLevels();
    void levels2024_data();
    void levels2024();
    void totalOnly2022_data();
    void totalOnly2022();
    void gapCrafted();
    void gapFromNothing();
    void gapScenesOnly();
    void gapAtTop();
    void gapSuggestionsLimited();

private:
    const AssessmentIndex& indexNamed(const QString& name) const { return name == QLatin1String("2024") ? m_2024 : m_mini; }
    static void checkSuggestions(const AssessmentIndex& index, const Answers& answers, const GapAnalysis& gap);

    AssessmentIndex m_mini;
    AssessmentIndex m_2024;
    AssessmentIndex m_2022;
};

void TestScoring::initTestCase()
{
    auto mini = AssessmentIndex::fromJson(test::miniIndexJson(), QStringLiteral("mini.json"));
    QVERIFY2(mini, qPrintable(mini.message()));
    m_mini = mini.value();
    auto i2024 = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024"));
    QVERIFY2(i2024, qPrintable(i2024.message()));
    m_2024 = i2024.value();
    auto i2022 = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2022"));
    QVERIFY2(i2022, qPrintable(i2022.message()));
    m_2022 = i2022.value();
}

// ---- Items ------------------------------------------------------------------------------------

void TestScoring::band_data()
{
    QTest::addColumn<QString>("index");
    QTest::addColumn<QString>("item");
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<bool>("problem");

    // mini rate: ≤10 → 0, ≤20 → 1.5, ≤40 → 3, ≤100 → 6 (min 0, max 100)
    const QString mini = QStringLiteral("mini"), rate = QStringLiteral("rate");
    QTest::newRow("mini 0 (min)") << mini << rate << 0.0 << qint64(0) << false;
    QTest::newRow("mini exactly 10") << mini << rate << 10.0 << qint64(0) << false;
    QTest::newRow("mini 10.0001") << mini << rate << 10.0001 << qint64(1500) << false;
    QTest::newRow("mini exactly 20") << mini << rate << 20.0 << qint64(1500) << false;
    QTest::newRow("mini 20.5") << mini << rate << 20.5 << qint64(3000) << false;
    QTest::newRow("mini exactly 40") << mini << rate << 40.0 << qint64(3000) << false;
    QTest::newRow("mini 40.0001") << mini << rate << 40.0001 << qint64(6000) << false;
    QTest::newRow("mini 100 (max)") << mini << rate << 100.0 << qint64(6000) << false;
    QTest::newRow("mini 100.0001") << mini << rate << 100.0001 << qint64(0) << true;
    QTest::newRow("mini 101") << mini << rate << 101.0 << qint64(0) << true;
    QTest::newRow("mini -0.5") << mini << rate << -0.5 << qint64(0) << true;

    // 2024 equipment_digital_rate: ≤10 → 0, ≤20 → 1.5, ≤40 → 3, ≤60 → 4.5, ≤100 → 6
    const QString y = QStringLiteral("2024"), digital = QStringLiteral("equipment_digital_rate");
    QTest::newRow("2024 digital exactly 10") << y << digital << 10.0 << qint64(0) << false;
    QTest::newRow("2024 digital 10.0001") << y << digital << 10.0001 << qint64(1500) << false;
    QTest::newRow("2024 digital exactly 60") << y << digital << 60.0 << qint64(4500) << false;
    QTest::newRow("2024 digital 60.0001") << y << digital << 60.0001 << qint64(6000) << false;
    QTest::newRow("2024 digital 100") << y << digital << 100.0 << qint64(6000) << false;
    QTest::newRow("2024 digital 101") << y << digital << 101.0 << qint64(0) << true;
    // 2024 funding: ≤0 → 0, ≤1 → 1.5, ≤2 → 3, ≤3 → 4.5, ≤5 → 6, ≤100 → 7.5
    const QString funding = QStringLiteral("funding");
    QTest::newRow("2024 funding exactly 0") << y << funding << 0.0 << qint64(0) << false;
    QTest::newRow("2024 funding 0.0001") << y << funding << 0.0001 << qint64(1500) << false;
    QTest::newRow("2024 funding exactly 5") << y << funding << 5.0 << qint64(6000) << false;
    QTest::newRow("2024 funding 5.0001") << y << funding << 5.0001 << qint64(7500) << false;
    QTest::newRow("2024 funding -1") << y << funding << -1.0 << qint64(0) << true;
}

void TestScoring::band()
{
    QFETCH(QString, index);
    QFETCH(QString, item);
    QFETCH(double, value);
    QFETCH(qint64, points);
    QFETCH(bool, problem);

    const AssessmentIndex& x = indexNamed(index);
    const IndexItem* it = x.item(item);
    QVERIFY(it);
    Answers a;
    a.items.insert(item, ItemAnswer{{}, value});
    const ItemScore s = Scoring::scoreItem(*it, a);
    QCOMPARE(s.item, it);
    QCOMPARE(s.points, MilliPoints(points));
    QCOMPARE(s.answered, !problem);
    QCOMPARE(!s.problem.isEmpty(), problem);
    if (problem)
        QVERIFY2(s.problem.contains(it->name), qPrintable(s.problem));

    // The same through the whole card: a rejected answer is listed and counts as unanswered.
    const ScoreCard card = Scoring::score(x, a);
    QCOMPARE(card.total, MilliPoints(points));
    QCOMPARE(card.problems.size(), problem ? 1 : 0);
    QCOMPARE(card.unanswered.contains(item), problem);
}

void TestScoring::multi_data()
{
    QTest::addColumn<QString>("index");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<QString>("problem");   // a fragment of the problem; empty: none

    const QString mini = QStringLiteral("mini"), net = QStringLiteral("net");
    // mini net: multi 4 — none (exclusive), a 2, b 2, c 2
    QTest::newRow("nothing chosen") << mini << net << QStringList() << qint64(0) << false << QString();
    QTest::newRow("none alone") << mini << net << QStringList{"none"} << qint64(0) << true << QString();
    QTest::newRow("a") << mini << net << QStringList{"a"} << qint64(2000) << true << QString();
    QTest::newRow("a + b = 4") << mini << net << QStringList{"a", "b"} << qint64(4000) << true << QString();
    QTest::newRow("a + b + c = 6 capped at 4") << mini << net << QStringList{"a", "b", "c"} << qint64(4000) << true << QString();
    QTest::newRow("none + a") << mini << net << QStringList{"none", "a"} << qint64(0) << false << QStringLiteral("cannot be combined");
    QTest::newRow("a + none") << mini << net << QStringList{"a", "none"} << qint64(0) << false << QStringLiteral("cannot be combined");
    QTest::newRow("none + a + b + c") << mini << net << QStringList{"none", "a", "b", "c"} << qint64(0) << false
                                      << QStringLiteral("cannot be combined");
    QTest::newRow("unknown option") << mini << net << QStringList{"a", "zzz"} << qint64(0) << false << QStringLiteral("\"zzz\"");
    QTest::newRow("the same option twice counts once") << mini << net << QStringList{"a", "a"} << qint64(2000) << true << QString();

    const QString y = QStringLiteral("2024");
    QTest::newRow("2024 network none + 5G") << y << QStringLiteral("network") << QStringList{"none", "industrial_5g"} << qint64(0) << false
                                            << QStringLiteral("cannot be combined");
    QTest::newRow("2024 network 5G + full coverage = 4") << y << QStringLiteral("network")
                                                         << QStringList{"industrial_5g", "full_coverage"} << qint64(4000) << true << QString();
    QTest::newRow("2024 mechanism 4 × 1.875 = 7.5") << y << QStringLiteral("mechanism")
                                                    << test::kMechanismAll.mid(10).split(QLatin1Char(',')) << qint64(7500) << true
                                                    << QString();
    QTest::newRow("2024 mechanism 3 × 1.875 = 5.625") << y << QStringLiteral("mechanism")
                                                      << QStringList{"leadership", "dedicated_unit", "review_improvement"} << qint64(5625)
                                                      << true << QString();
    QTest::newRow("2024 auto_collection all: 13 × 0.7 + 0.9 = 10") << y << QStringLiteral("auto_collection")
                                                                   << test::kAutoAll.mid(16).split(QLatin1Char(',')) << qint64(10000)
                                                                   << true << QString();
    QTest::newRow("2024 auto_collection 0.7 + 0.9 = 1.6") << y << QStringLiteral("auto_collection")
                                                          << QStringList{"finance", "human_resources"} << qint64(1600) << true << QString();
}

void TestScoring::multi()
{
    QFETCH(QString, index);
    QFETCH(QString, item);
    QFETCH(QStringList, options);
    QFETCH(qint64, points);
    QFETCH(bool, answered);
    QFETCH(QString, problem);

    const AssessmentIndex& x = indexNamed(index);
    const IndexItem* it = x.item(item);
    QVERIFY(it);
    Answers a;
    a.items.insert(item, ItemAnswer{options, std::nullopt});
    const ItemScore s = Scoring::scoreItem(*it, a);
    QCOMPARE(s.points, MilliPoints(points));
    QCOMPARE(s.answered, answered);
    if (problem.isEmpty()) {
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
    } else {
        QVERIFY2(s.problem.contains(problem), qPrintable(s.problem));
        QVERIFY2(s.problem.contains(it->name), qPrintable(s.problem));
    }
}

void TestScoring::single_data()
{
    QTest::addColumn<QString>("index");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<bool>("problem");

    const QString mini = QStringLiteral("mini"), plan = QStringLiteral("plan");
    // mini plan: none 0, some 2.5, full 5
    QTest::newRow("nothing") << mini << plan << QStringList() << qint64(0) << false << false;
    QTest::newRow("none") << mini << plan << QStringList{"none"} << qint64(0) << true << false;
    QTest::newRow("some") << mini << plan << QStringList{"some"} << qint64(2500) << true << false;
    QTest::newRow("full") << mini << plan << QStringList{"full"} << qint64(5000) << true << false;
    QTest::newRow("two options") << mini << plan << QStringList{"some", "full"} << qint64(0) << false << true;
    QTest::newRow("unknown option") << mini << plan << QStringList{"most"} << qint64(0) << false << true;
    const QString y = QStringLiteral("2024");
    QTest::newRow("2024 it_coverage over 80 %") << y << QStringLiteral("it_coverage") << QStringList{"over_80_percent"} << qint64(7500)
                                                << true << false;
    QTest::newRow("2024 plan mostly") << y << QStringLiteral("plan_implementation") << QStringList{"mostly_implemented"} << qint64(6000)
                                      << true << false;
}

void TestScoring::single()
{
    QFETCH(QString, index);
    QFETCH(QString, item);
    QFETCH(QStringList, options);
    QFETCH(qint64, points);
    QFETCH(bool, answered);
    QFETCH(bool, problem);

    const IndexItem* it = indexNamed(index).item(item);
    QVERIFY(it);
    Answers a;
    a.items.insert(item, ItemAnswer{options, std::nullopt});
    const ItemScore s = Scoring::scoreItem(*it, a);
    QCOMPARE(s.points, MilliPoints(points));
    QCOMPARE(s.answered, answered);
    QCOMPARE(!s.problem.isEmpty(), problem);
}

void TestScoring::compare_data()
{
    QTest::addColumn<QString>("index");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QStringList>("spec");   // answers (tst_assessmentfixture.h answersFrom)
    QTest::addColumn<qint64>("points");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<bool>("problem");

    const QString mini = QStringLiteral("mini");
    const QString energy = QStringLiteral("energy");   // lower is better: 0 / 1.5 / 3
    const QString yield = QStringLiteral("yield");     // higher is better: 0 / 1 / 2
    QTest::newRow("lower: chosen better") << mini << energy << QStringList{"energy=better"} << qint64(3000) << true << false;
    QTest::newRow("lower: chosen same") << mini << energy << QStringList{"energy=same"} << qint64(1500) << true << false;
    QTest::newRow("lower: 10 → 8 is better") << mini << energy << QStringList{"ev:energy_before=10", "ev:energy_after=8"} << qint64(3000)
                                             << true << false;
    QTest::newRow("lower: 10 → 12 is worse") << mini << energy << QStringList{"ev:energy_before=10", "ev:energy_after=12"} << qint64(0)
                                             << true << false;
    QTest::newRow("lower: 10 → 10 is same") << mini << energy << QStringList{"ev:energy_before=10", "ev:energy_after=10"} << qint64(1500)
                                            << true << false;
    QTest::newRow("lower: 0 → 0 is same") << mini << energy << QStringList{"ev:energy_before=0", "ev:energy_after=0"} << qint64(1500)
                                          << true << false;
    QTest::newRow("lower: 0.5 → 0.4999 is better") << mini << energy << QStringList{"ev:energy_before=0.5", "ev:energy_after=0.4999"}
                                                   << qint64(3000) << true << false;
    QTest::newRow("higher: 90 → 95 is better") << mini << yield << QStringList{"ev:yield_before=90", "ev:yield_after=95"} << qint64(2000)
                                               << true << false;
    QTest::newRow("higher: 90 → 85 is worse") << mini << yield << QStringList{"ev:yield_before=90", "ev:yield_after=85"} << qint64(0)
                                              << true << false;
    QTest::newRow("higher: 97.5 → 97.5 is same") << mini << yield << QStringList{"ev:yield_before=97.5", "ev:yield_after=97.5"}
                                                 << qint64(1000) << true << false;
    QTest::newRow("a choice wins over the evidence") << mini << energy
                                                     << QStringList{"energy=worse", "ev:energy_before=10", "ev:energy_after=8"} << qint64(0)
                                                     << true << false;
    QTest::newRow("only before: unanswered") << mini << energy << QStringList{"ev:energy_before=10"} << qint64(0) << false << false;
    QTest::newRow("only after: unanswered") << mini << energy << QStringList{"ev:energy_after=10"} << qint64(0) << false << false;
    QTest::newRow("another item's evidence does not count") << mini << energy << QStringList{"ev:yield_before=1", "ev:yield_after=2"}
                                                            << qint64(0) << false << false;
    QTest::newRow("unknown option") << mini << energy << QStringList{"energy=down"} << qint64(0) << false << true;

    const QString y = QStringLiteral("2024");
    QTest::newRow("2024 energy 0.8 → 0.6 is better") << y << QStringLiteral("energy_intensity")
                                                     << QStringList{"ev:energy_before=0.8", "ev:energy_after=0.6"} << qint64(7000) << true
                                                     << false;
    QTest::newRow("2024 pass rate 96 → 96 is same") << y << QStringLiteral("pass_rate")
                                                    << QStringList{"ev:pass_rate_before=96", "ev:pass_rate_after=96"} << qint64(3500)
                                                    << true << false;
    QTest::newRow("2024 pass rate 96 → 95 is worse") << y << QStringLiteral("pass_rate")
                                                     << QStringList{"ev:pass_rate_before=96", "ev:pass_rate_after=95"} << qint64(0) << true
                                                     << false;
    QTest::newRow("2024 cost 80 → 85 is worse") << y << QStringLiteral("cost_per_100_revenue")
                                                << QStringList{"ev:cost_per_100_before=80", "ev:cost_per_100_after=85"} << qint64(0)
                                                << true << false;
    QTest::newRow("2024 revenue per employee 50 → 60 is better") << y << QStringLiteral("revenue_per_employee")
                                                                 << QStringList{"ev:revenue_per_employee_before=50",
                                                                                "ev:revenue_per_employee_after=60"}
                                                                 << qint64(3000) << true << false;
}

void TestScoring::compare()
{
    QFETCH(QString, index);
    QFETCH(QString, item);
    QFETCH(QStringList, spec);
    QFETCH(qint64, points);
    QFETCH(bool, answered);
    QFETCH(bool, problem);

    const AssessmentIndex& x = indexNamed(index);
    const IndexItem* it = x.item(item);
    QVERIFY(it);
    const Answers a = test::answersFrom(spec);
    const ItemScore s = Scoring::scoreItem(*it, a);
    QCOMPARE(s.points, MilliPoints(points));
    QCOMPARE(s.answered, answered);
    QCOMPARE(!s.problem.isEmpty(), problem);
    const ScoreCard card = Scoring::score(x, a);
    QCOMPARE(card.unanswered.contains(item), !answered);
}

void TestScoring::unknownItemAnswersAreIgnored()
{
    // An answer to an item the index does not have (e.g. from another version) adds nothing.
    const Answers a = test::answersFrom({"ghost=yes", "plan=full"});
    const ScoreCard card = Scoring::score(m_mini, a);
    QCOMPARE(card.total, MilliPoints(5000));
    QVERIFY(card.problems.isEmpty());
}

// ---- Cards ------------------------------------------------------------------------------------

void TestScoring::miniTotalsPerIndicatorAndDimension()
{
    // equip: net a + b = 4, rate 15 → 1.5, plan some 2.5 → 8;  base = 8
    // green: energy 10 → 9 (lower) better 3, yield same 1 → 4;  extra: bonus yes 5;  effect = 9
    // total 17: below 高 (20), 低 (10) needs 2 scenes at ≥ 1 of which 1 binding: s1 and s3 → 低
    const Answers a = test::answersFrom({"net=a,b", "rate:15", "plan=some", "ev:energy_before=10", "ev:energy_after=9", "yield=same",
                                         "bonus=yes", "scene:s1=1", "scene:s3=4"});
    const ScoreCard card = Scoring::score(m_mini, a);
    QCOMPARE(card.items.size(), 6);
    QCOMPARE(card.items.at(0).item->id, QStringLiteral("net"));
    QCOMPARE(card.items.at(5).item->id, QStringLiteral("bonus"));
    QCOMPARE(card.items.at(1).points, MilliPoints(1500));
    QCOMPARE(card.items.at(3).points, MilliPoints(3000));
    QCOMPARE(card.indicatorPoints.value(QStringLiteral("equip")), MilliPoints(8000));
    QCOMPARE(card.indicatorPoints.value(QStringLiteral("green")), MilliPoints(4000));
    QCOMPARE(card.indicatorPoints.value(QStringLiteral("extra")), MilliPoints(5000));
    QCOMPARE(card.dimensionPoints.value(QStringLiteral("base")), MilliPoints(8000));
    QCOMPARE(card.dimensionPoints.value(QStringLiteral("effect")), MilliPoints(9000));
    QCOMPARE(card.total, MilliPoints(17000));
    QVERIFY(card.unanswered.isEmpty());
    QVERIFY(card.problems.isEmpty());
    QCOMPARE(card.scenesAtOrAbove(1), 2);
    QCOMPARE(card.scenesAtOrAbove(2), 1);
    QCOMPARE(card.scenesAtOrAbove(4), 1);
    QCOMPARE(card.bindingScenesAtOrAbove(1), 1);
    QCOMPARE(card.bindingScenesAtOrAbove(2), 0);
    QCOMPARE(card.level, 1);
    QCOMPARE(card.levelName, QStringLiteral("低"));
}

void TestScoring::requiredUnansweredListed()
{
    // Nothing answered: every required item is listed in index order; bonus is optional.
    ScoreCard card = Scoring::score(m_mini, Answers());
    QCOMPARE(card.unanswered, (QStringList{"net", "rate", "plan", "energy", "yield"}));
    QCOMPARE(card.total, MilliPoints(0));
    QCOMPARE(card.level, 0);
    QVERIFY(card.levelName.isEmpty());

    // Answered, rejected (none + a; 101 %) and derived items.
    card = Scoring::score(m_mini, test::answersFrom({"net=none,a", "rate:101", "plan=none", "ev:energy_before=1", "ev:energy_after=1"}));
    QCOMPARE(card.unanswered, (QStringList{"net", "rate", "yield"}));
    QCOMPARE(card.problems.size(), 2);
    QVERIFY(card.problems.at(0).contains(QStringLiteral("网络")));
    QVERIFY(card.problems.at(1).contains(QStringLiteral("比率")));
    QCOMPARE(card.total, MilliPoints(1500));   // energy 1 → 1: same, 1.5

    // 2024: all 15 items are required.
    card = Scoring::score(m_2024, Answers());
    QCOMPARE(card.unanswered.size(), 15);
    QCOMPARE(card.unanswered.first(), QStringLiteral("network"));
    QCOMPARE(card.unanswered.last(), QStringLiteral("cost_per_100_revenue"));
    card = Scoring::score(m_2024, test::answersFrom(test::zeros2024()));
    QVERIFY2(card.unanswered.isEmpty(), qPrintable(card.unanswered.join(QLatin1Char(','))));
    QCOMPARE(card.total, MilliPoints(0));
    QStringList spec = test::zeros2024();
    spec.removeAt(1);   // equipment_digital_rate
    spec.removeAt(3);   // it_coverage (after the removal above)
    card = Scoring::score(m_2024, test::answersFrom(spec));
    QCOMPARE(card.unanswered, (QStringList{"equipment_digital_rate", "it_coverage"}));
}

// ---- Levels -----------------------------------------------------------------------------------

void TestScoring::miniLevels_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("level");

    // net a + b 4, rate 100 → 6, plan full 5, energy better 3, yield better 2 = 20
    const QStringList twenty{"net=a,b", "rate:100", "plan=full", "energy=better", "yield=better"};
    QTest::newRow("20, 3 scenes at 2 with 2 binding → 高") << (twenty + QStringList{"scene:s1=2", "scene:s2=3", "scene:s3=2"})
                                                          << qint64(20000) << 2;
    QTest::newRow("20, 3 scenes at 2 with 1 binding → 低") << (twenty + QStringList{"scene:s1=2", "scene:s3=2", "scene:s4=4"})
                                                          << qint64(20000) << 1;
    // yield same 1 instead of 2: 19
    QTest::newRow("19, scenes enough → 低") << (twenty + QStringList{"yield=same", "scene:s1=2", "scene:s2=3", "scene:s3=2"})
                                           << qint64(19000) << 1;
    // plan none, yield worse: 4 + 6 + 0 + 3 + 0 = 13; low at ≥ 10 → 低
    QTest::newRow("13 → 低") << QStringList{"net=a,b", "rate:100", "plan=none", "energy=better", "yield=worse", "scene:s2=1",
                                           "scene:s4=1"}
                            << qint64(13000) << 1;
    // net a 2, rate 10 → 0, plan some 2.5, energy same 1.5, yield better 2 = 8: below 低 (10)
    QTest::newRow("8 → none") << QStringList{"net=a", "rate:10", "plan=some", "energy=same", "yield=better", "scene:s1=4", "scene:s2=4",
                                            "scene:s3=4", "scene:s4=4"}
                             << qint64(8000) << 0;
    // 4 + 6 + 5 + 3 + 2 + 5 (bonus) = 25, only non-binding scenes → none
    QTest::newRow("25 without binding scenes → none") << (twenty + QStringList{"bonus=yes", "scene:s3=4", "scene:s4=4"}) << qint64(25000)
                                                      << 0;
}

void TestScoring::miniLevels()
{
    QFETCH(QStringList, spec);
    QFETCH(qint64, total);
    QFETCH(int, level);
    const ScoreCard card = Scoring::score(m_mini, test::answersFrom(spec));
    QCOMPARE(card.total, MilliPoints(total));
    QCOMPARE(card.level, level);
}

void TestScoring::levels2024_data()
{
    QTest::addColumn<QStringList>("spec");     // answers (all 15 items answered)
    QTest::addColumn<QStringList>("scenes");   // test::rateScenes: "b2x3" = 3 binding scenes at level 2
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("levelName");

    using test::items100;
    const QStringList six2{"b2x3", "n2x3"};   // 6 scenes at L2, exactly 3 binding

    // 8 + 10 + 7.5 + 7.5 + 7 = 40
    QTest::newRow("exactly 40, exactly 6 at L2 with exactly 3 binding → 二级") << test::items40() << six2 << qint64(40000) << 2
                                                                          << QStringLiteral("二级");
    // 8 + 10 + 7.5 + 7.5 + 3 + 1.875 + 2.1 = 39.975, the highest total below 40
    QTest::newRow("39.975 with the same scenes → 一级") << test::items39975() << six2 << qint64(39975) << 1 << QStringLiteral("一级");
    QTest::newRow("40, 6 at L2 but only 2 binding → no level") << test::items40() << QStringList{"b2x2", "n2x4"} << qint64(40000) << 0
                                                               << QString();
    QTest::newRow("40, 6 at L2 with 2 binding, a 3rd binding at L1 → 一级") << test::items40() << QStringList{"b2x2", "n2x4", "b1x1"}
                                                                        << qint64(40000) << 1 << QStringLiteral("一级");
    QTest::newRow("40, 5 at L2 and 1 at L1 → 一级") << test::items40() << QStringList{"b2x3", "n2x2", "n1x1"} << qint64(40000) << 1
                                                   << QStringLiteral("一级");
    QTest::newRow("40, 6 scenes at L3/L4 → 二级 (60 points missing for 三级)") << test::items40() << QStringList{"b4x3", "n3x3"}
                                                                           << qint64(40000) << 2 << QStringLiteral("二级");

    // items100 with it_coverage over 80 % (−2.5), plan partly (−3), talent 3 of 5 (−3),
    // pass_rate same (−3.5), funding 2.5 % → 4.5 (−3): 100 − 15 = 85
    const QStringList items85 = items100() << QStringLiteral("it_coverage=over_80_percent")
                                           << QStringLiteral("plan_implementation=partly_implemented")
                                           << QStringLiteral("talent=it_staff,cross_team,training") << QStringLiteral("pass_rate=same")
                                           << QStringLiteral("funding:2.5");
    QTest::newRow("85, 10 at L4 with 6 binding → 四级") << items85 << QStringList{"b4x6", "n4x4"} << qint64(85000) << 4
                                                      << QStringLiteral("四级");
    QTest::newRow("85, 9 at L4 → 三级") << items85 << QStringList{"b4x6", "n4x3"} << qint64(85000) << 3 << QStringLiteral("三级");
    QTest::newRow("85, 10 at L4 with 5 binding → 三级") << items85 << QStringList{"b4x5", "n4x5"} << qint64(85000) << 3
                                                      << QStringLiteral("三级");
    QTest::newRow("85, 6 at L2 with 3 binding → 二级") << items85 << six2 << qint64(85000) << 2 << QStringLiteral("二级");
    QTest::newRow("85, only 5 scenes → no level") << items85 << QStringList{"b4x5"} << qint64(85000) << 0 << QString();
    QTest::newRow("100, no scenes → no level") << items100() << QStringList() << qint64(100000) << 0 << QString();
    QTest::newRow("100, all 16 scenes at L4 → 四级") << items100() << QStringList{"b4x10", "n4x6"} << qint64(100000) << 4
                                                 << QStringLiteral("四级");

    // items100 with the four comparisons worse: 100 − 7 − 7 − 3 − 3 = 80
    const QStringList items80 = items100() << QStringLiteral("energy_intensity=worse") << QStringLiteral("pass_rate=worse")
                                           << QStringLiteral("revenue_per_employee=worse") << QStringLiteral("cost_per_100_revenue=worse");
    QTest::newRow("exactly 80, 10 at L4 with 6 binding → 四级") << items80 << QStringList{"b4x6", "n4x4"} << qint64(80000) << 4
                                                              << QStringLiteral("四级");
    // 8 + 6 + 6 + 2.1 + 10 + 5 + 5 + 7.5 + 1.875 + 7.5 + 7.5 + 3.5 + 7 + 3 + 0 = 79.975
    const QStringList items79975 = items100() << test::kAutoThree << test::kMechanismOne << QStringLiteral("energy_intensity=same")
                                              << QStringLiteral("cost_per_100_revenue=worse");
    QTest::newRow("79.975, 10 at L4 with 6 binding → 三级") << items79975 << QStringList{"b4x6", "n4x4"} << qint64(79975) << 3
                                                          << QStringLiteral("三级");

    // network 2 of 4 (4), digital 5 % (0), networked 100 % (6), auto all (10), it none (0), security 5 + 5,
    // plan 7.5, mechanism 7.5, talent 7.5, funding 7.5, comparisons worse: 4 + 6 + 10 + 10 + 30 = 60
    const QStringList items60 = items100() << QStringLiteral("network=industrial_control,application_network")
                                           << QStringLiteral("equipment_digital_rate:5") << QStringLiteral("it_coverage=none")
                                           << QStringLiteral("energy_intensity=worse") << QStringLiteral("pass_rate=worse")
                                           << QStringLiteral("revenue_per_employee=worse") << QStringLiteral("cost_per_100_revenue=worse");
    QTest::newRow("exactly 60, 8 at L3 with 5 binding → 三级") << items60 << QStringList{"b3x5", "n3x3"} << qint64(60000) << 3
                                                             << QStringLiteral("三级");
    QTest::newRow("60, 8 at L3 with 4 binding → 二级") << items60 << QStringList{"b3x4", "n3x4"} << qint64(60000) << 2
                                                     << QStringLiteral("二级");
    // items60 with auto 3 (−7.9), mechanism 1 (−5.625), energy better (+7), pass same (+3.5),
    // revenue same (+1.5), cost same (+1.5): 60 − 13.525 + 13.5 = 59.975
    const QStringList items59975 = QStringList(items60) << test::kAutoThree << test::kMechanismOne << QStringLiteral("energy_intensity=better")
                                           << QStringLiteral("pass_rate=same") << QStringLiteral("revenue_per_employee=same")
                                           << QStringLiteral("cost_per_100_revenue=same");
    QTest::newRow("59.975, 8 at L3 with 5 binding → 二级") << items59975 << QStringList{"b3x5", "n3x3"} << qint64(59975) << 2
                                                         << QStringLiteral("二级");

    // it_coverage 10 + energy 7 + cost 3 = 20
    const QStringList items20 = test::zeros2024() << QStringLiteral("it_coverage=all") << QStringLiteral("energy_intensity=better")
                                                  << QStringLiteral("cost_per_100_revenue=better");
    QTest::newRow("exactly 20, 6 at L1 with 3 binding → 一级") << items20 << QStringList{"b1x3", "n1x3"} << qint64(20000) << 1
                                                             << QStringLiteral("一级");
    // it_coverage 10 + network 3 of 4 (6) + mechanism 1 (1.875) + auto 3 (2.1) = 19.975
    const QStringList items19975 = test::zeros2024() << QStringLiteral("it_coverage=all")
                                                     << QStringLiteral("network=industrial_control,application_network,industrial_5g")
                                                     << test::kMechanismOne << test::kAutoThree;
    QTest::newRow("19.975, all 16 scenes at L4 → no level") << items19975 << QStringList{"b4x10", "n4x6"} << qint64(19975) << 0
                                                            << QString();
    QTest::newRow("0 points, all scenes at L4 → no level") << test::zeros2024() << QStringList{"b4x10", "n4x6"} << qint64(0) << 0
                                                           << QString();
}

void TestScoring::levels2024()
{
    QFETCH(QStringList, spec);
    QFETCH(QStringList, scenes);
    QFETCH(qint64, total);
    QFETCH(int, level);
    QFETCH(QString, levelName);

    Answers a = test::answersFrom(spec);
    test::rateScenes(m_2024, a, scenes);
    const ScoreCard card = Scoring::score(m_2024, a);
    QVERIFY2(card.problems.isEmpty(), qPrintable(card.problems.join(QLatin1Char('\n'))));
    QVERIFY2(card.unanswered.isEmpty(), qPrintable(card.unanswered.join(QLatin1Char(','))));
    QCOMPARE(card.total, MilliPoints(total));
    QCOMPARE(card.level, level);
    QCOMPARE(card.levelName, levelName);
    MilliPoints dimensions = 0;
    for (const IndexDimension& d : m_2024.dimensions)
        dimensions += card.dimensionPoints.value(d.id);
    QCOMPARE(dimensions, card.total);

    // The gap to the next level is consistent with the card, whatever the case.
    const GapAnalysis gap = Scoring::gap(m_2024, a, card, 100);
    QCOMPARE(gap.nextLevel, level == 4 ? 0 : level + 1);
    checkSuggestions(m_2024, a, gap);
}

void TestScoring::totalOnly2022_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("levelName");
    QTest::newRow("exactly 40 → 二级") << QStringList{"total=40"} << qint64(40000) << 2 << QStringLiteral("二级");
    QTest::newRow("39.5 → 一级") << QStringList{"total=39.5"} << qint64(39500) << 1 << QStringLiteral("一级");
    QTest::newRow("exactly 20 → 一级") << QStringList{"total=20"} << qint64(20000) << 1 << QStringLiteral("一级");
    QTest::newRow("19.999 → none") << QStringList{"total=19.999"} << qint64(19999) << 0 << QString();
    QTest::newRow("exactly 60 → 三级") << QStringList{"total=60"} << qint64(60000) << 3 << QStringLiteral("三级");
    QTest::newRow("exactly 80 → 四级") << QStringList{"total=80"} << qint64(80000) << 4 << QStringLiteral("四级");
    QTest::newRow("150 is held at 100") << QStringList{"total=150"} << qint64(100000) << 4 << QStringLiteral("四级");
    QTest::newRow("negative is held at 0") << QStringList{"total=-5"} << qint64(0) << 0 << QString();
    QTest::newRow("no total") << QStringList() << qint64(0) << 0 << QString();
    // Item answers and scenes mean nothing to a total-only index.
    QTest::newRow("items and scenes are ignored") << (test::items100() << QStringLiteral("total=39.5") << QStringLiteral("scene:finance=4"))
                                                  << qint64(39500) << 1 << QStringLiteral("一级");
}

void TestScoring::totalOnly2022()
{
    QFETCH(QStringList, spec);
    QFETCH(qint64, total);
    QFETCH(int, level);
    QFETCH(QString, levelName);
    const Answers a = test::answersFrom(spec);
    const ScoreCard card = Scoring::score(m_2022, a);
    QCOMPARE(card.total, MilliPoints(total));
    QCOMPARE(card.level, level);
    QCOMPARE(card.levelName, levelName);
    QVERIFY(card.items.isEmpty());
    QVERIFY(card.unanswered.isEmpty());

    // And the other way round: a scorable index ignores a recorded total.
    if (a.totalOnly && a.items.isEmpty())
        QCOMPARE(Scoring::score(m_2024, a).total, MilliPoints(0));
}

// ---- Gap --------------------------------------------------------------------------------------

// Invariants of every gap: largest gain first; each gain is what the change would add; an
// exclusive option ("无") is never suggested; no item appears twice.
void TestScoring::checkSuggestions(const AssessmentIndex& index, const Answers& answers, const GapAnalysis& gap)
{
    const ScoreCard card = Scoring::score(index, answers);
    QSet<QString> seen;
    for (int i = 0; i < gap.suggestions.size(); ++i) {
        const GapSuggestion& s = gap.suggestions.at(i);
        QVERIFY(s.item);
        QVERIFY(s.gain > 0);
        if (i > 0)
            QVERIFY2(gap.suggestions.at(i - 1).gain >= s.gain, "suggestions not sorted by gain");
        QVERIFY2(!seen.contains(s.item->id), qPrintable(s.item->id));
        seen.insert(s.item->id);
        QVERIFY(!s.change.isEmpty());
        MilliPoints current = 0;
        for (const ItemScore& is : card.items)
            if (is.item->id == s.item->id)
                current = is.points;
        QVERIFY2(current + s.gain <= s.item->points, qPrintable(s.item->id));
        for (const IndexOption& opt : s.item->options)
            if (opt.exclusive)
                QVERIFY2(!s.change.contains(QLatin1Char('"') + opt.label + QLatin1Char('"')), qPrintable(s.change));
    }
}

void TestScoring::gapCrafted()
{
    // 39.975 points (items39975), scenes: 3 at L2 of which 2 binding, 2 more non-binding at L2
    // and a binding one at L1: 6 scenes at ≥ 1 with 3 binding → 一级. For 二级 (40 points,
    // 6 scenes at ≥ 2 of which 3 binding): 0.025 points, 1 scene and 1 binding scene missing.
    Answers a = test::answersFrom(test::items39975());
    test::rateScenes(m_2024, a, {"b2x2", "n2x3", "b1x1"});
    const ScoreCard card = Scoring::score(m_2024, a);
    QCOMPARE(card.total, MilliPoints(39975));
    QCOMPARE(card.level, 1);

    const GapAnalysis gap = Scoring::gap(m_2024, a, card, 100);
    QCOMPARE(gap.nextLevel, 2);
    QCOMPARE(gap.nextLevelName, QStringLiteral("二级"));
    QCOMPARE(gap.sceneLevel, 2);
    QCOMPARE(gap.pointsMissing, MilliPoints(25));
    QCOMPARE(gap.scenesMissing, 1);
    QCOMPARE(gap.bindingScenesMissing, 1);
    QCOMPARE(gap.sentences.size(), 3);
    QVERIFY2(gap.sentences.at(0).contains(QLatin1String("0.025")), qPrintable(gap.sentences.at(0)));
    QVERIFY2(gap.sentences.at(0).contains(QLatin1String("39.975")), qPrintable(gap.sentences.at(0)));

    // Every item below its maximum, with the next better answer's gain (largest first; equal
    // gains keep the index order):
    //   energy_intensity worse → same 3.5, pass_rate worse → same 3.5, mechanism +1.875,
    //   equipment_digital_rate 0 → >10 % 1.5, equipment_network_rate 1.5, funding 0 → >0 % 1.5,
    //   revenue_per_employee worse → same 1.5, network_security none → +1.25, data_security +1.25,
    //   auto_collection + human_resources 0.9
    QStringList ids;
    QVector<MilliPoints> gains;
    for (const GapSuggestion& s : gap.suggestions) {
        ids << s.item->id;
        gains << s.gain;
    }
    QCOMPARE(ids, (QStringList{"energy_intensity", "pass_rate", "mechanism", "equipment_digital_rate", "equipment_network_rate",
                               "funding", "revenue_per_employee", "network_security", "data_security", "auto_collection"}));
    QCOMPARE(gains, (QVector<MilliPoints>{3500, 3500, 1875, 1500, 1500, 1500, 1500, 1250, 1250, 900}));
    QVERIFY2(gap.suggestions.at(0).change.contains(QStringLiteral("持平")), qPrintable(gap.suggestions.at(0).change));
    QVERIFY2(gap.suggestions.at(3).change.contains(QLatin1String("10")), qPrintable(gap.suggestions.at(3).change));
    QVERIFY2(gap.suggestions.at(9).change.contains(QStringLiteral("人力资源")), qPrintable(gap.suggestions.at(9).change));
    // network_security is "none": the suggestion adds a measure, never "无".
    QVERIFY2(!gap.suggestions.at(7).change.contains(QStringLiteral("\"无\"")), qPrintable(gap.suggestions.at(7).change));
    checkSuggestions(m_2024, a, gap);
}

void TestScoring::gapFromNothing()
{
    const Answers a;
    const ScoreCard card = Scoring::score(m_2024, a);
    const GapAnalysis gap = Scoring::gap(m_2024, a, card, 100);
    QCOMPARE(gap.nextLevel, 1);
    QCOMPARE(gap.nextLevelName, QStringLiteral("一级"));
    QCOMPARE(gap.pointsMissing, MilliPoints(20000));
    QCOMPARE(gap.scenesMissing, 6);
    QCOMPARE(gap.bindingScenesMissing, 3);
    QCOMPARE(gap.sceneLevel, 1);
    QCOMPARE(gap.suggestions.size(), 15);   // every item can gain
    // Largest single step first: it_coverage none → one_link is 2.5, but the comparisons'
    // next step (same) is 3.5; multi items suggest their best option.
    QCOMPARE(gap.suggestions.first().item->id, QStringLiteral("energy_intensity"));
    QCOMPARE(gap.suggestions.first().gain, MilliPoints(3500));
    checkSuggestions(m_2024, a, gap);

    // With "none" chosen on every multi item, no suggestion offers an exclusive option.
    const Answers zeros = test::answersFrom(test::zeros2024());
    const GapAnalysis zeroGap = Scoring::gap(m_2024, zeros, Scoring::score(m_2024, zeros), 100);
    QCOMPARE(zeroGap.suggestions.size(), 15);
    checkSuggestions(m_2024, zeros, zeroGap);
}

void TestScoring::gapScenesOnly()
{
    // 85 points (see levels2024) with 9 scenes at L4, 6 binding → 三级; 四级 needs only a 10th scene.
    const QStringList items85 = test::items100() << QStringLiteral("it_coverage=over_80_percent")
                                                 << QStringLiteral("plan_implementation=partly_implemented")
                                                 << QStringLiteral("talent=it_staff,cross_team,training")
                                                 << QStringLiteral("pass_rate=same") << QStringLiteral("funding:2.5");
    Answers a = test::answersFrom(items85);
    test::rateScenes(m_2024, a, {"b4x6", "n4x3", "n3x1"});
    const ScoreCard card = Scoring::score(m_2024, a);
    QCOMPARE(card.total, MilliPoints(85000));
    QCOMPARE(card.level, 3);
    const GapAnalysis gap = Scoring::gap(m_2024, a, card);
    QCOMPARE(gap.nextLevel, 4);
    QCOMPARE(gap.pointsMissing, MilliPoints(0));
    QCOMPARE(gap.scenesMissing, 1);
    QCOMPARE(gap.bindingScenesMissing, 0);
    QCOMPARE(gap.sceneLevel, 4);
    QCOMPARE(gap.sentences.size(), 1);
    QVERIFY2(gap.sentences.at(0).contains(QLatin1String("1 more")), qPrintable(gap.sentences.at(0)));
}

void TestScoring::gapAtTop()
{
    Answers a = test::answersFrom(test::items100());
    test::rateScenes(m_2024, a, {"b4x10", "n4x6"});
    const ScoreCard card = Scoring::score(m_2024, a);
    QCOMPARE(card.level, 4);
    const GapAnalysis gap = Scoring::gap(m_2024, a, card);
    QCOMPARE(gap.nextLevel, 0);
    QVERIFY(gap.nextLevelName.isEmpty());
    QCOMPARE(gap.pointsMissing, MilliPoints(0));
    QCOMPARE(gap.scenesMissing, 0);
    QVERIFY(gap.suggestions.isEmpty());
    QCOMPARE(gap.sentences.size(), 1);
    QVERIFY2(gap.sentences.at(0).contains(QLatin1String("highest level")), qPrintable(gap.sentences.at(0)));

    // The 2022 index at 四级 too.
    const Answers total = test::answersFrom({"total=80"});
    const GapAnalysis top2022 = Scoring::gap(m_2022, total, Scoring::score(m_2022, total));
    QCOMPARE(top2022.nextLevel, 0);
    // … and below it, with nothing to suggest item by item.
    const Answers low = test::answersFrom({"total=39.5"});
    const GapAnalysis gap2022 = Scoring::gap(m_2022, low, Scoring::score(m_2022, low));
    QCOMPARE(gap2022.nextLevel, 2);
    QCOMPARE(gap2022.pointsMissing, MilliPoints(500));
    QCOMPARE(gap2022.scenesMissing, 0);
    QVERIFY(gap2022.suggestions.isEmpty());
}

void TestScoring::gapSuggestionsLimited()
{
    const Answers a = test::answersFrom(test::items39975());
    const ScoreCard card = Scoring::score(m_2024, a);
    const GapAnalysis five = Scoring::gap(m_2024, a, card);   // default 5
    QCOMPARE(five.suggestions.size(), 5);
    QCOMPARE(five.suggestions.at(2).item->id, QStringLiteral("mechanism"));
    const GapAnalysis two = Scoring::gap(m_2024, a, card, 2);
    QCOMPARE(two.suggestions.size(), 2);
    QCOMPARE(two.suggestions.at(0).gain, MilliPoints(3500));
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
