#include "QuestionnaireWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dx {

namespace {
// A spin box's minimum shows as "not entered", so an empty answer is distinct from 0.
constexpr double kUnset = -1.0;
}

QuestionnaireWidget::QuestionnaireWidget(const AssessmentIndex& index, QWidget* parent) : QScrollArea(parent), m_index(index)
{
    setObjectName(QStringLiteral("questionnaire"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);   // rows wrap into the width instead
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    for (const IndexDimension& dim : index.dimensions) {
        auto* dimBox = new QGroupBox(tr("%1 (%2 points)").arg(dim.name, AssessmentIndex::formatPoints(dim.points)), content);
        dimBox->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; }"));
        auto* dimLayout = new QVBoxLayout(dimBox);
        for (const IndexIndicator& ind : dim.indicators) {
            auto* indHeader = new QHBoxLayout;
            auto* indTitle = new QLabel(QStringLiteral("<b>%1</b>").arg(ind.name), dimBox);
            auto* indPoints = new QLabel(dimBox);
            m_indicatorPoints.insert(ind.id, indPoints);
            indHeader->addWidget(indTitle);
            indHeader->addStretch(1);
            indHeader->addWidget(indPoints);
            dimLayout->addLayout(indHeader);
            for (const IndexItem& item : ind.items)
                dimLayout->addWidget(buildItem(item, dimBox));
        }
        layout->addWidget(dimBox);
    }
    layout->addStretch(1);
    setWidget(content);
}

QDoubleSpinBox* QuestionnaireWidget::numberBox(QWidget* parent, const QString& unit, double min, double max)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(2);
    box->setRange(qMin(kUnset, min - 1), max);
    box->setSpecialValueText(tr("not entered"));
    box->setValue(box->minimum());
    box->setGroupSeparatorShown(true);
    if (!unit.isEmpty())
        box->setSuffix(QLatin1Char(' ') + unit);
    box->setMinimumWidth(120);
    connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
    return box;
}

QWidget* QuestionnaireWidget::buildItem(const IndexItem& item, QWidget* parent)
{
    auto* row = new QWidget(parent);
    row->setObjectName(QStringLiteral("item_") + item.id);
    auto* grid = new QGridLayout(row);
    grid->setContentsMargins(12, 2, 2, 6);
    ItemWidgets w;
    w.item = &item;
    w.title = new QLabel(tr("%1 (%2 points)%3").arg(item.name, AssessmentIndex::formatPoints(item.points),
                                                    item.required ? QStringLiteral(" *") : QString()),
                         row);
    w.title->setToolTip(item.help);
    w.title->setMinimumWidth(200);
    w.title->setWordWrap(true);
    w.points = new QLabel(row);
    w.points->setObjectName(QStringLiteral("points_") + item.id);
    w.points->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    w.points->setMinimumWidth(70);
    grid->addWidget(w.title, 0, 0, Qt::AlignTop);
    grid->addWidget(w.points, 0, 2, Qt::AlignTop);
    grid->setColumnStretch(1, 1);

    QWidget* answer = nullptr;
    switch (item.kind) {
    case ItemKind::Single:
    case ItemKind::Compare: {
        w.choice = new QComboBox(row);
        w.choice->setObjectName(QStringLiteral("choice_") + item.id);
        w.choice->addItem(tr("(not answered)"), QString());
        for (const IndexOption& opt : item.options)
            w.choice->addItem(tr("%1 — %2 points").arg(opt.label, AssessmentIndex::formatPoints(opt.points)), opt.id);
        connect(w.choice, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                emit changed();
        });
        answer = w.choice;
        break;
    }
    case ItemKind::Multi: {
        auto* box = new QWidget(row);
        auto* flow = new QGridLayout(box);
        flow->setContentsMargins(0, 0, 0, 0);
        // Long answers (security measures …) go two to a row so the points column stays in view.
        int longest = 0;
        for (const IndexOption& opt : item.options)
            longest = qMax(longest, int(opt.label.size()));
        const int columns = longest > 8 ? 2 : 3;
        int n = 0;
        for (const IndexOption& opt : item.options) {
            auto* check = new QCheckBox(opt.exclusive ? opt.label : tr("%1 (%2)").arg(opt.label, AssessmentIndex::formatPoints(opt.points)), box);
            check->setObjectName(QStringLiteral("check_%1_%2").arg(item.id, opt.id));
            check->setToolTip(opt.help);
            w.checks.insert(opt.id, check);
            flow->addWidget(check, n / columns, n % columns);
            ++n;
            const bool exclusive = opt.exclusive;
            const QString optionId = opt.id;
            const QString itemId = item.id;
            connect(check, &QCheckBox::toggled, this, [this, exclusive, optionId, itemId](bool on) {
                if (m_loading)
                    return;
                // "None" and the real answers exclude each other, as on the paper form.
                if (on) {
                    for (ItemWidgets& other : m_items) {
                        if (other.item->id != itemId)
                            continue;
                        const QSignalBlocker block(this);
                        for (auto it = other.checks.begin(); it != other.checks.end(); ++it) {
                            const IndexOption* o = other.item->option(it.key());
                            if (it.key() != optionId && (exclusive || (o && o->exclusive)))
                                it.value()->setChecked(false);
                        }
                    }
                }
                emit changed();
            });
        }
        answer = box;
        break;
    }
    case ItemKind::Band:
        w.number = numberBox(row, item.unit, item.min, item.max);
        w.number->setObjectName(QStringLiteral("value_") + item.id);
        answer = w.number;
        break;
    }
    grid->addWidget(answer, 0, 1);

    if (!item.evidence.isEmpty()) {
        auto* evidence = new QWidget(row);
        auto* form = new QHBoxLayout(evidence);
        form->setContentsMargins(0, 0, 0, 0);
        for (const IndexEvidence& ev : item.evidence) {
            form->addWidget(new QLabel(ev.label, evidence));
            QDoubleSpinBox* box = numberBox(evidence, ev.unit, 0, 1e12);
            box->setObjectName(QStringLiteral("evidence_") + ev.id);
            m_evidence.insert(ev.id, box);
            form->addWidget(box);
        }
        form->addStretch(1);
        grid->addWidget(evidence, 1, 1, 1, 2);
    }
    m_items.push_back(w);
    return row;
}

