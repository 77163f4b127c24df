// SubsidyPolicy and evaluateEligibility, pure: policy documents parsed and refused with clear
// messages, and hand-computed examples of each policy kind. Every figure below was summed by
// hand from the standard project:
//   contract 1,000,000.00; cost lines software 400,000 · cloud 150,000 · implementation 250,000 ·
//   hardware 120,000 · training 50,000 · maintenance 30,000; invoices excluding tax 600,000 +
//   380,000 = 980,000; payments 500,000 + 450,000 = 950,000 (all × scale).

#include "domain/Grant.h"
#include "grants/SubsidyPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace dx;

namespace {

using Kind = EligibilityLine::Kind;

struct Case
{
    Enterprise enterprise;
    Project project;
    QVector<CostLine> costs;
    QVector<Invoice> invoices;
    QVector<Payment> payments;
    int level = 2;
    QDate asOf = QDate(2025, 3, 1);
};

Case standard(qint64 scale = 1)
{
    Case c;
    c.enterprise.id = 7;
    c.enterprise.revenue = Money::fromWan(8000);
    c.enterprise.employees = 300;
    c.project.id = 11;
    c.project.enterpriseId = 7;
    c.project.state = ProjectState::Accepted;
    c.project.contractSignedOn = QDate(2024, 4, 15);
    c.project.contractAmount = Money::fromYuan(1000000 * scale);
    const QPair<const char*, qint64> lines[] = {{"software", 400000}, {"cloud", 150000},   {"implementation", 250000},
                                                {"hardware", 120000}, {"training", 50000}, {"maintenance", 30000}};
    qint64 id = 100;
    for (const auto& l : lines)
        c.costs.push_back({++id, 11, QLatin1String(l.first), QStringLiteral("line %1").arg(id), Money::fromYuan(l.second * scale), true});
    c.invoices = {{1, 11, QStringLiteral("F1"), QDate(2024, 5, 15), Money::fromYuan(636000 * scale), Money::fromYuan(600000 * scale)},
                  {2, 11, QStringLiteral("F2"), QDate(2024, 9, 12), Money::fromYuan(402800 * scale), Money::fromYuan(380000 * scale)}};
    c.payments = {{1, 11, QStringLiteral("Y1"), QDate(2024, 5, 5), Money::fromYuan(500000 * scale)},
                  {2, 11, QStringLiteral("Y2"), QDate(2024, 9, 22), Money::fromYuan(450000 * scale)}};
    return c;
}

SubsidyPolicy shippedPolicy(const QString& name)
{
    auto all = SubsidyPolicy::shipped();
    if (!all)
        qFatal("shipped: %s", qPrintable(all.message()));
    for (const auto& p : all.value())
        if (p.first == name)
            return p.second;
    qFatal("no shipped policy %s", qPrintable(name));
}

Eligibility run(const SubsidyPolicy& p, const Case& c)
{
    return evaluateEligibility(p, c.enterprise, c.project, c.costs, c.invoices, c.payments, c.level, c.asOf);
}

const EligibilityLine* find(const Eligibility& e, Kind kind, const QString& key = QString())
{
    for (const EligibilityLine& l : e.lines)
        if (l.kind == kind && (key.isNull() || l.key == key))
            return &l;
    return nullptr;
}

const EligibilityLine* costLine(const Eligibility& e, qint64 id)
{
    for (const EligibilityLine& l : e.lines)
        if ((l.kind == Kind::CostCounted || l.kind == Kind::CostExcluded) && l.refId == id)
            return &l;
    return nullptr;
}

Money yuan(qint64 y) { return Money::fromYuan(y); }

} // namespace

class TestSubsidyPolicy : public QObject
{
    Q_OBJECT

private slots:
    void moneyHelpers();
    void shippedPoliciesLoad();
    void roundTrip();
    void refusesInvalid_data();
    void refusesInvalid();

