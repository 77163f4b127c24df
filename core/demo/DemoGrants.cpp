#include "DemoGrants.h"

#include "db/Database.h"
#include "grants/SubsidyPolicy.h"
#include "repo/FundRepository.h"
#include "repo/GrantRepository.h"
#include "repo/PolicyRepository.h"

#include <QHash>
#include <QSet>

namespace dx {

namespace {

struct Rng
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
};

// The demo funds (揭阳: a prefecture city's pilot award of up to 1亿 over two years, a 5000万
// provincial fund) and which shipped policy belongs to which.
struct FundSpec
{
    const char* name;
    FundSource source;
    qint64 wan;
    QDate from;
    QDate to;
    int minUpgradeBp;
    int maxPlatformBp;
};
const FundSpec kFunds[] = {
    {"中小企业数字化转型城市试点中央财政奖补资金", FundSource::CityPilot, 10000, QDate(2024, 1, 1), QDate(2025, 12, 31), 8000, 2000},
    {"省级中小企业数字化转型专项资金", FundSource::Provincial, 5000, QDate(2024, 1, 1), QDate(2026, 12, 31), 0, BasisPointsWhole},
};
struct PolicySpec
{
    const char* file;
    int fund;   // index into kFunds
};
const PolicySpec kPolicies[] = {{"guangzhou-pilot", 0}, {"suqian-upgrade", 1}, {"tier-showcase-award", 1}};

struct DemoPolicy
{
    PolicyInfo info;
    PolicyVersion version;
};

// Funds and policies by name, created when missing, so a second demo load reuses them.
Result<QVector<DemoPolicy>> ensurePolicies(const Database& db)
{
    auto funds = FundRepository(db).list(true);
    if (!funds)
        return funds.status();
    QVector<qint64> fundIds;
    for (const FundSpec& spec : kFunds) {
        qint64 id = 0;
        for (const Fund& f : funds.value())
            if (f.name == QString::fromUtf8(spec.name))
                id = f.id;
        if (id == 0) {
            Fund f;
            f.name = QString::fromUtf8(spec.name);
            f.source = spec.source;
            f.total = Money::fromWan(spec.wan);
            f.periodFrom = spec.from;
            f.periodTo = spec.to;
            f.minUpgradeShareBp = spec.minUpgradeBp;
            f.maxPlatformShareBp = spec.maxPlatformBp;
            auto created = FundRepository(db).create(f);
            if (!created)
                return created.status();
            id = created->id;
        }
        fundIds << id;
    }
    auto shipped = SubsidyPolicy::shipped();
    if (!shipped)
        return shipped.status();
    auto existing = PolicyRepository(db).list(0, true);
    if (!existing)
        return existing.status();
    QVector<DemoPolicy> out;
    for (const PolicySpec& spec : kPolicies) {
        const SubsidyPolicy* policy = nullptr;
        for (const auto& s : shipped.value())
            if (s.first == QLatin1String(spec.file))
                policy = &s.second;
        if (!policy)
            return Status::error(ErrorCode::Io, QStringLiteral("missing example policy %1").arg(QLatin1String(spec.file)));
        DemoPolicy p;
        for (const PolicyInfo& info : existing.value())
            if (info.name == policy->name && info.fundId == fundIds.at(spec.fund))
                p.info = info;
        if (p.info.id == 0) {
            auto created = PolicyRepository(db).create(fundIds.at(spec.fund), *policy, QStringLiteral("示例政策"));
            if (!created)
                return created.status();
            p.info = created.value();
        }
        auto version = PolicyRepository(db).latestVersion(p.info.id);
        if (!version)
            return version.status();
        p.version = version.value();
        out.push_back(p);
    }
    return out;
}

// Invoices (6 % VAT on services) and payment proofs an application brings for a project that has
// none recorded: a little less than the contract, so the verified cost varies.
void addEvidence(GrantCandidate& c, GrantBundle& b, Rng& r)
{
    const Project& p = c.project;
    const QDate last = p.acceptedOn.isValid() ? p.acceptedOn : p.contractSignedOn.addDays(200);
    if (c.invoices.isEmpty()) {
        const Money excl = shareRoundedDown(p.contractAmount, r.between(9400, 10000));
        const Money first = shareRoundedDown(excl, 6000);
        const Money parts[] = {first, excl - first};
        for (int k = 0; k < 2; ++k) {
            Invoice i;
            i.projectId = p.id;
            i.number = QStringLiteral("4452%1").arg(p.id * 10 + k, 8, 10, QLatin1Char('0'));
            i.issuedOn = k == 0 ? p.contractSignedOn.addDays(30) : last.addDays(-10);
            i.amountExclTax = parts[k];
            i.amount = parts[k] + shareRoundedDown(parts[k], 600);
            b.newInvoices.push_back(i);
            c.invoices.push_back(i);
        }
    }
    if (c.payments.isEmpty()) {
        const Money total = shareRoundedDown(p.contractAmount, r.between(9000, 10000));
        const Money first = shareRoundedDown(total, 5000);
        const Money parts[] = {first, total - first};
        for (int k = 0; k < 2; ++k) {
            Payment pay;
            pay.projectId = p.id;
            pay.reference = QStringLiteral("YH%1").arg(p.id * 10 + k, 9, 10, QLatin1Char('0'));
            pay.paidOn = k == 0 ? p.contractSignedOn.addDays(20) : last.addDays(-3);
            pay.amount = parts[k];
            b.newPayments.push_back(pay);
            c.payments.push_back(pay);
        }
    }
}

} // namespace