void QuestionnaireWidget::setAnswers(const Answers& answers)
{
    m_loading = true;
    for (ItemWidgets& w : m_items) {
        const ItemAnswer a = answers.items.value(w.item->id);
        if (w.choice)
            w.choice->setCurrentIndex(qMax(0, w.choice->findData(a.options.value(0))));
        for (auto it = w.checks.begin(); it != w.checks.end(); ++it)
            it.value()->setChecked(a.options.contains(it.key()));
        if (w.number)
            w.number->setValue(a.value ? *a.value : w.number->minimum());
    }
    for (auto it = m_evidence.begin(); it != m_evidence.end(); ++it)
        it.value()->setValue(answers.evidence.contains(it.key()) ? answers.evidence.value(it.key()) : it.value()->minimum());
    m_loading = false;
}

void QuestionnaireWidget::collect(Answers& answers) const
{
    answers.items.clear();
    answers.evidence.clear();
    for (const ItemWidgets& w : m_items) {
        ItemAnswer a;
        if (w.choice && !w.choice->currentData().toString().isEmpty())
            a.options << w.choice->currentData().toString();
        for (const IndexOption& opt : w.item->options)   // index order, not hash order
            if (w.checks.contains(opt.id) && w.checks.value(opt.id)->isChecked())
                a.options << opt.id;
        if (w.number && w.number->value() > w.number->minimum())
            a.value = w.number->value();
        if (!a.options.isEmpty() || a.value)
            answers.items.insert(w.item->id, a);
    }
    for (auto it = m_evidence.cbegin(); it != m_evidence.cend(); ++it)
        if (it.value()->value() > it.value()->minimum())
            answers.evidence.insert(it.key(), it.value()->value());
}

void QuestionnaireWidget::showScores(const ScoreCard& card)
{
    for (int i = 0; i < m_items.size() && i < card.items.size(); ++i) {
        const ItemScore& s = card.items.at(i);
        m_items[i].points->setText(s.answered ? QStringLiteral("%1 / %2").arg(AssessmentIndex::formatPoints(s.points),
                                                                              AssessmentIndex::formatPoints(s.item->points))
                                              : QStringLiteral("— / %1").arg(AssessmentIndex::formatPoints(s.item->points)));
        m_items[i].points->setToolTip(s.problem);
        m_items[i].points->setStyleSheet(s.problem.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    }
    for (const IndexDimension& d : m_index.dimensions)
        for (const IndexIndicator& ind : d.indicators)
            m_indicatorPoints.value(ind.id)->setText(tr("%1 of %2 points")
                                                         .arg(AssessmentIndex::formatPoints(card.indicatorPoints.value(ind.id)),
                                                              AssessmentIndex::formatPoints(ind.points)));
}

void QuestionnaireWidget::setReadOnly(bool readOnly)
{
    widget()->setEnabled(!readOnly);
}

void QuestionnaireWidget::markUnanswered(const QStringList& itemIds)
{
    for (ItemWidgets& w : m_items)
        w.title->setStyleSheet(itemIds.contains(w.item->id) ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
}

} // namespace dx
