// AssessmentIndex: the shipped index files load with the numbers of the official questionnaire
// structure, and every way an index file can be wrong is refused with a Validation error that
// names the file, the element and the problem. (Scoring is in tst_scoring.)

#include "tst_assessmentfixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dx;

namespace {

// The node at `path` ("dimensions/0/points") of a JSON tree replaced by `value`, or removed
// when `value` is undefined.
QJsonValue patched(const QJsonValue& node, const QStringList& path, const QJsonValue& value)
{
    const QString key = path.first();
    const QStringList rest = path.mid(1);
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        bool ok = false;
        const int i = key.toInt(&ok);
        if (!ok || i < 0 || i >= a.size())
            qFatal("bad array index %s", qPrintable(key));
        if (!rest.isEmpty())
            a[i] = patched(a.at(i), rest, value);
        else if (value.isUndefined())
            a.removeAt(i);
        else
            a[i] = value;
        return a;
    }
    QJsonObject o = node.toObject();
    if (!rest.isEmpty()) {
        if (!o.contains(key))
            qFatal("no key %s", qPrintable(key));
        o.insert(key, patched(o.value(key), rest, value));
    } else if (value.isUndefined()) {
        if (!o.contains(key))
            qFatal("no key %s to remove", qPrintable(key));
        o.remove(key);
    } else {
        o.insert(key, value);
    }
    return o;
}

QJsonObject miniRoot()
{
    return QJsonDocument::fromJson(test::miniIndexJson()).object();
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QString kOrigin = QStringLiteral("mini.json");

} // namespace

class TestAssessmentIndex : public QObject
{
    Q_OBJECT

private slots:
    void miniIndexLoads();
    void shippedIndicesLoad();
    void shipped2024Structure();
    void shipped2022IsTotalOnly();
    void shippedByIdAndVersion();
    void loadFromFile();
    void invalidJson_data();
    void invalidJson();
    void brokenIndex_data();
    void brokenIndex();
    void formatPoints_data();
    void formatPoints();
    void toMilli_data();
    void toMilli();
};

void TestAssessmentIndex::miniIndexLoads()
{
    auto index = AssessmentIndex::fromJson(test::miniIndexJson(), kOrigin);
    QVERIFY2(index, qPrintable(index.message()));
    const AssessmentIndex& x = index.value();
    QCOMPARE(x.id, QStringLiteral("mini"));
    QCOMPARE(x.version, QStringLiteral("1"));
    QCOMPARE(x.title, QStringLiteral("测试指标"));
    QCOMPARE(x.totalOnly, false);
    QCOMPARE(x.totalPoints, MilliPoints(25000));
    QCOMPARE(x.dimensions.size(), 2);
    QCOMPARE(x.dimensions.at(1).indicators.size(), 2);

    QStringList ids;
    for (const IndexItem* item : x.allItems())
        ids << item->id;
    QCOMPARE(ids, (QStringList{"net", "rate", "plan", "energy", "yield", "bonus"}));

    const IndexItem* net = x.item(QStringLiteral("net"));
    QVERIFY(net);
    QCOMPARE(net->kind, ItemKind::Multi);
    QCOMPARE(net->points, MilliPoints(4000));
    QCOMPARE(net->required, true);   // the default
    QVERIFY(net->option(QStringLiteral("none")));
    QCOMPARE(net->option(QStringLiteral("none"))->exclusive, true);
    QCOMPARE(net->option(QStringLiteral("a"))->exclusive, false);
    QVERIFY(!net->option(QStringLiteral("zzz")));

    const IndexItem* rate = x.item(QStringLiteral("rate"));
    QCOMPARE(rate->kind, ItemKind::Band);
    QCOMPARE(rate->bands.size(), 4);
    QCOMPARE(rate->bands.at(1).upTo, 20.0);
    QCOMPARE(rate->bands.at(1).points, MilliPoints(1500));
    QCOMPARE(rate->unit, QStringLiteral("%"));
    QCOMPARE(rate->max, 100.0);
    QCOMPARE(rate->evidence.size(), 1);

    const IndexItem* energy = x.item(QStringLiteral("energy"));
    QCOMPARE(energy->kind, ItemKind::Compare);
    QCOMPARE(energy->betterWhen, QStringLiteral("lower"));
    QCOMPARE(energy->evidence.at(0).role, QStringLiteral("before"));
    QCOMPARE(energy->evidence.at(1).role, QStringLiteral("after"));
    QCOMPARE(x.item(QStringLiteral("bonus"))->required, false);
    QVERIFY(!x.item(QStringLiteral("nope")));

    QCOMPARE(x.scenes.size(), 4);
    QVERIFY(x.scene(QStringLiteral("s2")));
    QCOMPARE(x.scene(QStringLiteral("s2"))->binding, true);
    QCOMPARE(x.scene(QStringLiteral("s3"))->binding, false);
    QCOMPARE(x.scene(QStringLiteral("s3"))->descriptors[4], QStringLiteral("四"));
    QVERIFY(!x.scene(QStringLiteral("s9")));

    QCOMPARE(x.levels.size(), 2);
    QCOMPARE(x.levels.at(0).level, 2);
    QCOMPARE(x.levels.at(0).minScore, MilliPoints(20000));
    QCOMPARE(x.levels.at(0).minBindingScenes, 2);
    QCOMPARE(x.levels.at(1).name, QStringLiteral("低"));
}