    void guangzhouStandard();
    void guangzhouCapBindsByLevel_data();
    void guangzhouCapBindsByLevel();
    void verifiedCostIsTheSmallest_data();
    void verifiedCostIsTheSmallest();
    void roundsDownToTheFen();
    void excludedCategoriesExplained();
    void contractOutsideWindow_data();
    void contractOutsideWindow();
    void failedConditions_data();
    void failedConditions();
    void suqianRateAndCap();
    void fixedAwards();
    void fixedAwardNeedsNoProject();
    void rateWithoutProject();
    void explanationJsonRoundTrip();
};

void TestSubsidyPolicy::moneyHelpers()
{
    QCOMPARE(shareRoundedDown(Money::fromFen(33333333), 5000), Money::fromFen(16666666));
    QCOMPARE(shareRoundedDown(Money::fromFen(1), 5000), Money::fromFen(0));
    QCOMPARE(shareRoundedDown(yuan(1000000), 10000), yuan(1000000));
    // No overflow for the largest amounts Money parses (10^13 元).
    QCOMPARE(shareRoundedDown(Money::fromFen(999999999999999), 9999), Money::fromFen(999899999999999));
    QCOMPARE(percentText(5000), QStringLiteral("50.00%"));
    QCOMPARE(percentText(125), QStringLiteral("1.25%"));
    QCOMPARE(yuanText(Money::fromFen(102000000000)), QStringLiteral("1,020,000,000.00 yuan"));
    QCOMPARE(yuanText(Money::fromFen(-3000000)), QStringLiteral("-30,000.00 yuan"));
    QCOMPARE(yuanText(Money::fromFen(5)), QStringLiteral("0.05 yuan"));
    Fund f;
    f.total = yuan(1000000);
    QCOMPARE(f.platformLimit(), yuan(1000000));
    f.maxPlatformShareBp = 2000;
    QCOMPARE(f.platformLimit(), yuan(200000));
    f.minUpgradeShareBp = 8500;   // tighter than the 20 % maximum
    QCOMPARE(f.platformLimit(), yuan(150000));
    f.total = Money::fromFen(7);   // 7 fen: at least 85 % = 5.95 → 6 fen for upgrades, 1 fen left
    QCOMPARE(f.platformLimit(), Money::fromFen(1));
}

void TestSubsidyPolicy::shippedPoliciesLoad()
{
    auto all = SubsidyPolicy::shipped();
    QVERIFY2(all, qPrintable(all.message()));
    QStringList names;
    for (const auto& p : all.value())
        names << p.first;
    QCOMPARE(names, (QStringList{"guangzhou-pilot", "suqian-upgrade", "tier-showcase-award"}));
    const SubsidyPolicy gz = shippedPolicy(QStringLiteral("guangzhou-pilot"));
    QCOMPARE(gz.kind, SubsidyPolicy::Kind::Rate);
    QCOMPARE(gz.rateBp, 5000);
    QCOMPARE(gz.levelCaps.size(), 3);
    QCOMPARE(gz.levelCaps.at(0).cap, yuan(600000));
    QCOMPARE(gz.levelCaps.at(2).cap, yuan(1500000));
    QCOMPARE(gz.eligibleCategories, (QStringList{"software", "cloud", "implementation"}));
    QCOMPARE(gz.excludedCategories, (QStringList{"training", "maintenance"}));
    QCOMPARE(gz.maxRevenue, Money::fromWan(40000));
    QCOMPARE(gz.maxEmployees, 1000);
    QCOMPARE(gz.minPostLevel, 2);
    QCOMPARE(gz.contractFrom, QDate(2023, 10, 11));
    const SubsidyPolicy award = shippedPolicy(QStringLiteral("tier-showcase-award"));
    QCOMPARE(award.kind, SubsidyPolicy::Kind::Fixed);
    QCOMPARE(award.awards.size(), 3);
    QCOMPARE(award.awards.at(0).minTier, Tier::LittleGiant);
    QVERIFY(award.awards.at(2).showcase);
}

