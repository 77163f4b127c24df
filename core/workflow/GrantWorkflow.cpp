#include "GrantWorkflow.h"

#include <QStringList>

namespace dx {

QString grantStateName(GrantState state)
{
    switch (state) {
    case GrantState::Applied: return QCoreApplication::translate("dx::GrantWorkflow", "Applied");
    case GrantState::Reviewed: return QCoreApplication::translate("dx::GrantWorkflow", "Reviewed");
    case GrantState::Approved: return QCoreApplication::translate("dx::GrantWorkflow", "Approved");
    case GrantState::Paying: return QCoreApplication::translate("dx::GrantWorkflow", "Paying");
    case GrantState::Paid: return QCoreApplication::translate("dx::GrantWorkflow", "Paid");
    case GrantState::Rejected: return QCoreApplication::translate("dx::GrantWorkflow", "Rejected");
    case GrantState::Withdrawn: return QCoreApplication::translate("dx::GrantWorkflow", "Withdrawn");
    }
    return {};
}

QVector<GrantState> GrantWorkflow::nextStates(GrantState from)
{
    switch (from) {
    case GrantState::Applied: return {GrantState::Reviewed, GrantState::Rejected, GrantState::Withdrawn};
    // The approver may still refuse what the reviewer passed.
    case GrantState::Reviewed: return {GrantState::Approved, GrantState::Rejected, GrantState::Withdrawn};
    // A first tranche that pays the whole amount goes straight to paid.
    case GrantState::Approved: return {GrantState::Paying, GrantState::Paid, GrantState::Withdrawn};
    case GrantState::Paying: return {GrantState::Paid};
    case GrantState::Paid:
    case GrantState::Rejected:
    case GrantState::Withdrawn: return {};
    }
    return {};
}

bool GrantWorkflow::isOpen(GrantState state)
{
    return state == GrantState::Applied || state == GrantState::Reviewed || state == GrantState::Approved;
}

bool GrantWorkflow::isClosed(GrantState state)
{
    return state == GrantState::Paid || state == GrantState::Rejected || state == GrantState::Withdrawn;
}

bool GrantWorkflow::commitsFunds(GrantState state)
{
    return state == GrantState::Approved || state == GrantState::Paying || state == GrantState::Paid;
}

bool GrantWorkflow::isSetByPayment(GrantState state)
{
    return state == GrantState::Paying || state == GrantState::Paid;
}

Status GrantWorkflow::checkTransition(GrantState from, GrantState to, const QString& reason)
{
    if (!nextStates(from).contains(to)) {
        if (isClosed(from))
            return Status::error(ErrorCode::Validation,
                                 tr("The grant is %1; a closed grant does not change state any more.").arg(grantStateName(from)));
        // Money has left the fund: taking the grant back would hide a payment.
        if (from == GrantState::Paying && to == GrantState::Withdrawn)
            return Status::error(ErrorCode::Validation,
                                 tr("Tranches of this grant have been paid; a grant being paid cannot be withdrawn."));
        if (to == GrantState::Rejected)
            return Status::error(ErrorCode::Validation, tr("A grant is rejected at review; this one is already %1.")
                                                            .arg(grantStateName(from)));
        if (to == GrantState::Approved && from == GrantState::Applied)
            return Status::error(ErrorCode::Validation, tr("The grant must be reviewed before it is approved."));
        QStringList allowed;
        for (GrantState s : nextStates(from))
            allowed << grantStateName(s);
        return Status::error(ErrorCode::Validation, tr("A grant that is %1 cannot become %2; it can become: %3.")
                                                        .arg(grantStateName(from), grantStateName(to),
                                                             allowed.join(QStringLiteral(", "))));
    }
    if (to == GrantState::Rejected && reason.trimmed().isEmpty())
        return Status::error(ErrorCode::Validation, tr("Rejecting a grant needs a reason."));
    if (to == GrantState::Withdrawn && reason.trimmed().isEmpty())
        return Status::error(ErrorCode::Validation, tr("Withdrawing a grant needs a reason."));
    return Status::ok();
}

Status GrantWorkflow::checkPayment(GrantState state)
{
    switch (state) {
    case GrantState::Approved:
    case GrantState::Paying: return Status::ok();
    case GrantState::Applied:
    case GrantState::Reviewed:
        return Status::error(ErrorCode::Validation, tr("The grant is %1, not approved; nothing can be paid before approval.")
                                                        .arg(grantStateName(state)));
    case GrantState::Paid:
        return Status::error(ErrorCode::Validation, tr("The grant is already paid in full."));
    case GrantState::Rejected:
        return Status::error(ErrorCode::Validation, tr("The grant was rejected; no payment can be made on it."));
    case GrantState::Withdrawn:
        return Status::error(ErrorCode::Validation, tr("The grant was withdrawn; no payment can be made on it."));
    }
    return Status::error(ErrorCode::Validation, tr("Unknown grant state."));
}

} // namespace dx
