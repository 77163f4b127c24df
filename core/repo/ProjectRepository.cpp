#include "ProjectRepository.h"

#include "AuditRepository.h"
#include "BulkWrite.h"
#include "RowQuery.h"
#include "VersionedChange.h"
#include "SqlValues.h"
#include "DiagnosisRepository.h"
#include "EnterpriseRepository.h"
#include "ProviderRepository.h"
#include "db/Database.h"
#include "db/ProgressSchema.h"
#include "db/Transaction.h"
#include "util/Uuid.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <memory>
#include <vector>

namespace dx {

using namespace sql;

namespace {

QString joinIds(const QList<qint64>& ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

// Vendors and products are sets: kept sorted and without repeats so equal sets compare equal.
void normalizeLinks(Project& p)
{
    for (QList<qint64>* ids : {&p.vendorIds, &p.productIds}) {
        std::sort(ids->begin(), ids->end());
        ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
        ids->removeAll(0);
    }
}

const QString kColumns = QStringLiteral(
    "id, uuid, version, updated_at, updated_by, enterprise_id, title, COALESCE(traction_provider_id, 0), "
    "COALESCE(integrator_provider_id, 0), baseline_diagnosis_id, target_level, target_scene_ids, contract_signed_on, "
    "contract_amount_fen, state, state_changed_on, filed_on, cancel_reason, showcase, notes, "
    "COALESCE(acceptance_diagnosis_id, 0), accepted_on, acceptance_result, acceptance_inspectors, dossier_verified");





Project readProject(const QSqlQuery& q)
{
    Project p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.version = q.value(2).toInt();
    p.updatedAt = q.value(3).toString();
    p.updatedBy = q.value(4).toString();
    p.enterpriseId = q.value(5).toLongLong();
    p.title = q.value(6).toString();
    p.tractionProviderId = q.value(7).toLongLong();
    p.integratorProviderId = q.value(8).toLongLong();
    p.baselineDiagnosisId = q.value(9).toLongLong();
    p.targetLevel = q.value(10).toInt();
    p.targetSceneIds = q.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.contractSignedOn = date(q.value(12));
    p.contractAmount = Money::fromFen(q.value(13).toLongLong());
    p.state = ProjectState(q.value(14).toInt());
    p.stateChangedOn = date(q.value(15));
    p.filedOn = date(q.value(16));
    p.cancelReason = q.value(17).toString();
    p.showcase = q.value(18).toBool();
    p.notes = q.value(19).toString();
    p.acceptanceDiagnosisId = q.value(20).toLongLong();
    p.acceptedOn = date(q.value(21));
    p.acceptanceResult = q.value(22).toString();
    p.acceptanceInspectors = q.value(23).toString();
    p.dossierVerified = q.value(24).toBool();
    return p;
}

QVariantMap auditFields(const Project& p)
{
    return {{QStringLiteral("title"), p.title},
            {QStringLiteral("traction_provider_id"), p.tractionProviderId},
            {QStringLiteral("integrator_provider_id"), p.integratorProviderId},
            {QStringLiteral("vendor_ids"), joinIds(p.vendorIds)},
            {QStringLiteral("product_ids"), joinIds(p.productIds)},
            {QStringLiteral("baseline_diagnosis_id"), p.baselineDiagnosisId},
            {QStringLiteral("target_level"), p.targetLevel},
            {QStringLiteral("target_scene_ids"), p.targetSceneIds.join(QLatin1Char(','))},
            {QStringLiteral("contract_signed_on"), iso(p.contractSignedOn)},
            {QStringLiteral("contract_amount_fen"), p.contractAmount.fen()},
            {QStringLiteral("state"), int(p.state)},
            {QStringLiteral("cancel_reason"), p.cancelReason},
            {QStringLiteral("showcase"), p.showcase},
            {QStringLiteral("notes"), p.notes},
            {QStringLiteral("acceptance_diagnosis_id"), p.acceptanceDiagnosisId},
            {QStringLiteral("accepted_on"), iso(p.acceptedOn)},
            {QStringLiteral("acceptance_result"), p.acceptanceResult},
            {QStringLiteral("acceptance_inspectors"), p.acceptanceInspectors},
            {QStringLiteral("dossier_verified"), p.dossierVerified}};
}

// Every column the project row stores, in the order of kWriteColumns.
const QString kWriteColumns = QStringLiteral(
    "title, traction_provider_id, integrator_provider_id, baseline_diagnosis_id, target_level, target_scene_ids, "
    "contract_signed_on, contract_amount_fen, state, state_changed_on, filed_on, cancel_reason, showcase, notes, "
    "acceptance_diagnosis_id, accepted_on, acceptance_result, acceptance_inspectors, dossier_verified");

QVariantList writeValues(const Project& p)
{
    return {text(p.title), idOrNull(p.tractionProviderId), idOrNull(p.integratorProviderId), p.baselineDiagnosisId,
            p.targetLevel, text(p.targetSceneIds.join(QLatin1Char(','))), iso(p.contractSignedOn), p.contractAmount.fen(),
            int(p.state), iso(p.stateChangedOn), iso(p.filedOn), text(p.cancelReason), p.showcase ? 1 : 0, text(p.notes),
            idOrNull(p.acceptanceDiagnosisId), iso(p.acceptedOn), text(p.acceptanceResult), text(p.acceptanceInspectors),
            p.dossierVerified ? 1 : 0};
}

// The link tables of a project's vendors and products.
struct PartyLink
{
    const char* table;
    const char* column;
    QList<qint64> Project::*ids;
};
const PartyLink kLinks[] = {{"project_vendors", "provider_id", &Project::vendorIds},
                            {"project_products", "product_id", &Project::productIds}};

Status loadLinks(const QSqlDatabase& conn, Project& p)
{
    QSqlQuery q(conn);
    for (const PartyLink& link : kLinks) {
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE project_id = ? ORDER BY %1").arg(QLatin1String(link.column), QLatin1String(link.table)));
        q.addBindValue(p.id);
        if (!q.exec())
            return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
        (p.*link.ids).clear();
        while (q.next())
            (p.*link.ids) << q.value(0).toLongLong();
    }
    return Status::ok();
}

// The link rows of a project's current lists, by statements prepared once for as many projects
// as they serve (a bulk insert of the demonstration city's projects, or one save).
class LinkInserts
{
public:
    explicit LinkInserts(const QSqlDatabase& conn)
    {
        for (const PartyLink& link : kLinks)
            m_insert.push_back(std::make_unique<BulkStatement>(
                conn, QStringLiteral("INSERT INTO %1 (uuid, created_at, updated_at, updated_by, project_id, %2) VALUES (?, ?, ?, ?, ?, ?)")
                          .arg(QLatin1String(link.table), QLatin1String(link.column))));
    }
    Status prepared() const
    {
        for (const auto& insert : m_insert)
            if (!insert->prepared())
                return insert->prepared();
        return Status::ok();
    }
    Status insert(const Project& p, const QString& now, const QString& user)
    {
        for (size_t l = 0; l < m_insert.size(); ++l) {
            BulkStatement& insert = *m_insert[l];
            for (qint64 party : p.*kLinks[l].ids) {
                insert.bindAll({newUuid(), now, now, user, p.id, party});
                if (auto linked = insert.run(); !linked)
                    return linked.status();
            }
        }
        return Status::ok();
    }

private:
    std::vector<std::unique_ptr<BulkStatement>> m_insert;
};

// Replaces the project's link rows by its current lists (the audit keeps the previous lists).
Status writeLinks(const QSqlDatabase& conn, const Database& db, const Project& p, bool replace)
{
    if (replace) {
        QSqlQuery q(conn);
        for (const PartyLink& link : kLinks) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE project_id = ?").arg(QLatin1String(link.table)));
            q.addBindValue(p.id);
            if (!q.exec())
                return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
        }
    }
    LinkInserts links(conn);
    if (const Status prepared = links.prepared(); !prepared)
        return prepared;
    return links.insert(p, db.nowIso(), db.user());
}

} // namespace

const QString& ProjectRepository::tableName()
{
    static const QString name = QStringLiteral("projects");
    return name;
}

Result<Project> ProjectRepository::get(qint64 id) const
{
    auto p = sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM projects WHERE id = ?").arg(kColumns), {id}, readProject,
                            tr("The project (id %1) does not exist.").arg(id));
    if (!p)
        return p;
    Project project = p.value();
    const Status s = loadLinks(m_db.connection(), project);
    if (!s)
        return s;
    return project;
}