void TestAssessmentIndex::shippedIndicesLoad()
{
    auto all = AssessmentIndex::shipped();
    QVERIFY2(all, qPrintable(all.message()));
    QCOMPARE(all->size(), 2);
    QStringList versions;
    for (const AssessmentIndex& index : all.value()) {
        QCOMPARE(index.id, QStringLiteral("miit-sme-dx"));
        versions << index.version;
    }
    QCOMPARE(versions, (QStringList{"2022", "2024"}));   // file name order
}

void TestAssessmentIndex::shipped2024Structure()
{
    auto index = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024"));
    QVERIFY2(index, qPrintable(index.message()));
    const AssessmentIndex& x = index.value();
    QCOMPARE(x.totalOnly, false);
    QCOMPARE(x.totalPoints, MilliPoints(100000));

    // 3 dimensions, 50 + 30 + 20 = 100.
    QCOMPARE(x.dimensions.size(), 3);
    QCOMPARE(x.dimensions.at(0).points, MilliPoints(50000));
    QCOMPARE(x.dimensions.at(1).points, MilliPoints(30000));
    QCOMPARE(x.dimensions.at(2).points, MilliPoints(20000));
    MilliPoints sum = 0;
    for (const IndexDimension& d : x.dimensions) {
        sum += d.points;
        MilliPoints indicators = 0;
        for (const IndexIndicator& i : d.indicators) {
            indicators += i.points;
            MilliPoints items = 0;
            for (const IndexItem& it : i.items)
                items += it.points;
            QCOMPARE(items, i.points);
        }
        QCOMPARE(indicators, d.points);
    }
    QCOMPARE(sum, MilliPoints(100000));

    const QVector<const IndexItem*> items = x.allItems();
    QCOMPARE(items.size(), 15);
    for (const IndexItem* item : items)
        QVERIFY2(item->required, qPrintable(item->id));
    const IndexItem* network = x.item(QStringLiteral("network"));
    QVERIFY(network);
    QCOMPARE(network->name, QStringLiteral("网络建设"));
    QCOMPARE(network->kind, ItemKind::Multi);
    QCOMPARE(network->points, MilliPoints(8000));
    QVERIFY(network->option(QStringLiteral("none"))->exclusive);
    QCOMPARE(x.item(QStringLiteral("mechanism"))->option(QStringLiteral("leadership"))->points, MilliPoints(1875));
    QCOMPARE(x.item(QStringLiteral("auto_collection"))->option(QStringLiteral("human_resources"))->points, MilliPoints(900));
    QCOMPARE(x.item(QStringLiteral("pass_rate"))->betterWhen, QStringLiteral("higher"));
    QCOMPARE(x.item(QStringLiteral("energy_intensity"))->betterWhen, QStringLiteral("lower"));

    // 16 scenes in 4 groups, 10 binding.
    QCOMPARE(x.sceneGroups.size(), 4);
    QCOMPARE(x.scenes.size(), 16);
    QStringList binding;
    for (const Scene& s : x.scenes) {
        if (s.binding)
            binding << s.id;
        for (int level = 1; level <= 4; ++level)
            QVERIFY(!s.descriptors[level].isEmpty());
    }
    QCOMPARE(binding.size(), 10);
    QCOMPARE(binding, (QStringList{"product_design", "marketing", "production_control", "quality_management", "equipment_management",
                                   "safety_production", "energy_management", "procurement", "warehousing_logistics", "finance"}));

    // 4 level rules, highest first.
    QCOMPARE(x.levels.size(), 4);
    const int expectedScore[] = {80, 60, 40, 20};
    const int expectedSceneLevel[] = {4, 3, 2, 1};
    const int expectedScenes[] = {10, 8, 6, 6};
    const int expectedBinding[] = {6, 5, 3, 3};
    const char* expectedName[] = {"四级", "三级", "二级", "一级"};
    for (int i = 0; i < 4; ++i) {
        const LevelRule& r = x.levels.at(i);
        QCOMPARE(r.level, 4 - i);
        QCOMPARE(r.name, QString::fromUtf8(expectedName[i]));
        QCOMPARE(r.minScore, MilliPoints(expectedScore[i]) * 1000);
        QCOMPARE(r.sceneLevel, expectedSceneLevel[i]);
        QCOMPARE(r.minScenes, expectedScenes[i]);
        QCOMPARE(r.minBindingScenes, expectedBinding[i]);
    }
}

