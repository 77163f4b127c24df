#include "EnterpriseListWidget.h"

#include "exchange/ViewExport.h"
#include "EnterpriseEditorDialog.h"
#include "EnterpriseTableModel.h"
#include "EnterpriseUndoCommand.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "repo/ClusterRepository.h"
#include "repo/ReferenceRepository.h"
#include "util/Settings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dx {

EnterpriseListWidget::EnterpriseListWidget(std::shared_ptr<Database> db, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_model(new EnterpriseTableModel(m_db, this)), m_undo(new QUndoStack(this))
{
    // Undo and redo change the database; the list shows the result.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { reload(); });
    EnterpriseUndoCommand::setErrorHandler([this](const QString& message) {
        MessageBox::warning(this, tr("Undo"), message);
    });
    setObjectName(QStringLiteral("enterpriseList"));
    auto* layout = new QVBoxLayout(this);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name or credit code (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    filters->addWidget(m_search, 2);
    auto addCombo = [&](const QString& objectName, const QString& tip) {
        auto* box = new QComboBox(this);
        box->setObjectName(objectName);
        box->setToolTip(tip);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &EnterpriseListWidget::applyFilter);
        return box;
    };
    m_cluster = addCombo(QStringLiteral("clusterFilter"), tr("Cluster"));
    m_district = addCombo(QStringLiteral("districtFilter"), tr("District"));
    m_tier = addCombo(QStringLiteral("tierFilter"), tr("Tier"));
    m_scale = addCombo(QStringLiteral("scaleFilter"), tr("Scale"));
    m_archived = addCombo(QStringLiteral("archivedFilter"), tr("Archived"));
    m_stage = addCombo(QStringLiteral("stageFilter"), tr("Stage in the programme"));
    // A stage picked by hand is the stage as of now, not the dashboard's date.
    connect(m_stage, &QComboBox::activated, this, [this] {
        m_stageAsOf = QDate();
        applyFilter();
    });
    filters->addStretch(1);
    layout->addLayout(filters);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("enterpriseTable"));
    viewExport::setTitle(m_view, tr("Enterprise register"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);   // uniform rows: fast at 100k
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSortIndicator(EnterpriseTableModel::Name, Qt::AscendingOrder);
    const QByteArray header = Settings::value(Settings::Key::EnterpriseListHeader).toByteArray();
    if (header.isEmpty() || !m_view->horizontalHeader()->restoreState(header)) {
        const int widths[] = {300, 170, 100, 90, 60, 80, 120, 150, 70, 70, 110, 80, 130};
        for (int c = 0; c < EnterpriseTableModel::ColumnCount; ++c)
            m_view->setColumnWidth(c, widths[c]);
    }
    // The restored header carries the last sort; the model has to follow it.
    m_model->sort(m_view->horizontalHeader()->sortIndicatorSection(), m_view->horizontalHeader()->sortIndicatorOrder());
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!EnterpriseTableModel::isSortable(column))
            emit statusMessage(tr("This column cannot be sorted."));
    });
    layout->addWidget(m_view, 1);

    auto* bottom = new QHBoxLayout;
    auto* newButton = new QPushButton(tr("&New…"), this);
    newButton->setObjectName(QStringLiteral("newButton"));
    newButton->setToolTip(tr("New enterprise (Ctrl+N)"));
    newButton->setEnabled(m_db->access().canCreateEnterprises());   // the role model (Access)
    m_editButton = new QPushButton(tr("Ed&it…"), this);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setToolTip(tr("Edit the selected enterprise (Enter)"));
    m_archiveButton = new QPushButton(tr("&Archive"), this);
    m_archiveButton->setObjectName(QStringLiteral("archiveButton"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    bottom->addWidget(newButton);
    bottom->addWidget(m_editButton);
    bottom->addWidget(m_archiveButton);
    bottom->addStretch(1);
    bottom->addWidget(m_countLabel);
    layout->addLayout(bottom);

    connect(newButton, &QPushButton::clicked, this, &EnterpriseListWidget::newEnterprise);
    connect(m_editButton, &QPushButton::clicked, this, &EnterpriseListWidget::editCurrent);
    connect(m_archiveButton, &QPushButton::clicked, this, &EnterpriseListWidget::toggleArchiveCurrent);
    connect(m_view, &QTableView::activated, this, &EnterpriseListWidget::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EnterpriseListWidget::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnterpriseListWidget::updateActions);
    connect(m_model, &EnterpriseTableModel::totalCountChanged, this, &EnterpriseListWidget::updateCount);
    connect(m_model, &EnterpriseTableModel::loadFailed, this, [this](const QString& message) {
        MessageBox::critical(this, tr("Cannot list enterprises"), message);
    });

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);   // wait for the typing to pause before querying
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &EnterpriseListWidget::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
        m_view->setFocus();
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &EnterpriseListWidget::focusSearch);

    reloadReferenceData();
    updateActions();
    updateCount(m_model->totalCount());
}