Result<QVector<Project>> ProjectRepository::listForEnterprise(qint64 enterpriseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM projects WHERE enterprise_id = ? ORDER BY id DESC").arg(kColumns));
    q.addBindValue(enterpriseId);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QVector<Project> out;
    while (q.next())
        out.push_back(readProject(q));
    return out;
}

namespace {
void projectWhere(Backend backend, const ProjectFilter& f, QStringList& where, QVariantList& binds)
{
    const QString search = EnterpriseRepository::searchCondition(f.search, binds, backend);
    if (!search.isEmpty())
        where << search;
    if (f.state >= 0) {
        where << QStringLiteral("p.state = ?");
        binds << f.state;
    }
    if (f.onlyOpen || f.onlyFlagged)
        where << QStringLiteral("p.state NOT IN (%1, %2)").arg(int(ProjectState::Accepted)).arg(int(ProjectState::Cancelled));
    if (f.onlyFlagged) {
        where << QStringLiteral("(p.state_changed_on < ? OR EXISTS (SELECT 1 FROM milestones m WHERE m.project_id = p.id "
                                "AND m.done_on = '' AND m.due_on <> '' AND m.due_on < ?))");
        binds << iso(f.today.addDays(-f.stuckDays)) << iso(f.today);
    }
}
}

namespace {
// The list's rows and the names it shows with them, for the page and for the page's ids.
const QString kListFrom = QStringLiteral("FROM projects p JOIN enterprises e ON e.id = p.enterprise_id "
                                         "LEFT JOIN providers pr ON pr.id = p.traction_provider_id");

// The expression each sort key orders by (every one NOT NULL, as keyset comparisons need).
QString projectSortExpression(int key)
{
    switch (ProjectSortKey(key)) {
    case ProjectSortKey::Enterprise: return QStringLiteral("e.name");
    case ProjectSortKey::CreditCode: return QStringLiteral("e.credit_code");
    case ProjectSortKey::Title: return QStringLiteral("p.title");
    case ProjectSortKey::State: return QStringLiteral("p.state");
    case ProjectSortKey::Since: return QStringLiteral("p.state_changed_on");
    case ProjectSortKey::Contract: return QStringLiteral("p.contract_signed_on");
    case ProjectSortKey::Amount: return QStringLiteral("p.contract_amount_fen");
    case ProjectSortKey::Traction: return QStringLiteral("COALESCE(pr.name, '')");
    }
    return QStringLiteral("p.id");
}
} // namespace