Status DemoGrants::populate(const Database& db, quint64 seed, const QJsonObject& source, Counts* counts)
{
    auto policies = ensurePolicies(db);
    if (!policies)
        return policies.status();
    GrantRepository grants(db);
    auto ledger = grants.ledger(true);
    if (!ledger)
        return ledger.status();
    QHash<qint64, Money> room;   // what each fund can still commit
    QSet<qint64> exhausted;      // funds that could not take an approval any more
    // A twentieth of each fund stays uncommitted, so whoever tries the demo can still approve.
    for (const FundLedgerRow& r : ledger.value())
        room.insert(r.fund.id, r.remaining - shareRoundedDown(r.fund.total, 500));
    auto candidates = grants.candidates();
    if (!candidates)
        return candidates.status();
    const QDate today = db.clock().today();
    const DemoPolicy& pilot = policies->at(0);
    const DemoPolicy& upgrade = policies->at(1);
    const DemoPolicy& award = policies->at(2);

    QVector<GrantBundle> bundles;
    int voucher = 0;
    for (GrantCandidate& c : candidates.value()) {
        Rng r{seed ^ (quint64(c.project.id) * 0xD1B54A32D192ED03ULL)};
        r.next();
        if (r.below(100) >= 60)
            continue;
        const bool distinguished = c.project.showcase || int(c.enterprise.tier) >= int(Tier::Specialized);
        const DemoPolicy& chosen = distinguished && r.below(2) == 0 ? award : r.below(4) == 0 ? upgrade : pilot;
        // Once a fund's money is committed, few enterprises still apply to it (a big demo city
        // would otherwise queue thousands of applications no fund can pay).
        if (exhausted.contains(chosen.info.fundId) && r.below(20) != 0)
            continue;
        GrantBundle b;
        Grant& g = b.grant;
        g.appliedOn = c.project.acceptedOn.addDays(r.between(7, 36));
        if (!c.project.acceptedOn.isValid() || g.appliedOn > today)
            continue;
        Status loaded = grants.loadLines(c);
        if (!loaded)
            return loaded;
        addEvidence(c, b, r);
        g.enterpriseId = c.enterprise.id;
        g.projectId = c.project.id;
        g.fundId = chosen.info.fundId;
        g.policyId = chosen.info.id;
        g.policyVersionId = chosen.version.id;
        g.purpose = chosen.version.policy.purpose;
        g.achievedLevel = c.achievedLevel;
        g.eligibility = evaluateEligibility(chosen.version.policy, c.enterprise, c.project, c.costLines, c.invoices, c.payments,
                                            c.achievedLevel, g.appliedOn);
        g.eligible = g.eligibility.amount;
        // Most ask for what they are eligible for; some round up to the next 万元 (and get the
        // eligible amount); an ineligible one asks for a third of its contract and is rejected.
        g.requested = g.eligible;
        if (g.eligible.fen() == 0)
            g.requested = shareRoundedDown(c.project.contractAmount, 3000);
        else if (r.below(5) == 0)
            g.requested = Money::fromWan((g.eligible.fen() + 999999) / 1000000);
        if (g.requested.fen() <= 0)
            continue;
        g.state = GrantState::Applied;
        g.stateChangedOn = g.appliedOn;

        const int fate = r.below(100);
        const QDate reviewed = g.appliedOn.addDays(r.between(5, 19));
        const QDate approved = reviewed.addDays(r.between(5, 19));
        if (g.eligible.fen() == 0 || (fate >= 15 && fate < 20)) {
            if (reviewed <= today) {
                g.state = GrantState::Rejected;
                g.stateChangedOn = reviewed;
                g.closeReason = g.eligible.fen() == 0 ? QStringLiteral("不符合政策条件，详见测算说明。")
                                                      : QStringLiteral("申报材料与现场核查情况不一致，未通过审核。");
            }
        } else if (fate < 8) {
            // Waiting for review.
        } else if (fate < 11) {
            if (reviewed <= today) {
                g.state = GrantState::Withdrawn;
                g.stateChangedOn = reviewed;
                g.closeReason = QStringLiteral("企业主动撤回申请。");
            }
        } else if (reviewed <= today) {
            g.state = GrantState::Reviewed;
            g.stateChangedOn = reviewed;
            g.reviewedOn = reviewed;
            g.reviewNote = QStringLiteral("材料齐全，测算无误。");
            const Money amount = g.eligible;
            Money& left = room[g.fundId];
            // A fund that cannot take the whole amount any more leaves the grant reviewed.
            if (fate >= 15 && approved <= today && left < amount)
                exhausted.insert(g.fundId);
            if (fate >= 15 && approved <= today && !(left < amount)) {
                left = left - amount;
                g.state = GrantState::Approved;
                g.stateChangedOn = approved;
                g.approved = amount;
                g.approvedOn = approved;
                g.approvalNote = QStringLiteral("经局务会审议通过。");
                const int paying = r.below(10);
                const QDate first = approved.addDays(r.between(10, 39));
                const QDate second = first.addDays(r.between(30, 89));
                const Money firstAmount = shareRoundedDown(g.approved, 5000);
                if (paying >= 3 && first <= today && firstAmount.fen() > 0) {
                    GrantTranche t;
                    t.amount = firstAmount;
                    t.paidOn = first;
                    t.voucher = QStringLiteral("PZ%1-%2").arg(first.year()).arg(++voucher, 6, 10, QLatin1Char('0'));
                    t.basis = TrancheBasis::Acceptance;
                    for (const Milestone& m : c.milestones)
                        if (m.doneOn.isValid() && m.doneOn <= first && t.basis == TrancheBasis::Acceptance) {
                            t.basis = TrancheBasis::Milestone;
                            t.milestoneId = m.id;
                        }
                    b.tranches.push_back(t);
                    g.state = GrantState::Paying;
                    g.stateChangedOn = first;
                    if (paying >= 6 && second <= today) {
                        GrantTranche rest;
                        rest.amount = g.approved - firstAmount;
                        rest.paidOn = second;
                        rest.voucher = QStringLiteral("PZ%1-%2").arg(second.year()).arg(++voucher, 6, 10, QLatin1Char('0'));
                        rest.basis = TrancheBasis::Acceptance;
                        b.tranches.push_back(rest);
                        g.state = GrantState::Paid;
                        g.stateChangedOn = second;
                    }
                }
            }
        }
        bundles.push_back(b);
    }
    Status s = grants.insertMany(bundles, source);
    if (!s)
        return s;
    if (counts) {
        counts->grants = int(bundles.size());
        counts->tranches = 0;
        for (const GrantBundle& b : bundles)
            counts->tranches += int(b.tranches.size());
    }
    return Status::ok();
}

} // namespace dx
