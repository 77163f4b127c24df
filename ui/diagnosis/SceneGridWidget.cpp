#include "SceneGridWidget.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dx {

namespace {
enum Column { GroupColumn, SceneColumn, BindingColumn, LevelColumn, DescriptorColumn, ColumnCount };
}

SceneGridWidget::SceneGridWidget(const AssessmentIndex& index, QWidget* parent) : QWidget(parent), m_index(index)
{
    setObjectName(QStringLiteral("sceneGrid"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Rate each business scene from level 1 (spreadsheets, simple tools) to level 4 "
                              "(models and AI drive decisions). Binding scenes count for the level rules."),
                           this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(int(index.scenes.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("sceneTable"));
    m_table->setHorizontalHeaderLabels({tr("Group"), tr("Scene"), tr("Binding"), tr("Level"), tr("What this level means")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DescriptorColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(GroupColumn, 150);
    m_table->setColumnWidth(SceneColumn, 110);
    m_table->setColumnWidth(BindingColumn, 70);
    m_table->setColumnWidth(LevelColumn, 120);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    QHash<QString, QString> groupNames;
    for (const SceneGroup& g : index.sceneGroups)
        groupNames.insert(g.id, g.name);
    for (int row = 0; row < index.scenes.size(); ++row) {
        const Scene& scene = index.scenes.at(row);
        m_table->setItem(row, GroupColumn, new QTableWidgetItem(groupNames.value(scene.group)));
        m_table->setItem(row, SceneColumn, new QTableWidgetItem(scene.name));
        m_table->setItem(row, BindingColumn, new QTableWidgetItem(scene.binding ? tr("binding") : QString()));
        auto* level = new QComboBox(m_table);
        level->setObjectName(QStringLiteral("scene_") + scene.id);
        level->addItem(tr("not rated"), 0);
        for (int l = 1; l <= 4; ++l) {
            level->addItem(tr("Level %1").arg(l), l);
            level->setItemData(l, scene.descriptors[size_t(l)], Qt::ToolTipRole);
        }
        m_table->setCellWidget(row, LevelColumn, level);
        m_levels.push_back(level);
        m_table->setItem(row, DescriptorColumn, new QTableWidgetItem);
        connect(level, &QComboBox::currentIndexChanged, this, [this, row] {
            showDescriptor(row);
            if (!m_loading)
                emit changed();
        });
        showDescriptor(row);
    }
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);
}

void SceneGridWidget::showDescriptor(int row)
{
    const int level = m_levels.at(row)->currentData().toInt();
    const Scene& scene = m_index.scenes.at(row);
    m_table->item(row, DescriptorColumn)->setText(level > 0 ? scene.descriptors[size_t(level)] : QString());
}

void SceneGridWidget::setLevels(const QHash<QString, int>& levels)
{
    m_loading = true;
    for (int row = 0; row < m_index.scenes.size(); ++row)
        m_levels.at(row)->setCurrentIndex(qBound(0, levels.value(m_index.scenes.at(row).id), 4));
    m_loading = false;
}

void SceneGridWidget::collect(Answers& answers) const
{
    answers.sceneLevels.clear();
    for (int row = 0; row < m_index.scenes.size(); ++row) {
        const int level = m_levels.at(row)->currentData().toInt();
        if (level > 0)
            answers.sceneLevels.insert(m_index.scenes.at(row).id, level);
    }
}

void SceneGridWidget::setReadOnly(bool readOnly)
{
    for (QComboBox* box : m_levels)
        box->setEnabled(!readOnly);
}

} // namespace dx
