#pragma once

#include "Money.h"

#include <QDate>
#include <QString>
#include <QVariantMap>

namespace dx {

// 专精特新 tiers, lowest to highest; 单项冠军 is a separate title above them.
enum class Tier { None = 0, Innovative = 1, Specialized = 2, LittleGiant = 3, SingleChampion = 4 };
constexpr int TierCount = 5;
QString tierName(Tier tier);   // translated ("创新型中小企业" …)

// Where an enterprise stands in the programme, for narrowing lists (the dashboard's drill-down).
// The plain stages are cumulative (an accepted enterprise is also diagnosed and filed), as the
// pipeline counts them; the "…, not yet …" ones are the enterprises waiting at a stage.
enum class ProgressStage { Any, NotDiagnosed, Diagnosed, DiagnosedNoProject, Filed, FiledNotAccepted, Accepted, ReachedLevel2 };
constexpr int ProgressStageCount = 8;
QString progressStageName(ProgressStage stage);   // translated

struct Enterprise
{
    qint64 id = 0;
    QString uuid;
    int version = 0;
    QString createdAt;
    QString updatedAt;
    QString updatedBy;

    QString name;
    QString creditCode;
    QString districtCode;
    QString industryCode;       // GB/T 4754 大类 (two digits) or finer
    qint64 clusterId = 0;       // 0 = none
    bool aboveScale = false;    // 规上
    int employees = 0;
    Money revenue;              // annual revenue
    Tier tier = Tier::None;
    QDate tierValidUntil;
    QString contactName;
    QString contactPhone;
    QString commissioner;       // 服务专员
    QString notes;
    bool archived = false;

    // The user-editable fields by column name, for the audit trail's old → new values.
    QVariantMap auditFields() const;
};

// Digits, spaces, +, - and brackets, 5 to 20 of them: what the register accepts as a phone.
bool isPhoneNumber(const QString& phone);

// 13812345678 → 138****5678 (PIPL: lists and printouts show masked numbers).
QString maskPhone(const QString& phone);

} // namespace dx
