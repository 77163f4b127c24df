#include "GrantImport.h"

#include "db/Database.h"
#include "repo/PolicyRepository.h"

namespace dx {

namespace {
QString applicationKey(qint64 enterpriseId, qint64 projectId, qint64 policyId)
{
    return QStringLiteral("%1|%2|%3").arg(enterpriseId).arg(projectId).arg(policyId);
}
}

QString GrantImport::title() const
{
    return tr("Grant applications");
}

QVector<ImportField> GrantImport::fields() const
{
    return {
        importField("credit_code", tr("Enterprise credit code"), "统一社会信用代码|企业信用代码|信用代码|credit code", true),
        importField("project", tr("Project"), "项目名称|改造项目|项目|project"),
        importField("policy", tr("Policy"), "奖补政策|政策名称|政策|申报政策|policy", true),
        importField("requested", tr("Requested amount"), "申请金额|申报金额|申请奖补金额|金额|requested|amount", true),
        importField("applied_on", tr("Applied on"), "申请日期|申报日期|日期|applied on|date"),
        importField("notes", tr("Notes"), "备注|说明|notes"),
    };
}

Status GrantImport::prepare(const QVector<Cell>& headerRow, const ImportMapping& mapping)
{
    m_columns = ColumnMap(fields(), headerRow, mapping);
    const QString amountHeader = ImportMapping::normalizeHeader(m_columns.header(QStringLiteral("requested")));
    m_amountsInWan = amountHeader.contains(QStringLiteral("万元")) || amountHeader.contains(QStringLiteral("10kyuan"));
    Status s = m_resolver.load();
    if (!s)
        return s;
    auto policies = PolicyRepository(m_db).list();
    if (!policies)
        return policies.status();
    m_policyByName.clear();
    for (const PolicyInfo& p : policies.value())
        m_policyByName.insert(p.name, p.id);
    // Open applications (neither rejected nor withdrawn): filing one again is not a new one.
    m_open.clear();
    auto rows = GrantRepository(m_db).page(GrantFilter{}, {}, std::nullopt, std::numeric_limits<int>::max());
    if (!rows)
        return rows.status();
    for (const GrantListRow& r : rows.value())
        if (r.state != GrantState::Rejected && r.state != GrantState::Withdrawn)
            m_open.insert(applicationKey(r.enterpriseId, r.projectId, r.policyId));
    m_firstRowOfKey.clear();
    m_records.clear();
    return Status::ok();
}

ImportAction GrantImport::readRow(const QVector<Cell>& row, int rowNumber, QVector<ImportIssue>* issues, QStringList*)
{
    RowCells cells(row, rowNumber, m_columns, issues);
    GrantApplication a;
    a.enterpriseId = m_resolver.enterpriseOf(cells, QStringLiteral("credit_code"));
    if (const Project* p = m_resolver.projectOf(cells, a.enterpriseId, QStringLiteral("project"), false))
        a.projectId = p->id;
    const QString policy = cells.required(QStringLiteral("policy"), tr("The policy is missing."));
    a.policyId = m_policyByName.value(policy, 0);
    if (!policy.isEmpty() && !a.policyId)
        cells.issue(QStringLiteral("policy"), tr("No active policy has this name (Subsidies → Funds and policies)."));
    AmountOptions options;
    options.unitWan = m_amountsInWan;
    const auto requested = cells.amount(QStringLiteral("requested"), options);
    if (requested && requested->fen() > 0)
        a.requested = *requested;
    else if (!cells.hadIssues())
        cells.issue(QStringLiteral("requested"), tr("The requested amount must be more than zero."));
    a.appliedOn = cells.date(QStringLiteral("applied_on")).value_or(m_db.clock().today());
    a.notes = cells.cell(QStringLiteral("notes")) ? cells.cell(QStringLiteral("notes"))->text.trimmed() : QString();
    if (cells.hadIssues())
        return ImportAction::Invalid;
    const QString key = applicationKey(a.enterpriseId, a.projectId, a.policyId);
    auto first = m_firstRowOfKey.constFind(key);
    if (first != m_firstRowOfKey.constEnd()) {
        cells.issue(QStringLiteral("policy"), tr("The same application as row %1 of this file.").arg(first.value()));
        return ImportAction::Invalid;
    }
    m_firstRowOfKey.insert(key, rowNumber);
    m_records.insert(rowNumber, a);
    return m_open.contains(key) ? ImportAction::Unchanged : ImportAction::Create;
}

Status GrantImport::write(const QVector<ImportRow>& rows, const QJsonObject&, const Progress& progress,
                          const std::atomic_bool* cancel) const
{
    GrantRepository repo(m_db);
    for (int i = 0; i < rows.size(); ++i) {
        if (cancel && cancel->load())
            return Status::error(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
        auto filed = repo.apply(m_records.value(rows.at(i).row));
        if (!filed)
            return Status::error(filed.code(), tr("Row %1: %2 Nothing was imported.").arg(rows.at(i).row).arg(filed.message()));
        if (progress && i % 100 == 0)
            progress(i, int(rows.size()));
    }
    return Status::ok();
}

} // namespace dx
