#pragma once

#include "domain/Money.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace dx {

// One line of the explanation of an eligible amount. Structured (kind + figures) so the UI and
// reports can lay it out as they like; text() says it in a sentence, in the reader's language
// (the stored JSON keeps the figures, never the sentence).
struct EligibilityLine
{
    Q_DECLARE_TR_FUNCTIONS(dx::Eligibility)

public:
    enum class Kind {
        CostCounted,      // a cost line that counts: refId = cost line id, key = category, label = description, amount
        CostExcluded,     // a cost line that does not: same fields, reason = "marked_ineligible" | "excluded_category" | "not_listed"
        EligibleCosts,    // amount = Σ counted cost lines
        ContractAmount,   // amount = the project's contract amount
        InvoicesExclTax,  // amount = Σ invoices excluding tax, number = how many invoices
        Payments,         // amount = Σ payment proofs, number = how many payments
        VerifiedCost,     // amount = the smallest of the four above; key = which: "eligible_costs" | "contract" | "invoices" | "payments"
        Rate,             // number = rate in basis points, limit = the verified cost, amount = limit × rate rounded down to the fen;
                          // applied = for a fixed award: this ceiling reduced the award
        Award,            // a fixed award: label, amount, key = minimum tier key ("" none), number = 1 when it needs a showcase
                          // project; passed = it matches; applied = the one chosen (the largest that matches);
                          // reason when not matched: "tier" | "tier_expired" (date = expiry) | "showcase"
        Cap,              // key = "level" (number = achieved level, limitNumber = the level whose cap is used) | "policy";
                          // amount = the cap; applied = the cap bound (the amount was reduced to it)
        Condition,        // key = "project_accepted" | "has_project" | "min_post_level" | "size" | "level_cap" | "contract_window"
                          //       | "award" (no award of a fixed policy matches); passed
                          //   min_post_level: number = achieved level, limitNumber = the minimum
                          //   size: amount = revenue, limit = maximum revenue (0: none), number = staff, limitNumber = maximum staff
                          //         (0: none), reason = "either" | "both"
                          //   contract_window: date = contract date (invalid: none), from / to (invalid: open end)
                          //   project_accepted: number = the project's ProjectState (-1: no project)
                          //   level_cap: number = achieved level, limitNumber = lowest level with a cap
        Result,           // amount = the eligible amount; passed = every condition met
    };

    Kind kind = Kind::Result;
    QString key;
    QString reason;
    QString label;
    qint64 refId = 0;
    Money amount;
    Money limit;
    qint64 number = 0;
    qint64 limitNumber = 0;
    QDate date;
    QDate from;
    QDate to;
    bool passed = true;
    bool applied = false;

    QString text() const;   // translated sentence with the figures
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& o, EligibilityLine* line);
    bool operator==(const EligibilityLine& o) const;
};

QString eligibilityKindKey(EligibilityLine::Kind kind);   // "cost_counted", … (stored)

// The eligible amount of an application and how it was reached, line by line.
struct Eligibility
{
    Q_DECLARE_TR_FUNCTIONS(dx::Eligibility)

public:
    Money amount;              // the eligible amount (0 when a condition fails)
    bool conditionsMet = true;
    // The figures of the cost verification (0 when the policy does not look at costs).
    Money eligibleCosts;
    Money contractAmount;
    Money invoicesExclTax;
    Money payments;
    Money verifiedCost;
    QVector<EligibilityLine> lines;

    QStringList texts() const;           // every line's text(), in order
    QStringList failedConditions() const; // the text of each failed condition
    QJsonObject toJson() const;          // {"format":1,"amountFen":…,"conditionsMet":…,"lines":[…]}
    static Result<Eligibility> fromJson(const QJsonObject& o);
};

} // namespace dx