Result<QVector<ProjectListRow>> ProjectRepository::page(const ProjectFilter& filter, const ListSort& sort,
                                                        const std::optional<PageCursor>& after, int limit) const
{
    QStringList where;
    QVariantList binds{iso(filter.today)};
    projectWhere(m_db.backend(), filter, where, binds);
    // Newest first unless a column is chosen.
    const QString expression = projectSortExpression(sort.key);
    const Qt::SortOrder order = sort.key < 0 ? Qt::DescendingOrder : sort.order;
    const QString id = QStringLiteral("p.id");
    keyset::continueAfter(expression, id, order, after, where, binds);
    // The page's ids first, then their columns: the overdue-milestone count is worked out for
    // the page's rows only, not for every project the sort passes over (the projects' own
    // columns are indexed, schema step 12).
    const QString ordered = keyset::orderBy(expression, id, order);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id, p.enterprise_id, e.name, e.credit_code, p.title, p.state, p.contract_signed_on, "
                             "p.contract_amount_fen, p.state_changed_on, COALESCE(pr.name, ''), "
                             "(SELECT COUNT(*) FROM milestones m WHERE m.project_id = p.id AND m.done_on = '' "
                             " AND m.due_on <> '' AND m.due_on < ?), %1 "
                             "%2 WHERE p.id IN (SELECT p.id %2 %3 ORDER BY %4 LIMIT %5) ORDER BY %4")
                  .arg(expression, kListFrom,
                       where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")), ordered)
                  .arg(qMax(1, limit)));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not list the projects: %1").arg(sqlErrorText(q.lastError())));
    QVector<ProjectListRow> rows;
    while (q.next()) {
        ProjectListRow r;
        r.id = q.value(0).toLongLong();
        r.enterpriseId = q.value(1).toLongLong();
        r.enterpriseName = q.value(2).toString();
        r.creditCode = q.value(3).toString();
        r.title = q.value(4).toString();
        r.state = ProjectState(q.value(5).toInt());
        r.contractSignedOn = date(q.value(6));
        r.contractAmountFen = q.value(7).toLongLong();
        r.stateChangedOn = date(q.value(8));
        r.tractionName = q.value(9).toString();
        r.overdueMilestones = q.value(10).toInt();
        r.cursor = PageCursor{q.value(11), r.id};
        rows.push_back(r);
    }
    return rows;
}

