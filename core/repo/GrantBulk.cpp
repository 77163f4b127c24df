// GrantRepository: the bulk path for demonstration data and imports.

#include "GrantRepository.h"
#include "util/Uuid.h"

#include "AuditRepository.h"
#include "GrantSql.h"
#include "ProjectRepository.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <functional>

namespace dx {

using namespace sql;
using namespace grantsql;

namespace {

Status failed(const QSqlQuery& q)
{
    return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
}

} // namespace

Result<QVector<GrantCandidate>> GrantRepository::candidates() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.id, p.enterprise_id, p.title, p.contract_signed_on, p.contract_amount_fen, p.state, p.showcase, "
                               "COALESCE(p.acceptance_diagnosis_id, 0), p.accepted_on, e.name, COALESCE(e.cluster_id, 0), e.above_scale, "
                               "e.employees, e.revenue_fen, e.tier, e.tier_valid_until, COALESCE(d.level, 0) "
                               "FROM projects p JOIN enterprises e ON e.id = p.enterprise_id "
                               "LEFT JOIN diagnoses d ON d.id = p.acceptance_diagnosis_id WHERE p.state = %1 AND e.archived = 0 "
                               "AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.project_id = p.id) ORDER BY p.id")
                    .arg(int(ProjectState::Accepted))))
        return failed(q);
    QVector<GrantCandidate> out;
    while (q.next()) {
        GrantCandidate c;
        Project& p = c.project;
        p.id = q.value(0).toLongLong();
        p.enterpriseId = q.value(1).toLongLong();
        p.title = q.value(2).toString();
        p.contractSignedOn = date(q.value(3));
        p.contractAmount = Money::fromFen(q.value(4).toLongLong());
        p.state = ProjectState(q.value(5).toInt());
        p.showcase = q.value(6).toBool();
        p.acceptanceDiagnosisId = q.value(7).toLongLong();
        p.acceptedOn = date(q.value(8));
        Enterprise& e = c.enterprise;
        e.id = p.enterpriseId;
        e.name = q.value(9).toString();
        e.clusterId = q.value(10).toLongLong();
        e.aboveScale = q.value(11).toBool();
        e.employees = q.value(12).toInt();
        e.revenue = Money::fromFen(q.value(13).toLongLong());
        e.tier = Tier(q.value(14).toInt());
        e.tierValidUntil = date(q.value(15));
        c.achievedLevel = q.value(16).toInt();
        out.push_back(c);
    }
    return out;
}

Status GrantRepository::loadLines(GrantCandidate& c) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const auto lines = [&](const QString& sql, const std::function<void(const QSqlQuery&)>& add) -> Status {
        q.prepare(sql);
        q.addBindValue(c.project.id);
        if (!q.exec())
            return failed(q);
        while (q.next())
            add(q);
        return Status::ok();
    };
    const qint64 id = c.project.id;
    c.costLines.clear();
    c.invoices.clear();
    c.payments.clear();
    c.milestones.clear();
    Status s = lines(QStringLiteral("SELECT id, category, description, amount_fen, eligible FROM cost_lines WHERE project_id = ? ORDER BY id"),
                     [&](const QSqlQuery& r) {
                         c.costLines.push_back({r.value(0).toLongLong(), id, r.value(1).toString(), r.value(2).toString(),
                                                Money::fromFen(r.value(3).toLongLong()), r.value(4).toBool()});
                     });
    if (s)
        s = lines(QStringLiteral("SELECT id, number, issued_on, amount_fen, amount_excl_tax_fen FROM invoices WHERE project_id = ? "
                                 "ORDER BY issued_on, id"),
                  [&](const QSqlQuery& r) {
                      c.invoices.push_back({r.value(0).toLongLong(), id, r.value(1).toString(), date(r.value(2)),
                                            Money::fromFen(r.value(3).toLongLong()), Money::fromFen(r.value(4).toLongLong())});
                  });
    if (s)
        s = lines(QStringLiteral("SELECT id, reference, paid_on, amount_fen FROM payments WHERE project_id = ? ORDER BY paid_on, id"),
                  [&](const QSqlQuery& r) {
                      c.payments.push_back({r.value(0).toLongLong(), id, r.value(1).toString(), date(r.value(2)),
                                            Money::fromFen(r.value(3).toLongLong())});
                  });
    if (s)
        s = lines(QStringLiteral("SELECT id, title, due_on, done_on FROM milestones WHERE project_id = ? ORDER BY due_on, id"),
                  [&](const QSqlQuery& r) {
                      c.milestones.push_back({r.value(0).toLongLong(), id, r.value(1).toString(), date(r.value(2)), date(r.value(3))});
                  });
    return s;
}

