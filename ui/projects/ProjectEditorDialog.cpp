#include "ProjectEditorDialog.h"

#include "exchange/ViewExport.h"
#include "AcceptanceDialog.h"
#include "assessment/AssessmentIndex.h"
#include "common/AttachmentsWidget.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/OpenOnEnter.h"
#include "ProjectLineDialogs.h"
#include "ProjectProductsWidget.h"
#include "db/Database.h"
#include "domain/CostCategory.h"
#include "repo/AuditRepository.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ProjectRepository.h"
#include "repo/ProviderRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dx {

namespace {
void selectData(QComboBox* box, const QVariant& value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}
}

ProjectEditorDialog::ProjectEditorDialog(std::shared_ptr<Database> db, qint64 projectId, QWidget* parent)
    : QDialog(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("projectEditor"));
    setWindowTitle(tr("Transformation project"));
    auto* layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("projectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto project = ProjectRepository(*m_db).get(projectId);
    if (project)
        m_project = project.value();
    else
        showError(project.message());

    auto* header = new QHBoxLayout;
    auto* enterprise = new QLabel(this);
    if (auto e = EnterpriseRepository(*m_db).get(m_project.enterpriseId))
        enterprise->setText(QStringLiteral("<b>%1</b> %2").arg(e->name.toHtmlEscaped(), e->creditCode));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("projectState"));
    m_stateLabel->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold; color: #1f5fa8;"));
    header->addWidget(enterprise, 1);
    header->addWidget(m_stateLabel);
    layout->addLayout(header);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildPartiesPage(), tr("&Parties and baseline"));
    m_productsPage = new ProjectProductsWidget(m_db, tabs);
    tabs->addTab(m_productsPage, tr("Scenes, vendors and pro&ducts"));
    tabs->addTab(buildContractPage(), tr("&Contract and costs"));
    auto* milestonePage = new QWidget(tabs);
    auto* milestoneLayout = new QVBoxLayout(milestonePage);
    m_milestones = new QTreeWidget(milestonePage);
    viewExport::setTitle(m_milestones, tr("Milestones"));
    m_milestones->setObjectName(QStringLiteral("milestoneView"));
    m_milestones->setHeaderLabels({tr("Milestone"), tr("Due"), tr("Done")});
    m_milestones->setRootIsDecorated(false);
    milestoneLayout->addWidget(m_milestones, 1);
    auto* addMilestone = new QPushButton(tr("Add milestone…"), milestonePage);
    addMilestone->setObjectName(QStringLiteral("addMilestoneButton"));
    milestoneLayout->addWidget(addMilestone, 0, Qt::AlignLeft);
    m_editors << addMilestone;
    connect(addMilestone, &QPushButton::clicked, this, [this] {
        Milestone m;
        m.projectId = m_project.id;
        editMilestoneLine(m);
    });
    OpenOnEnter::install(m_milestones, [this](QTreeWidgetItem* item) {
        if (!ProjectWorkflow::isOpen(m_project.state))
            return;
        if (auto list = ProjectRepository(*m_db).milestones(m_project.id))
            for (const Milestone& m : list.value())
                if (m.id == item->data(0, Qt::UserRole).toLongLong()) {
                    Milestone copy = m;
                    editMilestoneLine(copy);
                }
    });
    tabs->addTab(milestonePage, tr("&Milestones"));
    tabs->addTab(new AttachmentsWidget(m_db, ProjectRepository::tableName(), m_project.id, tabs), tr("&Evidence"));
    m_history = new QTreeWidget(tabs);
    viewExport::setTitle(m_history, tr("History"));
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Action")});
    m_history->setRootIsDecorated(false);
    tabs->addTab(m_history, tr("&History"));
    layout->addWidget(tabs, 1);

    m_acceptance = new QLabel(this);
    m_acceptance->setObjectName(QStringLiteral("acceptanceLabel"));
    m_acceptance->setWordWrap(true);
    layout->addWidget(m_acceptance);

    auto* states = new QHBoxLayout;
    const QList<QPair<ProjectState, QString>> buttons = {
        {ProjectState::Filed, tr("&File")},
        {ProjectState::InProgress, tr("&Start implementation")},
        {ProjectState::AcceptanceRequested, tr("Re&quest acceptance")},
        {ProjectState::Accepted, tr("&Accept…")},
        {ProjectState::NotAccepted, tr("&Not accepted…")},
        {ProjectState::Cancelled, tr("Cancel pro&ject…")},
    };
    for (const auto& [state, label] : buttons) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("state_%1").arg(int(state)));
        connect(button, &QPushButton::clicked, this, [this, s = state] { moveTo(s); });
        m_stateButtons.insert(state, button);
        states->addWidget(button);
    }
    states->addStretch(1);
    layout->addLayout(states);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = box->addButton(tr("Save"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveProjectButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    connect(m_saveButton, &QPushButton::clicked, this, &ProjectEditorDialog::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    load();
    resize(1040, 720);
}

QWidget* ProjectEditorDialog::buildPartiesPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("projectTitle"));
    m_traction = new QComboBox(page);
    m_traction->setObjectName(QStringLiteral("tractionCombo"));
    m_integrator = new QComboBox(page);
    m_integrator->setObjectName(QStringLiteral("integratorCombo"));
    m_traction->addItem(tr("(not set)"), qint64(0));
    m_integrator->addItem(tr("(not set)"), qint64(0));
    if (auto providers = ProviderRepository(*m_db).list()) {
        for (const Provider& p : providers.value()) {
            const QString label = p.poolStatus == PoolStatus::Admitted ? p.name
                                                                        : QStringLiteral("%1 (%2)").arg(p.name, poolStatusName(p.poolStatus));
            if (p.roles.contains(ProviderRole::Traction))
                m_traction->addItem(label, p.id);
            if (p.roles.contains(ProviderRole::Integrator))
                m_integrator->addItem(label, p.id);
        }
    }
    m_baseline = new QComboBox(page);
    m_baseline->setObjectName(QStringLiteral("baselineCombo"));
    if (auto list = DiagnosisRepository(*m_db).listForEnterprise(m_project.enterpriseId))
        for (const DiagnosisSummary& s : list.value())
            if (s.kind == DiagnosisKind::Baseline && s.status == DiagnosisStatus::Confirmed && !s.superseded)
                m_baseline->addItem(tr("%1 · %2 points · %3")
                                        .arg(s.visitDate.toString(QStringLiteral("yyyy-MM-dd")), AssessmentIndex::formatPoints(s.totalScore),
                                             s.level > 0 ? AssessmentIndex::levelName(s.level) : tr("No level")),
                                    s.id);
    m_targetLevel = new QComboBox(page);
    m_targetLevel->setObjectName(QStringLiteral("targetLevelCombo"));
    for (int level = 1; level <= 4; ++level)
        m_targetLevel->addItem(AssessmentIndex::levelName(level), level);
    m_showcase = new QCheckBox(tr("Showcase project (样板 / 小灯塔)"), page);
    m_notes = new QPlainTextEdit(page);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("T&raction unit"), m_traction);
    form->addRow(tr("&Integrator"), m_integrator);
    form->addRow(tr("&Baseline diagnosis"), m_baseline);
    form->addRow(tr("Target &level"), m_targetLevel);
    form->addRow(QString(), m_showcase);
    form->addRow(tr("N&otes"), m_notes);
    return page;
}

