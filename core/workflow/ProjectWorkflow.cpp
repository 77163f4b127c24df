#include "ProjectWorkflow.h"

#include "assessment/AssessmentIndex.h"

namespace dx {

QString projectStateName(ProjectState state)
{
    switch (state) {
    case ProjectState::Draft: return QCoreApplication::translate("dx::ProjectWorkflow", "Draft");
    case ProjectState::Filed: return QCoreApplication::translate("dx::ProjectWorkflow", "Filed");
    case ProjectState::InProgress: return QCoreApplication::translate("dx::ProjectWorkflow", "In progress");
    case ProjectState::AcceptanceRequested: return QCoreApplication::translate("dx::ProjectWorkflow", "Acceptance requested");
    case ProjectState::Accepted: return QCoreApplication::translate("dx::ProjectWorkflow", "Accepted");
    case ProjectState::NotAccepted: return QCoreApplication::translate("dx::ProjectWorkflow", "Not accepted");
    case ProjectState::Cancelled: return QCoreApplication::translate("dx::ProjectWorkflow", "Cancelled");
    }
    return {};
}

QVector<ProjectState> ProjectWorkflow::nextStates(ProjectState from)
{
    switch (from) {
    case ProjectState::Draft: return {ProjectState::Filed, ProjectState::Cancelled};
    case ProjectState::Filed: return {ProjectState::InProgress, ProjectState::Cancelled};
    case ProjectState::InProgress: return {ProjectState::AcceptanceRequested, ProjectState::Cancelled};
    case ProjectState::AcceptanceRequested:
        return {ProjectState::Accepted, ProjectState::NotAccepted, ProjectState::Cancelled};
    // A failed acceptance is rectified and inspected again.
    case ProjectState::NotAccepted: return {ProjectState::AcceptanceRequested, ProjectState::Cancelled};
    case ProjectState::Accepted:
    case ProjectState::Cancelled: return {};
    }
    return {};
}

bool ProjectWorkflow::isOpen(ProjectState state)
{
    return state != ProjectState::Accepted && state != ProjectState::Cancelled;
}

Status ProjectWorkflow::checkTransition(ProjectState from, ProjectState to, const QString& cancelReason)
{
    if (!nextStates(from).contains(to)) {
        if (!isOpen(from))
            return Status::error(ErrorCode::Validation,
                                 tr("The project is %1; a closed project does not change state any more.").arg(projectStateName(from)));
        QStringList allowed;
        for (ProjectState s : nextStates(from))
            allowed << projectStateName(s);
        return Status::error(ErrorCode::Validation, tr("A project that is %1 cannot become %2; it can become: %3.")
                                                        .arg(projectStateName(from), projectStateName(to),
                                                             allowed.join(QStringLiteral(", "))));
    }
    if (to == ProjectState::Cancelled && cancelReason.trimmed().isEmpty())
        return Status::error(ErrorCode::Validation, tr("Cancelling a project needs a reason."));
    return Status::ok();
}

Result<Diagnosis> ProjectWorkflow::acceptanceDiagnosis(const AcceptanceFacts& facts)
{
    if (!facts.contractSignedOn.isValid())
        return Status::error(ErrorCode::Validation, tr("The contract date is missing; acceptance compares the assessment with it."));
    const Diagnosis* best = nullptr;
    bool anyPost = false, anyAfter = false;
    for (const Diagnosis& d : facts.diagnoses) {
        if (d.kind != DiagnosisKind::PostTransformation || d.status != DiagnosisStatus::Confirmed || d.superseded)
            continue;
        anyPost = true;
        if (d.visitDate <= facts.contractSignedOn)
            continue;
        anyAfter = true;
        if (d.level >= facts.targetLevel && (!best || d.visitDate > best->visitDate))
            best = &d;
    }
    if (best)
        return *best;
    if (!anyPost)
        return Status::error(ErrorCode::Validation,
                             tr("Acceptance needs a confirmed post-transformation assessment of the enterprise; there is none."));
    if (!anyAfter)
        return Status::error(ErrorCode::Validation,
                             tr("The post-transformation assessment must be dated after the contract (%1).")
                                 .arg(facts.contractSignedOn.toString(Qt::ISODate)));
    return Status::error(ErrorCode::Validation, tr("No post-transformation assessment after the contract reaches the target level %1.")
                                                    .arg(AssessmentIndex::levelName(facts.targetLevel)));
}

} // namespace dx
