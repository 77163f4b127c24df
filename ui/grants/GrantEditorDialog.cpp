#include "GrantEditorDialog.h"

#include "exchange/ViewExport.h"
#include "NewGrantDialog.h"
#include "common/Format.h"
#include "common/FormDialog.h"
#include "db/Database.h"
#include "repo/AuditRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/FundRepository.h"
#include "repo/GrantRepository.h"
#include "repo/PolicyRepository.h"
#include "repo/ProjectRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dx {

GrantEditorDialog::GrantEditorDialog(std::shared_ptr<Database> db, qint64 grantId, QWidget* parent)
    : QDialog(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("grantEditor"));
    setWindowTitle(tr("Subsidy grant"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("grantState"));
    m_state->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold; color: #1f5fa8;"));
    top->addWidget(m_header, 1);
    top->addWidget(m_state);
    layout->addLayout(top);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("grantFigures"));
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_figures);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("grantError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* tabs = new QTabWidget(this);
    m_explanation = new QTreeWidget(tabs);
    viewExport::setTitle(m_explanation, tr("Eligible amount explained"));
    m_explanation->setObjectName(QStringLiteral("grantExplanation"));
    m_explanation->setHeaderHidden(true);
    m_explanation->setRootIsDecorated(false);
    m_explanation->setWordWrap(true);
    tabs->addTab(m_explanation, tr("Eligible amount &explained"));
    m_tranches = new QTreeWidget(tabs);
    viewExport::setTitle(m_tranches, tr("Tranches"));
    m_tranches->setObjectName(QStringLiteral("grantTranches"));
    m_tranches->setRootIsDecorated(false);
    m_tranches->setHeaderLabels({tr("Tranche"), tr("Paid on"), tr("Amount"), tr("Voucher"), tr("Tied to"), tr("Notes")});
    tabs->addTab(m_tranches, tr("&Tranches"));
    m_history = new QTreeWidget(tabs);
    viewExport::setTitle(m_history, tr("History"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Action")});
    tabs->addTab(m_history, tr("&History"));
    layout->addWidget(tabs, 1);

    auto* actions = new QHBoxLayout;
    const QList<std::tuple<QString, QString, void (GrantEditorDialog::*)()>> buttons = {
        {QStringLiteral("review"), tr("&Review…"), &GrantEditorDialog::review},
        {QStringLiteral("approve"), tr("A&pprove…"), &GrantEditorDialog::approve},
        {QStringLiteral("reject"), tr("Re&ject…"), &GrantEditorDialog::rejectApplication},
        {QStringLiteral("withdraw"), tr("&Withdraw…"), &GrantEditorDialog::withdraw},
        {QStringLiteral("pay"), tr("Pay a tra&nche…"), &GrantEditorDialog::payTranche},
        {QStringLiteral("recalculate"), tr("Re&calculate"), &GrantEditorDialog::recalculate},
    };
    for (const auto& [key, label, slot] : buttons) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(key + QStringLiteral("GrantButton"));
        connect(button, &QPushButton::clicked, this, slot);
        m_buttons.insert(key, button);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    layout->addLayout(actions);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    auto grant = GrantRepository(*m_db).get(grantId);
    if (grant)
        m_grant = grant.value();
    else
        showError(grant.message());
    load();
    resize(900, 640);
}

void GrantEditorDialog::load()
{
    const Grant& g = m_grant;
    QString enterprise, project, fund, policy;
    if (auto e = EnterpriseRepository(*m_db).get(g.enterpriseId))
        enterprise = QStringLiteral("%1 %2").arg(e->name.toHtmlEscaped(), e->creditCode);
    if (g.projectId)
        if (auto p = ProjectRepository(*m_db).get(g.projectId))
            project = tr("Project: %1 (%2)").arg(p->title.toHtmlEscaped(), projectStateName(p->state));
    if (auto f = FundRepository(*m_db).get(g.fundId))
        fund = f->name.toHtmlEscaped();
    if (auto p = PolicyRepository(*m_db).get(g.policyId))
        policy = tr("%1, version %2").arg(p->name.toHtmlEscaped()).arg(g.policyVersionNumber);
    m_header->setText(tr("<b>%1</b><br>%2<br>Fund: %3 · Policy: %4 · Applied on %5")
                          .arg(enterprise, project, fund, policy, g.appliedOn.toString(QStringLiteral("yyyy-MM-dd"))));
    m_state->setText(grantStateName(g.state));
    m_figures->setText(tr("Requested %1 · Eligible %2 · Approved %3 · Paid %4 · Unpaid %5")
                           .arg(format::money(g.requested), format::money(g.eligible), format::money(g.approved), format::money(g.paid),
                                format::money(g.unpaid())) +
                       (g.closeReason.isEmpty() ? QString() : tr(" · Reason: %1").arg(g.closeReason)));
    showEligibility(m_explanation, g.eligibility);

    m_tranches->clear();
    if (auto tranches = GrantRepository(*m_db).tranches(g.id))
        for (const GrantTranche& t : tranches.value()) {
            auto* item = new QTreeWidgetItem({QString::number(t.number), t.paidOn.toString(QStringLiteral("yyyy-MM-dd")), format::money(t.amount),
                                              t.voucher, trancheBasisName(t.basis), t.notes});
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            m_tranches->addTopLevelItem(item);
        }
    m_history->clear();
    if (auto entries = AuditRepository(*m_db).history(GrantRepository::tableName(), g.id))
        for (const AuditEntry& e : entries.value()) {
            QString action = e.action;
            const QJsonArray state = e.changes.value(QLatin1String("state")).toArray();
            if (state.size() == 2)
                action = tr("%1 → %2").arg(grantStateName(GrantState(state.at(0).toInt())), grantStateName(GrantState(state.at(1).toInt())));
            m_history->addTopLevelItem(new QTreeWidgetItem({format::localTime(e.at), e.user, action}));
        }
    updateButtons();
}

void GrantEditorDialog::updateButtons()
{
    const GrantState s = m_grant.state;
    const QHash<QString, GrantState> targets = {{QStringLiteral("review"), GrantState::Reviewed},
                                                {QStringLiteral("approve"), GrantState::Approved},
                                                {QStringLiteral("reject"), GrantState::Rejected},
                                                {QStringLiteral("withdraw"), GrantState::Withdrawn}};
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        const Status allowed = GrantWorkflow::checkTransition(s, it.value(), QStringLiteral("-"));
        m_buttons.value(it.key())->setEnabled(allowed.isOk());
        m_buttons.value(it.key())->setToolTip(allowed.isOk() ? QString() : allowed.message());
    }
    Status pay = GrantWorkflow::checkPayment(s);
    if (pay && m_grant.unpaid().fen() <= 0)
        pay = Status::error(ErrorCode::Validation, tr("The approved amount is paid in full."));
    m_buttons.value(QStringLiteral("pay"))->setEnabled(pay.isOk());
    m_buttons.value(QStringLiteral("pay"))->setToolTip(pay.isOk() ? QString() : pay.message());
    const bool recalculable = s == GrantState::Applied || s == GrantState::Reviewed;
    m_buttons.value(QStringLiteral("recalculate"))->setEnabled(recalculable);
    m_buttons.value(QStringLiteral("recalculate"))
        ->setToolTip(recalculable ? tr("Compute again with the policy's newest version and the project's current costs.")
                                  : tr("Only an application not yet approved is recalculated."));
}

void GrantEditorDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool GrantEditorDialog::take(const Result<Grant>& result)
{
    if (!result) {
        showError(result.message());
        return false;
    }
    m_grant = result.value();
    showError(QString());
    load();
    return true;
}

void GrantEditorDialog::review()
{
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Review"), tr("Review note (what was checked):"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        take(GrantRepository(*m_db).review(m_grant.id, m_grant.version, note));
}

void GrantEditorDialog::approve()
{
    FormDialog dialog(tr("Approve the grant"), this);
    dialog.setObjectName(QStringLiteral("approveDialog"));
    const Money suggested = qMin(m_grant.eligible, m_grant.requested);
    auto* amount = new QLineEdit(format::wanInput(suggested), &dialog);
    amount->setObjectName(QStringLiteral("approveAmount"));
    auto* note = new QLineEdit(&dialog);
    note->setObjectName(QStringLiteral("approveNote"));
    dialog.form()->addRow(new QLabel(tr("Eligible %1, requested %2.").arg(format::money(m_grant.eligible), format::money(m_grant.requested)),
                                     &dialog));
    dialog.form()->addRow(tr("&Amount (10k yuan)"), amount);
    dialog.form()->addRow(tr("&Note"), note);
    dialog.setSaver([&]() -> Status {
        const auto parsed = Money::parseWan(amount->text().trimmed());
        if (!parsed)
            return Status::error(ErrorCode::Validation, tr("The amount is not a number of 10k yuan."));
        auto approved = GrantRepository(*m_db).approve(m_grant.id, m_grant.version, *parsed, note->text().trimmed());
        if (approved)
            take(approved);
        return approved.status();
    });
    dialog.exec();
}

void GrantEditorDialog::rejectApplication()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reject"), tr("Why is the application rejected?"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        take(GrantRepository(*m_db).reject(m_grant.id, m_grant.version, reason));
}

