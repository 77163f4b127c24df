#pragma once

#include "Keyset.h"
#include "domain/Project.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QVector>
#include <optional>

namespace dx {

class Database;

// What the city-wide project list shows of a project.
struct ProjectListRow
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    QString enterpriseName;
    QString creditCode;
    QString title;
    ProjectState state = ProjectState::Draft;
    QDate contractSignedOn;
    qint64 contractAmountFen = 0;
    QDate stateChangedOn;
    QString tractionName;
    int overdueMilestones = 0;   // due before `today` and not done
    PageCursor cursor;           // to continue after this row
};

// The columns the project list sorts by (ListSort::key); -1 is newest first.
enum class ProjectSortKey { Enterprise, CreditCode, Title, State, Since, Contract, Amount, Traction };

struct ProjectFilter
{
    QString search;          // enterprise name or credit code
    int state = -1;          // -1 any
    bool onlyOpen = false;
    bool onlyFlagged = false;  // overdue milestones, or stuck longer than stuckDays
    int stuckDays = 90;
    QDate today;
};

// The on-site acceptance record given when a project is accepted or not accepted.
struct AcceptanceRecord
{
    QDate inspectedOn;
    QString result;        // what the inspectors found
    QString inspectors;
    bool dossierVerified = false;
};

// Projects: created as drafts on a confirmed baseline diagnosis, moved through the states of
// ProjectWorkflow only (each move audited), accepted only with a qualifying post assessment.
class ProjectRepository
{
    Q_DECLARE_TR_FUNCTIONS(dx::ProjectRepository)

public:
    explicit ProjectRepository(const Database& db) : m_db(db) {}

    Result<Project> get(qint64 id) const;
    Result<QVector<Project>> listForEnterprise(qint64 enterpriseId) const;
    // A page of all projects in the order `sort` (by default newest first), after the row
    // `after` (none: from the top).
    Result<QVector<ProjectListRow>> page(const ProjectFilter& filter, const ListSort& sort,
                                         const std::optional<PageCursor>& after, int limit) const;
    Result<qint64> count(const ProjectFilter& filter) const;
    Result<Project> create(const Project& p) const;
    // Edits the project's data (not its state); version-checked; closed projects are read-only.
    Result<Project> update(const Project& p) const;
    // Moves the project to `to` if the workflow allows it; `reason` for a cancellation,
    // `acceptance` for Accepted / NotAccepted.
    Result<Project> changeState(qint64 id, int expectedVersion, ProjectState to, const QString& reason = QString(),
                                const AcceptanceRecord& acceptance = {}) const;

    // Stores projects with their cost lines and milestones in one transaction, an audit row per
    // project carrying `source` (demo data, imports). States are taken as given. All or nothing.
    Status insertMany(QVector<ProjectBundle>& bundles, const QJsonObject& source) const;
    Result<QVector<CostLine>> costLines(qint64 projectId) const;
    // Adds (id 0) or changes a cost line / milestone of an open project; audited on the project.
    Result<CostLine> saveCostLine(const CostLine& line) const;
    Result<Milestone> saveMilestone(const Milestone& milestone) const;
    Result<Invoice> saveInvoice(const Invoice& invoice) const;
    Result<Payment> savePayment(const Payment& payment) const;
    Result<QVector<Invoice>> invoices(qint64 projectId) const;
    Result<QVector<Payment>> payments(qint64 projectId) const;
    Result<QVector<Milestone>> milestones(qint64 projectId) const;

    static const QString& tableName();

private:
    Status validate(const Project& p, const Project* before) const;
    Status validateParties(const Project& p, const Project* before) const;
    // Inserts (id 0) or updates one row of a project's line table, audited on the project.
    Result<qint64> saveLine(const QString& table, qint64 id, qint64 projectId, const QVariantMap& values, const QString& action) const;
    const Database& m_db;
};

} // namespace dx
