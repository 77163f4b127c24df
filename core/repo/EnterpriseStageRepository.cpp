#include "EnterpriseStageRepository.h"

#include "SqlValues.h"
#include "db/Database.h"
#include "domain/Diagnosis.h"
#include "workflow/ProjectWorkflow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dx {

QString caseStageName(CaseStage stage)
{
    switch (stage) {
    case CaseStage::Registered:
        return EnterpriseStageRepository::tr("Registered");
    case CaseStage::Diagnosed:
        return EnterpriseStageRepository::tr("Diagnosed");
    case CaseStage::Filed:
        return EnterpriseStageRepository::tr("Project filed");
    case CaseStage::Accepted:
        return EnterpriseStageRepository::tr("Accepted");
    case CaseStage::ReachedLevel2:
        return EnterpriseStageRepository::tr("Level 2 or above after transformation");
    }
    return QString();
}

Status EnterpriseStageRepository::forEach(qint64 clusterId, const QDate& asOf,
                                          const std::function<void(const EnterpriseStage&)>& visit) const
{
    // Each test is an indexed probe of one enterprise's records; the unary plus keeps the planner
    // on the per-enterprise indexes (see ProgressRepository).
    const QString confirmed = QStringLiteral("d.status = %1 AND d.superseded = 0 AND d.visit_date <> '' AND d.visit_date <= :day")
                                  .arg(int(DiagnosisStatus::Confirmed));
    QString where = QStringLiteral("e.archived = 0");
    if (clusterId == 0)
        where += QStringLiteral(" AND e.cluster_id IS NULL");
    else if (clusterId > 0)
        where += QStringLiteral(" AND e.cluster_id = :cluster");
    const QString sql =
        QStringLiteral(
            "SELECT e.id, e.name, e.credit_code, COALESCE(dist.name, e.district_code), COALESCE(c.name, ''), e.above_scale, "
            "EXISTS (SELECT 1 FROM diagnoses d WHERE d.enterprise_id = e.id AND +d.kind = %1 AND %2), "
            "EXISTS (SELECT 1 FROM projects p WHERE p.enterprise_id = e.id AND p.state <> %3 AND p.filed_on <> '' AND p.filed_on <= :day), "
            "EXISTS (SELECT 1 FROM projects p WHERE p.enterprise_id = e.id AND +p.state = %4 AND p.accepted_on <> '' "
            " AND p.accepted_on <= :day), "
            "EXISTS (SELECT 1 FROM diagnoses d WHERE d.enterprise_id = e.id AND +d.kind = %5 AND +d.level >= 2 AND %2), "
            "(SELECT d.level FROM diagnoses d WHERE d.enterprise_id = e.id AND %2 ORDER BY d.visit_date DESC, d.id DESC LIMIT 1) "
            "FROM enterprises e LEFT JOIN districts dist ON dist.code = e.district_code LEFT JOIN clusters c ON c.id = e.cluster_id "
            "WHERE %6 ORDER BY e.name, e.id")
            .arg(int(DiagnosisKind::Baseline))
            .arg(confirmed)
            .arg(int(ProjectState::Draft))
            .arg(int(ProjectState::Accepted))
            .arg(int(DiagnosisKind::PostTransformation))
            .arg(where);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    q.bindValue(QStringLiteral(":day"), sql::iso(asOf.isValid() ? asOf : QDate::currentDate()));
    if (clusterId > 0)
        q.bindValue(QStringLiteral(":cluster"), clusterId);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    EnterpriseStage s;
    while (q.next()) {
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.creditCode = q.value(2).toString();
        s.districtName = q.value(3).toString();
        s.clusterName = q.value(4).toString();
        s.aboveScale = q.value(5).toInt() != 0;
        s.stage = q.value(9).toInt() ? CaseStage::ReachedLevel2
                  : q.value(8).toInt() ? CaseStage::Accepted
                  : q.value(7).toInt() ? CaseStage::Filed
                  : q.value(6).toInt() ? CaseStage::Diagnosed
                                       : CaseStage::Registered;
        s.latestLevel = q.value(10).isNull() ? -1 : q.value(10).toInt();
        visit(s);
    }
    return Status::ok();
}

} // namespace dx
