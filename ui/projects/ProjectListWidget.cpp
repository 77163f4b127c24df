#include "ProjectListWidget.h"
#include "db/Database.h"

#include "exchange/ViewExport.h"
#include "ProjectEditorDialog.h"
#include "assessment/AssessmentIndex.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/OpenOnEnter.h"
#include "repo/DiagnosisRepository.h"
#include "repo/ProjectRepository.h"
#include "repo/ProviderRepository.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dx {

ProjectListWidget::ProjectListWidget(std::shared_ptr<Database> db, qint64 enterpriseId, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_enterpriseId(enterpriseId)
{
    setObjectName(QStringLiteral("projectList"));
    auto* layout = new QVBoxLayout(this);
    m_view = new QTreeWidget(this);
    viewExport::setTitle(m_view, tr("Projects"));
    m_view->setObjectName(QStringLiteral("projectView"));
    m_view->setHeaderLabels({tr("Project"), tr("State"), tr("Contract"), tr("Amount"), tr("Target"), tr("Traction unit")});
    m_view->setRootIsDecorated(false);
    setFocusProxy(m_view);
    layout->addWidget(m_view, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New &project…"), this);
    add->setObjectName(QStringLiteral("newProjectButton"));
    add->setEnabled(m_db->access().canEditCases());
    auto* openButton = new QPushButton(tr("&Open…"), this);
    buttons->addWidget(add);
    buttons->addWidget(openButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ProjectListWidget::newProject);
    connect(openButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_view->currentItem())
            open(item->data(0, Qt::UserRole).toLongLong());
    });
    OpenOnEnter::install(m_view, [this](QTreeWidgetItem* item) { open(item->data(0, Qt::UserRole).toLongLong()); });
    reload();
}

void ProjectListWidget::reload()
{
    m_view->clear();
    auto projects = ProjectRepository(*m_db).listForEnterprise(m_enterpriseId);
    if (!projects) {
        MessageBox::critical(this, tr("Projects"), projects.message());
        return;
    }
    QHash<qint64, QString> providerNames;
    if (auto providers = ProviderRepository(*m_db).list(true))
        for (const Provider& p : providers.value())
            providerNames.insert(p.id, p.name);
    for (const Project& p : projects.value()) {
        auto* item = new QTreeWidgetItem({p.title, projectStateName(p.state),
                                          p.contractSignedOn.isValid() ? p.contractSignedOn.toString(QStringLiteral("yyyy-MM-dd")) : QString(),
                                          p.contractAmount.fen() ? format::money(p.contractAmount) : QString(),
                                          AssessmentIndex::levelName(p.targetLevel), providerNames.value(p.tractionProviderId)});
        item->setData(0, Qt::UserRole, p.id);
        m_view->addTopLevelItem(item);
    }
    for (int c = 0; c < m_view->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
}

void ProjectListWidget::open(qint64 id)
{
    ProjectEditorDialog editor(m_db, id, this);
    editor.exec();
    reload();
}

void ProjectListWidget::newProject()
{
    // A project starts from the enterprise's latest confirmed baseline diagnosis.
    auto diagnoses = DiagnosisRepository(*m_db).listForEnterprise(m_enterpriseId);
    qint64 baseline = 0;
    if (diagnoses)
        for (const DiagnosisSummary& s : diagnoses.value())
            if (!baseline && s.kind == DiagnosisKind::Baseline && s.status == DiagnosisStatus::Confirmed && !s.superseded)
                baseline = s.id;
    if (!baseline) {
        MessageBox::warning(this, tr("New project"),
                            tr("A project starts from a confirmed baseline diagnosis. Diagnose the enterprise and confirm the "
                               "diagnosis first."));
        return;
    }
    Project p;
    p.enterpriseId = m_enterpriseId;
    p.baselineDiagnosisId = baseline;
    p.title = tr("Digital transformation project");
    auto created = ProjectRepository(*m_db).create(p);
    if (!created) {
        MessageBox::critical(this, tr("New project"), created.message());
        return;
    }
    open(created->id);
}

} // namespace dx