Result<qint64> ProjectRepository::count(const ProjectFilter& filter) const
{
    QStringList where;
    QVariantList binds;
    projectWhere(m_db.backend(), filter, where, binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM projects p JOIN enterprises e ON e.id = p.enterprise_id %1")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    return q.value(0).toLongLong();
}

Status ProjectRepository::validate(const Project& p, const Project* before) const
{
    auto baseline = DiagnosisRepository(m_db).get(p.baselineDiagnosisId);
    if (!baseline)
        return Status::error(ErrorCode::Validation, tr("A project needs the baseline diagnosis it starts from."));
    if (baseline->enterpriseId != p.enterpriseId)
        return Status::error(ErrorCode::Validation, tr("The baseline diagnosis belongs to another enterprise."));
    if (baseline->status != DiagnosisStatus::Confirmed)
        return Status::error(ErrorCode::Validation, tr("The baseline diagnosis must be confirmed before a project starts from it."));
    if (p.targetLevel < 1 || p.targetLevel > 4)
        return Status::error(ErrorCode::Validation, tr("The target level must be between 1 and 4."));
    if (p.contractAmount.fen() < 0)
        return Status::error(ErrorCode::Validation, tr("The contract amount cannot be negative."));
    return validateParties(p, before);
}

// Vendors must be in the pool (a removed one may stay on a project it already served but not be
// added); products must be on the list, not rejected, and supplied by one of the parties.
Status ProjectRepository::validateParties(const Project& p, const Project* before) const
{
    ProviderRepository providers(m_db);
    for (qint64 id : p.vendorIds) {
        auto vendor = providers.get(id);
        if (!vendor)
            return vendor.status();
        const bool added = !before || !before->vendorIds.contains(id);
        if (added && (vendor->poolStatus == PoolStatus::Removed || vendor->archived))
            return Status::error(ErrorCode::Validation, tr("%1 has been removed from the resource pool and cannot be added to a project.")
                                                            .arg(vendor->name));
    }
    const QList<qint64> parties = p.vendorIds + QList<qint64>{p.tractionProviderId, p.integratorProviderId};
    for (qint64 id : p.productIds) {
        auto product = providers.getProduct(id);
        if (!product)
            return product.status();
        const bool added = !before || !before->productIds.contains(id);
        if (added && (product->reviewStatus == ReviewStatus::Rejected || product->archived))
            return Status::error(ErrorCode::Validation, tr("The product %1 was rejected or withdrawn from the list and cannot be added.")
                                                            .arg(product->name));
        if (!parties.contains(product->providerId)) {
            auto supplier = providers.get(product->providerId);
            return Status::error(ErrorCode::Validation, tr("The product %1 is supplied by %2, which is not a party of the project; "
                                                           "add it as a product vendor first.")
                                                            .arg(product->name, supplier ? supplier->name : QString()));
        }
    }
    return Status::ok();
}

Status ProjectRepository::insertMany(QVector<ProjectBundle>& bundles, const QJsonObject& source) const
{
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    // See ProgressSchema::Batch: the dashboard's stage rows of a big batch in a few statements.
    ProgressSchema::BatchScope progressBatch;
    if (const Status suspended = progressBatch.begin(conn, ProgressSchema::Batch::Projects, bundles.size()); !suspended)
        return suspended;
    const QString now = m_db.nowIso();
    // Values bound on SQLite's own handle (BulkStatement): the demonstration city writes about
    // twelve rows per project; through QSqlQuery, with the link statements prepared again for
    // every project, that was a quarter of its time.
    const QString common = QStringLiteral("uuid, created_at, updated_at, updated_by, project_id");
    BulkStatement project(conn, QStringLiteral("INSERT INTO projects (uuid, created_at, updated_at, updated_by, enterprise_id, %1) "
                                               "VALUES (?, ?, ?, ?, ?%2) RETURNING id")
                                    .arg(kWriteColumns, QStringLiteral(", ?").repeated(int(writeValues(Project()).size()))));
    BulkStatement cost(conn, QStringLiteral("INSERT INTO cost_lines (%1, category, description, amount_fen, eligible) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id").arg(common));
    BulkStatement milestone(conn, QStringLiteral("INSERT INTO milestones (%1, title, due_on, done_on) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id").arg(common));
    LinkInserts links(conn);
    for (const Status& prepared : {project.prepared(), cost.prepared(), milestone.prepared(), links.prepared()})
        if (!prepared)
            return prepared;
    AuditRepository::Writer audit(m_db, conn);
    // The first four columns of every row: uuid, created, updated, by.
    const auto stamp = [&](BulkStatement& s, const QString& rowUuid) {
        s.bind(0, rowUuid);
        s.bind(1, now);
        s.bind(2, now);
        s.bind(3, m_db.user());
    };
    const auto failed = [this](const Status& s) { return Status::error(ErrorCode::Database, tr("Could not save the project: %1").arg(s.message())); };
    for (ProjectBundle& b : bundles) {
        Project& p = b.project;
        normalizeLinks(p);
        p.uuid = newUuid();
        stamp(project, p.uuid);
        project.bind(4, p.enterpriseId);
        project.bindAll(writeValues(p), 5);
        auto id = project.run();
        if (!id)
            return failed(id.status());
        p.id = id.value();
        p.version = 1;
        if (const Status linked = links.insert(p, now, m_db.user()); !linked)
            return failed(linked);
        for (CostLine& c : b.costLines) {
            c.projectId = p.id;
            stamp(cost, newUuid());
            cost.bindAll({p.id, text(c.category), text(c.description), c.amount.fen(), c.eligible ? 1 : 0}, 4);
            auto line = cost.run();
            if (!line)
                return failed(line.status());
            c.id = line.value();
        }
        for (Milestone& m : b.milestones) {
            m.projectId = p.id;
            stamp(milestone, newUuid());
            milestone.bindAll({p.id, text(m.title), iso(m.dueOn), iso(m.doneOn)}, 4);
            auto line = milestone.run();
            if (!line)
                return failed(line.status());
            m.id = line.value();
        }
        const Status s = audit.record(tableName(), p.id, p.uuid, QStringLiteral("create"), source, now);
        if (!s)
            return s;
    }
    if (const Status ended = progressBatch.end(conn); !ended)
        return ended;
    return tx.commit();
}

namespace {
// The project a line belongs to must exist and be open; its uuid goes into the audit row.
// Invoices and payment proofs keep coming after acceptance (the subsidy application is made
// with them), so they are refused only on a cancelled project.
Result<Project> openOwner(const ProjectRepository& repo, qint64 projectId, bool moneyProof)
{
    auto project = repo.get(projectId);
    if (!project)
        return project.status();
    const bool editable = moneyProof ? project->state != ProjectState::Cancelled : ProjectWorkflow::isOpen(project->state);
    if (!editable)
        return Status::error(ErrorCode::Validation, QCoreApplication::translate("dx::ProjectRepository",
                                                                                "The project is %1 and can no longer be edited.")
                                                        .arg(projectStateName(project->state)));
    return project;
}
}

Result<qint64> ProjectRepository::saveLine(const QString& table, qint64 id, qint64 projectId, const QVariantMap& values,
                                           const QString& action) const
{
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto project = openOwner(*this, projectId, table == QLatin1String("invoices") || table == QLatin1String("payments"));
    if (!project)
        return project.status();
    const QStringList columns = values.keys();
    QVariantMap before;
    QSqlQuery q(conn);
    if (id == 0) {
        q.prepare(QStringLiteral("INSERT INTO %1 (uuid, created_at, updated_at, updated_by, project_id, %2) VALUES (?, ?, ?, ?, ?, %3)")
                      .arg(table, columns.join(QStringLiteral(", ")), placeholders(int(columns.size()))));
        const QString now = m_db.nowIso();
        for (const QVariant& v : QVariantList{newUuid(), now, now, m_db.user(), projectId} +
                                     values.values())
            q.addBindValue(v);
    } else {
        QSqlQuery old(conn);
        old.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND project_id = ?").arg(columns.join(QStringLiteral(", ")), table));
        old.addBindValue(id);
        old.addBindValue(projectId);
        if (!old.exec() || !old.next())
            return Status::error(ErrorCode::NotFound, tr("The line no longer exists; reload the project."));
        for (int i = 0; i < columns.size(); ++i)
            before.insert(columns.at(i), old.value(i));
        q.prepare(QStringLiteral("UPDATE %1 SET %2, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?")
                      .arg(table, assignments(columns.join(QStringLiteral(", ")))));
        for (const QVariant& v : values.values() + QVariantList{m_db.nowIso(), m_db.user(), id})
            q.addBindValue(v);
    }
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not save the line: %1").arg(sqlErrorText(q.lastError())));
    if (id == 0)
        id = q.lastInsertId().toLongLong();
    QJsonObject changes = AuditRepository::diff(before, values);
    changes.insert(QStringLiteral("line"), id);
    Status s = AuditRepository(m_db).record(conn, tableName(), projectId, project->uuid, action, changes);
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    return id;
}

Result<CostLine> ProjectRepository::saveCostLine(const CostLine& input) const
{
    CostLine c = input;
    c.category = c.category.trimmed();
    if (c.category.isEmpty())
        return Status::error(ErrorCode::Validation, tr("A cost line needs a category."));
    if (c.amount.fen() <= 0)
        return Status::error(ErrorCode::Validation, tr("A cost line needs a positive amount."));
    auto id = saveLine(QStringLiteral("cost_lines"), c.id, c.projectId,
                       {{QStringLiteral("category"), c.category}, {QStringLiteral("description"), text(c.description)},
                        {QStringLiteral("amount_fen"), c.amount.fen()}, {QStringLiteral("eligible"), c.eligible ? 1 : 0}},
                       QStringLiteral("cost line"));
    if (!id)
        return id.status();
    c.id = id.value();
    return c;
}

Result<Milestone> ProjectRepository::saveMilestone(const Milestone& input) const
{
    Milestone m = input;
    m.title = m.title.trimmed();
    if (m.title.isEmpty() || !m.dueOn.isValid())
        return Status::error(ErrorCode::Validation, tr("A milestone needs a title and a due date."));
    auto id = saveLine(QStringLiteral("milestones"), m.id, m.projectId,
                       {{QStringLiteral("title"), m.title}, {QStringLiteral("due_on"), iso(m.dueOn)},
                        {QStringLiteral("done_on"), iso(m.doneOn)}},
                       QStringLiteral("milestone"));
    if (!id)
        return id.status();
    m.id = id.value();
    return m;
}

Result<Invoice> ProjectRepository::saveInvoice(const Invoice& input) const
{
    Invoice i = input;
    i.number = i.number.trimmed();
    if (i.number.isEmpty() || !i.issuedOn.isValid())
        return Status::error(ErrorCode::Validation, tr("An invoice needs its number and date."));
    if (i.amount.fen() <= 0 || i.amountExclTax.fen() <= 0 || i.amount < i.amountExclTax)
        return Status::error(ErrorCode::Validation,
                             tr("An invoice needs positive amounts, and the amount excluding tax cannot exceed the amount."));
    auto id = saveLine(QStringLiteral("invoices"), i.id, i.projectId,
                       {{QStringLiteral("number"), i.number}, {QStringLiteral("issued_on"), iso(i.issuedOn)},
                        {QStringLiteral("amount_fen"), i.amount.fen()}, {QStringLiteral("amount_excl_tax_fen"), i.amountExclTax.fen()}},
                       QStringLiteral("invoice"));
    if (!id)
        return id.status();
    i.id = id.value();
    return i;
}

Result<Payment> ProjectRepository::savePayment(const Payment& input) const
{
    Payment p = input;
    if (p.amount.fen() <= 0 || !p.paidOn.isValid())
        return Status::error(ErrorCode::Validation, tr("A payment needs a positive amount and its date."));
    auto id = saveLine(QStringLiteral("payments"), p.id, p.projectId,
                       {{QStringLiteral("reference"), text(p.reference.trimmed())}, {QStringLiteral("paid_on"), iso(p.paidOn)},
                        {QStringLiteral("amount_fen"), p.amount.fen()}},
                       QStringLiteral("payment"));
    if (!id)
        return id.status();
    p.id = id.value();
    return p;
}

Result<QVector<Invoice>> ProjectRepository::invoices(qint64 projectId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, number, issued_on, amount_fen, amount_excl_tax_fen FROM invoices WHERE project_id = ? "
                             "ORDER BY issued_on, id"));
    q.addBindValue(projectId);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QVector<Invoice> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), projectId, q.value(1).toString(), date(q.value(2)),
                       Money::fromFen(q.value(3).toLongLong()), Money::fromFen(q.value(4).toLongLong())});
    return out;
}

