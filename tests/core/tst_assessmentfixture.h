#pragma once

// Shared by tst_assessmentindex, tst_scoring and tst_diagnosisrepository: a small hand-made
// index whose numbers are easy to add up by hand, a compact way to write answers, and answer
// sets for the shipped 2024 index whose totals were summed by hand (sums in the comments).

#include "assessment/Scoring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace dx::test {

// The smallest index that uses every item kind: 25 points in two dimensions.
//   base (15) / equip (15): net multi 4 (none*, a 2, b 2, c 2), rate band 6 (≤10 → 0, ≤20 → 1.5,
//                           ≤40 → 3, ≤100 → 6), plan single 5 (none 0, some 2.5, full 5)
//   effect (10) / green (5): energy compare 3 lower (0 / 1.5 / 3), yield compare 2 higher (0 / 1 / 2)
//                 extra (5): bonus single 5, not required (no 0, yes 5)
//   scenes s1, s2 binding (group g1); s3, s4 not binding (group g2)
//   levels: 2 高 ≥ 20 with 3 scenes at ≥ 2 of which 2 binding; 1 低 ≥ 10 with 2 scenes at ≥ 1, 1 binding
inline QByteArray miniIndexJson()
{
    return QByteArrayLiteral(R"({
  "id": "mini", "version": "1", "title": "测试指标", "source": "tests", "totalPoints": 25,
  "dimensions": [
    { "id": "base", "name": "基础", "points": 15, "indicators": [
      { "id": "equip", "name": "设备", "points": 15, "items": [
        { "id": "net", "name": "网络", "points": 4, "kind": "multi",
          "options": [ { "id": "none", "label": "无", "points": 0, "exclusive": true },
                       { "id": "a", "label": "甲网", "points": 2 },
                       { "id": "b", "label": "乙网", "points": 2 },
                       { "id": "c", "label": "丙网", "points": 2 } ] },
        { "id": "rate", "name": "比率", "points": 6, "kind": "band", "unit": "%", "min": 0, "max": 100,
          "bands": [ { "upTo": 10, "points": 0 }, { "upTo": 20, "points": 1.5 },
                     { "upTo": 40, "points": 3 }, { "upTo": 100, "points": 6 } ],
          "evidence": [ { "id": "rate_total", "label": "总台数", "unit": "台" } ] },
        { "id": "plan", "name": "规划", "points": 5, "kind": "single",
          "options": [ { "id": "none", "label": "无规划", "points": 0 },
                       { "id": "some", "label": "部分", "points": 2.5 },
                       { "id": "full", "label": "全面", "points": 5 } ] } ] } ] },
    { "id": "effect", "name": "成效", "points": 10, "indicators": [
      { "id": "green", "name": "绿色", "points": 5, "items": [
        { "id": "energy", "name": "能耗", "points": 3, "kind": "compare", "betterWhen": "lower",
          "options": [ { "id": "worse", "label": "上升", "points": 0 },
                       { "id": "same", "label": "持平", "points": 1.5 },
                       { "id": "better", "label": "下降", "points": 3 } ],
          "evidence": [ { "id": "energy_before", "label": "改造前能耗", "unit": "t", "role": "before" },
                        { "id": "energy_after", "label": "当前能耗", "unit": "t", "role": "after" } ] },
        { "id": "yield", "name": "良率", "points": 2, "kind": "compare", "betterWhen": "higher",
          "options": [ { "id": "worse", "label": "下降", "points": 0 },
                       { "id": "same", "label": "持平", "points": 1 },
                       { "id": "better", "label": "上升", "points": 2 } ],
          "evidence": [ { "id": "yield_before", "label": "改造前良率", "unit": "%", "role": "before" },
                        { "id": "yield_after", "label": "当前良率", "unit": "%", "role": "after" } ] } ] },
      { "id": "extra", "name": "附加", "points": 5, "items": [
        { "id": "bonus", "name": "附加项", "points": 5, "kind": "single", "required": false,
          "options": [ { "id": "no", "label": "否", "points": 0 }, { "id": "yes", "label": "是", "points": 5 } ] } ] } ] } ],
  "sceneGroups": [ { "id": "g1", "name": "组一" }, { "id": "g2", "name": "组二" } ],
  "scenes": [
    { "id": "s1", "name": "场景一", "group": "g1", "binding": true,  "descriptors": { "1": "一", "2": "二", "3": "三", "4": "四" } },
    { "id": "s2", "name": "场景二", "group": "g1", "binding": true,  "descriptors": { "1": "一", "2": "二", "3": "三", "4": "四" } },
    { "id": "s3", "name": "场景三", "group": "g2", "binding": false, "descriptors": { "1": "一", "2": "二", "3": "三", "4": "四" } },
    { "id": "s4", "name": "场景四", "group": "g2", "binding": false, "descriptors": { "1": "一", "2": "二", "3": "三", "4": "四" } } ],
  "levels": [
    { "level": 2, "name": "高", "minScore": 20, "sceneLevel": 2, "minScenes": 3, "minBindingScenes": 2 },
    { "level": 1, "name": "低", "minScore": 10, "sceneLevel": 1, "minScenes": 2, "minBindingScenes": 1 } ]
})");
}

