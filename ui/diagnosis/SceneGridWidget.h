#pragma once

#include "assessment/Scoring.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace dx {

// The business scenes (数字化经营) as a grid: one row per scene with its group, whether it is
// binding (约束性), the level chosen, and the descriptor of that level so the assessor reads
// what the level means while choosing it.
class SceneGridWidget : public QWidget
{
    Q_OBJECT
public:
    SceneGridWidget(const AssessmentIndex& index, QWidget* parent = nullptr);
    void setLevels(const QHash<QString, int>& levels);
    void collect(Answers& answers) const;
    void setReadOnly(bool readOnly);

signals:
    void changed();

private:
    void showDescriptor(int row);
    const AssessmentIndex& m_index;
    QTableWidget* m_table;
    QVector<QComboBox*> m_levels;
    QLabel* m_summary;
    bool m_loading = false;
};

} // namespace dx