QWidget* ProjectEditorDialog::buildContractPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_contractSigned = new QCheckBox(tr("Signed on"), page);
    m_contractSigned->setObjectName(QStringLiteral("contractSigned"));
    m_contractDate = new QDateEdit(page);
    m_contractDate->setObjectName(QStringLiteral("contractDate"));
    m_contractDate->setCalendarPopup(true);
    m_contractDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_contractSigned, &QCheckBox::toggled, m_contractDate, &QWidget::setEnabled);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_contractSigned);
    dateRow->addWidget(m_contractDate, 1);
    m_contractAmount = new QLineEdit(page);
    m_contractAmount->setObjectName(QStringLiteral("contractAmount"));
    m_contractAmount->setPlaceholderText(tr("in 10k yuan"));
    form->addRow(tr("Contract"), dateRow);
    form->addRow(tr("Contract amo&unt (10k yuan)"), m_contractAmount);
    layout->addLayout(form);
    m_costs = new QTreeWidget(page);
    viewExport::setTitle(m_costs, tr("Cost lines"));
    m_costs->setObjectName(QStringLiteral("costView"));
    m_costs->setHeaderLabels({tr("Category"), tr("Description"), tr("Amount"), tr("Eligible for subsidy")});
    m_costs->setRootIsDecorated(false);
    layout->addWidget(m_costs, 1);
    m_money = new QTreeWidget(page);
    viewExport::setTitle(m_money, tr("Invoices and payments"));
    m_money->setObjectName(QStringLiteral("moneyView"));
    m_money->setRootIsDecorated(false);
    m_money->setHeaderLabels({tr("Record"), tr("Number / reference"), tr("Date"), tr("Amount"), tr("Excl. tax")});
    m_money->setMaximumHeight(160);
    layout->addWidget(m_money);
    m_costTotals = new QLabel(page);
    m_costTotals->setWordWrap(true);
    auto* costRow = new QHBoxLayout;
    auto* addCost = new QPushButton(tr("Add cost line…"), page);
    addCost->setObjectName(QStringLiteral("addCostButton"));
    costRow->addWidget(addCost);
    auto* addInvoice = new QPushButton(tr("Add invoice…"), page);
    addInvoice->setObjectName(QStringLiteral("addInvoiceButton"));
    auto* addPayment = new QPushButton(tr("Add payment…"), page);
    addPayment->setObjectName(QStringLiteral("addPaymentButton"));
    costRow->addWidget(addInvoice);
    costRow->addWidget(addPayment);
    m_moneyEditors << addInvoice << addPayment;
    connect(addInvoice, &QPushButton::clicked, this, [this] {
        Invoice invoice;
        invoice.projectId = m_project.id;
        if (save() && editInvoice(this, invoice))
            afterLineSaved(ProjectRepository(*m_db).saveInvoice(invoice).status());
    });
    connect(addPayment, &QPushButton::clicked, this, [this] {
        Payment payment;
        payment.projectId = m_project.id;
        if (save() && editPayment(this, payment))
            afterLineSaved(ProjectRepository(*m_db).savePayment(payment).status());
    });
    costRow->addStretch(1);
    costRow->addWidget(m_costTotals);
    layout->addLayout(costRow);
    m_editors << addCost;
    connect(addCost, &QPushButton::clicked, this, [this] {
        CostLine line;
        line.projectId = m_project.id;
        editCost(line);
    });
    OpenOnEnter::install(m_costs, [this](QTreeWidgetItem* item) {
        if (!ProjectWorkflow::isOpen(m_project.state))
            return;
        if (auto lines = ProjectRepository(*m_db).costLines(m_project.id))
            for (const CostLine& c : lines.value())
                if (c.id == item->data(0, Qt::UserRole).toLongLong()) {
                    CostLine copy = c;
                    editCost(copy);
                }
    });
    return page;
}

