#pragma once

#include "domain/Money.h"
#include "util/Result.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <array>

namespace dx {

class Database;

// Which enterprises the dashboard counts: archived ones never; the rest narrowed by cluster,
// district (a prefecture code takes its counties), 规上/规下 and 专精特新 tier. The fund narrows
// the money figures only.
struct ProgressFilter
{
    QDate asOf;                 // every figure as it stood at the end of this day
    qint64 clusterId = -1;      // -1 any, 0 none, else that cluster
    QString districtCode;       // empty: any
    int aboveScale = -1;        // -1 any, 0 规下, 1 规上
    int tier = -1;              // -1 any, else a Tier value
    qint64 fundId = 0;          // 0: every fund
};

// The pipeline of one industry cluster (clusterId 0: enterprises without one).
struct ClusterProgress
{
    qint64 clusterId = 0;
    QString clusterName;
    qint64 registered = 0;      // in the register by the date
    qint64 diagnosed = 0;       // a confirmed baseline diagnosis by the date
    qint64 filed = 0;           // a project filed (备案) by the date
    qint64 diagnosedWithProject = 0;   // diagnosed and a project filed, both by the date
    qint64 accepted = 0;        // a project accepted by the date
    qint64 reachedLevel2 = 0;   // a confirmed post-transformation assessment at 二级 or above by the date
    qint64 aboveScale = 0;      // 规上 enterprises
    qint64 aboveScaleAtLevel2 = 0;   // of those, the latest confirmed level is 二级 or above
    qint64 target = 0;          // the cluster's target of transformed (accepted) enterprises; 0: none
    Money approved;             // grants approved by the date (still approved, paying or paid)

    // Diagnosis → project conversion: the share of the diagnosed with a project filed (0 … 1).
    double conversion() const { return diagnosed > 0 ? double(diagnosedWithProject) / double(diagnosed) : 0.0; }
    Money paid;                 // tranches paid by the date

    // How many more 规上 enterprises must reach 二级 for the share to meet `targetPercent`
    // (the programme's 90 % by default): 0 when it is met.
    qint64 gapToTarget(int targetPercent) const
    {
        const qint64 needed = (aboveScale * targetPercent + 99) / 100;   // rounded up: 90 % of 7 is 7
        return qMax<qint64>(0, needed - aboveScaleAtLevel2);
    }
};

struct FundProgress
{
    qint64 fundId = 0;
    QString fundName;
    Money total;
    Money approved;
    Money paid;
};

struct MonthProgress
{
    QString month;              // "2025-06"
    qint64 diagnoses = 0;       // enterprises diagnosed for the first time (confirmed baseline, by visit date)
    qint64 acceptances = 0;     // enterprises whose first project was accepted in the month
    Money paid;                 // tranches paid in the month
};

constexpr int LevelCount = 5;   // 未达级, 一级 … 四级

struct ProgressFigures
{
    QDate asOf;
    QVector<ClusterProgress> clusters;    // in the clusters' order, then "no cluster"
    ClusterProgress total;                // the sum over the clusters shown
    std::array<qint64, LevelCount> baselineLevels{};   // first confirmed baseline, by level
    std::array<qint64, LevelCount> latestLevels{};     // latest confirmed assessment, by level
    QVector<FundProgress> funds;
    QVector<MonthProgress> months;        // the twelve months ending with asOf's month
};

// The figures of the city's transformation as of a date, for the dashboard, reports and
// `dxdesk stats`. Every figure is computed from dated records (visit dates, filing and
// acceptance dates, approval and payment dates), so last month's figures can be reproduced.
// Superseded diagnoses are left out (their revisions count).
class ProgressRepository
{
public:
    explicit ProgressRepository(const Database& db) : m_db(db) {}
    Result<ProgressFigures> figures(const ProgressFilter& filter) const;

private:
    const Database& m_db;
};

} // namespace dx
