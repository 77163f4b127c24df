#include "NewGrantDialog.h"

#include "common/Format.h"
#include "db/Database.h"
#include "repo/EnterpriseRepository.h"
#include "repo/GrantRepository.h"
#include "repo/PolicyRepository.h"
#include "repo/ProjectRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dx {

void showEligibility(QTreeWidget* tree, const Eligibility& eligibility)
{
    tree->clear();
    for (const EligibilityLine& line : eligibility.lines) {
        auto* item = new QTreeWidgetItem({line.text()});
        const bool failed = (line.kind == EligibilityLine::Kind::Condition && !line.passed) ||
                            line.kind == EligibilityLine::Kind::CostExcluded;
        const bool bold = line.kind == EligibilityLine::Kind::VerifiedCost || line.kind == EligibilityLine::Kind::Result ||
                          line.applied;
        if (failed)
            item->setForeground(0, QColor(0xb3, 0x26, 0x1e));
        if (bold) {
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
        }
        tree->addTopLevelItem(item);
    }
}

NewGrantDialog::NewGrantDialog(std::shared_ptr<Database> db, qint64 enterpriseId, qint64 projectId, QWidget* parent)
    : QDialog(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("newGrantDialog"));
    setWindowTitle(tr("New subsidy application"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("grantFindEnterprise"));
    m_find->setPlaceholderText(tr("Type part of the name or the credit code"));
    m_enterprise = new QComboBox(this);
    m_enterprise->setObjectName(QStringLiteral("grantEnterprise"));
    m_project = new QComboBox(this);
    m_project->setObjectName(QStringLiteral("grantProject"));
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("grantPolicy"));
    m_requested = new QLineEdit(this);
    m_requested->setObjectName(QStringLiteral("grantRequested"));
    m_requested->setPlaceholderText(tr("in 10k yuan"));
    m_appliedOn = new QDateEdit(m_db->clock().today(), this);
    m_appliedOn->setCalendarPopup(true);
    m_appliedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);
    if (enterpriseId == 0)
        form->addRow(tr("&Find enterprise"), m_find);
    else
        m_find->hide();
    form->addRow(tr("&Enterprise"), m_enterprise);
    form->addRow(tr("&Project"), m_project);
    form->addRow(tr("Po&licy"), m_policy);
    form->addRow(tr("&Requested (10k yuan)"), m_requested);
    form->addRow(tr("Applied &on"), m_appliedOn);
    form->addRow(tr("N&otes"), m_notes);
    layout->addLayout(form);
    m_eligible = new QLabel(this);
    m_eligible->setObjectName(QStringLiteral("grantEligible"));
    m_eligible->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(m_eligible);
    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("grantPreview"));
    m_preview->setHeaderHidden(true);
    m_preview->setRootIsDecorated(false);
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("grantError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    applyButton->setObjectName(QStringLiteral("applyGrantButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewGrantDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (auto policies = PolicyRepository(*m_db).list())
        for (const PolicyInfo& p : policies.value())
            m_policy->addItem(tr("%1 (version %2)").arg(p.name).arg(p.latestVersionNumber), p.id);
    m_findDelay = new QTimer(this);
    m_findDelay->setSingleShot(true);
    m_findDelay->setInterval(250);
    connect(m_find, &QLineEdit::textChanged, m_findDelay, qOverload<>(&QTimer::start));
    connect(m_findDelay, &QTimer::timeout, this, &NewGrantDialog::findEnterprises);
    connect(m_enterprise, &QComboBox::currentIndexChanged, this, &NewGrantDialog::enterpriseChosen);
    for (QComboBox* box : {m_project, m_policy})
        connect(box, &QComboBox::currentIndexChanged, this, &NewGrantDialog::updatePreview);
    connect(m_appliedOn, &QDateEdit::dateChanged, this, &NewGrantDialog::updatePreview);

    if (enterpriseId) {
        if (auto e = EnterpriseRepository(*m_db).get(enterpriseId))
            m_enterprise->addItem(QStringLiteral("%1  %2").arg(e->name, e->creditCode), enterpriseId);
        const int i = m_project->findData(projectId);
        if (i >= 0)
            m_project->setCurrentIndex(i);
    }
    resize(720, 640);
}

void NewGrantDialog::findEnterprises()
{
    EnterpriseFilter f;
    f.search = m_find->text().trimmed();
    m_enterprise->clear();
    if (f.search.isEmpty())
        return;
    auto rows = EnterpriseRepository(*m_db).page(f, EnterpriseSortKey::Name, Qt::AscendingOrder, std::nullopt, 50);
    if (!rows)
        return;
    for (const EnterpriseListRow& r : rows.value())
        m_enterprise->addItem(QStringLiteral("%1  %2").arg(r.name, r.creditCode), r.id);
}

void NewGrantDialog::enterpriseChosen()
{
    const QSignalBlocker block(m_project);
    m_project->clear();
    const qint64 id = m_enterprise->currentData().toLongLong();
    // Accepted projects first: they are what subsidies are usually for.
    if (auto projects = ProjectRepository(*m_db).listForEnterprise(id)) {
        for (const Project& p : projects.value())
            if (p.state == ProjectState::Accepted)
                m_project->addItem(tr("%1 · %2").arg(p.title, projectStateName(p.state)), p.id);
        for (const Project& p : projects.value())
            if (p.state != ProjectState::Accepted)
                m_project->addItem(tr("%1 · %2").arg(p.title, projectStateName(p.state)), p.id);
    }
    m_project->addItem(tr("(no project: an award to the enterprise)"), qint64(0));
    updatePreview();
}

void NewGrantDialog::updatePreview()
{
    GrantApplication a;
    a.enterpriseId = m_enterprise->currentData().toLongLong();
    a.projectId = m_project->currentData().toLongLong();
    a.policyId = m_policy->currentData().toLongLong();
    a.appliedOn = m_appliedOn->date();
    if (!a.enterpriseId || !a.policyId) {
        m_preview->clear();
        m_eligible->clear();
        return;
    }
    auto eligibility = GrantRepository(*m_db).preview(a);
    if (!eligibility) {
        m_preview->clear();
        m_eligible->setText(eligibility.message());
        return;
    }
    showEligibility(m_preview, eligibility.value());
    m_eligible->setText(tr("Eligible: %1").arg(format::money(eligibility->amount)));
    if (m_requested->text().trimmed().isEmpty() && eligibility->amount.fen() > 0)
        m_requested->setText(format::wanInput(eligibility->amount));
}

void NewGrantDialog::apply()
{
    GrantApplication a;
    a.enterpriseId = m_enterprise->currentData().toLongLong();
    a.projectId = m_project->currentData().toLongLong();
    a.policyId = m_policy->currentData().toLongLong();
    a.appliedOn = m_appliedOn->date();
    a.notes = m_notes->toPlainText().trimmed();
    const auto requested = Money::parseWan(m_requested->text().trimmed());
    if (!a.enterpriseId || !a.policyId) {
        m_error->setText(tr("Choose the enterprise and the policy."));
        return;
    }
    if (!requested) {
        m_error->setText(tr("The requested amount is not a number of 10k yuan."));
        return;
    }
    a.requested = *requested;
    auto grant = GrantRepository(*m_db).apply(a);
    if (!grant) {
        m_error->setText(grant.message());
        return;
    }
    m_grantId = grant->id;
    accept();
}

} // namespace dx
