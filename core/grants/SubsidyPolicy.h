#pragma once

#include "Eligibility.h"
#include "domain/Enterprise.h"
#include "domain/Grant.h"
#include "domain/Project.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace dx {

// A subsidy policy (奖补政策) is data: a JSON document (format in resources/policies/README.md),
// stored in the database and versioned (PolicyRepository). This is its parsed, validated form.
// The code knows no rate, cap or category of its own.
struct SubsidyPolicy
{
    Q_DECLARE_TR_FUNCTIONS(dx::SubsidyPolicy)

public:
    enum class Kind {
        Rate,    // a share of the verified eligible cost, capped (广州: 50 %, caps by level; 宿迁: 10 % up to 400万)
        Fixed,   // a fixed award by tier or title (专精特新, 样板/小灯塔), optionally limited to a share of the verified cost
    };
    enum class SizeRule { Either, Both };   // revenue ≤ limit OR staff ≤ limit (广州), or both

    struct LevelCap
    {
        int level = 0;   // achieved level 1–4; the cap of the highest listed level ≤ the achieved one applies
        Money cap;
    };
    struct Award
    {
        QString label;
        Tier minTier = Tier::None;   // None: no tier needed; else this tier or above, valid on the evaluation date
        bool showcase = false;       // needs a showcase project (样板 / 小灯塔)
        Money amount;
    };

    static constexpr int CurrentFormat = 1;

    QString name;
    QString description;
    Kind kind = Kind::Rate;
    GrantPurpose purpose = GrantPurpose::EnterpriseUpgrade;
    int rateBp = 0;                     // rate: required, 1–10000; fixed: optional ceiling (0: none)
    QVector<LevelCap> levelCaps;        // ascending by level; empty: no caps by level
    Money cap;                          // per application; 0: none
    QStringList eligibleCategories;     // cost line category keys; empty: every category not excluded
    QStringList excludedCategories;
    QDate contractFrom;                 // contract date window, inclusive; invalid: open end
    QDate contractTo;
    int minPostLevel = 0;               // 0: none
    bool requireAcceptedProject = false;
    Money maxRevenue;                   // 0: no revenue limit
    int maxEmployees = 0;               // 0: no staff limit
    SizeRule sizeRule = SizeRule::Either;
    QVector<Award> awards;              // fixed: at least one

    // Parses and validates a policy document; the error names the field and what is wrong.
    static Result<SubsidyPolicy> fromJson(const QByteArray& json);
    static Result<SubsidyPolicy> fromJson(const QJsonObject& object);
    // The canonical document (what the database stores): amounts as strings of 元 with fen.
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;   // indented, stable key order

    // Whether the amount depends on the project's cost lines, invoices and payments.
    bool usesCosts() const { return kind == Kind::Rate || rateBp > 0; }
    bool hasSizeLimit() const { return maxRevenue.fen() > 0 || maxEmployees > 0; }

    // The example policies shipped in resources/policies (file base name → policy).
    static Result<QVector<QPair<QString, SubsidyPolicy>>> shipped();
};

QString policyKindKey(SubsidyPolicy::Kind kind);   // "rate", "fixed"
QString policyKindName(SubsidyPolicy::Kind kind);  // translated
QString tierKey(Tier tier);                        // "none", "innovative", "specialized", "little_giant", "single_champion"

// The eligible amount of an application under `policy`, with its explanation. Pure: everything
// it looks at is passed in.
//  - `project` may be empty (id 0) for an award not tied to a project; a policy that uses costs
//    then gives 0 (condition "has_project").
//  - `achievedLevel`: the level of the project's acceptance assessment (0: none).
//  - `asOf`: the day tiers must still be valid on (the application date).
// Verified cost = the smallest of Σ counted cost lines, the contract amount, Σ invoices excluding
// tax and Σ payment proofs; the rate share is rounded down to the fen; caps then apply; a failed
// condition makes the amount 0 but every line is still explained.
Eligibility evaluateEligibility(const SubsidyPolicy& policy, const Enterprise& enterprise, const Project& project,
                                const QVector<CostLine>& costLines, const QVector<Invoice>& invoices,
                                const QVector<Payment>& payments, int achievedLevel, const QDate& asOf);

} // namespace dx