void ProjectEditorDialog::load()
{
    const Project& p = m_project;
    m_title->setText(p.title);
    selectData(m_traction, p.tractionProviderId);
    selectData(m_integrator, p.integratorProviderId);
    selectData(m_baseline, p.baselineDiagnosisId);
    selectData(m_targetLevel, p.targetLevel);
    m_showcase->setChecked(p.showcase);
    m_notes->setPlainText(p.notes);
    m_productsPage->setProject(p);
    m_contractSigned->setChecked(p.contractSignedOn.isValid());
    m_contractDate->setEnabled(p.contractSignedOn.isValid());
    m_contractDate->setDate(p.contractSignedOn.isValid() ? p.contractSignedOn : QDate::currentDate());
    m_contractAmount->setText(p.contractAmount.fen() ? p.contractAmount.toWanString(2) : QString());

    m_costs->clear();
    Money eligible, other;
    if (auto lines = ProjectRepository(*m_db).costLines(p.id)) {
        for (const CostLine& c : lines.value()) {
            auto* item = new QTreeWidgetItem({costCategoryName(c.category), c.description, format::money(c.amount), c.eligible ? tr("yes") : tr("no")});
            item->setData(0, Qt::UserRole, c.id);
            m_costs->addTopLevelItem(item);
            (c.eligible ? eligible : other) = (c.eligible ? eligible : other) + c.amount;
        }
    }
    m_money->clear();
    Money invoicedExclTax, paid;
    if (auto invoices = ProjectRepository(*m_db).invoices(p.id))
        for (const Invoice& i : invoices.value()) {
            m_money->addTopLevelItem(new QTreeWidgetItem({tr("Invoice"), i.number, i.issuedOn.toString(QStringLiteral("yyyy-MM-dd")),
                                                          format::money(i.amount), format::money(i.amountExclTax)}));
            invoicedExclTax = invoicedExclTax + i.amountExclTax;
        }
    if (auto payments = ProjectRepository(*m_db).payments(p.id))
        for (const Payment& pay : payments.value()) {
            m_money->addTopLevelItem(new QTreeWidgetItem({tr("Payment"), pay.reference, pay.paidOn.toString(QStringLiteral("yyyy-MM-dd")),
                                                          format::money(pay.amount), QString()}));
            paid = paid + pay.amount;
        }
    m_costTotals->setText(tr("Cost lines eligible: %1 · not eligible: %2 · Invoiced excl. tax: %3 · Paid: %4")
                              .arg(format::money(eligible), format::money(other), format::money(invoicedExclTax), format::money(paid)));
    m_milestones->clear();
    const QDate today = m_db->clock().today();
    if (auto milestones = ProjectRepository(*m_db).milestones(p.id)) {
        for (const Milestone& m : milestones.value()) {
            auto* item = new QTreeWidgetItem({m.title, m.dueOn.toString(QStringLiteral("yyyy-MM-dd")),
                                              m.doneOn.isValid() ? m.doneOn.toString(QStringLiteral("yyyy-MM-dd")) : QString()});
            item->setData(0, Qt::UserRole, m.id);
            if (!m.doneOn.isValid() && m.dueOn < today && ProjectWorkflow::isOpen(p.state)) {
                item->setForeground(0, QColor(0xb3, 0x26, 0x1e));
                item->setToolTip(0, tr("Overdue"));
                item->setText(2, tr("overdue"));
            }
            m_milestones->addTopLevelItem(item);
        }
    }
    m_history->clear();
    if (auto entries = AuditRepository(*m_db).history(ProjectRepository::tableName(), p.id))
        for (const AuditEntry& e : entries.value()) {
            static const QHash<QString, const char*> actions = {
                {QStringLiteral("create"), QT_TR_NOOP("Created")},
                {QStringLiteral("update"), QT_TR_NOOP("Edited")},
                {QStringLiteral("cost line"), QT_TR_NOOP("Cost line saved")},
                {QStringLiteral("milestone"), QT_TR_NOOP("Milestone saved")},
                {QStringLiteral("attach"), QT_TR_NOOP("Document attached")},
            };
            QString action = actions.contains(e.action) ? tr(actions.value(e.action)) : e.action;
            if (e.action == QLatin1String("state")) {
                const QJsonArray change = e.changes.value(QLatin1String("state")).toArray();
                action = tr("State: %1 → %2").arg(projectStateName(ProjectState(change.at(0).toInt())),
                                                  projectStateName(ProjectState(change.at(1).toInt())));
            }
            m_history->addTopLevelItem(new QTreeWidgetItem({format::localTime(e.at), e.user, action}));
        }
    if (p.state == ProjectState::Accepted || p.state == ProjectState::NotAccepted)
        m_acceptance->setText(tr("Acceptance on %1 by %2: %3%4")
                                  .arg(p.acceptedOn.toString(QStringLiteral("yyyy-MM-dd")), p.acceptanceInspectors, p.acceptanceResult,
                                       p.dossierVerified ? tr(" (dossier verified)") : QString()));
    else if (p.state == ProjectState::Cancelled)
        m_acceptance->setText(tr("Cancelled: %1").arg(p.cancelReason));
    else
        m_acceptance->clear();
    updateStateButtons();
}

