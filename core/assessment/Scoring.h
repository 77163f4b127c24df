#pragma once

#include "AssessmentIndex.h"

#include <QHash>
#include <optional>

namespace dx {

// What the assessor recorded for one item.
struct ItemAnswer
{
    QStringList options;            // single/compare: one id; multi: any ids
    std::optional<double> value;    // band: the number
};

struct Answers
{
    QHash<QString, ItemAnswer> items;        // by item id
    QHash<QString, double> evidence;         // raw numbers by evidence id
    QHash<QString, int> sceneLevels;         // by scene id, 0 (not rated) … 4
    std::optional<MilliPoints> totalOnly;    // total-only (legacy) indices
};

struct ItemScore
{
    const IndexItem* item = nullptr;
    MilliPoints points = 0;
    bool answered = false;
    QString problem;   // why the answer was not accepted (translated), empty when fine
};

struct ScoreCard
{
    QVector<ItemScore> items;                     // in index order
    QHash<QString, MilliPoints> indicatorPoints;  // by indicator id
    QHash<QString, MilliPoints> dimensionPoints;  // by dimension id
    MilliPoints total = 0;
    int level = 0;                                // 0 = no level
    QString levelName;
    QStringList unanswered;                       // ids of required items without an answer
    QStringList problems;                         // translated, one per rejected answer
    int scenesAtOrAbove(int sceneLevel) const { return sceneCounts.value(sceneLevel); }
    int bindingScenesAtOrAbove(int sceneLevel) const { return bindingCounts.value(sceneLevel); }
    QHash<int, int> sceneCounts;                  // scene level → scenes rated at or above it
    QHash<int, int> bindingCounts;
};

// One cheap step that would raise the score: the next better answer of one item.
struct GapSuggestion
{
    const IndexItem* item = nullptr;
    MilliPoints gain = 0;
    QString change;    // translated: "choose 5G工业网络", "raise to > 40 %"
};

struct GapAnalysis
{
    int nextLevel = 0;            // 0 when the top level is reached
    QString nextLevelName;
    MilliPoints pointsMissing = 0;
    int scenesMissing = 0;        // scenes still to bring to the rule's scene level
    int bindingScenesMissing = 0;
    int sceneLevel = 0;           // the scene level the next rule counts
    QVector<GapSuggestion> suggestions;   // largest gain first
    QStringList sentences;        // the gap in words (translated)
};

// Scoring from the index data alone: points per item, indicator, dimension, total, the
// level by the index's rules, and what is missing for the next level.
class Scoring
{
    Q_DECLARE_TR_FUNCTIONS(dx::Scoring)

public:
    static ItemScore scoreItem(const IndexItem& item, const Answers& answers);
    static ScoreCard score(const AssessmentIndex& index, const Answers& answers);
    static GapAnalysis gap(const AssessmentIndex& index, const Answers& answers, const ScoreCard& card, int maxSuggestions = 5);
};

} // namespace dx