void TestSubsidyPolicy::roundTrip()
{
    auto all = SubsidyPolicy::shipped();
    QVERIFY(all);
    for (const auto& p : all.value()) {
        auto again = SubsidyPolicy::fromJson(p.second.toJsonBytes());
        QVERIFY2(again, qPrintable(again.message()));
        QCOMPARE(again->toJson(), p.second.toJson());
    }
    // A whole number of 元 is read as such; the canonical form writes the fen.
    auto numbers = SubsidyPolicy::fromJson(QByteArrayLiteral(R"({"format":1,"name":"x","kind":"rate","rateBasisPoints":100,"cap":400})"));
    QVERIFY2(numbers, qPrintable(numbers.message()));
    QCOMPARE(numbers->cap, yuan(400));
    QCOMPARE(numbers->toJson().value(QLatin1String("cap")).toString(), QStringLiteral("400.00"));
}

void TestSubsidyPolicy::refusesInvalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"("format": 1, "name": "p", )";
    QTest::newRow("not json") << QByteArray("{\"format\": 1,") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[]") << "JSON object";
    QTest::newRow("format 2") << QByteArray(R"({"format": 2, "name": "p", "kind": "rate", "rateBasisPoints": 1})") << "format 2";
    QTest::newRow("no name") << QByteArray(R"({"format": 1, "kind": "rate", "rateBasisPoints": 1})") << "\"name\"";
    QTest::newRow("unknown field") << "{" + head + R"("kind": "rate", "rateBasisPoint": 5000})" << "unknown field \"rateBasisPoint\"";
    QTest::newRow("unknown kind") << "{" + head + R"("kind": "share"})" << "\"kind\" must be";
    QTest::newRow("rate missing") << "{" + head + R"("kind": "rate"})" << "needs \"rateBasisPoints\"";
    QTest::newRow("rate 0") << "{" + head + R"("kind": "rate", "rateBasisPoints": 0})" << "from 1 to 10000";
    QTest::newRow("rate above 100%") << "{" + head + R"("kind": "rate", "rateBasisPoints": 10001})" << "from 1 to 10000";
    QTest::newRow("fractional rate") << "{" + head + R"("kind": "rate", "rateBasisPoints": 50.5})" << "whole number";
    QTest::newRow("bad purpose") << "{" + head + R"("kind": "rate", "rateBasisPoints": 1, "purpose": "x"})" << "\"purpose\"";
    QTest::newRow("level 5 cap") << "{" + head + R"("kind": "rate", "rateBasisPoints": 1, "capsByLevel": {"5": "1"}})" << "\"5\" is not a level";
    QTest::newRow("sub-fen amount") << "{" + head + R"("kind": "rate", "rateBasisPoints": 1, "cap": "12.345"})" << "\"cap\" must be a positive amount";
    QTest::newRow("fractional number amount") << "{" + head + R"("kind": "rate", "rateBasisPoints": 1, "cap": 12.5})" << "\"cap\" must be";
    QTest::newRow("negative cap") << "{" + head + R"("kind": "rate", "rateBasisPoints": 1, "capsByLevel": {"2": "-1"}})" << "capsByLevel.2";
    QTest::newRow("category twice") << "{" + head + R"("kind": "rate", "rateBasisPoints": 1, "eligibleCategories": ["cloud"], "excludedCategories": ["cloud"]})"
                                    << "both as eligible and as excluded";
    QTest::newRow("window reversed") << "{" + head + R"("kind": "rate", "rateBasisPoints": 1, "contractWindow": {"from": "2025-01-01", "to": "2024-01-01"}})"
                                     << "ends (2024-01-01) before it starts (2025-01-01)";
    QTest::newRow("bad date") << "{" + head + R"("kind": "rate", "rateBasisPoints": 1, "contractWindow": {"from": "2025/01/01"}})" << "YYYY-MM-DD";
    QTest::newRow("unknown condition") << "{" + head + R"("kind": "rate", "rateBasisPoints": 1, "conditions": {"minLevel": 2}})"
                                       << "\"conditions\" has an unknown field \"minLevel\"";
    QTest::newRow("level condition 5") << "{" + head + R"("kind": "rate", "rateBasisPoints": 1, "conditions": {"minPostLevel": 5}})"
                                       << "minPostLevel";
    QTest::newRow("size rule") << "{" + head + R"("kind": "rate", "rateBasisPoints": 1, "conditions": {"size": "any"}})" << "\"either\"";
    QTest::newRow("fixed without awards") << "{" + head + R"("kind": "fixed"})" << "at least one";
    QTest::newRow("awards on a rate policy") << "{" + head + R"("kind": "rate", "rateBasisPoints": 1, "awards": []})" << "fixed-award";
    QTest::newRow("award without amount") << "{" + head + R"("kind": "fixed", "awards": [{"label": "a"}]})" << "awards[1].amount";
    QTest::newRow("award unknown tier") << "{" + head + R"("kind": "fixed", "awards": [{"label": "a", "amount": "1", "minTier": "giant"}]})"
                                        << "little_giant";
}

