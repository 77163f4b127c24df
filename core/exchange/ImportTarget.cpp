#include "ImportTarget.h"

#include "EnterpriseImport.h"
#include "GrantImport.h"
#include "ProjectMoneyImport.h"
#include "ProviderImport.h"
#include "Table.h"
#include "db/BackupSchedule.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "repo/BulkWrite.h"

namespace dx {

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
    case ImportAction::Create: return QCoreApplication::translate("dx::ImportTarget", "new");
    case ImportAction::Update: return QCoreApplication::translate("dx::ImportTarget", "update");
    case ImportAction::Unchanged: return QCoreApplication::translate("dx::ImportTarget", "unchanged");
    case ImportAction::Invalid: return QCoreApplication::translate("dx::ImportTarget", "invalid");
    }
    return {};
}

QStringList ImportTarget::kinds()
{
    return {QStringLiteral("enterprises"), QStringLiteral("providers"), QStringLiteral("cost-lines"),
            QStringLiteral("invoices"),    QStringLiteral("payments"),  QStringLiteral("grants")};
}

std::unique_ptr<ImportTarget> ImportTarget::create(const QString& kind, const Database& db)
{
    if (kind == QLatin1String("enterprises"))
        return std::make_unique<EnterpriseImport>(db);
    if (kind == QLatin1String("providers"))
        return std::make_unique<ProviderImport>(db);
    if (kind == QLatin1String("cost-lines"))
        return std::make_unique<ProjectMoneyImport>(db, ProjectMoneyImport::Lines::CostLines);
    if (kind == QLatin1String("invoices"))
        return std::make_unique<ProjectMoneyImport>(db, ProjectMoneyImport::Lines::Invoices);
    if (kind == QLatin1String("payments"))
        return std::make_unique<ProjectMoneyImport>(db, ProjectMoneyImport::Lines::Payments);
    if (kind == QLatin1String("grants"))
        return std::make_unique<GrantImport>(db);
    return nullptr;
}

Result<ImportPlan> ImportTarget::dryRun(const Table& table, const ImportMapping& mapping, const ImportOptions& options,
                                        const Progress& progress, const std::atomic_bool* cancel)
{
    const QStringList missing = mapping.missingRequired(fields());
    if (!missing.isEmpty())
        return Status::error(ErrorCode::Validation, tr("No column is chosen for: %1.").arg(missing.join(QStringLiteral(", "))));
    if (options.headerRow < 0 || options.headerRow >= table.rowCount())
        return Status::error(ErrorCode::Validation, tr("The sheet has no row %1 to take the headers from.").arg(options.headerRow + 1));
    const Status prepared = prepare(table.rows.at(options.headerRow), mapping);
    if (!prepared)
        return prepared;
    ImportPlan plan;
    const int total = table.rowCount() - options.headerRow - 1;
    for (int i = options.headerRow + 1; i < table.rowCount(); ++i) {
        const int done = i - options.headerRow;
        if (cancel && cancel->load())
            return Status::error(ErrorCode::Cancelled, tr("The check was cancelled; nothing was imported."));
        if (progress && done % 500 == 0)
            progress(done, total);
        if (table.isRowEmpty(i))
            continue;
        ImportRow row;
        row.row = i + 1;
        const int issuesBefore = int(plan.issues.size());
        row.action = readRow(table.rows.at(i), row.row, &plan.issues, &row.changedFields);
        if (plan.issues.size() > issuesBefore)
            row.action = ImportAction::Invalid;
        plan.rows.push_back(row);
    }
    if (progress)
        progress(total, total);
    return plan;
}

Result<ImportOutcome> ImportTarget::apply(const ImportPlan& plan, const ImportOptions& options, const QString& source,
                                          const Progress& progress, const std::atomic_bool* cancel) const
{
    const int invalid = plan.count(ImportAction::Invalid);
    if (invalid > 0 && !options.skipInvalid)
        return Status::error(ErrorCode::Validation,
                             tr("%n row(s) of the file have errors, so nothing was imported. Correct them, or choose to "
                                "import the valid rows only.",
                                nullptr, invalid));
    QVector<ImportRow> chosen;
    ImportOutcome outcome;
    for (const ImportRow& r : plan.rows) {
        if (r.action == ImportAction::Create || (r.action == ImportAction::Update && options.updateExisting))
            chosen << r;
        else
            ++outcome.skipped;
    }
    if (chosen.isEmpty())
        return outcome;
    // A large import is preceded by a verified backup (Settings: backup/bulkRows).
    const auto backup = BackupSchedule(m_db).beforeBulkWrite(int(chosen.size()), QStringLiteral("import"));
    if (!backup)
        return backup.status();
    QSqlDatabase conn = m_db.connection();
    BulkJournalScope journal(conn, chosen.size());   // before the transaction: it ends after the commit
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    const QJsonObject audit{{QStringLiteral("source"), QStringLiteral("import")}, {QStringLiteral("file"), source}};
    Status s = write(chosen, audit, progress, cancel);
    if (!s)
        return s;
    if (cancel && cancel->load())
        return Status::error(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
    s = tx.commit();
    if (!s)
        return s;
    for (const ImportRow& r : chosen)
        (r.action == ImportAction::Create ? outcome.created : outcome.updated) += 1;
    if (progress)
        progress(int(chosen.size()), int(chosen.size()));
    return outcome;
}

} // namespace dx