void TestAssessmentIndex::shipped2022IsTotalOnly()
{
    auto index = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2022"));
    QVERIFY2(index, qPrintable(index.message()));
    QCOMPARE(index->totalOnly, true);
    QCOMPARE(index->totalPoints, MilliPoints(100000));
    QVERIFY(index->dimensions.isEmpty());
    QVERIFY(index->scenes.isEmpty());
    QVERIFY(index->allItems().isEmpty());
    QCOMPARE(index->levels.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(index->levels.at(i).level, 4 - i);
        QCOMPARE(index->levels.at(i).minScore, MilliPoints(80000 - 20000 * i));
        QCOMPARE(index->levels.at(i).minScenes, 0);
    }
}

void TestAssessmentIndex::shippedByIdAndVersion()
{
    QCOMPARE(AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024"))->version, QStringLiteral("2024"));
    QCOMPARE(AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2022"))->version, QStringLiteral("2022"));
    const auto unknownVersion = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("1999"));
    QCOMPARE(unknownVersion.code(), ErrorCode::NotFound);
    QVERIFY(unknownVersion.message().contains(QLatin1String("1999")));
    QCOMPARE(AssessmentIndex::shipped(QStringLiteral("other"), QStringLiteral("2024")).code(), ErrorCode::NotFound);
}

void TestAssessmentIndex::loadFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("custom.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(test::miniIndexJson());
    f.close();
    auto index = AssessmentIndex::load(path);
    QVERIFY2(index, qPrintable(index.message()));
    QCOMPARE(index->id, QStringLiteral("mini"));

    // A broken file is named by its file name.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json(patched(miniRoot(), {"totalPoints"}, 26).toObject()));
    f.close();
    auto broken = AssessmentIndex::load(path);
    QCOMPARE(broken.code(), ErrorCode::Validation);
    QVERIFY2(broken.message().contains(QLatin1String("custom.json")), qPrintable(broken.message()));

    const auto missing = AssessmentIndex::load(dir.filePath(QStringLiteral("missing.json")));
    QCOMPARE(missing.code(), ErrorCode::Io);
    QVERIFY(missing.message().contains(QLatin1String("missing.json")));
}

void TestAssessmentIndex::invalidJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    const QString notJson = QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << QByteArray(R"({"id": "mini", "version": )") << notJson;
    QTest::newRow("empty") << QByteArray() << notJson;
    QTest::newRow("trailing comma") << QByteArray(R"({"id": "mini",})") << notJson;
    QTest::newRow("not JSON") << QByteArray("id = mini") << notJson;
    QTest::newRow("array instead of object") << QByteArray(R"([{"id": "mini"}])") << QStringLiteral("must be a JSON object");
}