void TestSubsidyPolicy::refusesInvalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto r = SubsidyPolicy::fromJson(json);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::Validation);
    QVERIFY2(r.message().contains(message), qPrintable(r.message()));
}

// 广州: eligible costs 400,000 + 150,000 + 250,000 = 800,000; verified = min(800,000, 1,000,000,
// 980,000, 950,000) = 800,000; × 50 % = 400,000; the 二级 cap 600,000 is not reached.
void TestSubsidyPolicy::guangzhouStandard()
{
    const Eligibility e = run(shippedPolicy(QStringLiteral("guangzhou-pilot")), standard());
    QVERIFY(e.conditionsMet);
    QCOMPARE(e.eligibleCosts, yuan(800000));
    QCOMPARE(e.contractAmount, yuan(1000000));
    QCOMPARE(e.invoicesExclTax, yuan(980000));
    QCOMPARE(e.payments, yuan(950000));
    QCOMPARE(e.verifiedCost, yuan(800000));
    QCOMPARE(e.amount, yuan(400000));
    QCOMPARE(find(e, Kind::VerifiedCost)->key, QStringLiteral("eligible_costs"));
    const EligibilityLine* rate = find(e, Kind::Rate);
    QVERIFY(rate);
    QCOMPARE(rate->number, qint64(5000));
    QCOMPARE(rate->limit, yuan(800000));
    QCOMPARE(rate->amount, yuan(400000));
    const EligibilityLine* cap = find(e, Kind::Cap, QStringLiteral("level"));
    QVERIFY(cap);
    QCOMPARE(cap->amount, yuan(600000));
    QVERIFY(!cap->applied);
    QCOMPARE(find(e, Kind::InvoicesExclTax)->number, qint64(2));
    QCOMPARE(e.lines.last().kind, Kind::Result);
    QCOMPARE(e.lines.last().amount, yuan(400000));
    // Every condition of the policy is explained as met.
    for (const char* key : {"project_accepted", "min_post_level", "size", "contract_window"}) {
        const EligibilityLine* c = find(e, Kind::Condition, QLatin1String(key));
        QVERIFY2(c, key);
        QVERIFY2(c->passed, key);
    }
    // The sentences carry the figures.
    QVERIFY2(find(e, Kind::VerifiedCost)->text().contains(QStringLiteral("800,000.00 yuan")), qPrintable(find(e, Kind::VerifiedCost)->text()));
    QVERIFY2(rate->text().contains(QStringLiteral("800,000.00 yuan × 50.00% = 400,000.00 yuan")), qPrintable(rate->text()));
    QVERIFY2(cap->text().contains(QStringLiteral("not reached")), qPrintable(cap->text()));
    QCOMPARE(e.texts().size(), e.lines.size());
    QVERIFY(e.failedConditions().isEmpty());
}

// ×3: verified = eligible costs 2,400,000; × 50 % = 1,200,000. 二级 cap 600,000 and 三级 cap
// 1,000,000 bind; 四级 cap 1,500,000 does not.
void TestSubsidyPolicy::guangzhouCapBindsByLevel_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("binds");
    QTest::newRow("二级") << 2 << qint64(600000) << true;
    QTest::newRow("三级") << 3 << qint64(1000000) << true;
    QTest::newRow("四级") << 4 << qint64(1200000) << false;
}

