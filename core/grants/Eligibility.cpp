#include "Eligibility.h"

#include "SubsidyPolicy.h"

#include "assessment/AssessmentIndex.h"
#include "domain/CostCategory.h"
#include "domain/Enterprise.h"
#include "domain/Grant.h"
#include "workflow/ProjectWorkflow.h"

#include <QJsonArray>

namespace dx {

namespace {

using Kind = EligibilityLine::Kind;

struct KindKey
{
    Kind kind;
    const char* key;
};
const KindKey kKinds[] = {
    {Kind::CostCounted, "cost_counted"}, {Kind::CostExcluded, "cost_excluded"},   {Kind::EligibleCosts, "eligible_costs"},
    {Kind::ContractAmount, "contract_amount"}, {Kind::InvoicesExclTax, "invoices_excl_tax"}, {Kind::Payments, "payments"},
    {Kind::VerifiedCost, "verified_cost"}, {Kind::Rate, "rate"},           {Kind::Award, "award"},
    {Kind::Cap, "cap"},                   {Kind::Condition, "condition"},  {Kind::Result, "result"},
};

QString dateText(const QDate& d) { return d.toString(Qt::ISODate); }

// The sentences live in one class so that lupdate files them under the context they are
// translated with at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dx::Eligibility)

public:
    static QString levelText(qint64 level)
    {
        return level > 0 ? AssessmentIndex::levelName(int(level)) : tr("no level");
    }

    static QString metText(bool passed) { return passed ? tr("met") : tr("not met"); }

    static QString figureName(const QString& key)
    {
        if (key == QLatin1String("eligible_costs"))
            return tr("the eligible cost lines");
        if (key == QLatin1String("contract"))
            return tr("the contract amount");
        if (key == QLatin1String("invoices"))
            return tr("the invoices excluding tax");
        return tr("the payment proofs");
    }

    static QString conditionText(const EligibilityLine& l)
    {
        if (l.key == QLatin1String("project_accepted")) {
            if (l.number < 0)
                return tr("The project must be accepted: there is no project; not met.");
            return tr("The project must be accepted: it is %1; %2.").arg(projectStateName(ProjectState(l.number)), metText(l.passed));
        }
        if (l.key == QLatin1String("award"))
            return tr("None of the policy's awards applies to this enterprise; not met.");
        if (l.key == QLatin1String("has_project"))
            return tr("The policy computes the amount from a project's costs: the application names no project; not met.");
        if (l.key == QLatin1String("min_post_level"))
            return tr("Post-transformation level at least %1: the achieved level is %2; %3.")
                .arg(levelText(l.limitNumber), levelText(l.number), metText(l.passed));
        if (l.key == QLatin1String("level_cap"))
            return tr("The policy sets caps from %1 up; the achieved level is %2, which has no cap and gets nothing; not met.")
                .arg(levelText(l.limitNumber), levelText(l.number));
        if (l.key == QLatin1String("size")) {
            QStringList parts;
            if (l.limit.fen() > 0)
                parts << tr("revenue %1 (at most %2)").arg(yuanText(l.amount), yuanText(l.limit));
            if (l.limitNumber > 0)
                parts << tr("%1 staff (at most %2)").arg(l.number).arg(l.limitNumber);
            const QString rule = l.reason == QLatin1String("both") ? tr("both are required") : tr("either is enough");
            return tr("Enterprise size: %1; %2; %3.").arg(parts.join(QStringLiteral(", ")), rule, metText(l.passed));
        }
        if (l.key == QLatin1String("contract_window")) {
            QString window;
            if (l.from.isValid() && l.to.isValid())
                window = tr("%1 to %2").arg(dateText(l.from), dateText(l.to));
            else if (l.from.isValid())
                window = tr("from %1").arg(dateText(l.from));
            else
                window = tr("until %1").arg(dateText(l.to));
            if (!l.date.isValid())
                return tr("Contract date within %1: the project has no contract date; not met.").arg(window);
            return l.passed ? tr("Contract signed on %1, inside the window %2; met.").arg(dateText(l.date), window)
                            : tr("Contract signed on %1, outside the window %2; not met.").arg(dateText(l.date), window);
        }
        return tr("Condition %1: %2.").arg(l.key, metText(l.passed));
    }