void TestAssessmentIndex::invalidJson()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const auto index = AssessmentIndex::fromJson(text, kOrigin);
    QCOMPARE(index.code(), ErrorCode::Validation);
    QVERIFY2(index.message().contains(kOrigin), qPrintable(index.message()));
    QVERIFY2(index.message().contains(expected), qPrintable(index.message()));
    QVERIFY2(!index.message().contains(QLatin1String("no error occurred")), qPrintable(index.message()));
}

void TestAssessmentIndex::brokenIndex_data()
{
    QTest::addColumn<QString>("path");       // the node changed in the minimal valid index
    QTest::addColumn<QByteArray>("value");   // its new value as JSON; empty: the node is removed
    QTest::addColumn<QStringList>("expected");   // fragments of the message: element and problem

    const QString net = QStringLiteral("dimensions/0/indicators/0/items/0");
    const QString rate = QStringLiteral("dimensions/0/indicators/0/items/1");
    const QString plan = QStringLiteral("dimensions/0/indicators/0/items/2");
    const QString energy = QStringLiteral("dimensions/1/indicators/0/items/0");

    QTest::newRow("unknown kind") << net + "/kind" << QByteArray(R"("checkbox")")
                                  << QStringList{"at base/equip/net:", "unknown item kind \"checkbox\""};
    QTest::newRow("missing kind") << net + "/kind" << QByteArray() << QStringList{"at base/equip/net:", "unknown item kind \"\""};
    QTest::newRow("duplicate item id") << rate + "/id" << QByteArray(R"("net")")
                                       << QStringList{"at base/equip/net:", "the id \"net\" is used twice"};
    QTest::newRow("duplicate item id across dimensions") << QStringLiteral("dimensions/1/indicators/1/items/0/id") << QByteArray(R"("plan")")
                                                         << QStringList{"at effect/extra/plan:", "the id \"plan\" is used twice"};
    QTest::newRow("scene id equal to an item id") << QStringLiteral("scenes/0/id") << QByteArray(R"("rate")")
                                                  << QStringList{"at scenes/rate:", "the id \"rate\" is used twice"};
    QTest::newRow("item without id") << plan + "/id" << QByteArray(R"("")") << QStringList{"at base/equip/:", "has no id"};
    QTest::newRow("duplicate option id") << net + "/options/2/id" << QByteArray(R"("a")")
                                         << QStringList{"at base/equip/net/a:", "the id \"a\" is used twice"};
    QTest::newRow("duplicate evidence id") << QStringLiteral("dimensions/1/indicators/0/items/1/evidence/0/id") << QByteArray(R"("energy_before")")
                                           << QStringList{"at effect/green/yield/evidence/energy_before:", "used twice"};
    QTest::newRow("items not adding up to the indicator")
        << QStringLiteral("dimensions/0/indicators/0/points") << QByteArray("16")
        << QStringList{"at base/equip:", "the items add up to 15 points, not 16"};
    QTest::newRow("indicators not adding up to the dimension")
        << QStringLiteral("dimensions/0/points") << QByteArray("14") << QStringList{"at base:", "the indicators add up to 15 points, not 14"};
    QTest::newRow("dimensions not adding up to totalPoints")
        << QStringLiteral("totalPoints") << QByteArray("30") << QStringList{"at /:", "the dimensions add up to 25 points, not 30"};
    QTest::newRow("single: best option below the item points")
        << plan + "/options/2/points" << QByteArray("4")
        << QStringList{"at base/equip/plan:", "the best option gives 4 points but the item is worth 5"};
    QTest::newRow("single: best option above the item points")
        << plan + "/options/1/points" << QByteArray("5.5")
        << QStringList{"at base/equip/plan:", "the best option gives 5.5 points but the item is worth 5"};
    QTest::newRow("single with one option") << plan + "/options" << QByteArray(R"([{"id": "full", "label": "全面", "points": 5}])")
                                            << QStringList{"at base/equip/plan:", "at least two options"};
    QTest::newRow("negative option points") << plan + "/options/0/points" << QByteArray("-1")
                                            << QStringList{"at base/equip/plan/none:", "negative points"};
    QTest::newRow("item without points") << plan + "/points" << QByteArray("0")
                                         << QStringList{"at base/equip/plan:", "the item has no points"};
    QTest::newRow("bands not ascending") << rate + "/bands/2/upTo" << QByteArray("15")
                                         << QStringList{"at base/equip/rate:", "the bands must be in ascending order of upTo"};
    QTest::newRow("band repeating an upTo") << rate + "/bands/1/upTo" << QByteArray("10")
                                            << QStringList{"at base/equip/rate:", "ascending order"};
    QTest::newRow("band without upTo") << rate + "/bands/0/upTo" << QByteArray() << QStringList{"at base/equip/rate:", "ascending order"};
    QTest::newRow("last band not ending at max") << rate + "/max" << QByteArray("120")
                                                 << QStringList{"at base/equip/rate:", "the last band must end at max (120)"};
    QTest::newRow("last band before max") << rate + "/bands/3/upTo" << QByteArray("90")
                                          << QStringList{"at base/equip/rate:", "the last band must end at max (100)"};
    QTest::newRow("best band differs from the item") << rate + "/bands/3/points" << QByteArray("5")
                                                     << QStringList{"at base/equip/rate:", "the best band gives 5 points but the item is worth 6"};
    QTest::newRow("band max not above min") << rate + "/min" << QByteArray("100")
                                            << QStringList{"at base/equip/rate:", "max must be greater than min"};
    QTest::newRow("exclusive option with points") << net + "/options/0/points" << QByteArray("1")
                                                  << QStringList{"at base/equip/net/none:", "an exclusive option must give 0 points"};
    QTest::newRow("multi options below the item points") << net + "/points" << QByteArray("7")
                                                         << QStringList{"at base/equip/net:", "all options together give 6 points, less than the item's 7"};
    QTest::newRow("compare without betterWhen") << energy + "/betterWhen" << QByteArray()
                                                << QStringList{"at effect/green/energy:", "betterWhen \"lower\" or \"higher\""};
    QTest::newRow("compare with a wrong betterWhen") << energy + "/betterWhen" << QByteArray(R"("smaller")")
                                                     << QStringList{"at effect/green/energy:", "betterWhen"};
    QTest::newRow("compare without the option same") << energy + "/options/1/id" << QByteArray(R"("equal")")
                                                     << QStringList{"at effect/green/energy:", "worse, same and better"};
    QTest::newRow("scene with unknown group") << QStringLiteral("scenes/0/group") << QByteArray(R"("g9")")
                                              << QStringList{"at scenes/s1:", "unknown scene group \"g9\""};
    QTest::newRow("scene missing a descriptor") << QStringLiteral("scenes/1/descriptors/3") << QByteArray()
                                                << QStringList{"at scenes/s2:", "the descriptor of level 3 is missing"};
    QTest::newRow("scene with an empty descriptor") << QStringLiteral("scenes/3/descriptors/1") << QByteArray(R"("")")
                                                    << QStringList{"at scenes/s4:", "the descriptor of level 1 is missing"};
    QTest::newRow("duplicate scene group") << QStringLiteral("sceneGroups/1/id") << QByteArray(R"("g1")")
                                           << QStringList{"at sceneGroups/g1:", "the id \"g1\" is used twice"};
    QTest::newRow("levels not highest first")
        << QStringLiteral("levels")
        << QByteArray(R"([{ "level": 1, "name": "低", "minScore": 10, "sceneLevel": 1, "minScenes": 2, "minBindingScenes": 1 },
                          { "level": 2, "name": "高", "minScore": 20, "sceneLevel": 2, "minScenes": 3, "minBindingScenes": 2 }])")
        << QStringList{"at levels/2:", "levels must be listed highest first"};
    QTest::newRow("level listed twice") << QStringLiteral("levels/1/level") << QByteArray("2")
                                        << QStringList{"at levels/2:", "highest first, each once"};
    QTest::newRow("level 0") << QStringLiteral("levels/1/level") << QByteArray("0") << QStringList{"at levels/0:", "highest first"};
    QTest::newRow("level needing more scenes than the index has") << QStringLiteral("levels/0/minScenes") << QByteArray("5")
                                                                   << QStringList{"at levels/2:", "cannot be met"};
    QTest::newRow("more binding scenes than scenes") << QStringLiteral("levels/1/minBindingScenes") << QByteArray("3")
                                                     << QStringList{"at levels/1:", "cannot be met"};
    QTest::newRow("scene level above 4") << QStringLiteral("levels/0/sceneLevel") << QByteArray("5") << QStringList{"at levels/2:", "cannot be met"};
    QTest::newRow("no level rules") << QStringLiteral("levels") << QByteArray("[]") << QStringList{"at levels:", "no level rules"};
    QTest::newRow("no version") << QStringLiteral("version") << QByteArray() << QStringList{"at /:", "needs an id and a version"};
    QTest::newRow("no id") << QStringLiteral("id") << QByteArray(R"("")") << QStringList{"at /:", "needs an id and a version"};
    QTest::newRow("no totalPoints") << QStringLiteral("totalPoints") << QByteArray() << QStringList{"at /:", "totalPoints is missing"};
    QTest::newRow("total-only index with dimensions") << QStringLiteral("totalOnly") << QByteArray("true")
                                                      << QStringList{"at /:", "a total-only index has no dimensions"};
}