void TestSubsidyPolicy::guangzhouCapBindsByLevel()
{
    QFETCH(int, level);
    QFETCH(qint64, expected);
    QFETCH(bool, binds);
    Case c = standard(3);
    c.level = level;
    const Eligibility e = run(shippedPolicy(QStringLiteral("guangzhou-pilot")), c);
    QCOMPARE(e.verifiedCost, yuan(2400000));
    QCOMPARE(find(e, Kind::Rate)->amount, yuan(1200000));
    const EligibilityLine* cap = find(e, Kind::Cap, QStringLiteral("level"));
    QVERIFY(cap);
    QCOMPARE(cap->applied, binds);
    QCOMPARE(cap->limitNumber, qint64(level));
    QCOMPARE(e.amount, yuan(expected));
}

// The smallest of the four figures is the verified cost, whichever it is.
void TestSubsidyPolicy::verifiedCostIsTheSmallest_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("verified");
    QTest::addColumn<qint64>("amount");
    QTest::newRow("eligible costs") << "" << "eligible_costs" << qint64(800000) << qint64(400000);
    QTest::newRow("contract") << "contract" << "contract" << qint64(700000) << qint64(350000);
    QTest::newRow("invoices") << "invoices" << "invoices" << qint64(500000) << qint64(250000);
    QTest::newRow("payments") << "payments" << "payments" << qint64(300000) << qint64(150000);
    QTest::newRow("no payment proof") << "nopayments" << "payments" << qint64(0) << qint64(0);
}

void TestSubsidyPolicy::verifiedCostIsTheSmallest()
{
    QFETCH(QString, change);
    QFETCH(QString, key);
    QFETCH(qint64, verified);
    QFETCH(qint64, amount);
    Case c = standard();
    if (change == QLatin1String("contract"))
        c.project.contractAmount = yuan(700000);   // an addendum the lines were not cut back to
    if (change == QLatin1String("invoices"))
        c.invoices = {{1, 11, QStringLiteral("F1"), QDate(2024, 5, 15), yuan(530000), yuan(500000)}};
    if (change == QLatin1String("payments"))
        c.payments = {{1, 11, QStringLiteral("Y1"), QDate(2024, 5, 5), yuan(300000)}};
    if (change == QLatin1String("nopayments"))
        c.payments.clear();
    const Eligibility e = run(shippedPolicy(QStringLiteral("guangzhou-pilot")), c);
    QCOMPARE(find(e, Kind::VerifiedCost)->key, key);
    QCOMPARE(e.verifiedCost, yuan(verified));
    QCOMPARE(e.amount, yuan(amount));
    QVERIFY(e.conditionsMet);
}

// Payments of 333,333.33: × 50 % = 166,666.665 → 166,666.66 (down, never up).
void TestSubsidyPolicy::roundsDownToTheFen()
{
    Case c = standard();
    c.payments = {{1, 11, QStringLiteral("Y1"), QDate(2024, 5, 5), Money::fromFen(33333333)}};
    const Eligibility e = run(shippedPolicy(QStringLiteral("guangzhou-pilot")), c);
    QCOMPARE(e.verifiedCost, Money::fromFen(33333333));
    QCOMPARE(e.amount, Money::fromFen(16666666));
    QVERIFY(find(e, Kind::Rate)->text().contains(QStringLiteral("rounded down")));
}

