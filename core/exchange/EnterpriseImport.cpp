#include "EnterpriseImport.h"

#include "EnterpriseCells.h"
#include "Table.h"
#include "db/Database.h"
#include "repo/EnterpriseRepository.h"

namespace dx {

EnterpriseImport::EnterpriseImport(const Database& db) : ImportTarget(db) {}
EnterpriseImport::~EnterpriseImport() = default;

const QString& EnterpriseImport::kindName()
{
    static const QString k = QStringLiteral("enterprises");
    return k;
}

QString EnterpriseImport::title() const
{
    return tr("Enterprises");
}

QVector<ImportField> EnterpriseImport::fieldList()
{
    // Header names as they appear in the ledgers bureaus keep (and in DX Desk's own export).
    return {
        importField("name", tr("Enterprise name"), "企业名称|单位名称|企业全称|名称|公司名称|企业|enterprise name|enterprise|company|name", true),
        importField("credit_code", tr("Credit code"),
          "统一社会信用代码|社会信用代码|信用代码|统一代码|组织机构代码|credit code|uscc|unified social credit code", true),
        importField("district", tr("District"), "所属区县|区县|县区|所在区县|所属县区|行政区|所属区域|所属地区|区域|district|county"),
        importField("industry", tr("Industry"), "所属行业|行业代码|国民经济行业|行业分类|行业|industry code|industry"),
        importField("cluster", tr("Cluster"), "产业集群|所属集群|细分行业|集群|产业链|cluster"),
        importField("above_scale", tr("Above scale (规上)"), "是否规上|规上/规下|规上规下|规模以上|是否规模以上|规上企业|规模|above scale"),
        importField("employees", tr("Employees"), "从业人员|从业人数|从业人员数|员工人数|职工人数|人数|employees|staff"),
        importField("revenue", tr("Annual revenue"), "营业收入|主营业务收入|年营业收入|营收|销售收入|revenue|annual revenue"),
        importField("tier", tr("专精特新 tier"), "专精特新梯度|企业梯度|梯度|专精特新|梯度培育|tier"),
        importField("tier_valid_until", tr("Tier valid until"), "梯度有效期|认定有效期|有效期至|有效期|valid until"),
        importField("contact_name", tr("Contact"), "联系人|联系人姓名|负责人|contact name|contact"),
        importField("contact_phone", tr("Contact phone"), "联系电话|联系人电话|手机号码|手机|电话|联系方式|contact phone|phone|mobile"),
        importField("commissioner", tr("Service commissioner"), "服务专员|专员|commissioner"),
        importField("notes", tr("Notes"), "备注|说明|notes|remarks|remark"),
    };
}

const Enterprise* EnterpriseImport::record(int rowNumber) const
{
    auto it = m_records.constFind(rowNumber);
    return it == m_records.constEnd() ? nullptr : &it.value();
}

Status EnterpriseImport::prepare(const QVector<Cell>& headerRow, const ImportMapping& mapping)
{
    auto cells = EnterpriseCells::load(m_db, headerRow, mapping);
    if (!cells)
        return cells.status();
    m_cells = std::make_unique<EnterpriseCells>(cells.takeValue());
    auto known = EnterpriseRepository(m_db).idsByCreditCode();
    if (!known)
        return known.status();
    m_known = known.value();
    m_firstRowOfCode.clear();
    m_records.clear();
    return Status::ok();
}

ImportAction EnterpriseImport::readRow(const QVector<Cell>& row, int rowNumber, QVector<ImportIssue>* issues, QStringList* changed)
{
    const int issuesBefore = int(issues->size());
    Enterprise e = m_cells->read(row, rowNumber, issues);
    if (issues->size() > issuesBefore)
        return ImportAction::Invalid;
    auto first = m_firstRowOfCode.constFind(e.creditCode);
    if (first != m_firstRowOfCode.constEnd()) {
        issues->push_back({rowNumber, m_cells->header(QStringLiteral("credit_code")), e.creditCode,
                           tr("The same credit code as row %1 of this file.").arg(first.value())});
        return ImportAction::Invalid;
    }
    m_firstRowOfCode.insert(e.creditCode, rowNumber);
    ImportAction action = ImportAction::Create;
    if (const qint64 id = m_known.value(e.creditCode, 0)) {
        auto stored = EnterpriseRepository(m_db).get(id);
        if (!stored) {
            issues->push_back({rowNumber, QString(), e.creditCode, stored.message()});
            return ImportAction::Invalid;
        }
        Enterprise merged = stored.value();
        *changed = m_cells->mergeInto(row, e, &merged);
        e = merged;
        action = changed->isEmpty() ? ImportAction::Unchanged : ImportAction::Update;
    }
    m_records.insert(rowNumber, e);
    return action;
}

Status EnterpriseImport::write(const QVector<ImportRow>& rows, const QJsonObject& source, const Progress& progress,
                               const std::atomic_bool* cancel) const
{
    QVector<Enterprise> creates;
    QVector<Enterprise> updates;
    for (const ImportRow& r : rows)
        (r.action == ImportAction::Create ? creates : updates) << m_records.value(r.row);
    const int total = int(rows.size());
    EnterpriseRepository repo(m_db);
    Status s = repo.insertMany(creates, source, [&](int done, int) {
        if (progress)
            progress(done, total);
    }, cancel);
    if (!s)
        return s;
    for (int i = 0; i < updates.size(); ++i) {
        if (cancel && cancel->load())
            return Status::error(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
        auto saved = repo.update(updates.at(i));
        if (!saved)
            return Status::error(saved.code(), tr("Row for %1: %2 Nothing was imported.").arg(updates.at(i).creditCode, saved.message()));
        if (progress && i % 200 == 0)
            progress(int(creates.size()) + i, total);
    }
    return Status::ok();
}

} // namespace dx
