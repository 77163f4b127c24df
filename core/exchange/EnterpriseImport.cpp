#include "EnterpriseImport.h"

#include "EnterpriseCells.h"
#include "Table.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "repo/EnterpriseRepository.h"

namespace dx {

const QString& EnterpriseImport::kind()
{
    static const QString k = QStringLiteral("enterprises");
    return k;
}

QVector<ImportField> EnterpriseImport::fields()
{
    // Header names as they appear in the ledgers bureaus keep (and in DX Desk's own export).
    auto f = [](const char* key, const QString& label, const char* synonyms, bool required = false) {
        return ImportField{QLatin1String(key), label, QString::fromUtf8(synonyms).split(QLatin1Char('|')), required};
    };
    return {
        f("name", tr("Enterprise name"), "企业名称|单位名称|企业全称|名称|公司名称|企业|enterprise name|enterprise|company|name", true),
        f("credit_code", tr("Credit code"),
          "统一社会信用代码|社会信用代码|信用代码|统一代码|组织机构代码|credit code|uscc|unified social credit code", true),
        f("district", tr("District"), "所属区县|区县|县区|所在区县|所属县区|行政区|所属区域|所属地区|区域|district|county"),
        f("industry", tr("Industry"), "所属行业|行业代码|国民经济行业|行业分类|行业|industry code|industry"),
        f("cluster", tr("Cluster"), "产业集群|所属集群|细分行业|集群|产业链|cluster"),
        f("above_scale", tr("Above scale (规上)"), "是否规上|规上/规下|规上规下|规模以上|是否规模以上|规上企业|规模|above scale"),
        f("employees", tr("Employees"), "从业人员|从业人数|从业人员数|员工人数|职工人数|人数|employees|staff"),
        f("revenue", tr("Annual revenue"), "营业收入|主营业务收入|年营业收入|营收|销售收入|revenue|annual revenue"),
        f("tier", tr("专精特新 tier"), "专精特新梯度|企业梯度|梯度|专精特新|梯度培育|tier"),
        f("tier_valid_until", tr("Tier valid until"), "梯度有效期|认定有效期|有效期至|有效期|valid until"),
        f("contact_name", tr("Contact"), "联系人|联系人姓名|负责人|contact name|contact"),
        f("contact_phone", tr("Contact phone"), "联系电话|联系人电话|手机号码|手机|电话|联系方式|contact phone|phone|mobile"),
        f("commissioner", tr("Service commissioner"), "服务专员|专员|commissioner"),
        f("notes", tr("Notes"), "备注|说明|notes|remarks|remark"),
    };
}

int ImportPlan::count(ImportAction action) const
{
    int n = 0;
    for (const ImportRow& r : rows)
        n += r.action == action ? 1 : 0;
    return n;
}

bool ImportPlan::writesAnything(const ImportOptions& options) const
{
    if (count(ImportAction::Invalid) > 0 && !options.skipInvalid)
        return false;
    return count(ImportAction::Create) + (options.updateExisting ? count(ImportAction::Update) : 0) > 0;
}

QString importActionName(ImportAction action)
{
    switch (action) {
    case ImportAction::Create: return QCoreApplication::translate("dx::EnterpriseImport", "new");
    case ImportAction::Update: return QCoreApplication::translate("dx::EnterpriseImport", "update");
    case ImportAction::Unchanged: return QCoreApplication::translate("dx::EnterpriseImport", "unchanged");
    case ImportAction::Invalid: return QCoreApplication::translate("dx::EnterpriseImport", "invalid");
    }
    return {};
}

Result<ImportPlan> EnterpriseImport::dryRun(const Table& table, const ImportMapping& mapping, const ImportOptions& options,
                                            const Progress& progress, const std::atomic_bool* cancel) const
{
    const QVector<ImportField> all = fields();
    const QStringList missing = mapping.missingRequired(all);
    if (!missing.isEmpty())
        return Status::error(ErrorCode::Validation, tr("No column is chosen for: %1.").arg(missing.join(QStringLiteral(", "))));
    if (options.headerRow < 0 || options.headerRow >= table.rows.size())
        return Status::error(ErrorCode::Validation, tr("The sheet has no row %1 to take the headers from.").arg(options.headerRow + 1));
    auto cells = EnterpriseCells::load(m_db, table.rows.at(options.headerRow), mapping);
    if (!cells)
        return cells.status();
    auto known = EnterpriseRepository(m_db).idsByCreditCode();
    if (!known)
        return known.status();

    ImportPlan plan;
    QHash<QString, int> firstRowOfCode;   // duplicates inside the file
    const int total = int(table.rows.size()) - options.headerRow - 1;
    for (int i = options.headerRow + 1; i < table.rows.size(); ++i) {
        const int done = i - options.headerRow;
        if (cancel && cancel->load())
            return Status::error(ErrorCode::Cancelled, tr("The check was cancelled; nothing was imported."));
        if (progress && done % 500 == 0)
            progress(done, total);
        const QVector<Cell>& cellsOfRow = table.rows.at(i);
        if (table.isRowEmpty(i))
            continue;
        ImportRow row;
        row.row = i + 1;
        const int issuesBefore = int(plan.issues.size());
        row.enterprise = cells->read(cellsOfRow, row.row, &plan.issues);
        const QString code = row.enterprise.creditCode;
        if (!code.isEmpty() && plan.issues.size() == issuesBefore) {
            auto first = firstRowOfCode.constFind(code);
            if (first != firstRowOfCode.constEnd())
                plan.issues.push_back({row.row, cells->header(QStringLiteral("credit_code")), code,
                                       tr("The same credit code as row %1 of this file.").arg(first.value())});
            else
                firstRowOfCode.insert(code, row.row);
        }
        if (plan.issues.size() > issuesBefore) {
            row.action = ImportAction::Invalid;
        } else if (const qint64 id = known->value(code, 0)) {
            auto stored = EnterpriseRepository(m_db).get(id);
            if (!stored)
                return stored.status();
            Enterprise merged = stored.value();
            row.changedFields = cells->mergeInto(cellsOfRow, row.enterprise, &merged);
            row.enterprise = merged;
            row.action = row.changedFields.isEmpty() ? ImportAction::Unchanged : ImportAction::Update;
        } else {
            row.action = ImportAction::Create;
        }
        plan.rows.push_back(row);
    }
    if (progress)
        progress(total, total);
    return plan;
}

Result<ImportOutcome> EnterpriseImport::apply(const ImportPlan& plan, const ImportOptions& options, const QString& source,
                                              const Progress& progress, const std::atomic_bool* cancel) const
{
    const int invalid = plan.count(ImportAction::Invalid);
    if (invalid > 0 && !options.skipInvalid)
        return Status::error(ErrorCode::Validation,
                             tr("%n row(s) of the file have errors, so nothing was imported. Correct them, or choose to "
                                "import the valid rows only.",
                                nullptr, invalid));
    QVector<Enterprise> creates;
    QVector<Enterprise> updates;
    for (const ImportRow& r : plan.rows) {
        if (r.action == ImportAction::Create)
            creates << r.enterprise;
        else if (r.action == ImportAction::Update && options.updateExisting)
            updates << r.enterprise;
    }
    ImportOutcome outcome;
    outcome.skipped = int(plan.rows.size() - creates.size() - updates.size());
    if (creates.isEmpty() && updates.isEmpty())
        return outcome;
    const int total = int(creates.size() + updates.size());
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    EnterpriseRepository repo(m_db);
    const QJsonObject audit{{QStringLiteral("source"), QStringLiteral("import")}, {QStringLiteral("file"), source}};
    Status s = repo.insertMany(creates, audit, [&](int done, int) {
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
    s = tx.commit();
    if (!s)
        return s;
    outcome.created = int(creates.size());
    outcome.updated = int(updates.size());
    if (progress)
        progress(total, total);
    return outcome;
}

} // namespace dx