Result<QVector<Payment>> ProjectRepository::payments(qint64 projectId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, reference, paid_on, amount_fen FROM payments WHERE project_id = ? ORDER BY paid_on, id"));
    q.addBindValue(projectId);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QVector<Payment> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), projectId, q.value(1).toString(), date(q.value(2)), Money::fromFen(q.value(3).toLongLong())});
    return out;
}

Result<QVector<CostLine>> ProjectRepository::costLines(qint64 projectId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, category, description, amount_fen, eligible FROM cost_lines WHERE project_id = ? ORDER BY id"));
    q.addBindValue(projectId);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QVector<CostLine> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), projectId, q.value(1).toString(), q.value(2).toString(),
                       Money::fromFen(q.value(3).toLongLong()), q.value(4).toBool()});
    return out;
}

Result<QVector<Milestone>> ProjectRepository::milestones(qint64 projectId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, title, due_on, done_on FROM milestones WHERE project_id = ? ORDER BY due_on, id"));
    q.addBindValue(projectId);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QVector<Milestone> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), projectId, q.value(1).toString(), date(q.value(2)), date(q.value(3))});
    return out;
}

Result<Project> ProjectRepository::create(const Project& input) const
{
    Project p = input;
    normalizeLinks(p);
    // A new project is a draft: nothing of a filing, cancellation or acceptance comes with it.
    p.state = ProjectState::Draft;
    p.filedOn = QDate();
    p.cancelReason.clear();
    p.acceptanceDiagnosisId = 0;
    p.acceptedOn = QDate();
    p.acceptanceResult.clear();
    p.acceptanceInspectors.clear();
    p.dossierVerified = false;
    const Status valid = validate(p, nullptr);
    if (!valid)
        return valid;
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    p.uuid = newUuid();
    p.updatedAt = m_db.nowIso();
    p.updatedBy = m_db.user();
    p.stateChangedOn = m_db.clock().today();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO projects (uuid, created_at, updated_at, updated_by, enterprise_id, %1) "
                             "VALUES (?, ?, ?, ?, ?%2)")
                  .arg(kWriteColumns, QStringLiteral(", ?").repeated(int(writeValues(p).size()))));
    for (const QVariant& v : QVariantList{p.uuid, p.updatedAt, p.updatedAt, p.updatedBy, p.enterpriseId} + writeValues(p))
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not save the project: %1").arg(sqlErrorText(q.lastError())));
    p.id = q.lastInsertId().toLongLong();
    p.version = 1;
    Status s = writeLinks(conn, m_db, p, false);
    if (!s)
        return s;
    s = AuditRepository(m_db).record(conn, tableName(), p.id, p.uuid, QStringLiteral("create"),
                                            AuditRepository::diff({}, auditFields(p)));
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    return p;
}