// Which lines count and why the others do not.
void TestSubsidyPolicy::excludedCategoriesExplained()
{
    Case c = standard();
    c.costs[1].eligible = false;   // cloud 150,000 marked not eligible on the project
    c.costs[0].category = QStringLiteral("Software");   // the English name maps back to the key
    const Eligibility e = run(shippedPolicy(QStringLiteral("guangzhou-pilot")), c);
    QCOMPARE(costLine(e, 101)->kind, Kind::CostCounted);
    QCOMPARE(costLine(e, 101)->key, QStringLiteral("software"));
    QCOMPARE(costLine(e, 102)->kind, Kind::CostExcluded);
    QCOMPARE(costLine(e, 102)->reason, QStringLiteral("marked_ineligible"));
    QCOMPARE(costLine(e, 103)->kind, Kind::CostCounted);
    QCOMPARE(costLine(e, 104)->reason, QStringLiteral("not_listed"));          // hardware
    QCOMPARE(costLine(e, 105)->reason, QStringLiteral("excluded_category"));   // training
    QCOMPARE(costLine(e, 106)->reason, QStringLiteral("excluded_category"));   // maintenance
    QVERIFY2(costLine(e, 105)->text().contains(QStringLiteral("excludes")), qPrintable(costLine(e, 105)->text()));
    QVERIFY2(costLine(e, 104)->text().contains(QStringLiteral("not an eligible category")), qPrintable(costLine(e, 104)->text()));
    QVERIFY2(costLine(e, 102)->text().contains(QStringLiteral("marked not eligible")), qPrintable(costLine(e, 102)->text()));
    // 400,000 + 250,000 = 650,000 counted; × 50 % = 325,000.
    QCOMPARE(e.eligibleCosts, yuan(650000));
    QCOMPARE(e.amount, yuan(325000));
}

void TestSubsidyPolicy::contractOutsideWindow_data()
{
    QTest::addColumn<QDate>("contract");
    QTest::addColumn<bool>("inside");
    QTest::newRow("day before the window") << QDate(2023, 10, 10) << false;
    QTest::newRow("first day") << QDate(2023, 10, 11) << true;
    QTest::newRow("last day") << QDate(2026, 12, 31) << true;
    QTest::newRow("day after") << QDate(2027, 1, 1) << false;
    QTest::newRow("no contract date") << QDate() << false;
}

void TestSubsidyPolicy::contractOutsideWindow()
{
    QFETCH(QDate, contract);
    QFETCH(bool, inside);
    Case c = standard();
    c.project.contractSignedOn = contract;
    const Eligibility e = run(shippedPolicy(QStringLiteral("guangzhou-pilot")), c);
    const EligibilityLine* w = find(e, Kind::Condition, QStringLiteral("contract_window"));
    QVERIFY(w);
    QCOMPARE(w->passed, inside);
    QCOMPARE(w->from, QDate(2023, 10, 11));
    QCOMPARE(w->to, QDate(2026, 12, 31));
    QCOMPARE(e.conditionsMet, inside);
    QCOMPARE(e.amount, inside ? yuan(400000) : Money());
    // Still explained in full: the figures are there even when nothing is eligible.
    QCOMPARE(e.verifiedCost, yuan(800000));
    QCOMPARE(e.lines.last().passed, inside);
    if (!inside) {
        QCOMPARE(e.failedConditions().size(), 1);
        QVERIFY2(w->text().contains(contract.isValid() ? QStringLiteral("outside") : QStringLiteral("no contract date")),
                 qPrintable(w->text()));
    }
}

void TestSubsidyPolicy::failedConditions_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("failed");
    QTest::newRow("revenue and staff both above") << "big" << QStringList{"size"};
    QTest::newRow("revenue above, staff within") << "bigRevenue" << QStringList{};
    QTest::newRow("revenue within, staff above") << "bigStaff" << QStringList{};
    QTest::newRow("achieved 一级") << "level1" << QStringList{"min_post_level", "level_cap"};
    QTest::newRow("no level") << "level0" << QStringList{"min_post_level", "level_cap"};
    QTest::newRow("project not accepted") << "inProgress" << QStringList{"project_accepted"};
}