Project ProjectEditorDialog::collect(bool* ok)
{
    Project p = m_project;
    *ok = true;
    p.title = m_title->text().trimmed();
    p.tractionProviderId = m_traction->currentData().toLongLong();
    p.integratorProviderId = m_integrator->currentData().toLongLong();
    p.baselineDiagnosisId = m_baseline->currentData().toLongLong();
    p.targetLevel = m_targetLevel->currentData().toInt();
    p.showcase = m_showcase->isChecked();
    p.notes = m_notes->toPlainText();
    m_productsPage->apply(p);
    p.contractSignedOn = m_contractSigned->isChecked() ? m_contractDate->date() : QDate();
    const QString amount = m_contractAmount->text().trimmed();
    if (amount.isEmpty()) {
        p.contractAmount = Money();
    } else if (auto parsed = Money::parseWan(amount)) {
        p.contractAmount = *parsed;
    } else {
        showError(tr("The contract amount \"%1\" is not a number of 10k yuan.").arg(amount));
        *ok = false;
    }
    return p;
}

bool ProjectEditorDialog::save()
{
    if (!ProjectWorkflow::isOpen(m_project.state))
        return true;
    bool ok = false;
    const Project p = collect(&ok);
    if (!ok)
        return false;
    // Someone saved the project since it was opened: never overwrite it silently, ask.
    auto saved = saveWithConflictDialog(this, p, conflictHandling());
    if (!saved) {
        showError(saved.message());
        return false;
    }
    m_project = saved.value();
    showError(QString());
    load();
    return true;
}

