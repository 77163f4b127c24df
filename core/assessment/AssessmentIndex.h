#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <array>

namespace dx {

// Points in thousandths (1.875 points = 1875): sums over an index stay exact.
using MilliPoints = qint64;

enum class ItemKind { Single, Multi, Band, Compare };

struct IndexOption
{
    QString id;
    QString label;
    MilliPoints points = 0;
    bool exclusive = false;   // "none": cannot be combined with another option
    QString help;
};

struct IndexBand
{
    double upTo = 0;          // inclusive upper bound of the band
    MilliPoints points = 0;
};

struct IndexEvidence
{
    QString id;
    QString label;
    QString unit;
    QString role;             // "", "before" or "after" (compare items)
};

struct IndexItem
{
    QString id;
    QString name;
    QString help;
    ItemKind kind = ItemKind::Single;
    MilliPoints points = 0;
    bool required = true;
    QVector<IndexOption> options;   // single, multi, compare
    QVector<IndexBand> bands;       // band
    QString unit;                   // band
    double min = 0;
    double max = 0;
    QString betterWhen;             // compare: "lower" or "higher"
    QVector<IndexEvidence> evidence;

    const IndexOption* option(const QString& id) const;
};

struct IndexIndicator
{
    QString id;
    QString name;
    MilliPoints points = 0;
    QVector<IndexItem> items;
};

struct IndexDimension
{
    QString id;
    QString name;
    MilliPoints points = 0;
    QVector<IndexIndicator> indicators;
};

struct SceneGroup
{
    QString id;
    QString name;
};

struct Scene
{
    QString id;
    QString name;
    QString group;
    bool binding = false;                // 约束性
    std::array<QString, 5> descriptors;  // [1]..[4]; [0] unused
};

// A level is reached with at least minScore points and at least minScenes scenes rated
// sceneLevel or above, of which at least minBindingScenes are binding.
struct LevelRule
{
    int level = 0;
    QString name;
    MilliPoints minScore = 0;
    int sceneLevel = 0;
    int minScenes = 0;
    int minBindingScenes = 0;
};

// One version of an assessment index, loaded from a data file (resources/indices, format in
// its README). Nothing here knows a number of the official index: it all comes from the file.
class AssessmentIndex
{
    Q_DECLARE_TR_FUNCTIONS(dx::AssessmentIndex)

public:
    static Result<AssessmentIndex> fromJson(const QByteArray& json, const QString& origin);
    static Result<AssessmentIndex> load(const QString& path);
    // The indices shipped with the application (:/dx/indices/*.json).
    static Result<QVector<AssessmentIndex>> shipped();
    static Result<AssessmentIndex> shipped(const QString& id, const QString& version);

    QString id;
    QString version;
    QString title;
    QString source;
    bool totalOnly = false;   // a legacy version where a diagnosis records only its total
    MilliPoints totalPoints = 0;
    QVector<IndexDimension> dimensions;
    QVector<SceneGroup> sceneGroups;
    QVector<Scene> scenes;
    QVector<LevelRule> levels;   // highest first

    const IndexItem* item(const QString& itemId) const;
    const Scene* scene(const QString& sceneId) const;
    QVector<const IndexItem*> allItems() const;

    // The name of a level number as the shipped indices call it (一级 …), "" for 0.
    static QString levelName(int level);

    static MilliPoints toMilli(double points) { return qRound64(points * 1000.0); }
    static QString formatPoints(MilliPoints p);   // 7500 → "7.5"
};

} // namespace dx
