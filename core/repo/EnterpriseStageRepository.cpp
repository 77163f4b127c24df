#include "EnterpriseStageRepository.h"

#include "SqlValues.h"
#include "db/Database.h"
#include "domain/Diagnosis.h"

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
    // The stage dates the dashboard counts from (enterprise_progress, db/ProgressSchema.h), so the
    // list adds up to the report's figures: in the register on the day unless archived by then;
    // a stage reached when its first date is on or before the day. The latest level is the stored
    // one unless the enterprise was assessed after the day; only those are probed.
    const QString day = sql::iso(asOf.isValid() ? asOf : QDate::currentDate());
    QString where = QStringLiteral("(p.archived_on IS NULL OR p.archived_on > :day)");
    if (clusterId >= 0)
        where += QStringLiteral(" AND p.cluster = :cluster");
    const QString sql =
        QStringLiteral(
            "SELECT e.id, e.name, e.credit_code, COALESCE(dist.name, e.district_code), COALESCE(c.name, ''), e.above_scale, "
            "p.base_on <= :day, p.filed_on <= :day, p.accepted_on <= :day, p.level2_on <= :day, "
            "CASE WHEN p.latest_on IS NULL THEN NULL WHEN p.latest_on <= :day THEN p.latest_level ELSE "
            " (SELECT d.level FROM diagnoses d WHERE d.enterprise_id = e.id AND d.status = %1 AND d.superseded = 0 "
            "  AND d.visit_date <> '' AND d.visit_date <= :day ORDER BY d.visit_date DESC, d.id DESC LIMIT 1) END "
            "FROM enterprise_progress p JOIN enterprises e ON e.id = p.enterprise_id "
            "LEFT JOIN districts dist ON dist.code = e.district_code LEFT JOIN clusters c ON c.id = e.cluster_id "
            "WHERE %2 ORDER BY e.name, e.id")
            .arg(int(DiagnosisStatus::Confirmed))
            .arg(where);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    q.bindValue(QStringLiteral(":day"), day);
    if (clusterId >= 0)
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