ConflictHandling<Project> ProjectEditorDialog::conflictHandling()
{
    auto h = ConflictHandling<Project>::through(m_db, m_project, &ProjectRepository::update);
    h.name = [](const Project& stored) { return stored.title; };
    return h.shownBy(this, &ProjectEditorDialog::conflictFields, &ProjectEditorDialog::takeStored);
}

void ProjectEditorDialog::takeStored(const Project& stored)
{
    m_project = stored;
    load();
}

QVector<ConflictField> ProjectEditorDialog::conflictFields(const Project& mine, const Project& theirs) const
{
    // Both versions as the tabs show them.
    const auto shown = [this](const Project& p) {
        return QStringList{p.title.trimmed(),
                           ConflictDialog::comboText(m_traction, p.tractionProviderId),
                           ConflictDialog::comboText(m_integrator, p.integratorProviderId),
                           ConflictDialog::comboText(m_baseline, p.baselineDiagnosisId),
                           ConflictDialog::comboText(m_targetLevel, p.targetLevel),
                           ConflictDialog::yesNo(p.showcase),
                           p.notes,
                           p.contractSignedOn.isValid() ? p.contractSignedOn.toString(QStringLiteral("yyyy-MM-dd")) : tr("not signed"),
                           format::wan(p.contractAmount)};
    };
    const QList<const QWidget*> widgets{m_title,    m_traction, m_integrator,   m_baseline,      m_targetLevel,
                                        m_showcase, m_notes,    m_contractDate, m_contractAmount};
    QVector<ConflictField> fields = ConflictDialog::fieldsFor(widgets, shown(mine), shown(theirs));
    // The scenes, vendors and products tab comes between the parties and the contract.
    const int productsAt = int(widgets.indexOf(m_contractDate));
    const QVector<ConflictField> products = m_productsPage->conflictFields(mine, theirs);
    for (int i = 0; i < products.size(); ++i)
        fields.insert(productsAt + i, products.at(i));
    return fields;
}