EnterpriseListWidget::~EnterpriseListWidget()
{
    Settings::setValue(Settings::Key::EnterpriseListHeader, m_view->horizontalHeader()->saveState());
}

void EnterpriseListWidget::reloadReferenceData()
{
    const QSignalBlocker b1(m_cluster), b2(m_district), b3(m_tier), b4(m_scale), b5(m_archived), b6(m_stage);
    const QVariant cluster = m_cluster->currentData(), district = m_district->currentData();
    m_cluster->clear();
    m_cluster->addItem(tr("All clusters"), qint64(-1));
    if (auto clusters = ClusterRepository(*m_db).list())
        for (const Cluster& c : clusters.value())
            m_cluster->addItem(c.name, c.id);
    m_cluster->addItem(tr("No cluster"), qint64(0));
    m_district->clear();
    m_district->addItem(tr("All districts"), QString());
    if (auto districts = ReferenceRepository(*m_db).districts())
        for (const District& d : districts.value())
            if (d.level >= 2)
                m_district->addItem(d.level == 2 ? d.name : QStringLiteral("  ") + d.name, d.code);
    if (m_tier->count() == 0) {
        m_tier->addItem(tr("All tiers"), -1);
        for (int t = 0; t < TierCount; ++t)
            m_tier->addItem(tierName(Tier(t)), t);
        m_scale->addItem(tr("All sizes"), -1);
        m_scale->addItem(tr("Above scale"), 1);
        m_scale->addItem(tr("Below scale"), 0);
        m_archived->addItem(tr("Active"), int(ArchivedFilter::Active));
        m_archived->addItem(tr("Archived"), int(ArchivedFilter::Archived));
        m_archived->addItem(tr("Active and archived"), int(ArchivedFilter::All));
        for (int st = 0; st < ProgressStageCount; ++st)
            m_stage->addItem(progressStageName(ProgressStage(st)), st);
    }
    m_cluster->setCurrentIndex(qMax(0, m_cluster->findData(cluster.isValid() ? cluster : QVariant(qint64(-1)))));
    m_district->setCurrentIndex(qMax(0, m_district->findData(district)));
}

void EnterpriseListWidget::applyFilter()
{
    EnterpriseFilter f;
    f.search = m_search->text();
    f.clusterId = m_cluster->currentData().toLongLong();
    f.districtCode = m_district->currentData().toString();
    f.tier = m_tier->currentData().toInt();
    f.aboveScale = m_scale->currentData().toInt();
    f.archived = ArchivedFilter(m_archived->currentData().toInt());
    f.stage = ProgressStage(m_stage->currentData().toInt());
    f.stageAsOf = m_stageAsOf;
    m_stage->setToolTip(m_stageAsOf.isValid() ? tr("Stage in the programme as of %1").arg(m_stageAsOf.toString(QStringLiteral("yyyy-MM-dd")))
                                              : tr("Stage in the programme"));
    m_model->setFilter(f);
}

void EnterpriseListWidget::reload()
{
    const qint64 id = currentId();
    m_model->reload();
    selectId(id);
}

void EnterpriseListWidget::updateCount(qint64 total)
{
    m_countLabel->setText(total < 0 ? tr("Counting…") : tr("%1 enterprises").arg(format::count(total)));
}

