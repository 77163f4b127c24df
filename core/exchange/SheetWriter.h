#pragma once

#include "Table.h"
#include "util/Result.h"

#include <atomic>
#include <functional>
#include <memory>

namespace dx {

// One sheet of rows written to .xlsx or .csv, chosen by the file's extension: what every
// export (lists, the import report, the command line) writes through. The file appears only
// when close() succeeds.
class SheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(dx::SheetWriter)
public:
    virtual ~SheetWriter() = default;
    // Opens `path` (.xlsx or .csv) and writes the header row; any other extension is refused.
    static Result<std::shared_ptr<SheetWriter>> create(const QString& path, const QString& sheetName,
                                                       const QVector<ExportColumn>& columns);
    virtual Status writeRow(const QVector<Cell>& cells) = 0;
    virtual Status close() = 0;

    // A whole export: `rows` hands every row to the sink it gets (false from the sink: stop) and
    // returns its own failure. The sink writes, counts, calls `progress` every `every` rows and
    // stops on `cancel`. Returns how many rows were written; the file appears only when all went well.
    using RowSink = std::function<bool(const QVector<Cell>&)>;
    static Result<qint64> writeAll(const QString& path, const QString& sheetName, const QVector<ExportColumn>& columns,
                                   const std::function<Status(const RowSink&)>& rows,
                                   const std::function<void(qint64 written)>& progress = {}, int every = 1000,
                                   const std::atomic_bool* cancel = nullptr);
};

} // namespace dx
