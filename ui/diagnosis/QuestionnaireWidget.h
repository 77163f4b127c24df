#pragma once

#include "assessment/Scoring.h"

#include <QHash>
#include <QScrollArea>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace dx {

// The questionnaire part of a diagnosis, built from the index data: dimension → indicator →
// item, each item with the widget of its kind (choice list, check boxes with an exclusive
// "none", a number scored by bands, a before/after comparison) and its evidence numbers.
// Everything is reachable with Tab and the arrow keys.
class QuestionnaireWidget : public QScrollArea
{
    Q_OBJECT
public:
    QuestionnaireWidget(const AssessmentIndex& index, QWidget* parent = nullptr);

    void setAnswers(const Answers& answers);   // items and evidence (scenes are elsewhere)
    void collect(Answers& answers) const;      // writes items and evidence into answers
    void showScores(const ScoreCard& card);    // per-item points and indicator sums
    void setReadOnly(bool readOnly);
    void markUnanswered(const QStringList& itemIds);

signals:
    void changed();

private:
    struct ItemWidgets
    {
        const IndexItem* item = nullptr;
        QComboBox* choice = nullptr;                 // single, compare
        QHash<QString, QCheckBox*> checks;           // multi
        QDoubleSpinBox* number = nullptr;            // band
        QLabel* title = nullptr;
        QLabel* points = nullptr;
    };
    QWidget* buildItem(const IndexItem& item, QWidget* parent);
    QDoubleSpinBox* numberBox(QWidget* parent, const QString& unit, double min, double max);

    const AssessmentIndex& m_index;
    QVector<ItemWidgets> m_items;
    QHash<QString, QDoubleSpinBox*> m_evidence;
    QHash<QString, QLabel*> m_indicatorPoints;
    bool m_loading = false;
};

} // namespace dx
