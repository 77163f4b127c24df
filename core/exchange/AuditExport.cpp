#include "AuditExport.h"

#include "SheetWriter.h"

#include <QFileInfo>

namespace dx {

Result<qint64> AuditExport::write(const AuditFilter& filter, const QString& path, const std::function<void(qint64)>& progress,
                                  const std::atomic_bool* cancel) const
{
    // Ids stay text: an inspector's spreadsheet must not show 1.2E+06 for a row id.
    const QVector<ExportColumn> columns{{tr("Id"), QString()},       {tr("Time (UTC)"), QString()}, {tr("User"), QString()},
                                        {tr("Table"), QString()},    {tr("Record id"), QString()},  {tr("Record uuid"), QString()},
                                        {tr("Action"), QString()},   {tr("Changes"), QString()},    {tr("Row uuid"), QString()},
                                        {tr("Previous hash"), QString()}, {tr("Hash"), QString()}};
    // A province's log can outgrow one Excel sheet: say so before writing rather than at row 1,048,576.
    constexpr qint64 kSheetRows = 1048576 - 1;   // Excel's rows, less the header
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        const auto total = AuditRepository(m_db).count(filter);
        if (!total)
            return total.status();
        if (total.value() > kSheetRows)
            return Status::error(ErrorCode::Validation,
                                 tr("%1 audit rows do not fit in an Excel sheet (at most %2): export them to a .csv file, or a "
                                    "shorter period or one table at a time.")
                                     .arg(total.value())
                                     .arg(kSheetRows));
    }
    const auto rows = [&](const SheetWriter::RowSink& write) {
        return AuditRepository(m_db).forEach(filter, [&](const AuditChainRow& r) {
            return write({Cell::fromText(QString::number(r.id)), Cell::fromText(r.at), Cell::fromText(r.user), Cell::fromText(r.table),
                          Cell::fromText(QString::number(r.recordId)), Cell::fromText(r.recordUuid), Cell::fromText(r.action),
                          Cell::fromText(r.changes), Cell::fromText(r.uuid), Cell::fromText(r.prevHash), Cell::fromText(r.hash)});
        });
    };
    return SheetWriter::writeAll(path, tr("Audit trail"), columns, rows, progress, 10000, cancel);
}

} // namespace dx
