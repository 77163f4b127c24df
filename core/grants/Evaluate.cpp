// evaluateEligibility: the arithmetic of a subsidy, line by line. Every figure that reaches the
// eligible amount is written into the explanation, so an officer (or an auditor) can redo the sum.

#include "SubsidyPolicy.h"

#include "domain/CostCategory.h"

namespace dx {

namespace {

using Line = EligibilityLine;
using Kind = EligibilityLine::Kind;

Line condition(const QString& key, bool passed)
{
    Line l;
    l.kind = Kind::Condition;
    l.key = key;
    l.passed = passed;
    return l;
}

Line figure(Kind kind, Money amount, qint64 number = 0)
{
    Line l;
    l.kind = kind;
    l.amount = amount;
    l.number = number;
    return l;
}

bool tierValid(const Enterprise& e, const QDate& asOf)
{
    return !e.tierValidUntil.isValid() || !asOf.isValid() || e.tierValidUntil >= asOf;
}

} // namespace

Eligibility evaluateEligibility(const SubsidyPolicy& policy, const Enterprise& enterprise, const Project& project,
                                const QVector<CostLine>& costLines, const QVector<Invoice>& invoices,
                                const QVector<Payment>& payments, int achievedLevel, const QDate& asOf)
{
    Eligibility e;
    bool met = true;
    const auto check = [&](const Line& l) {
        met = met && l.passed;
        e.lines.push_back(l);
    };
    const bool hasProject = project.id > 0;

    // Conditions first: an officer reads why not before how much.
    if (policy.usesCosts() && !hasProject)
        check(condition(QStringLiteral("has_project"), false));
    if (policy.requireAcceptedProject) {
        Line l = condition(QStringLiteral("project_accepted"), hasProject && project.state == ProjectState::Accepted);
        l.number = hasProject ? int(project.state) : -1;
        check(l);
    }
    if (policy.minPostLevel > 0) {
        Line l = condition(QStringLiteral("min_post_level"), achievedLevel >= policy.minPostLevel);
        l.number = achievedLevel;
        l.limitNumber = policy.minPostLevel;
        check(l);
    }
    if (policy.hasSizeLimit()) {
        const bool hasRevenueLimit = policy.maxRevenue.fen() > 0;
        const bool hasStaffLimit = policy.maxEmployees > 0;
        const bool revenueOk = hasRevenueLimit && !(policy.maxRevenue < enterprise.revenue);
        const bool staffOk = hasStaffLimit && enterprise.employees <= policy.maxEmployees;
        const bool passed = policy.sizeRule == SubsidyPolicy::SizeRule::Either
                                ? revenueOk || staffOk
                                : (!hasRevenueLimit || revenueOk) && (!hasStaffLimit || staffOk);
        Line l = condition(QStringLiteral("size"), passed);
        l.amount = enterprise.revenue;
        l.limit = policy.maxRevenue;
        l.number = enterprise.employees;
        l.limitNumber = policy.maxEmployees;
        l.reason = policy.sizeRule == SubsidyPolicy::SizeRule::Both ? QStringLiteral("both") : QStringLiteral("either");
        check(l);
    }
    if (policy.contractFrom.isValid() || policy.contractTo.isValid()) {
        const QDate d = hasProject ? project.contractSignedOn : QDate();
        const bool inside = d.isValid() && (!policy.contractFrom.isValid() || d >= policy.contractFrom) &&
                            (!policy.contractTo.isValid() || d <= policy.contractTo);
        Line l = condition(QStringLiteral("contract_window"), inside);
        l.date = d;
        l.from = policy.contractFrom;
        l.to = policy.contractTo;
        check(l);
    }

    // Verified cost: the smallest of what the lines say, what was contracted, invoiced (excluding
    // tax) and proven paid (广州's rule).
    Money base;
    Money rateShare;
    if (policy.usesCosts() && hasProject) {
        for (const CostLine& c : costLines) {
            Line l;
            l.key = costCategoryKey(c.category);
            l.label = c.description;
            l.refId = c.id;
            l.amount = c.amount;
            l.kind = Kind::CostExcluded;
            if (!c.eligible)
                l.reason = QStringLiteral("marked_ineligible");
            else if (policy.excludedCategories.contains(l.key))
                l.reason = QStringLiteral("excluded_category");
            else if (!policy.eligibleCategories.isEmpty() && !policy.eligibleCategories.contains(l.key))
                l.reason = QStringLiteral("not_listed");
            else
                l.kind = Kind::CostCounted;
            if (l.kind == Kind::CostCounted)
                e.eligibleCosts = e.eligibleCosts + c.amount;
            e.lines.push_back(l);
        }
        e.contractAmount = project.contractAmount;
        for (const Invoice& i : invoices)
            e.invoicesExclTax = e.invoicesExclTax + i.amountExclTax;
        for (const Payment& p : payments)
            e.payments = e.payments + p.amount;
        e.lines.push_back(figure(Kind::EligibleCosts, e.eligibleCosts));
        e.lines.push_back(figure(Kind::ContractAmount, e.contractAmount));
        e.lines.push_back(figure(Kind::InvoicesExclTax, e.invoicesExclTax, invoices.size()));
        e.lines.push_back(figure(Kind::Payments, e.payments, payments.size()));
        const QPair<const char*, Money> figures[] = {{"eligible_costs", e.eligibleCosts},
                                                     {"contract", e.contractAmount},
                                                     {"invoices", e.invoicesExclTax},
                                                     {"payments", e.payments}};
        Line verified = figure(Kind::VerifiedCost, figures[0].second);
        verified.key = QLatin1String(figures[0].first);
        for (const auto& f : figures) {
            if (f.second < verified.amount) {
                verified.amount = f.second;
                verified.key = QLatin1String(f.first);
            }
        }
        e.verifiedCost = verified.amount;
        e.lines.push_back(verified);
        rateShare = shareRoundedDown(e.verifiedCost, policy.rateBp);
    }

    if (policy.kind == SubsidyPolicy::Kind::Rate) {
        if (hasProject) {
            Line l = figure(Kind::Rate, rateShare, policy.rateBp);
            l.limit = e.verifiedCost;
            e.lines.push_back(l);
            base = rateShare;
        }
    } else {
        // Fixed awards are not cumulative: the largest one that matches applies.
        int chosen = -1;
        const int firstAward = int(e.lines.size());
        for (int i = 0; i < policy.awards.size(); ++i) {
            const SubsidyPolicy::Award& a = policy.awards.at(i);
            Line l;
            l.kind = Kind::Award;
            l.label = a.label;
            l.amount = a.amount;
            l.key = a.minTier == Tier::None ? QString() : tierKey(a.minTier);
            l.number = a.showcase ? 1 : 0;
            if (a.minTier != Tier::None && int(enterprise.tier) < int(a.minTier)) {
                l.passed = false;
                l.reason = QStringLiteral("tier");
            } else if (a.minTier != Tier::None && !tierValid(enterprise, asOf)) {
                l.passed = false;
                l.reason = QStringLiteral("tier_expired");
                l.date = enterprise.tierValidUntil;
            } else if (a.showcase && !(hasProject && project.showcase)) {
                l.passed = false;
                l.reason = QStringLiteral("showcase");
            }
            if (l.passed && (chosen < 0 || policy.awards.at(chosen).amount < a.amount))
                chosen = i;
            e.lines.push_back(l);
        }
        if (chosen < 0) {
            check(condition(QStringLiteral("award"), false));
        } else {
            e.lines[firstAward + chosen].applied = true;
            base = policy.awards.at(chosen).amount;
        }
        if (policy.rateBp > 0 && hasProject && chosen >= 0) {
            Line l = figure(Kind::Rate, rateShare, policy.rateBp);
            l.key = QStringLiteral("ceiling");
            l.limit = e.verifiedCost;
            l.applied = rateShare < base;
            e.lines.push_back(l);
            if (l.applied)
                base = rateShare;
        }
    }

    if (!policy.levelCaps.isEmpty()) {
        const SubsidyPolicy::LevelCap* cap = nullptr;
        for (const SubsidyPolicy::LevelCap& c : policy.levelCaps)
            if (c.level <= achievedLevel)
                cap = &c;
        if (!cap) {
            Line l = condition(QStringLiteral("level_cap"), false);
            l.number = achievedLevel;
            l.limitNumber = policy.levelCaps.first().level;
            check(l);
        } else {
            Line l = figure(Kind::Cap, cap->cap, achievedLevel);
            l.key = QStringLiteral("level");
            l.limitNumber = cap->level;
            l.applied = cap->cap < base;
            e.lines.push_back(l);
            if (l.applied)
                base = cap->cap;
        }
    }
    if (policy.cap.fen() > 0) {
        Line l = figure(Kind::Cap, policy.cap);
        l.key = QStringLiteral("policy");
        l.applied = policy.cap < base;
        e.lines.push_back(l);
        if (l.applied)
            base = policy.cap;
    }

    e.conditionsMet = met;
    e.amount = met ? base : Money();
    Line result = figure(Kind::Result, e.amount);
    result.passed = met;
    e.lines.push_back(result);
    return e;
}

} // namespace dx
