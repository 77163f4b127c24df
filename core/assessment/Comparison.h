#pragma once

#include "Scoring.h"

namespace dx {

// One line of a before/after comparison of two diagnoses.
struct ComparisonRow
{
    enum Kind { Total, Level, Dimension, Item, Scene };
    Kind kind = Item;
    QString id;
    QString name;
    QString before;   // display text of the first diagnosis ("6", "二级", "Level 3", "—")
    QString after;
    qint64 delta = 0; // points in thousandths (Total, Dimension, Item) or levels (Level, Scene)
};

// Compares two diagnoses item by item, scene by scene and by level. Each is scored with its
// own index version; items and scenes are matched by id, so versions that share ids compare.
class Comparison
{
    Q_DECLARE_TR_FUNCTIONS(dx::Comparison)

public:
    static QVector<ComparisonRow> compare(const AssessmentIndex& beforeIndex, const Answers& before,
                                          const AssessmentIndex& afterIndex, const Answers& after);
};

} // namespace dx