void TestSubsidyPolicy::failedConditions()
{
    QFETCH(QString, change);
    QFETCH(QStringList, failed);
    Case c = standard();
    if (change == QLatin1String("big") || change == QLatin1String("bigRevenue"))
        c.enterprise.revenue = Money::fromWan(50000);   // 5亿 > 4亿
    if (change == QLatin1String("big") || change == QLatin1String("bigStaff"))
        c.enterprise.employees = 1200;
    if (change == QLatin1String("level1"))
        c.level = 1;
    if (change == QLatin1String("level0"))
        c.level = 0;
    if (change == QLatin1String("inProgress"))
        c.project.state = ProjectState::InProgress;
    const Eligibility e = run(shippedPolicy(QStringLiteral("guangzhou-pilot")), c);
    QStringList got;
    for (const EligibilityLine& l : e.lines)
        if (l.kind == Kind::Condition && !l.passed)
            got << l.key;
    QCOMPARE(got, failed);
    QCOMPARE(e.conditionsMet, failed.isEmpty());
    QCOMPARE(e.amount, failed.isEmpty() ? yuan(400000) : Money());
    QCOMPARE(e.failedConditions().size(), failed.size());
    if (change == QLatin1String("big")) {
        const QString text = find(e, Kind::Condition, QStringLiteral("size"))->text();
        QVERIFY2(text.contains(QStringLiteral("500,000,000.00 yuan")) && text.contains(QStringLiteral("1200 staff")) &&
                     text.contains(QStringLiteral("not met")),
                 qPrintable(text));
    }
    // "both" instead of "either": the staff limit alone now fails the enterprise.
    if (change == QLatin1String("bigStaff")) {
        SubsidyPolicy both = shippedPolicy(QStringLiteral("guangzhou-pilot"));
        both.sizeRule = SubsidyPolicy::SizeRule::Both;
        const Eligibility b = run(both, c);
        QVERIFY(!b.conditionsMet);
        QCOMPARE(b.amount, Money());
    }
}

// 宿迁: 10 %, hardware counts, training and maintenance do not: 920,000 verified → 92,000.
// ×50: verified 46,000,000 → 4,600,000, the 4,000,000 cap binds.
void TestSubsidyPolicy::suqianRateAndCap()
{
    const SubsidyPolicy sq = shippedPolicy(QStringLiteral("suqian-upgrade"));
    Eligibility e = run(sq, standard());
    QCOMPARE(e.eligibleCosts, yuan(920000));
    QCOMPARE(e.verifiedCost, yuan(920000));
    QCOMPARE(e.amount, yuan(92000));
    QVERIFY(!find(e, Kind::Cap, QStringLiteral("policy"))->applied);
    QCOMPARE(costLine(e, 104)->kind, Kind::CostCounted);   // hardware
    e = run(sq, standard(50));
    QCOMPARE(e.verifiedCost, yuan(46000000));
    QCOMPARE(find(e, Kind::Rate)->amount, yuan(4600000));
    QVERIFY(find(e, Kind::Cap, QStringLiteral("policy"))->applied);
    QCOMPARE(e.amount, yuan(4000000));
    QVERIFY(!find(e, Kind::Cap, QStringLiteral("level")));
}

