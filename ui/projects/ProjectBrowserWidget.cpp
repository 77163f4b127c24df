#include "ProjectBrowserWidget.h"

#include "exchange/ViewExport.h"
#include "ProjectEditorDialog.h"
#include "ProjectTableModel.h"
#include "common/Format.h"
#include "common/ListViews.h"
#include "util/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dx {

ProjectBrowserWidget::ProjectBrowserWidget(std::shared_ptr<Database> db, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_model(new ProjectTableModel(m_db, this))
{
    setObjectName(QStringLiteral("projectBrowser"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("projectSearch"));
    m_search->setPlaceholderText(tr("Search enterprise name or credit code"));
    m_search->setClearButtonEnabled(true);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("projectStateFilter"));
    m_state->addItem(tr("All states"), -1);
    for (int s = 0; s < ProjectStateCount; ++s)
        m_state->addItem(projectStateName(ProjectState(s)), s);
    m_flagged = new QCheckBox(tr("Only those needing attention"), this);
    m_flagged->setObjectName(QStringLiteral("flaggedOnly"));
    m_flagged->setToolTip(tr("Open projects with overdue milestones, or unchanged for more than %n day(s).", nullptr,
                             Settings::value(Settings::Key::ProjectStuckDays).toInt()));
    filters->addWidget(m_search, 2);
    filters->addWidget(m_state);
    filters->addWidget(m_flagged);
    filters->addStretch(1);
    layout->addLayout(filters);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("projectTable"));
    viewExport::setTitle(m_view, tr("Projects"));
    m_view->setModel(m_model);
    configureListView(m_view, {260, 170, 160, 100, 100, 100, 120, 240, 200});
    makeSortable(m_view, m_model, Settings::Key::ProjectListHeader);
    layout->addWidget(m_view, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("projectCount"));
    layout->addWidget(m_count, 0, Qt::AlignRight);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &ProjectBrowserWidget::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ProjectBrowserWidget::applyFilter);
    connect(m_flagged, &QCheckBox::toggled, this, &ProjectBrowserWidget::applyFilter);
    connect(m_view, &QTableView::activated, this, &ProjectBrowserWidget::openCurrent);
    connect(m_model, &ProjectTableModel::totalChanged, this,
            [this](qint64 n) { m_count->setText(tr("%1 projects").arg(format::count(n))); });
    applyFilter();
}

void ProjectBrowserWidget::applyFilter()
{
    ProjectFilter f;
    f.search = m_search->text();
    f.state = m_state->currentData().toInt();
    f.onlyFlagged = m_flagged->isChecked();
    f.stuckDays = Settings::value(Settings::Key::ProjectStuckDays).toInt();
    m_model->setFilter(f);
}

void ProjectBrowserWidget::reload()
{
    applyFilter();
}

void ProjectBrowserWidget::openCurrent()
{
    const qint64 id = m_model->idAt(m_view->currentIndex().row());
    if (!id)
        return;
    ProjectEditorDialog editor(m_db, id, this);
    editor.exec();
    const int row = m_view->currentIndex().row();
    reload();
    if (row >= 0 && row < m_model->rowCount())
        m_view->selectRow(row);
}

} // namespace dx
