#include "ProjectMoneyImport.h"

#include "domain/CostCategory.h"
#include "domain/CreditCode.h"
#include "repo/ProjectRepository.h"
#include "workflow/ProjectWorkflow.h"

namespace dx {

namespace {
// The categories as ledgers write them (the names shown in the app work too).
QString categoryKey(const QString& text)
{
    const QString key = costCategoryKey(text);
    if (costCategoryKeys().contains(key))
        return key;
    static const QList<QPair<const char*, const char*>> words{
        {"软件", "software"}, {"云", "cloud"},   {"实施", "implementation"}, {"集成", "implementation"},
        {"硬件", "hardware"}, {"设备", "hardware"}, {"培训", "training"},      {"运维", "maintenance"},
        {"维护", "maintenance"}};
    for (const auto& w : words)
        if (text.contains(QString::fromUtf8(w.first)))
            return QLatin1String(w.second);
    return {};
}

QString lineKey(qint64 projectId, const QString& a, const QString& b = QString(), qint64 fen = -1)
{
    return QStringLiteral("%1|%2|%3|%4").arg(projectId).arg(a, b).arg(fen);
}
} // namespace

QString ProjectMoneyImport::kind() const
{
    switch (m_lines) {
    case Lines::CostLines: return QStringLiteral("cost-lines");
    case Lines::Invoices: return QStringLiteral("invoices");
    case Lines::Payments: return QStringLiteral("payments");
    }
    return {};
}

QString ProjectMoneyImport::title() const
{
    switch (m_lines) {
    case Lines::CostLines: return tr("Project cost lines");
    case Lines::Invoices: return tr("Project invoices");
    case Lines::Payments: return tr("Project payments");
    }
    return {};
}

QVector<ImportField> ProjectMoneyImport::fields() const
{
    QVector<ImportField> list{
        importField("credit_code", tr("Enterprise credit code"), "统一社会信用代码|企业信用代码|信用代码|credit code", true),
        importField("project", tr("Project"), "项目名称|改造项目|项目|project"),
    };
    switch (m_lines) {
    case Lines::CostLines:
        list << importField("category", tr("Cost category"), "费用类别|费用类型|类别|投入类别|category", true)
             << importField("description", tr("Description"), "费用明细|明细|内容|说明|description")
             << importField("amount", tr("Amount"), "金额|费用金额|投入金额|合计|amount", true)
             << importField("eligible", tr("Eligible for subsidy"), "是否可奖补|可奖补|纳入奖补|eligible");
        break;
    case Lines::Invoices:
        list << importField("number", tr("Invoice number"), "发票号码|发票号|number", true)
             << importField("date", tr("Issued on"), "开票日期|日期|issued on|date", true)
             << importField("amount", tr("Amount including tax"), "价税合计|含税金额|发票金额|金额|amount", true)
             << importField("amount_excl_tax", tr("Amount excluding tax"), "不含税金额|金额（不含税）|excluding tax", true);
        break;
    case Lines::Payments:
        list << importField("reference", tr("Voucher number"), "凭证号|付款凭证号|银行流水号|流水号|reference|voucher", true)
             << importField("date", tr("Paid on"), "付款日期|支付日期|日期|paid on|date", true)
             << importField("amount", tr("Amount"), "付款金额|支付金额|金额|amount", true);
        break;
    }
    return list;
}

Status ProjectMoneyImport::prepare(const QVector<Cell>& headerRow, const ImportMapping& mapping)
{
    m_columns = ColumnMap(fields(), headerRow, mapping);
    const QString amountHeader = ImportMapping::normalizeHeader(m_columns.header(QStringLiteral("amount")));
    m_amountsInWan = amountHeader.contains(QStringLiteral("万元")) || amountHeader.contains(QStringLiteral("10kyuan"));
    const Status loaded = m_resolver.load();
    if (!loaded)
        return loaded;
    m_projectState.clear();
    m_stored.clear();
    m_firstRowOfKey.clear();
    m_costLines.clear();
    m_invoices.clear();
    m_payments.clear();
    return Status::ok();
}

qint64 ProjectMoneyImport::projectOf(RowCells& cells)
{
    const Project* p = m_resolver.projectOf(cells, m_resolver.enterpriseOf(cells, QStringLiteral("credit_code")), QStringLiteral("project"));
    if (!p)
        return 0;
    m_projectState.insert(p->id, p->state);
    return p->id;
}

Result<QSet<QString>> ProjectMoneyImport::storedKeys(qint64 projectId)
{
    auto it = m_stored.constFind(projectId);
    if (it != m_stored.constEnd())
        return it.value();
    QSet<QString> keys;
    ProjectRepository repo(m_db);
    if (m_lines == Lines::CostLines) {
        auto lines = repo.costLines(projectId);
        if (!lines)
            return lines.status();
        for (const CostLine& c : lines.value())
            keys.insert(lineKey(projectId, c.category, c.description, c.amount.fen()));
    } else if (m_lines == Lines::Invoices) {
        auto lines = repo.invoices(projectId);
        if (!lines)
            return lines.status();
        for (const Invoice& i : lines.value())
            keys.insert(lineKey(projectId, i.number));
    } else {
        auto lines = repo.payments(projectId);
        if (!lines)
            return lines.status();
        for (const Payment& p : lines.value())
            keys.insert(lineKey(projectId, p.reference));
    }
    m_stored.insert(projectId, keys);
    return keys;
}

ImportAction ProjectMoneyImport::readRow(const QVector<Cell>& row, int rowNumber, QVector<ImportIssue>* issues, QStringList*)
{
    RowCells cells(row, rowNumber, m_columns, issues);
    const qint64 projectId = projectOf(cells);
    AmountOptions options;
    options.unitWan = m_amountsInWan;
    const auto amount = cells.amount(QStringLiteral("amount"), options);
    if (!amount && !cells.hadIssues())
        cells.issue(QStringLiteral("amount"), tr("The amount is missing."));
    QString key;
    QString keyColumn;
    if (m_lines == Lines::CostLines) {
        CostLine c;
        c.projectId = projectId;
        const QString category = cells.required(QStringLiteral("category"), tr("The cost category is missing."));
        c.category = categoryKey(category);
        if (!category.isEmpty() && c.category.isEmpty())
            cells.issue(QStringLiteral("category"), tr("Not a cost category (软件, 云服务, 实施服务, 硬件, 培训 or 运维)."));
        c.description = cells.text(QStringLiteral("description"));
        c.amount = amount.value_or(Money());
        c.eligible = cells.yesNo(QStringLiteral("eligible"), {QStringLiteral("可奖补"), QStringLiteral("纳入")},
                                 {QStringLiteral("不可奖补"), QStringLiteral("不纳入")})
                         .value_or(true);
        key = lineKey(projectId, c.category, c.description, c.amount.fen());
        keyColumn = QStringLiteral("description");
        m_costLines.insert(rowNumber, c);
    } else if (m_lines == Lines::Invoices) {
        Invoice i;
        i.projectId = projectId;
        i.number = cells.required(QStringLiteral("number"), tr("The invoice number is missing."));
        i.issuedOn = cells.date(QStringLiteral("date")).value_or(QDate());
        if (!i.issuedOn.isValid() && cells.blank(QStringLiteral("date")))
            cells.issue(QStringLiteral("date"), tr("The date is missing."));
        i.amount = amount.value_or(Money());
        i.amountExclTax = cells.amount(QStringLiteral("amount_excl_tax"), options).value_or(Money());
        if (i.amountExclTax.fen() > i.amount.fen())
            cells.issue(QStringLiteral("amount_excl_tax"), tr("More than the amount including tax."));
        key = lineKey(projectId, i.number);
        keyColumn = QStringLiteral("number");
        m_invoices.insert(rowNumber, i);
    } else {
        Payment p;
        p.projectId = projectId;
        p.reference = cells.required(QStringLiteral("reference"), tr("The voucher number is missing."));
        p.paidOn = cells.date(QStringLiteral("date")).value_or(QDate());
        if (!p.paidOn.isValid() && cells.blank(QStringLiteral("date")))
            cells.issue(QStringLiteral("date"), tr("The date is missing."));
        p.amount = amount.value_or(Money());
        key = lineKey(projectId, p.reference);
        keyColumn = QStringLiteral("reference");
        m_payments.insert(rowNumber, p);
    }
    if (cells.hadIssues())
        return ImportAction::Invalid;
    // A cost line is written only to an open project; invoices and payments also after acceptance.
    const ProjectState state = m_projectState.value(projectId);
    if (m_lines == Lines::CostLines && !ProjectWorkflow::isOpen(state)) {
        cells.issue(QStringLiteral("project"), tr("The project is %1; its cost lines can no longer change.").arg(projectStateName(state)));
        return ImportAction::Invalid;
    }
    auto first = m_firstRowOfKey.constFind(key);
    if (first != m_firstRowOfKey.constEnd()) {
        cells.issue(keyColumn, tr("The same line as row %1 of this file.").arg(first.value()));
        return ImportAction::Invalid;
    }
    m_firstRowOfKey.insert(key, rowNumber);
    auto stored = storedKeys(projectId);
    if (!stored) {
        cells.issue(QString(), stored.message());
        return ImportAction::Invalid;
    }
    return stored->contains(key) ? ImportAction::Unchanged : ImportAction::Create;
}

Status ProjectMoneyImport::write(const QVector<ImportRow>& rows, const QJsonObject&, const Progress& progress,
                                 const std::atomic_bool* cancel) const
{
    ProjectRepository repo(m_db);
    for (int i = 0; i < rows.size(); ++i) {
        if (cancel && cancel->load())
            return Status::error(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
        const int row = rows.at(i).row;
        Status s;
        if (m_lines == Lines::CostLines)
            s = repo.saveCostLine(m_costLines.value(row)).status();
        else if (m_lines == Lines::Invoices)
            s = repo.saveInvoice(m_invoices.value(row)).status();
        else
            s = repo.savePayment(m_payments.value(row)).status();
        if (!s)
            return Status::error(s.code(), tr("Row %1: %2 Nothing was imported.").arg(row).arg(s.message()));
        if (progress && i % 100 == 0)
            progress(i, int(rows.size()));
    }
    return Status::ok();
}

} // namespace dx