    static QString awardText(const EligibilityLine& l)
    {
        QStringList needs;
        if (!l.key.isEmpty() && l.key != QLatin1String("none")) {
            Tier tier = Tier::None;
            for (int i = 0; i < TierCount; ++i)
                if (tierKey(Tier(i)) == l.key)
                    tier = Tier(i);
            needs << tr("%1 or above").arg(tierName(tier));
        }
        if (l.number == 1)
            needs << tr("a showcase project");
        const QString condition = needs.isEmpty() ? tr("no condition") : needs.join(QStringLiteral(", "));
        if (l.applied)
            return tr("Award \"%1\" (%2): %3; applies, the largest award that matches.").arg(l.label, condition, yuanText(l.amount));
        if (l.passed)
            return tr("Award \"%1\" (%2): %3; matches, but a larger award applies.").arg(l.label, condition, yuanText(l.amount));
        QString why;
        if (l.reason == QLatin1String("tier_expired"))
            why = tr("the enterprise's tier expired on %1").arg(dateText(l.date));
        else if (l.reason == QLatin1String("showcase"))
            why = tr("the project is not a showcase project");
        else
            why = tr("the enterprise's tier is lower");
        return tr("Award \"%1\" (%2): %3; does not apply: %4.").arg(l.label, condition, yuanText(l.amount), why);
    }

    static QString costLineText(const EligibilityLine& l)
    {
        const QString what = l.label.isEmpty() ? costCategoryName(l.key)
                                               : tr("%1 (%2)").arg(l.label, costCategoryName(l.key));
        if (l.kind == Kind::CostCounted)
            return tr("Cost line %1: %2; counts.").arg(what, yuanText(l.amount));
        if (l.reason == QLatin1String("marked_ineligible"))
            return tr("Cost line %1: %2; does not count: marked not eligible on the project.").arg(what, yuanText(l.amount));
        if (l.reason == QLatin1String("excluded_category"))
            return tr("Cost line %1: %2; does not count: the policy excludes %3.").arg(what, yuanText(l.amount), costCategoryName(l.key));
        return tr("Cost line %1: %2; does not count: %3 is not an eligible category of the policy.")
            .arg(what, yuanText(l.amount), costCategoryName(l.key));
    }
};

} // namespace

QString eligibilityKindKey(EligibilityLine::Kind kind)
{
    for (const KindKey& k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.key);
    return {};
}

QString EligibilityLine::text() const
{
    switch (kind) {
    case Kind::CostCounted:
    case Kind::CostExcluded: return Text::costLineText(*this);
    case Kind::EligibleCosts: return tr("Eligible cost lines in total: %1.").arg(yuanText(amount));
    case Kind::ContractAmount: return tr("Contract amount: %1.").arg(yuanText(amount));
    case Kind::InvoicesExclTax: return tr("Invoices excluding tax (count %1): %2.").arg(number).arg(yuanText(amount));
    case Kind::Payments: return tr("Payment proofs (count %1): %2.").arg(number).arg(yuanText(amount));
    case Kind::VerifiedCost:
        return tr("Verified cost, the smallest of eligible costs, contract, invoices and payments: %1 (%2).")
            .arg(yuanText(amount), Text::figureName(key));
    case Kind::Rate:
        if (key == QLatin1String("ceiling"))
            return applied ? tr("At most %1 of the verified cost %2 = %3; this limits the award.")
                                 .arg(percentText(int(number)), yuanText(limit), yuanText(amount))
                           : tr("At most %1 of the verified cost %2 = %3; the award is within it.")
                                 .arg(percentText(int(number)), yuanText(limit), yuanText(amount));
        return tr("%1 × %2 = %3 (rounded down to the fen).").arg(yuanText(limit), percentText(int(number)), yuanText(amount));
    case Kind::Award: return Text::awardText(*this);
    case Kind::Cap:
        if (key == QLatin1String("level")) {
            const QString which = number == limitNumber ? Text::levelText(number)
                                                        : tr("%1, used for the achieved %2").arg(Text::levelText(limitNumber), Text::levelText(number));
            return applied ? tr("Cap for %1: %2; applies, the amount is reduced to it.").arg(which, yuanText(amount))
                           : tr("Cap for %1: %2; not reached.").arg(which, yuanText(amount));
        }
        return applied ? tr("Cap per application: %1; applies, the amount is reduced to it.").arg(yuanText(amount))
                       : tr("Cap per application: %1; not reached.").arg(yuanText(amount));
    case Kind::Condition: return Text::conditionText(*this);
    case Kind::Result:
        return passed ? tr("Eligible amount: %1.").arg(yuanText(amount))
                      : tr("Not eligible: a condition is not met; eligible amount %1.").arg(yuanText(amount));
    }
    return {};
}

