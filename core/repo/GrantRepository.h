#pragma once

#include "Keyset.h"
#include "domain/Enterprise.h"
#include "domain/Grant.h"
#include "domain/Project.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace dx {

class Database;

// An application as the officer enters it.
struct GrantApplication
{
    qint64 enterpriseId = 0;
    qint64 projectId = 0;      // 0: an award not tied to a project (e.g. a tier award)
    qint64 policyId = 0;       // its newest version is used
    Money requested;           // what the enterprise applies for (> 0)
    QDate appliedOn;           // invalid: today
    QString notes;
};

struct GrantFilter
{
    QString search;            // enterprise name or credit code (as the register searches)
    qint64 fundId = 0;         // 0: any
    qint64 policyId = 0;       // 0: any
    int state = -1;            // GrantState; -1: any
    qint64 clusterId = -1;     // enterprise's cluster: -1 any, 0 none, else that cluster
    qint64 enterpriseId = 0;   // 0: any (an enterprise's grants tab)
    qint64 projectId = 0;      // 0: any (a project's grants)
};

// What the grants list shows of a grant.
struct GrantListRow
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    QString enterpriseName;
    QString creditCode;
    qint64 clusterId = 0;
    QString clusterName;
    qint64 projectId = 0;
    QString projectTitle;
    qint64 fundId = 0;
    QString fundName;
    qint64 policyId = 0;
    QString policyName;
    int policyVersionNumber = 0;
    GrantPurpose purpose = GrantPurpose::EnterpriseUpgrade;
    GrantState state = GrantState::Applied;
    QDate appliedOn;
    QDate stateChangedOn;
    Money requested;
    Money eligible;
    Money approved;
    Money paid;
    PageCursor cursor;   // to continue after this row
};

// The columns the grants list sorts by (ListSort::key); -1 is newest first.
enum class GrantSortKey { Enterprise, Cluster, Project, Fund, Policy, State, Applied, Requested, Eligible, Approved, Paid };

// What approved (approved, paying, paid) grants commit from one fund.
struct FundCommitment
{
    Money total;
    Money platform;            // of which to platforms and providers
};

// The fund ledger: per fund, what is committed, paid and left.
struct FundLedgerRow
{
    Fund fund;
    Money committed;           // Σ approved of approved, paying and paid grants
    Money paid;                // Σ tranches
    Money remaining;           // total − committed
    Money platformCommitted;   // committed to platforms and providers
    Money platformLimit;       // what they may get at most (Fund::platformLimit)
    Money pending;             // Σ requested of applied and reviewed grants (not committed)
    int committedGrants = 0;
    int pendingGrants = 0;
};

// The ledger per industry cluster of the grants' enterprises (clusterId 0: no cluster).
struct ClusterLedgerRow
{
    qint64 clusterId = 0;
    QString clusterName;
    Money committed;
    Money paid;
    Money pending;
    int committedGrants = 0;
};

// Demo data and imports: an accepted project without a grant, with everything its eligibility
// is computed from.
struct GrantCandidate
{
    Enterprise enterprise;
    Project project;
    int achievedLevel = 0;
    QVector<CostLine> costLines;
    QVector<Invoice> invoices;
    QVector<Payment> payments;
    QVector<Milestone> milestones;
};

// A grant stored in bulk with its tranches, and the invoices and payment proofs that came with
// the application when the project had none recorded (stored on the project).
struct GrantBundle
{
    Grant grant;
    QVector<GrantTranche> tranches;
    QVector<Invoice> newInvoices;
    QVector<Payment> newPayments;
};

// Subsidy grants: applications with their computed eligible amount, the state machine of
// GrantWorkflow, tranche payments and the fund ledger. Every invariant is checked inside the
// write transaction, after locking the row the sums depend on, so two officers (two
// connections) can never together overspend a fund or a grant:
//  - Σ approved of a fund ≤ its total, and platform grants ≤ its split limit (approve);
//  - approved ≤ eligible and ≤ requested (approve);
//  - Σ tranches ≤ approved; no tranche on a grant that is not approved, or rejected / withdrawn;
//    a tranche tied to the acceptance only after the project is accepted, one tied to a
//    milestone only after the milestone is done (addTranche).
// Refusals are Validation errors whose message gives the figures in 元.
class GrantRepository
{
    Q_DECLARE_TR_FUNCTIONS(dx::GrantRepository)

public:
    explicit GrantRepository(const Database& db) : m_db(db) {}

