#include "ProviderImport.h"

#include "domain/CreditCode.h"
#include "repo/ClusterRepository.h"
#include "repo/ProviderRepository.h"

#include <QRegularExpression>

namespace dx {

namespace {
// "牵引单位、集成服务商" / "牵引单位,产品供应商" / "traction; vendor".
QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；/|\\n]+"));
    QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (QString& p : parts)
        p = p.trimmed();
    parts.removeAll(QString());
    return parts;
}

std::optional<ProviderRole> parseRole(const QString& text)
{
    const QString t = text.toLower();
    for (ProviderRole r : {ProviderRole::Traction, ProviderRole::Integrator, ProviderRole::ProductVendor})
        if (t == providerRoleName(r).toLower() || t == providerRoleKey(r))
            return r;
    if (t == QLatin1String("traction unit"))
        return ProviderRole::Traction;
    if (t == QLatin1String("integrator"))
        return ProviderRole::Integrator;
    if (t == QLatin1String("product vendor"))
        return ProviderRole::ProductVendor;
    if (t.contains(QStringLiteral("牵引")))
        return ProviderRole::Traction;
    if (t.contains(QStringLiteral("集成")))
        return ProviderRole::Integrator;
    if (t.contains(QStringLiteral("产品")) || t.contains(QStringLiteral("供应")))
        return ProviderRole::ProductVendor;
    return std::nullopt;
}
} // namespace

QString ProviderImport::title() const
{
    return tr("Service providers");
}

QVector<ImportField> ProviderImport::fields() const
{
    return {
        importField("name", tr("Provider name"), "服务商名称|单位名称|企业名称|机构名称|名称|provider|name", true),
        importField("credit_code", tr("Credit code"), "统一社会信用代码|社会信用代码|信用代码|credit code|uscc", true),
        importField("roles", tr("Roles"), "服务商类型|类型|角色|服务类别|roles|role|type", true),
        importField("clusters", tr("Clusters served"), "服务产业集群|服务行业|服务集群|产业集群|集群|clusters"),
        importField("batch", tr("Admission batch"), "入库批次|批次|入选批次|batch"),
        importField("admitted_on", tr("Admitted on"), "入库日期|入库时间|入选日期|admitted on|admitted"),
        importField("contact_name", tr("Contact"), "联系人|负责人|contact name|contact"),
        importField("contact_phone", tr("Contact phone"), "联系电话|电话|手机|联系方式|phone"),
        importField("notes", tr("Notes"), "备注|说明|notes|remarks"),
    };
}

const Provider* ProviderImport::record(int rowNumber) const
{
    auto it = m_records.constFind(rowNumber);
    return it == m_records.constEnd() ? nullptr : &it.value();
}

Status ProviderImport::prepare(const QVector<Cell>& headerRow, const ImportMapping& mapping)
{
    m_columns = ColumnMap(fields(), headerRow, mapping);
    auto clusters = ClusterRepository(m_db).list();
    if (!clusters)
        return clusters.status();
    m_clusterByName.clear();
    for (const Cluster& c : clusters.value())
        m_clusterByName.insert(c.name, c.id);
    auto providers = ProviderRepository(m_db).list(true);
    if (!providers)
        return providers.status();
    m_known.clear();
    for (const Provider& p : providers.value())
        m_known.insert(p.creditCode, p);
    m_firstRowOfCode.clear();
    m_records.clear();
    return Status::ok();
}

