#pragma once

#include "ProgressRepository.h"
#include "util/Result.h"

#include <QDate>
#include <QVector>

namespace dx {

class Database;

// Diagnosis → project conversion (宿迁's figure): of the enterprises with a confirmed baseline
// diagnosis by `asOf`, how many had filed a project by then.
struct Conversion
{
    qint64 diagnosed = 0;
    qint64 withProject = 0;
    double rate() const { return diagnosed > 0 ? double(withProject) / double(diagnosed) : 0.0; }
    // From dashboard figures already at hand (ProgressRepository::figures), with no second query.
    static Conversion of(const ClusterProgress& total) { return {total.diagnosed, total.diagnosedWithProject}; }
};

// A provider's record over the projects it took part in (as traction unit, integrator or vendor).
struct ProviderScore
{
    qint64 providerId = 0;
    qint64 enterprisesServed = 0;
    qint64 projectsFiled = 0;       // filed or beyond (drafts are not counted)
    qint64 projectsAccepted = 0;
    qint64 projectsFailed = 0;      // not accepted
    qint64 milestonesDue = 0;       // milestones due by asOf
    qint64 milestonesOnTime = 0;    // of those, done on or before their due date
    double averageUplift = 0;       // accepted projects: post level minus baseline level
    double onTimeRate() const { return milestonesDue > 0 ? double(milestonesOnTime) / double(milestonesDue) : 0.0; }
};

// Aggregates over the case tables for dashboards and reports; SQL only here.
class CaseStatsRepository
{
public:
    explicit CaseStatsRepository(const Database& db) : m_db(db) {}
    // clusterId -1: the whole city.
    Result<Conversion> diagnosisToProject(const QDate& asOf, qint64 clusterId = -1) const;
    // One score per provider that took part in at least one project, as of a date.
    Result<QVector<ProviderScore>> providerScores(const QDate& asOf) const;

private:
    const Database& m_db;
};

} // namespace dx
