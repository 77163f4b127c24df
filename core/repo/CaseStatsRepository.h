#pragma once

#include "util/Result.h"

#include <QDate>

namespace dx {

class Database;

// Diagnosis → project conversion (宿迁's figure): of the enterprises with a confirmed baseline
// diagnosis by `asOf`, how many had filed a project by then.
struct Conversion
{
    qint64 diagnosed = 0;
    qint64 withProject = 0;
    double rate() const { return diagnosed > 0 ? double(withProject) / double(diagnosed) : 0.0; }
};

// Aggregates over the case tables for dashboards and reports; SQL only here.
class CaseStatsRepository
{
public:
    explicit CaseStatsRepository(const Database& db) : m_db(db) {}
    // clusterId -1: the whole city.
    Result<Conversion> diagnosisToProject(const QDate& asOf, qint64 clusterId = -1) const;

private:
    const Database& m_db;
};

} // namespace dx
