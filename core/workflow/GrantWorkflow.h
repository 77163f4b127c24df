#pragma once

#include "util/Result.h"

#include <QVector>

namespace dx {

// States of a subsidy grant (奖补), in the order of the case flow.
enum class GrantState {
    Applied = 0,    // 已申请: eligible amount computed, waiting for review
    Reviewed = 1,   // 已审核: the documents were checked, waiting for approval
    Approved = 2,   // 已批准: an amount is committed from the fund
    Paying = 3,     // 拨付中: some tranches paid
    Paid = 4,       // 已拨付: the approved amount is paid in full
    Rejected = 5,   // 未通过: refused at review, with a reason
    Withdrawn = 6,  // 已撤回: taken back by the applicant or the bureau, with a reason
};
constexpr int GrantStateCount = 7;
QString grantStateName(GrantState state);

// The grant state machine. Pure logic: GrantRepository asks it before writing, the UI asks it
// to explain why a button is disabled.
//
//   applied ──review──▶ reviewed ──approve──▶ approved ──tranche──▶ paying ──last tranche──▶ paid
//      │                   │                     │  └──────────tranche paying it all─────────▲
//      ├──reject──▶ rejected ◀──reject──┘        │
//      └──withdraw──▶ withdrawn ◀──withdraw──────┘ (from applied, reviewed, approved)
//
// Paying and paid are reached only by paying tranches (GrantRepository::addTranche): they are
// never chosen by hand, so the state always agrees with the payments.
class GrantWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(dx::GrantWorkflow)

public:
    static QVector<GrantState> nextStates(GrantState from);
    // Applied, reviewed or approved: nothing paid yet, so the grant may still be withdrawn.
    static bool isOpen(GrantState state);
    // Paid, rejected or withdrawn: nothing changes any more.
    static bool isClosed(GrantState state);
    // Approved, paying or paid: the approved amount counts against the fund.
    static bool commitsFunds(GrantState state);
    // The states a payment moves the grant to (never chosen by hand).
    static bool isSetByPayment(GrantState state);
    // Ok, or a Validation error that says why the move is not allowed. Rejecting and
    // withdrawing need a reason.
    static Status checkTransition(GrantState from, GrantState to, const QString& reason = QString());
    // Ok when a tranche may be paid on a grant in `state`; otherwise why not.
    static Status checkPayment(GrantState state);
};

} // namespace dx