// Answers written compactly, one entry per string; a later entry for the same id replaces an
// earlier one, so a set can be built as "all zero" plus changes:
//   "net=a,b"             options of an item (single, multi, compare)
//   "rate:12.5"           the number of a band item
//   "ev:energy_before=10" an evidence number
//   "scene:s1=2"          the level of a scene
//   "total=39.5"          the total of a total-only index
inline Answers answersFrom(const QStringList& spec)
{
    Answers a;
    for (const QString& entry : spec) {
        if (entry.startsWith(QLatin1String("ev:"))) {
            const QStringList kv = entry.mid(3).split(QLatin1Char('='));
            a.evidence.insert(kv.value(0), kv.value(1).toDouble());
        } else if (entry.startsWith(QLatin1String("scene:"))) {
            const QStringList kv = entry.mid(6).split(QLatin1Char('='));
            a.sceneLevels.insert(kv.value(0), kv.value(1).toInt());
        } else if (entry.startsWith(QLatin1String("total="))) {
            a.totalOnly = AssessmentIndex::toMilli(entry.mid(6).toDouble());
        } else if (entry.contains(QLatin1Char('='))) {
            const int eq = entry.indexOf(QLatin1Char('='));
            ItemAnswer ia;
            const QString opts = entry.mid(eq + 1);
            if (!opts.isEmpty())
                ia.options = opts.split(QLatin1Char(','));
            a.items.insert(entry.left(eq), ia);
        } else if (entry.contains(QLatin1Char(':'))) {
            const int colon = entry.indexOf(QLatin1Char(':'));
            ItemAnswer ia;
            ia.value = entry.mid(colon + 1).toDouble();
            a.items.insert(entry.left(colon), ia);
        } else {
            qFatal("bad answer spec: %s", qPrintable(entry));
        }
    }
    return a;
}

// Rates scenes of an index: "b2x3" gives the next 3 binding scenes (in index order) level 2,
// "n4x1" the next non-binding scene level 4. Each scene is used once.
inline void rateScenes(const AssessmentIndex& index, Answers& answers, const QStringList& spec)
{
    int nextBinding = 0, nextOther = 0;
    for (const QString& entry : spec) {
        const bool binding = entry.startsWith(QLatin1Char('b'));
        const int level = entry.mid(1, 1).toInt();
        const int count = entry.mid(entry.indexOf(QLatin1Char('x')) + 1).toInt();
        int given = 0;
        int& cursor = binding ? nextBinding : nextOther;
        for (; cursor < index.scenes.size() && given < count; ++cursor) {
            const Scene& s = index.scenes.at(cursor);
            if (s.binding == binding) {
                answers.sceneLevels.insert(s.id, level);
                ++given;
            }
        }
        if (given != count)
            qFatal("not enough scenes for %s", qPrintable(entry));
    }
}