namespace {
// Writes every column of a project over the stored row if its version is still `version`.
Status writeProject(QSqlDatabase& conn, const Database& db, const Project& p, int version)
{
    QStringList sets;
    for (const QString& column : kWriteColumns.split(QStringLiteral(", ")))
        sets << column + QStringLiteral(" = ?");
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE projects SET %1, version = version + 1, updated_at = ?, updated_by = ? "
                             "WHERE id = ? AND version = ?")
                  .arg(sets.join(QStringLiteral(", "))));
    for (const QVariant& v : writeValues(p) + QVariantList{db.nowIso(), db.user(), p.id, version})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::error(ErrorCode::Conflict,
                             QCoreApplication::translate("dx::ProjectRepository", "The project was changed by someone else; nothing was saved."));
    return Status::ok();
}
}

Result<Project> ProjectRepository::update(const Project& input) const
{
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto before = get(input.id);
    if (!before)
        return before.status();
    if (before->version != input.version)
        return Status::error(ErrorCode::Conflict, tr("The project was changed by %1 at %2 after you opened it; your edit was not saved.")
                                                      .arg(before->updatedBy, before->updatedAt));
    if (!ProjectWorkflow::isOpen(before->state))
        return Status::error(ErrorCode::Validation, tr("The project is %1 and can no longer be edited.")
                                                        .arg(projectStateName(before->state)));
    Project p = input;
    normalizeLinks(p);
    // The state and the acceptance record change only through changeState().
    p.state = before->state;
    p.stateChangedOn = before->stateChangedOn;
    p.filedOn = before->filedOn;
    p.cancelReason = before->cancelReason;
    p.acceptanceDiagnosisId = before->acceptanceDiagnosisId;
    p.acceptedOn = before->acceptedOn;
    p.acceptanceResult = before->acceptanceResult;
    p.acceptanceInspectors = before->acceptanceInspectors;
    p.dossierVerified = before->dossierVerified;
    p.enterpriseId = before->enterpriseId;
    p.uuid = before->uuid;
    Status s = validate(p, &before.value());
    if (!s)
        return s;
    const QJsonObject changes = AuditRepository::diff(auditFields(before.value()), auditFields(p));
    if (changes.isEmpty())
        return before.value();
    s = writeProject(conn, m_db, p, before->version);
    if (!s)
        return s;
    if (p.vendorIds != before->vendorIds || p.productIds != before->productIds) {
        s = writeLinks(conn, m_db, p, true);
        if (!s)
            return s;
    }
    s = AuditRepository(m_db).record(conn, tableName(), p.id, p.uuid, QStringLiteral("update"), changes);
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    return get(p.id);
}

