#include "CaseStatsRepository.h"

#include "db/Database.h"
#include "domain/Diagnosis.h"
#include "workflow/ProjectWorkflow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dx {

Result<Conversion> CaseStatsRepository::diagnosisToProject(const QDate& asOf, qint64 clusterId) const
{
    // A project counts from its filing (备案): drafts are not yet projects. Cancelled projects
    // that were filed still count as started.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM projects p WHERE p.enterprise_id = e.id "
        "AND p.filed_on <> '' AND p.filed_on <= :asof) THEN 1 ELSE 0 END) "
        "FROM enterprises e WHERE e.archived = 0 AND (:cluster < 0 OR e.cluster_id = :cluster) "
        "AND EXISTS (SELECT 1 FROM diagnoses d WHERE d.enterprise_id = e.id AND d.kind = :baseline "
        "AND d.status = :confirmed AND d.visit_date <= :asof)"));
    q.bindValue(QStringLiteral(":asof"), asOf.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":cluster"), clusterId);
    q.bindValue(QStringLiteral(":baseline"), int(DiagnosisKind::Baseline));
    q.bindValue(QStringLiteral(":confirmed"), int(DiagnosisStatus::Confirmed));
    if (!q.exec() || !q.next())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    Conversion c;
    c.diagnosed = q.value(0).toLongLong();
    c.withProject = q.value(1).toLongLong();
    return c;
}

} // namespace dx