// ---- The shipped 2024 index ------------------------------------------------------------------
// Points per option (from resources/indices/miit-2024.json):
//   network multi 8: 4 × 2          equipment_digital_rate / equipment_network_rate band 6:
//   auto_collection multi 10:          ≤10 → 0, ≤20 → 1.5, ≤40 → 3, ≤60 → 4.5, ≤100 → 6
//     13 × 0.7 + human_resources 0.9 it_coverage single 10: 0 / 2.5 / 5 / 7.5 / 10
//   network_security, data_security multi 5: 4 × 1.25
//   plan_implementation single 7.5: 0 / 1.5 / 3 / 4.5 / 6 / 7.5
//   mechanism multi 7.5: 4 × 1.875  talent multi 7.5: 5 × 1.5
//   funding band 7.5: ≤0 → 0, ≤1 → 1.5, ≤2 → 3, ≤3 → 4.5, ≤5 → 6, ≤100 → 7.5
//   energy_intensity, pass_rate compare 7: 0 / 3.5 / 7
//   revenue_per_employee, cost_per_100_revenue compare 3: 0 / 1.5 / 3
// Every option is a multiple of 0.025 points, so 39.975 is the highest total below 40.

inline const QString kNetworkAll = QStringLiteral("network=industrial_control,application_network,industrial_5g,full_coverage");
inline const QString kAutoAll = QStringLiteral(
    "auto_collection=rd_design,procurement,production_planning,production_operation,quality_control,"
    "equipment_management,warehousing_logistics,sales,after_sales,finance,energy,safety,collaboration,human_resources");
inline const QString kAutoThree = QStringLiteral("auto_collection=rd_design,procurement,production_planning");   // 2.1
inline const QString kNetSecAll = QStringLiteral("network_security=firewall_ids,security_assessment,access_control,monitoring_response");
inline const QString kDataSecAll = QStringLiteral("data_security=backup_recovery,access_permission,encryption,classification");
inline const QString kMechanismAll = QStringLiteral("mechanism=leadership,dedicated_unit,rules_assessment,review_improvement");
inline const QString kMechanismOne = QStringLiteral("mechanism=leadership");   // 1.875
inline const QString kTalentAll = QStringLiteral("talent=it_staff,cross_team,training,incentive,external_support");

// Every item answered, 0 points.
inline QStringList zeros2024()
{
    return {QStringLiteral("network=none"), QStringLiteral("equipment_digital_rate:0"), QStringLiteral("equipment_network_rate:0"),
            QStringLiteral("auto_collection=none"), QStringLiteral("it_coverage=none"), QStringLiteral("network_security=none"),
            QStringLiteral("data_security=none"), QStringLiteral("plan_implementation=none"), QStringLiteral("mechanism=none"),
            QStringLiteral("talent=none"), QStringLiteral("funding:0"), QStringLiteral("energy_intensity=worse"),
            QStringLiteral("pass_rate=worse"), QStringLiteral("revenue_per_employee=worse"),
            QStringLiteral("cost_per_100_revenue=worse")};
}

// 8 + 10 + 7.5 + 7.5 + 7 = 40 (network, it_coverage, plan, mechanism, energy); the rest 0.
inline QStringList items40()
{
    return zeros2024() << kNetworkAll << QStringLiteral("it_coverage=all") << QStringLiteral("plan_implementation=fully_implemented")
                       << kMechanismAll << QStringLiteral("energy_intensity=better");
}

// 8 + 10 + 7.5 + 7.5 + 3 + 1.875 + 2.1 = 39.975 (network, it_coverage, plan, talent, cost,
// one mechanism, three auto_collection); the rest 0.
inline QStringList items39975()
{
    return zeros2024() << kNetworkAll << QStringLiteral("it_coverage=all") << QStringLiteral("plan_implementation=fully_implemented")
                       << kTalentAll << QStringLiteral("cost_per_100_revenue=better") << kMechanismOne << kAutoThree;
}

// 8 + 6 + 6 + 10 + 10 + 5 + 5 + 7.5 + 7.5 + 7.5 + 7.5 + 7 + 7 + 3 + 3 = 100
inline QStringList items100()
{
    return QStringList{kNetworkAll,
                       QStringLiteral("equipment_digital_rate:100"),
                       QStringLiteral("equipment_network_rate:100"),
                       kAutoAll,
                       QStringLiteral("it_coverage=all"),
                       kNetSecAll,
                       kDataSecAll,
                       QStringLiteral("plan_implementation=fully_implemented"),
                       kMechanismAll,
                       kTalentAll,
                       QStringLiteral("funding:10"),
                       QStringLiteral("energy_intensity=better"),
                       QStringLiteral("pass_rate=better"),
                       QStringLiteral("revenue_per_employee=better"),
                       QStringLiteral("cost_per_100_revenue=better")};
}

} // namespace dx::test