Result<Project> ProjectRepository::changeState(qint64 id, int expectedVersion, ProjectState to, const QString& reason,
                                               const AcceptanceRecord& acceptance) const
{
    const auto stale = [](const Project& current) {
        return Status::error(ErrorCode::Conflict, tr("The project was changed by %1 at %2 after you opened it.")
                                                      .arg(current.updatedBy, current.updatedAt));
    };
    return sql::versionedChange(m_db, id, expectedVersion, [this](qint64 i) { return get(i); }, stale,
                                [&](QSqlDatabase& conn, const Project& before) -> Status {
        Status s = ProjectWorkflow::checkTransition(before.state, to, reason);
        if (!s)
            return s;
        Project p = before;
        const QDate today = m_db.clock().today();
        if (to == ProjectState::Filed && !p.contractSignedOn.isValid())
            return Status::error(ErrorCode::Validation, tr("Filing a project needs the contract date."));
        if (to == ProjectState::Accepted || to == ProjectState::NotAccepted) {
            if (!acceptance.inspectedOn.isValid() || acceptance.inspectors.trimmed().isEmpty())
                return Status::error(ErrorCode::Validation, tr("The acceptance record needs the inspection date and the inspectors."));
            p.acceptedOn = acceptance.inspectedOn;
            p.acceptanceResult = acceptance.result;
            p.acceptanceInspectors = acceptance.inspectors;
            p.dossierVerified = acceptance.dossierVerified;
        }
        if (to == ProjectState::Accepted) {
            QVector<Diagnosis> diagnoses;
            auto summaries = DiagnosisRepository(m_db).listForEnterprise(p.enterpriseId);
            if (!summaries)
                return summaries.status();
            for (const DiagnosisSummary& sm : summaries.value())
                if (auto d = DiagnosisRepository(m_db).get(sm.id))
                    diagnoses.push_back(d.value());
            auto qualifying = ProjectWorkflow::acceptanceDiagnosis({p.contractSignedOn, p.targetLevel, diagnoses});
            if (!qualifying)
                return qualifying.status();
            p.acceptanceDiagnosisId = qualifying->id;
        }
        if (to == ProjectState::Filed)
            p.filedOn = today;
        if (to == ProjectState::Cancelled)
            p.cancelReason = reason.trimmed();
        p.state = to;
        p.stateChangedOn = today;
        s = writeProject(conn, m_db, p, expectedVersion);
        if (!s)
            return s;
        return AuditRepository(m_db).record(conn, tableName(), p.id, p.uuid, QStringLiteral("state"),
                                            AuditRepository::diff(auditFields(before), auditFields(p)));
    });
}

} // namespace dx