Status GrantRepository::insertMany(QVector<GrantBundle>& bundles, const QJsonObject& source) const
{
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    const QString now = m_db.nowIso();
    const QString user = m_db.user();
    QSqlQuery grant(conn), tranche(conn), invoice(conn), payment(conn);
    grant.prepare(QStringLiteral("INSERT INTO grants (uuid, created_at, updated_at, updated_by, enterprise_id, project_id, fund_id, "
                                 "policy_id, purpose, applied_on, requested_fen, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %2)")
                      .arg(mutableColumns(), placeholders(int(mutableValues(Grant()).size()))));
    tranche.prepare(QStringLiteral("INSERT INTO grant_payments (uuid, created_at, updated_at, updated_by, grant_id, number, amount_fen, "
                                   "paid_on, voucher, basis, milestone_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // The invoices and payment proofs an application brought with it belong to the project; the
    // project's own line API refuses closed projects, so they are written here, audited on the
    // project like the line API does.
    invoice.prepare(QStringLiteral("INSERT INTO invoices (uuid, created_at, updated_at, updated_by, project_id, number, issued_on, "
                                   "amount_fen, amount_excl_tax_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    payment.prepare(QStringLiteral("INSERT INTO payments (uuid, created_at, updated_at, updated_by, project_id, reference, paid_on, "
                                   "amount_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery projectUuid(conn);
    projectUuid.prepare(QStringLiteral("SELECT uuid FROM projects WHERE id = ?"));
    AuditRepository::Writer audit(m_db, conn);
    const auto exec = [](QSqlQuery& q, const QVariantList& values) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        return q.exec();
    };
    for (GrantBundle& b : bundles) {
        Grant& g = b.grant;
        for (Invoice& i : b.newInvoices) {
            i.projectId = g.projectId;
            if (!exec(invoice, {newUuid(), now, now, user, g.projectId, i.number, iso(i.issuedOn), i.amount.fen(), i.amountExclTax.fen()}))
                return failed(invoice);
            i.id = invoice.lastInsertId().toLongLong();
        }
        for (Payment& p : b.newPayments) {
            p.projectId = g.projectId;
            if (!exec(payment, {newUuid(), now, now, user, g.projectId, text(p.reference), iso(p.paidOn), p.amount.fen()}))
                return failed(payment);
            p.id = payment.lastInsertId().toLongLong();
        }
        if (!b.newInvoices.isEmpty() || !b.newPayments.isEmpty()) {
            QJsonObject changes = source;
            changes.insert(QStringLiteral("invoices_added"), int(b.newInvoices.size()));
            changes.insert(QStringLiteral("payments_added"), int(b.newPayments.size()));
            if (!exec(projectUuid, {g.projectId}) || !projectUuid.next())
                return Status::error(ErrorCode::NotFound, tr("The project (id %1) does not exist.").arg(g.projectId));
            const Status s = audit.record(ProjectRepository::tableName(), g.projectId, projectUuid.value(0).toString(),
                                          QStringLiteral("evidence"), changes, now);
            if (!s)
                return s;
        }
        g.uuid = newUuid();
        if (!exec(grant, QVariantList{g.uuid, now, now, user, g.enterpriseId, idOrNull(g.projectId), g.fundId, g.policyId, int(g.purpose),
                                      iso(g.appliedOn), g.requested.fen()} +
                             mutableValues(g)))
            return Status::error(ErrorCode::Database, tr("Could not save the grant: %1").arg(sqlErrorText(grant.lastError())));
        g.id = grant.lastInsertId().toLongLong();
        g.version = 1;
        int number = 0;
        for (GrantTranche& t : b.tranches) {
            t.grantId = g.id;
            t.number = ++number;
            t.uuid = newUuid();
            if (!exec(tranche, {t.uuid, now, now, user, g.id, t.number, t.amount.fen(), iso(t.paidOn), t.voucher, int(t.basis),
                                idOrNull(t.milestoneId), text(t.notes)}))
                return failed(tranche);
            t.id = tranche.lastInsertId().toLongLong();
        }
        const Status s = audit.record(tableName(), g.id, g.uuid, QStringLiteral("create"), source, now);
        if (!s)
            return s;
    }
    // Whatever the generator or the import file did, the ledger must still add up.
    const Status s = checkInvariants();
    if (!s)
        return Status::error(s.code(), tr("The grants were not stored: %1").arg(s.message()));
    return tx.commit();
}

} // namespace dx