    Result<Grant> get(qint64 id) const;
    Result<QVector<GrantTranche>> tranches(qint64 grantId) const;   // in the order paid
    // A page of grants in the order `sort` (by default newest first), after the row `after`
    // (none: from the top).
    Result<QVector<GrantListRow>> page(const GrantFilter& filter, const ListSort& sort,
                                       const std::optional<PageCursor>& after, int limit) const;
    Result<qint64> count(const GrantFilter& filter) const;
    Result<QVector<FundLedgerRow>> ledger(bool includeArchived = true) const;
    Result<QVector<ClusterLedgerRow>> clusterLedger(qint64 fundId = 0) const;   // 0: all funds together
    Result<FundCommitment> fundCommitment(qint64 fundId) const;

    // The eligible amount the application would get now (nothing is written).
    Result<Eligibility> preview(const GrantApplication& application) const;
    // Records an application: computes and stores the eligible amount, its explanation and the
    // policy version used. Refused for an archived enterprise, policy or fund, a project of
    // another enterprise, or when an application of the project (or of the enterprise, without a
    // project) under the same policy is still open or committed.
    Result<Grant> apply(const GrantApplication& application) const;
    // Applied or reviewed only: recomputes with the policy's newest version and the project's
    // current costs, invoices and payments.
    Result<Grant> recalculate(qint64 id, int expectedVersion) const;
    Result<Grant> review(qint64 id, int expectedVersion, const QString& note = QString()) const;
    Result<Grant> approve(qint64 id, int expectedVersion, Money amount, const QString& note = QString()) const;
    Result<Grant> reject(qint64 id, int expectedVersion, const QString& reason) const;
    Result<Grant> withdraw(qint64 id, int expectedVersion, const QString& reason) const;
    // Pays a tranche (amount, paidOn, voucher, basis, milestoneId, notes); the grant becomes
    // paying, or paid when the tranches reach the approved amount. `expectedVersion` is the
    // grant's version; the grant's version goes up by one.
    Result<GrantTranche> addTranche(qint64 grantId, int expectedVersion, const GrantTranche& tranche) const;

    // The level an application is computed with: the project's acceptance assessment, else the
    // enterprise's latest confirmed post-transformation assessment, else 0.
    Result<int> achievedLevel(qint64 enterpriseId, qint64 projectId) const;

    // Bulk (demo data, imports). Accepted projects of active enterprises that no grant refers to
    // yet, with the enterprise and the achieved level, in project order; the lines are loaded on
    // demand with loadLines() (a city has thousands of candidates, only some of which apply).
    Result<QVector<GrantCandidate>> candidates() const;
    // Fills a candidate's cost lines, invoices, payments and milestones.
    Status loadLines(GrantCandidate& candidate) const;
    // Stores grants as given (states, dates, tranches) in one transaction, an audit row each
    // carrying `source`, then checks every invariant over the whole database in the same
    // transaction: a bundle that breaks one rolls everything back.
    Status insertMany(QVector<GrantBundle>& bundles, const QJsonObject& source) const;
    // Every ledger invariant over the whole database; the first violation, with its figures.
    Status checkInvariants() const;

    static const QString& tableName();

private:
    struct Inputs;
    Result<Inputs> loadInputs(qint64 policyId, qint64 enterpriseId, qint64 projectId) const;
    Result<Grant> changeState(qint64 id, int expectedVersion, GrantState to, const QString& text) const;
    Status write(QSqlDatabase& conn, const Grant& before, const Grant& after, const QString& action) const;
    const Database& m_db;
};

} // namespace dx
