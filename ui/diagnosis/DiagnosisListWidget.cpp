#include "DiagnosisListWidget.h"
#include "db/Database.h"

#include "exchange/ViewExport.h"
#include "ComparisonDialog.h"
#include "DiagnosisFormDialog.h"
#include "common/MessageBox.h"
#include "common/OpenOnEnter.h"
#include "repo/DiagnosisRepository.h"
#include "reports/ReportDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dx {

DiagnosisListWidget::DiagnosisListWidget(std::shared_ptr<Database> db, qint64 enterpriseId, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_enterpriseId(enterpriseId)
{
    setObjectName(QStringLiteral("diagnosisList"));
    auto* layout = new QVBoxLayout(this);
    m_view = new QTreeWidget(this);
    viewExport::setTitle(m_view, tr("Diagnoses"));
    m_view->setObjectName(QStringLiteral("diagnosisView"));
    m_view->setHeaderLabels({tr("Visit date"), tr("Kind"), tr("Status"), tr("Score"), tr("Level"), tr("Index")});
    m_view->setRootIsDecorated(false);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(false);
    layout->addWidget(m_view, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New &diagnosis…"), this);
    add->setObjectName(QStringLiteral("newDiagnosisButton"));
    add->setEnabled(m_db->access().canEditRegister());   // a provider's staff diagnose; a viewer does not
    m_open = new QPushButton(tr("&Open…"), this);
    m_revise = new QPushButton(tr("Re&vise…"), this);
    m_revise->setToolTip(tr("Correct a confirmed diagnosis in a new revision; the confirmed one is kept."));
    m_compare = new QPushButton(tr("Co&mpare"), this);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setToolTip(tr("Select two diagnoses to compare them item by item."));
    m_report = new QPushButton(tr("&Report…"), this);
    m_report->setObjectName(QStringLiteral("diagnosisReportButton"));
    m_report->setToolTip(tr("Print preview, print or export the diagnosis report of the selected diagnosis."));
    for (QPushButton* b : {add, m_open, m_revise, m_compare, m_report})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &DiagnosisListWidget::newDiagnosis);
    connect(m_open, &QPushButton::clicked, this, &DiagnosisListWidget::openCurrent);
    connect(m_revise, &QPushButton::clicked, this, &DiagnosisListWidget::reviseCurrent);
    connect(m_compare, &QPushButton::clicked, this, &DiagnosisListWidget::compareSelected);
    connect(m_report, &QPushButton::clicked, this, [this] {
        if (selectedIds().size() == 1)
            ReportDialog::diagnosis(this, m_db, selectedIds().first())->open();
    });
    OpenOnEnter::install(m_view, [this](QTreeWidgetItem* item) { open(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &DiagnosisListWidget::updateButtons);
    setFocusProxy(m_view);   // the tab's mnemonic lands in the list, ready for the arrow keys
    reload();
}

void DiagnosisListWidget::reload()
{
    m_view->clear();
    auto list = DiagnosisRepository(*m_db).listForEnterprise(m_enterpriseId);
    if (!list) {
        MessageBox::critical(this, tr("Diagnoses"), list.message());
        return;
    }
    for (const DiagnosisSummary& s : list.value()) {
        QString status = diagnosisStatusName(s.status);
        if (s.superseded)
            status += tr(" (superseded)");
        auto* item = new QTreeWidgetItem({s.visitDate.toString(QStringLiteral("yyyy-MM-dd")), diagnosisKindName(s.kind), status,
                                          AssessmentIndex::formatPoints(s.totalScore),
                                          s.level > 0 ? AssessmentIndex::levelName(s.level) : tr("No level"), s.indexVersion});
        item->setData(0, Qt::UserRole, s.id);
        item->setData(0, Qt::UserRole + 1, int(s.status));
        if (s.superseded)
            for (int c = 0; c < item->columnCount(); ++c)
                item->setForeground(c, Qt::gray);
        m_view->addTopLevelItem(item);
    }
    for (int c = 0; c < m_view->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
    updateButtons();
}

QList<qint64> DiagnosisListWidget::selectedIds() const
{
    QList<qint64> ids;
    for (QTreeWidgetItem* item : m_view->selectedItems())
        ids << item->data(0, Qt::UserRole).toLongLong();
    return ids;
}

void DiagnosisListWidget::updateButtons()
{
    const QList<QTreeWidgetItem*> selected = m_view->selectedItems();
    m_open->setEnabled(selected.size() == 1);
    m_revise->setEnabled(selected.size() == 1 &&
                         selected.first()->data(0, Qt::UserRole + 1).toInt() == int(DiagnosisStatus::Confirmed));
    m_compare->setEnabled(selected.size() == 2);
    m_report->setEnabled(selected.size() == 1);
}

void DiagnosisListWidget::open(qint64 id)
{
    DiagnosisFormDialog form(m_db, id, this);
    form.exec();
    reload();
}

void DiagnosisListWidget::newDiagnosis()
{
    Diagnosis d;
    d.enterpriseId = m_enterpriseId;
    // The first diagnosis of an enterprise is its baseline; later ones are usually post-transformation.
    d.kind = m_view->topLevelItemCount() == 0 ? DiagnosisKind::Baseline : DiagnosisKind::PostTransformation;
    auto created = DiagnosisRepository(*m_db).createDraft(d);
    if (!created) {
        MessageBox::critical(this, tr("New diagnosis"), created.message());
        return;
    }
    open(created->id);
}

void DiagnosisListWidget::openCurrent()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() == 1)
        open(ids.first());
}

void DiagnosisListWidget::reviseCurrent()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    auto revision = DiagnosisRepository(*m_db).revise(ids.first());
    if (!revision) {
        MessageBox::warning(this, tr("Revise diagnosis"), revision.message());
        return;
    }
    open(revision->id);
}

void DiagnosisListWidget::compareSelected()
{
    QList<qint64> ids = selectedIds();
    if (ids.size() != 2)
        return;
    ComparisonDialog dialog(m_db, ids.at(0), ids.at(1), this);
    dialog.exec();
}

} // namespace dx
