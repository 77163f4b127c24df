#pragma once

#include "domain/Diagnosis.h"
#include "domain/Project.h"

namespace dx {

// Projects for demonstration enterprises: every enterprise assessed again after its baseline
// gets an accepted project between the two assessments; about a third of the others have a
// project in one of the open states (or cancelled). Cost lines add up to the contract; the
// milestones follow the contract date. Deterministic for a seed.
class DemoProjects
{
public:
    // `diagnoses` as stored (with ids), a baseline followed by its post assessment if any;
    // each project targets two of `sceneIds` (the index's scenes).
    static QVector<ProjectBundle> generate(const QVector<Diagnosis>& diagnoses, quint64 seed, const QStringList& sceneIds = {});
};

} // namespace dx
