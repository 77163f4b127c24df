#pragma once

#include "Table.h"
#include "util/Result.h"

#include <QStringList>

namespace dx {

// A ledger file, whatever its kind: an .xlsx workbook (told by its content, not only its
// name), a CSV/text file, and a clear refusal for what cannot be read (an old binary .xls, an
// unknown format). A CSV file has one sheet named after the file.
class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(dx::TableFile)
public:
    enum class Kind { Xlsx, Csv };
    static Result<Kind> kindOf(const QString& path);
    static Result<QStringList> sheetNames(const QString& path);
    static Result<Table> read(const QString& path, int sheet);
};

} // namespace dx