// Fixed awards (not cumulative, the largest that matches), never above the verified cost: no
// category list, so all lines count (1,000,000); verified = min(1,000,000, 1,000,000, 980,000,
// 950,000) = 950,000 (payments).
void TestSubsidyPolicy::fixedAwards()
{
    const SubsidyPolicy award = shippedPolicy(QStringLiteral("tier-showcase-award"));
    Case c = standard();
    c.enterprise.tier = Tier::LittleGiant;
    c.enterprise.tierValidUntil = QDate(2026, 6, 30);
    Eligibility e = run(award, c);
    QVector<const EligibilityLine*> awards;
    for (const EligibilityLine& l : e.lines)
        if (l.kind == Kind::Award)
            awards << &l;
    QCOMPARE(awards.size(), 3);
    QVERIFY(awards.at(0)->passed && awards.at(0)->applied);    // 小巨人 1,000,000
    QVERIFY(awards.at(1)->passed && !awards.at(1)->applied);   // 专精特新 300,000 matches, smaller
    QVERIFY(!awards.at(2)->passed);                            // not a showcase project
    QCOMPARE(awards.at(2)->reason, QStringLiteral("showcase"));
    QCOMPARE(e.verifiedCost, yuan(950000));
    const EligibilityLine* ceiling = find(e, Kind::Rate, QStringLiteral("ceiling"));
    QVERIFY(ceiling);
    QVERIFY(ceiling->applied);   // 950,000 < 1,000,000
    QCOMPARE(e.amount, yuan(950000));

    // 专精特新 with a showcase project: 500,000 beats 300,000; the ceiling does not bind.
    c.enterprise.tier = Tier::Specialized;
    c.project.showcase = true;
    e = run(award, c);
    QCOMPARE(e.amount, yuan(500000));
    QVERIFY(!find(e, Kind::Rate, QStringLiteral("ceiling"))->applied);

    // A tier that expired before the application date does not count.
    c.project.showcase = false;
    c.enterprise.tierValidUntil = QDate(2025, 2, 28);
    e = run(award, c);
    QVERIFY(!e.conditionsMet);
    QCOMPARE(e.amount, Money());
    QCOMPARE(find(e, Kind::Award)->reason, QStringLiteral("tier"));   // 小巨人: tier too low
    QCOMPARE(e.lines.at(e.lines.indexOf(*find(e, Kind::Award)) + 1).reason, QStringLiteral("tier_expired"));
    QVERIFY(find(e, Kind::Condition, QStringLiteral("award")));
    QVERIFY(!find(e, Kind::Condition, QStringLiteral("award"))->passed);

    // 创新型 is below every tier award.
    c.enterprise.tier = Tier::Innovative;
    c.enterprise.tierValidUntil = QDate();
    e = run(award, c);
    QCOMPARE(e.amount, Money());
}

// A fixed award without costs or conditions needs no project at all.
void TestSubsidyPolicy::fixedAwardNeedsNoProject()
{
    auto p = SubsidyPolicy::fromJson(QByteArrayLiteral(
        R"({"format":1,"name":"小巨人奖励","kind":"fixed","awards":[{"label":"小巨人","minTier":"little_giant","amount":"1000000"}]})"));
    QVERIFY2(p, qPrintable(p.message()));
    Enterprise e;
    e.tier = Tier::SingleChampion;   // a title above 小巨人 counts as "or above"
    const Eligibility r = evaluateEligibility(p.value(), e, Project(), {}, {}, {}, 0, QDate(2025, 1, 1));
    QVERIFY(r.conditionsMet);
    QCOMPARE(r.amount, yuan(1000000));
    QVERIFY(!find(r, Kind::VerifiedCost));
}

void TestSubsidyPolicy::rateWithoutProject()
{
    const Eligibility e = evaluateEligibility(shippedPolicy(QStringLiteral("suqian-upgrade")), Enterprise(), Project(), {}, {}, {}, 2,
                                              QDate(2025, 1, 1));
    QVERIFY(!e.conditionsMet);
    QCOMPARE(e.amount, Money());
    QVERIFY(find(e, Kind::Condition, QStringLiteral("has_project")));
}

void TestSubsidyPolicy::explanationJsonRoundTrip()
{
    Case c = standard(3);
    c.costs[1].eligible = false;
    c.project.contractSignedOn = QDate(2023, 1, 1);
    const Eligibility e = run(shippedPolicy(QStringLiteral("guangzhou-pilot")), c);
    const QByteArray stored = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
    auto back = Eligibility::fromJson(QJsonDocument::fromJson(stored).object());
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back->lines.size(), e.lines.size());
    for (int i = 0; i < e.lines.size(); ++i)
        QVERIFY2(back->lines.at(i) == e.lines.at(i), qPrintable(e.lines.at(i).text()));
    QCOMPARE(back->texts(), e.texts());
    QCOMPARE(back->amount, e.amount);
    QCOMPARE(back->conditionsMet, e.conditionsMet);
    QCOMPARE(back->verifiedCost, e.verifiedCost);
    QCOMPARE(back->invoicesExclTax, e.invoicesExclTax);
    auto broken = Eligibility::fromJson(QJsonObject{{"format", 1}, {"lines", QJsonArray{QJsonObject{{"kind", "guess"}}}}});
    QVERIFY(!broken);
}

QTEST_GUILESS_MAIN(TestSubsidyPolicy)
#include "tst_subsidypolicy.moc"
