#include "Comparison.h"

namespace dx {

namespace {
QString pointsText(const ScoreCard& card, const QString& itemId, bool* found)
{
    for (const ItemScore& s : card.items)
        if (s.item->id == itemId) {
            *found = true;
            return s.answered ? AssessmentIndex::formatPoints(s.points) : QStringLiteral("—");
        }
    *found = false;
    return QStringLiteral("—");
}

MilliPoints itemPoints(const ScoreCard& card, const QString& itemId)
{
    for (const ItemScore& s : card.items)
        if (s.item->id == itemId)
            return s.points;
    return 0;
}
}

QVector<ComparisonRow> Comparison::compare(const AssessmentIndex& beforeIndex, const Answers& before,
                                           const AssessmentIndex& afterIndex, const Answers& after)
{
    const ScoreCard a = Scoring::score(beforeIndex, before);
    const ScoreCard b = Scoring::score(afterIndex, after);
    QVector<ComparisonRow> rows;
    rows.push_back({ComparisonRow::Total, QStringLiteral("total"), tr("Total score"), AssessmentIndex::formatPoints(a.total),
                    AssessmentIndex::formatPoints(b.total), b.total - a.total});
    rows.push_back({ComparisonRow::Level, QStringLiteral("level"), tr("Level"), a.level ? a.levelName : tr("No level"),
                    b.level ? b.levelName : tr("No level"), b.level - a.level});
    for (const IndexDimension& d : afterIndex.dimensions) {
        rows.push_back({ComparisonRow::Dimension, d.id, d.name, AssessmentIndex::formatPoints(a.dimensionPoints.value(d.id)),
                        AssessmentIndex::formatPoints(b.dimensionPoints.value(d.id)),
                        b.dimensionPoints.value(d.id) - a.dimensionPoints.value(d.id)});
        for (const IndexIndicator& ind : d.indicators)
            for (const IndexItem& item : ind.items) {
                bool inBefore = false, inAfter = false;
                ComparisonRow row{ComparisonRow::Item, item.id, item.name, pointsText(a, item.id, &inBefore),
                                  pointsText(b, item.id, &inAfter), 0};
                row.delta = itemPoints(b, item.id) - (inBefore ? itemPoints(a, item.id) : 0);
                rows.push_back(row);
            }
    }
    for (const Scene& scene : afterIndex.scenes) {
        const int la = before.sceneLevels.value(scene.id);
        const int lb = after.sceneLevels.value(scene.id);
        auto text = [](int level) { return level > 0 ? tr("Level %1").arg(level) : QStringLiteral("—"); };
        rows.push_back({ComparisonRow::Scene, scene.id, scene.name, text(la), text(lb), lb - la});
    }
    return rows;
}

} // namespace dx