void EnterpriseListWidget::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    m_editButton->setEnabled(current.isValid());
    m_archiveButton->setEnabled(current.isValid() && m_db->access().canEditCases());
    const bool archived = current.isValid() && current.data(EnterpriseTableModel::ArchivedRole).toBool();
    m_archiveButton->setText(archived ? tr("Res&tore") : tr("&Archive"));
}

qint64 EnterpriseListWidget::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void EnterpriseListWidget::selectId(qint64 id)
{
    const int row = id ? m_model->rowOfId(id) : -1;
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void EnterpriseListWidget::newEnterprise()
{
    EnterpriseEditorDialog dialog(m_db, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->reload();
        selectId(dialog.enterprise().id);
        emit statusMessage(tr("Added \"%1\".").arg(dialog.enterprise().name));
    }
}

void EnterpriseListWidget::editCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    EnterpriseEditorDialog dialog(m_db, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        // Undo goes back to the version the save replaced: after a conflict that is the other
        // officer's, not the one this dialog opened with.
        const Enterprise& before = dialog.replaced();
        if (dialog.enterprise().version != before.version)
            m_undo->push(new EnterpriseUndoCommand(m_db, before, dialog.enterprise(),
                                                   tr("edit of \"%1\"").arg(dialog.enterprise().name)));
        reload();
        emit statusMessage(tr("Saved \"%1\".").arg(dialog.enterprise().name));
    }
}

void EnterpriseListWidget::toggleArchiveCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    auto current = EnterpriseRepository(*m_db).get(id);
    if (!current) {
        MessageBox::critical(this, tr("Archive"), current.message());
        return;
    }
    const bool archive = !current->archived;
    if (archive &&
        MessageBox::question(this, tr("Archive enterprise"),
                             tr("Archive \"%1\"? It disappears from the register but is kept with its whole history; "
                                "you can restore it from the \"Archived\" filter.")
                                 .arg(current->name)) != QMessageBox::Yes)
        return;
    auto saved = EnterpriseRepository(*m_db).setArchived(id, current->version, archive);
    if (!saved) {
        MessageBox::critical(this, tr("Archive"), saved.message());
        return;
    }
    m_undo->push(new EnterpriseUndoCommand(m_db, current.value(), saved.value(),
                                           archive ? tr("archiving of \"%1\"").arg(current->name)
                                                   : tr("restoring of \"%1\"").arg(current->name)));
    reload();
    emit statusMessage(archive ? tr("Archived \"%1\".").arg(current->name) : tr("Restored \"%1\".").arg(current->name));
}

void EnterpriseListWidget::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void EnterpriseListWidget::showCluster(qint64 clusterId)
{
    ProgressFilter scope;
    scope.clusterId = clusterId;
    showProgress(scope, ProgressStage::Any);
}

void EnterpriseListWidget::showProgress(const ProgressFilter& scope, ProgressStage stage)
{
    {
        const QSignalBlocker b1(m_cluster), b2(m_district), b3(m_tier), b4(m_scale), b5(m_stage), b6(m_search);
        m_search->clear();
        m_cluster->setCurrentIndex(qMax(0, m_cluster->findData(scope.clusterId)));
        m_district->setCurrentIndex(qMax(0, m_district->findData(scope.districtCode)));
        m_tier->setCurrentIndex(qMax(0, m_tier->findData(scope.tier)));
        m_scale->setCurrentIndex(qMax(0, m_scale->findData(scope.aboveScale)));
        m_stage->setCurrentIndex(qMax(0, m_stage->findData(int(stage))));
        // Today's figures are the stage as things are now; a past date keeps its own.
        m_stageAsOf = scope.asOf.isValid() && scope.asOf < m_db->clock().today() ? scope.asOf : QDate();
        // A past day's figures counted the enterprises archived since: the list shows them too.
        const ArchivedFilter archived = m_stageAsOf.isValid() ? ArchivedFilter::All : ArchivedFilter::Active;
        const QSignalBlocker b7(m_archived);
        m_archived->setCurrentIndex(qMax(0, m_archived->findData(int(archived))));
    }
    applyFilter();
}

} // namespace dx