ImportAction ProviderImport::readRow(const QVector<Cell>& row, int rowNumber, QVector<ImportIssue>* issues, QStringList* changed)
{
    RowCells cells(row, rowNumber, m_columns, issues);
    Provider p;
    p.name = cells.required(QStringLiteral("name"), tr("The provider name is missing."));
    const QString code = cells.required(QStringLiteral("credit_code"), tr("The credit code is missing."));
    p.creditCode = CreditCode::normalize(code);
    if (!code.isEmpty() && !CreditCode::check(code).isValid())
        cells.issue(QStringLiteral("credit_code"), CreditCode::check(code).message());
    for (const QString& part : splitList(cells.text(QStringLiteral("roles")))) {
        const auto role = parseRole(part);
        if (!role)
            cells.issue(QStringLiteral("roles"), tr("\"%1\" is not a role: write 牵引单位, 集成服务商 or 产品供应商.").arg(part));
        else if (!p.roles.contains(*role))
            p.roles << *role;
    }
    for (const QString& name : splitList(cells.text(QStringLiteral("clusters")))) {
        const qint64 id = m_clusterByName.value(name, 0);
        if (!id)
            cells.issue(QStringLiteral("clusters"), tr("\"%1\" is not one of the city's clusters.").arg(name));
        else if (!p.clusterIds.contains(id))
            p.clusterIds << id;
    }
    p.admissionBatch = cells.text(QStringLiteral("batch"));
    if (const auto d = cells.date(QStringLiteral("admitted_on")))
        p.admittedOn = *d;
    p.contactName = cells.text(QStringLiteral("contact_name"));
    p.contactPhone = cells.text(QStringLiteral("contact_phone"));
    if (p.contactPhone.contains(QLatin1Char('*')))
        p.contactPhone.clear();
    p.notes = cells.cell(QStringLiteral("notes")) ? cells.cell(QStringLiteral("notes"))->text.trimmed() : QString();
    if (cells.hadIssues())
        return ImportAction::Invalid;
    auto first = m_firstRowOfCode.constFind(p.creditCode);
    if (first != m_firstRowOfCode.constEnd()) {
        cells.issue(QStringLiteral("credit_code"), tr("The same credit code as row %1 of this file.").arg(first.value()));
        return ImportAction::Invalid;
    }
    m_firstRowOfCode.insert(p.creditCode, rowNumber);
    auto stored = m_known.constFind(p.creditCode);
    if (stored == m_known.constEnd()) {
        if (p.roles.isEmpty()) {   // a stored provider keeps its roles when the cell is empty
            cells.issue(QStringLiteral("roles"), tr("Give at least one role: 牵引单位, 集成服务商 or 产品供应商."));
            return ImportAction::Invalid;
        }
        m_records.insert(rowNumber, p);
        return ImportAction::Create;
    }
    // Only what the file says: empty cells keep the stored values.
    Provider merged = stored.value();
    auto take = [&](const QString& key, auto Provider::*member) {
        if (cells.blank(key) || merged.*member == p.*member)
            return;
        merged.*member = p.*member;
        *changed << m_columns.label(key);
    };
    take(QStringLiteral("name"), &Provider::name);
    take(QStringLiteral("roles"), &Provider::roles);
    take(QStringLiteral("clusters"), &Provider::clusterIds);
    take(QStringLiteral("batch"), &Provider::admissionBatch);
    take(QStringLiteral("admitted_on"), &Provider::admittedOn);
    take(QStringLiteral("contact_name"), &Provider::contactName);
    if (!p.contactPhone.isEmpty())
        take(QStringLiteral("contact_phone"), &Provider::contactPhone);
    take(QStringLiteral("notes"), &Provider::notes);
    m_records.insert(rowNumber, merged);
    return changed->isEmpty() ? ImportAction::Unchanged : ImportAction::Update;
}

Status ProviderImport::write(const QVector<ImportRow>& rows, const QJsonObject&, const Progress& progress,
                             const std::atomic_bool* cancel) const
{
    ProviderRepository repo(m_db);
    for (int i = 0; i < rows.size(); ++i) {
        if (cancel && cancel->load())
            return Status::error(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
        const Provider& p = m_records.value(rows.at(i).row);
        auto saved = rows.at(i).action == ImportAction::Create ? repo.create(p) : repo.update(p);
        if (!saved)
            return Status::error(saved.code(), tr("Row %1: %2 Nothing was imported.").arg(rows.at(i).row).arg(saved.message()));
        if (progress && i % 100 == 0)
            progress(i, int(rows.size()));
    }
    return Status::ok();
}

} // namespace dx
