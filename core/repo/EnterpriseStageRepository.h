#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>
#include <functional>

namespace dx {

class Database;

// How far an enterprise has come in the case flow by a date; each stage includes the ones
// before it (the dashboard's pipeline, per enterprise).
enum class CaseStage { Registered = 0, Diagnosed = 1, Filed = 2, Accepted = 3, ReachedLevel2 = 4 };
QString caseStageName(CaseStage stage);   // translated

struct EnterpriseStage
{
    qint64 id = 0;
    QString name;
    QString creditCode;
    QString districtName;
    QString clusterName;
    bool aboveScale = false;
    CaseStage stage = CaseStage::Registered;
    int latestLevel = -1;      // latest confirmed assessment by the date; -1 when none
};

// The enterprises of a cluster (or the city) with their stage as of a date, for the cluster
// progress report. Read from the stage dates ProgressRepository counts (enterprise_progress), so
// the list adds up to its figures: enterprises archived by the date left out, confirmed current
// diagnoses by visit date, projects by filing and acceptance dates.
class EnterpriseStageRepository
{
    Q_DECLARE_TR_FUNCTIONS(dx::EnterpriseStageRepository)

public:
    explicit EnterpriseStageRepository(const Database& db) : m_db(db) {}
    // clusterId -1: the whole city, 0: enterprises without a cluster. Streamed in name order.
    Status forEach(qint64 clusterId, const QDate& asOf, const std::function<void(const EnterpriseStage&)>& visit) const;

private:
    const Database& m_db;
};

} // namespace dx