void ProjectEditorDialog::moveTo(ProjectState to)
{
    if (!save())   // the move works on what is on screen
        return;
    QString reason;
    AcceptanceRecord record;
    if (to == ProjectState::Cancelled) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Cancel project"), tr("Why is the project cancelled?"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    if (to == ProjectState::Accepted || to == ProjectState::NotAccepted) {
        AcceptanceDialog dialog(to == ProjectState::Accepted, m_db->clock().today(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        record = dialog.record();
    }
    auto moved = ProjectRepository(*m_db).changeState(m_project.id, m_project.version, to, reason, record);
    if (!moved) {
        showError(moved.message());
        return;
    }
    m_project = moved.value();
    showError(QString());
    load();
}

void ProjectEditorDialog::updateStateButtons()
{
    m_stateLabel->setText(projectStateName(m_project.state));
    const bool open = ProjectWorkflow::isOpen(m_project.state);
    for (auto it = m_stateButtons.begin(); it != m_stateButtons.end(); ++it) {
        const Status allowed = ProjectWorkflow::checkTransition(m_project.state, it.key(), QStringLiteral("-"));
        it.value()->setEnabled(allowed.isOk());
        it.value()->setToolTip(allowed.isOk() ? QString() : allowed.message());
    }
    m_saveButton->setEnabled(open);
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_traction), static_cast<QWidget*>(m_integrator),
                       static_cast<QWidget*>(m_baseline), static_cast<QWidget*>(m_targetLevel), static_cast<QWidget*>(m_showcase),
                       static_cast<QWidget*>(m_contractSigned), static_cast<QWidget*>(m_contractAmount)})
        w->setEnabled(open);
    m_notes->setReadOnly(!open);
    m_productsPage->setEditable(open);
    // Invoices and payment proofs are still recorded after acceptance, for the subsidy.
    for (QWidget* w : m_moneyEditors) {
        w->setEnabled(m_project.state != ProjectState::Cancelled);
        w->setToolTip(w->isEnabled() ? QString() : tr("The project is cancelled."));
    }
    for (QWidget* w : m_editors)
        w->setEnabled(open);
}

void ProjectEditorDialog::editCost(CostLine& line)
{
    if (!save())   // keep what is typed in the other fields
        return;
    if (!editCostLine(this, line))
        return;
    auto saved = ProjectRepository(*m_db).saveCostLine(line);
    if (!saved) {
        showError(saved.message());
        return;
    }
    refreshVersion();
}

void ProjectEditorDialog::editMilestoneLine(Milestone& milestone)
{
    if (!save())
        return;
    if (!editMilestone(this, milestone))
        return;
    auto saved = ProjectRepository(*m_db).saveMilestone(milestone);
    if (!saved) {
        showError(saved.message());
        return;
    }
    refreshVersion();
}

void ProjectEditorDialog::afterLineSaved(const Status& saved)
{
    if (!saved) {
        showError(saved.message());
        return;
    }
    refreshVersion();
}

void ProjectEditorDialog::refreshVersion()
{
    // Lines do not change the project row; reload to show them and the history.
    if (auto fresh = ProjectRepository(*m_db).get(m_project.id))
        m_project = fresh.value();
    showError(QString());
    load();
}

void ProjectEditorDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace dx