QJsonObject EligibilityLine::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), eligibilityKindKey(kind)}};
    // Only what differs from the defaults: the explanation of a big project stays small.
    if (!key.isEmpty())
        o.insert(QStringLiteral("key"), key);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    if (!label.isEmpty())
        o.insert(QStringLiteral("label"), label);
    if (refId)
        o.insert(QStringLiteral("ref"), refId);
    if (amount.fen())
        o.insert(QStringLiteral("amountFen"), amount.fen());
    if (limit.fen())
        o.insert(QStringLiteral("limitFen"), limit.fen());
    if (number)
        o.insert(QStringLiteral("number"), number);
    if (limitNumber)
        o.insert(QStringLiteral("limitNumber"), limitNumber);
    if (date.isValid())
        o.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    if (from.isValid())
        o.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    if (to.isValid())
        o.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    if (!passed)
        o.insert(QStringLiteral("passed"), false);
    if (applied)
        o.insert(QStringLiteral("applied"), true);
    return o;
}

bool EligibilityLine::fromJson(const QJsonObject& o, EligibilityLine* line)
{
    const QString kindKey = o.value(QLatin1String("kind")).toString();
    bool known = false;
    for (const KindKey& k : kKinds) {
        if (kindKey == QLatin1String(k.key)) {
            line->kind = k.kind;
            known = true;
        }
    }
    if (!known)
        return false;
    // Amounts are integers of fen; JSON numbers hold them exactly up to 2^53 fen (9×10^13 元).
    line->key = o.value(QLatin1String("key")).toString();
    line->reason = o.value(QLatin1String("reason")).toString();
    line->label = o.value(QLatin1String("label")).toString();
    line->refId = o.value(QLatin1String("ref")).toInteger();
    line->amount = Money::fromFen(o.value(QLatin1String("amountFen")).toInteger());
    line->limit = Money::fromFen(o.value(QLatin1String("limitFen")).toInteger());
    line->number = o.value(QLatin1String("number")).toInteger();
    line->limitNumber = o.value(QLatin1String("limitNumber")).toInteger();
    line->date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
    line->from = QDate::fromString(o.value(QLatin1String("from")).toString(), Qt::ISODate);
    line->to = QDate::fromString(o.value(QLatin1String("to")).toString(), Qt::ISODate);
    line->passed = o.value(QLatin1String("passed")).toBool(true);
    line->applied = o.value(QLatin1String("applied")).toBool(false);
    return true;
}

bool EligibilityLine::operator==(const EligibilityLine& o) const
{
    return kind == o.kind && key == o.key && reason == o.reason && label == o.label && refId == o.refId && amount == o.amount &&
           limit == o.limit && number == o.number && limitNumber == o.limitNumber && date == o.date && from == o.from &&
           to == o.to && passed == o.passed && applied == o.applied;
}

QStringList Eligibility::texts() const
{
    QStringList out;
    for (const EligibilityLine& l : lines)
        out << l.text();
    return out;
}

QStringList Eligibility::failedConditions() const
{
    QStringList out;
    for (const EligibilityLine& l : lines)
        if (l.kind == Kind::Condition && !l.passed)
            out << l.text();
    return out;
}

QJsonObject Eligibility::toJson() const
{
    QJsonArray list;
    for (const EligibilityLine& l : lines)
        list.append(l.toJson());
    QJsonObject o{{QStringLiteral("format"), 1},
                  {QStringLiteral("amountFen"), amount.fen()},
                  {QStringLiteral("conditionsMet"), conditionsMet},
                  {QStringLiteral("lines"), list}};
    return o;
}

Result<Eligibility> Eligibility::fromJson(const QJsonObject& o)
{
    if (o.value(QLatin1String("format")).toInt() != 1)
        return Status::error(ErrorCode::Validation, tr("The stored explanation has an unknown format."));
    Eligibility e;
    e.amount = Money::fromFen(o.value(QLatin1String("amountFen")).toInteger());
    e.conditionsMet = o.value(QLatin1String("conditionsMet")).toBool(true);
    for (const QJsonValue& v : o.value(QLatin1String("lines")).toArray()) {
        EligibilityLine l;
        if (!EligibilityLine::fromJson(v.toObject(), &l))
            return Status::error(ErrorCode::Validation, tr("The stored explanation has a line of an unknown kind."));
        switch (l.kind) {
        case Kind::EligibleCosts: e.eligibleCosts = l.amount; break;
        case Kind::ContractAmount: e.contractAmount = l.amount; break;
        case Kind::InvoicesExclTax: e.invoicesExclTax = l.amount; break;
        case Kind::Payments: e.payments = l.amount; break;
        case Kind::VerifiedCost: e.verifiedCost = l.amount; break;
        default: break;
        }
        e.lines.push_back(l);
    }
    return e;
}

} // namespace dx