void GrantEditorDialog::withdraw()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Withdraw"), tr("Why is the application withdrawn?"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        take(GrantRepository(*m_db).withdraw(m_grant.id, m_grant.version, reason));
}

void GrantEditorDialog::recalculate()
{
    take(GrantRepository(*m_db).recalculate(m_grant.id, m_grant.version));
}

void GrantEditorDialog::payTranche()
{
    FormDialog dialog(tr("Pay a tranche"), this);
    dialog.setObjectName(QStringLiteral("trancheDialog"));
    auto* amount = new QLineEdit(format::wanInput(m_grant.unpaid()), &dialog);
    amount->setObjectName(QStringLiteral("trancheAmount"));
    auto* date = new QDateEdit(m_db->clock().today(), &dialog);
    date->setObjectName(QStringLiteral("trancheDate"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* voucher = new QLineEdit(&dialog);
    voucher->setObjectName(QStringLiteral("trancheVoucher"));
    auto* basis = new QComboBox(&dialog);
    basis->setObjectName(QStringLiteral("trancheBasis"));
    basis->addItem(trancheBasisName(TrancheBasis::None), int(TrancheBasis::None));
    basis->addItem(trancheBasisName(TrancheBasis::Acceptance), int(TrancheBasis::Acceptance));
    if (m_grant.projectId)
        if (auto milestones = ProjectRepository(*m_db).milestones(m_grant.projectId))
            for (const Milestone& m : milestones.value())
                basis->addItem(tr("%1: %2").arg(trancheBasisName(TrancheBasis::Milestone), m.title),
                               QVariantList{int(TrancheBasis::Milestone), m.id});
    auto* notes = new QLineEdit(&dialog);
    dialog.form()->addRow(new QLabel(tr("Approved %1, paid %2, unpaid %3.")
                                         .arg(format::money(m_grant.approved), format::money(m_grant.paid), format::money(m_grant.unpaid())),
                                     &dialog));
    dialog.form()->addRow(tr("&Amount (10k yuan)"), amount);
    dialog.form()->addRow(tr("Paid &on"), date);
    dialog.form()->addRow(tr("&Voucher number"), voucher);
    dialog.form()->addRow(tr("&Tied to"), basis);
    dialog.form()->addRow(tr("N&otes"), notes);
    dialog.setSaver([&]() -> Status {
        const auto parsed = Money::parseWan(amount->text().trimmed());
        if (!parsed)
            return Status::error(ErrorCode::Validation, tr("The amount is not a number of 10k yuan."));
        GrantTranche t;
        t.amount = *parsed;
        t.paidOn = date->date();
        t.voucher = voucher->text().trimmed();
        t.notes = notes->text().trimmed();
        const QVariant data = basis->currentData();
        if (data.typeId() == QMetaType::QVariantList) {
            t.basis = TrancheBasis(data.toList().at(0).toInt());
            t.milestoneId = data.toList().at(1).toLongLong();
        } else {
            t.basis = TrancheBasis(data.toInt());
        }
        auto paid = GrantRepository(*m_db).addTranche(m_grant.id, m_grant.version, t);
        if (!paid)
            return paid.status();
        take(GrantRepository(*m_db).get(m_grant.id));
        return Status::ok();
    });
    dialog.exec();
}

} // namespace dx
