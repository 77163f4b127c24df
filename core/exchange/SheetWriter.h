#pragma once

#include "Table.h"
#include "util/Result.h"

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
};

} // namespace dx
