#pragma once

#include "domain/Diagnosis.h"
#include "util/Result.h"

#include <QDate>
#include <QVector>

namespace dx {

// States of a transformation project (改造项目), in the order of the case flow.
enum class ProjectState {
    Draft = 0,               // 草稿
    Filed = 1,               // 已备案
    InProgress = 2,          // 实施中
    AcceptanceRequested = 3, // 申请验收
    Accepted = 4,            // 验收通过
    NotAccepted = 5,         // 验收未通过
    Cancelled = 6,           // 已终止
};
constexpr int ProjectStateCount = 7;
QString projectStateName(ProjectState state);

// What the acceptance rule needs to know about the project.
struct AcceptanceFacts
{
    QDate contractSignedOn;
    int targetLevel = 2;
    QVector<Diagnosis> diagnoses;   // the enterprise's diagnoses
};

// The project state machine and the acceptance rule. Pure logic: repositories ask it before
// writing, the UI asks it to explain why a button is disabled.
class ProjectWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(dx::ProjectWorkflow)

public:
    static QVector<ProjectState> nextStates(ProjectState from);
    static bool isOpen(ProjectState state);
    // Ok, or a Validation error that says why the move is not allowed.
    static Status checkTransition(ProjectState from, ProjectState to, const QString& cancelReason = QString());
    // The confirmed post-transformation diagnosis that makes the project acceptable: dated after
    // the contract and reaching the target level. The error says what is missing.
    static Result<Diagnosis> acceptanceDiagnosis(const AcceptanceFacts& facts);
};

} // namespace dx