void TestAssessmentIndex::brokenIndex()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QStringList, expected);

    QJsonValue v(QJsonValue::Undefined);
    if (!value.isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + value + "]", &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        v = wrapped.array().at(0);
    }
    const QJsonObject root = patched(miniRoot(), path.split(QLatin1Char('/')), v).toObject();
    QVERIFY(root != miniRoot());   // the row changed something

    const auto index = AssessmentIndex::fromJson(json(root), kOrigin);
    QVERIFY2(!index, "a broken index was accepted");
    QCOMPARE(index.code(), ErrorCode::Validation);
    QVERIFY2(index.message().contains(kOrigin), qPrintable(index.message()));
    for (const QString& fragment : expected)
        QVERIFY2(index.message().contains(fragment),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(fragment, index.message())));
}

void TestAssessmentIndex::formatPoints_data()
{
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<QString>("text");
    QTest::newRow("7.5") << qint64(7500) << QStringLiteral("7.5");
    QTest::newRow("1.875") << qint64(1875) << QStringLiteral("1.875");
    QTest::newRow("100") << qint64(100000) << QStringLiteral("100");
    QTest::newRow("0") << qint64(0) << QStringLiteral("0");
    QTest::newRow("0.7") << qint64(700) << QStringLiteral("0.7");
    QTest::newRow("0.01") << qint64(10) << QStringLiteral("0.01");
    QTest::newRow("0.001") << qint64(1) << QStringLiteral("0.001");
    QTest::newRow("39.975") << qint64(39975) << QStringLiteral("39.975");
    QTest::newRow("40") << qint64(40000) << QStringLiteral("40");
    QTest::newRow("10.05") << qint64(10050) << QStringLiteral("10.05");
    QTest::newRow("-2.5") << qint64(-2500) << QStringLiteral("-2.5");
}

void TestAssessmentIndex::formatPoints()
{
    QFETCH(qint64, milli);
    QFETCH(QString, text);
    QCOMPARE(AssessmentIndex::formatPoints(milli), text);
}

void TestAssessmentIndex::toMilli_data()
{
    QTest::addColumn<double>("points");
    QTest::addColumn<qint64>("milli");
    QTest::newRow("1.875") << 1.875 << qint64(1875);
    QTest::newRow("0.7") << 0.7 << qint64(700);
    QTest::newRow("0.1 + 0.2") << (0.1 + 0.2) << qint64(300);
    QTest::newRow("39.975") << 39.975 << qint64(39975);
    QTest::newRow("100") << 100.0 << qint64(100000);
}

void TestAssessmentIndex::toMilli()
{
    QFETCH(double, points);
    QFETCH(qint64, milli);
    QCOMPARE(AssessmentIndex::toMilli(points), milli);
}

QTEST_GUILESS_MAIN(TestAssessmentIndex)
#include "tst_assessmentindex.moc"
