#pragma once

#include "Money.h"
#include "grants/Eligibility.h"
#include "workflow/GrantWorkflow.h"

#include <QDate>
#include <QString>

namespace dx {

// Where a fund's money comes from.
enum class FundSource {
    CityPilot = 0,    // central award to a pilot city (城市试点, 财建〔2023〕117号)
    Provincial = 1,   // provincial special fund
    City = 2,         // the city's own budget
};
constexpr int FundSourceCount = 3;
QString fundSourceName(FundSource source);

// What a grant pays for; a fund may limit the share of each (split limits).
enum class GrantPurpose {
    EnterpriseUpgrade = 0,   // 企业数字化改造
    PlatformProvider = 1,    // 平台与服务商
};
constexpr int GrantPurposeCount = 2;
QString grantPurposeName(GrantPurpose purpose);
QString grantPurposeKey(GrantPurpose purpose);   // "enterprise_upgrade", "platform_provider" (policy JSON)
bool grantPurposeFromKey(const QString& key, GrantPurpose* purpose);

// Rates and shares are integer basis points: 5000 = 50.00 %. Never a double.
constexpr int BasisPointsWhole = 10000;
// amount × basisPoints / 10000 rounded down to the fen, so a subsidy never exceeds its rule.
// Exact for every amount a Money can hold (no intermediate overflow).
Money shareRoundedDown(Money amount, int basisPoints);
QString percentText(int basisPoints);   // 5000 → "50.00%"
// An amount for messages and explanations: "1,020,000.00 yuan" (translated unit, grouped by
// thousands the way both Chinese and English write amounts).
QString yuanText(Money amount);

// A subsidy fund (奖补资金): a total for a period, optionally split between purposes.
struct Fund
{
    qint64 id = 0;
    QString uuid;
    int version = 0;
    QString updatedAt;
    QString updatedBy;

    QString name;
    FundSource source = FundSource::CityPilot;
    Money total;
    QDate periodFrom;
    QDate periodTo;
    // Split limits (财建〔2023〕117号: at least 80 % to enterprise upgrades, at most 20 % to
    // platforms and providers). Both are checked on every approval as a ceiling on what the
    // other purposes may commit, so the guaranteed share stays available:
    int minUpgradeShareBp = 0;            // 0: no minimum
    int maxPlatformShareBp = BasisPointsWhole;   // 10000: no maximum
    QString notes;
    bool archived = false;

    // The most platform and provider grants may commit: the tighter of the two limits, rounded
    // down to the fen.
    Money platformLimit() const;
    bool hasSplitLimit() const { return minUpgradeShareBp > 0 || maxPlatformShareBp < BasisPointsWhole; }
};

// What a tranche is tied to: a project milestone that must be done, or the project's acceptance.
enum class TrancheBasis { None = 0, Milestone = 1, Acceptance = 2 };
QString trancheBasisName(TrancheBasis basis);

// One payment (拨付) of a grant.
struct GrantTranche
{
    qint64 id = 0;
    QString uuid;
    qint64 grantId = 0;
    int number = 0;            // 1, 2, … in the order paid
    Money amount;
    QDate paidOn;
    QString voucher;           // payment voucher number (凭证号)
    TrancheBasis basis = TrancheBasis::None;
    qint64 milestoneId = 0;    // with TrancheBasis::Milestone
    QString notes;
    QString createdAt;
    QString createdBy;
};

// A subsidy application and its life: eligible amount computed from a policy version,
// review, approval, tranches.
struct Grant
{
    qint64 id = 0;
    QString uuid;
    int version = 0;
    QString updatedAt;
    QString updatedBy;

    qint64 enterpriseId = 0;
    qint64 projectId = 0;            // 0: an award not tied to a project
    qint64 fundId = 0;               // the policy's fund
    qint64 policyId = 0;
    qint64 policyVersionId = 0;      // the policy version the eligible amount was computed with
    int policyVersionNumber = 0;     // its number (read only)
    GrantPurpose purpose = GrantPurpose::EnterpriseUpgrade;   // from the policy

    QDate appliedOn;
    Money requested;
    Money eligible;                  // computed, with its explanation
    Eligibility eligibility;
    int achievedLevel = 0;           // the level the computation used

    GrantState state = GrantState::Applied;
    QDate stateChangedOn;
    QDate reviewedOn;
    QString reviewNote;
    Money approved;                  // 0 until approved; kept for the record when an approved grant is
                                     // withdrawn (only approved, paying and paid grants commit it)
    QDate approvedOn;
    QString approvalNote;
    QString closeReason;             // why rejected or withdrawn
    Money paid;                      // Σ tranches (read only)
    QString notes;

    Money unpaid() const { return approved - paid; }
};

} // namespace dx
