#pragma once

#include "exchange/Table.h"
#include "util/Result.h"

#include <memory>

namespace dx {

struct XlsxWriteOptions
{
    // libxlsxwriter's constant-memory mode: each row is flushed once the next one starts, so
    // memory stays flat for any number of rows. Strings are then stored inline in the sheet
    // rather than in a shared table (a bigger file for repetitive text). Rows are always
    // written in order through this API, so it is on by default.
    bool constantMemory = true;
};

// Writes .xlsx workbooks with libxlsxwriter: per sheet a bold header row that stays in view
// (frozen), then data rows. A cell with a number is stored as a real number, in its column's
// numberFormat ("#,##0.00") or, when isDate, as a date (yyyy-mm-dd); a cell without one is
// stored as text exactly as given, so long digit strings (credit codes, ID numbers) keep every
// digit and text such as "=1+1" stays text and is never run as a formula. Column widths follow
// the header and contents (CJK characters count double), capped so no column swamps the screen.
// Sheet names are made acceptable to Excel (see sanitizeSheetName).
//
// The file appears only when close() succeeds; until then any existing file is untouched, and
// a writer destroyed before close() leaves nothing behind.
//
//     XlsxWriter w(path);
//     if (Status s = w.open(); !s) return s;            // checks the folder is writable
//     if (Status s = w.addSheet(name, columns); !s) return s;
//     for (…) if (Status s = w.writeRow(cells); !s) return s;
//     return w.close();
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(dx::XlsxWriter)

public:
    explicit XlsxWriter(const QString& path, const XlsxWriteOptions& options = {});
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    Status open();
    // Starts a sheet (the previous one is finished) and writes its header row.
    Status addSheet(const QString& name, const QVector<ExportColumn>& columns);
    // The next data row of the current sheet. Fails on a text over 32,767 characters or a
    // sheet past Excel's 1,048,576 rows, naming the row and column.
    Status writeRow(const QVector<Cell>& cells);
    Status close();

    // One sheet named after table.name: the header from `columns`, then every row of `table`.
    static Status writeTable(const QString& path, const QVector<ExportColumn>& columns, const Table& table,
                             const XlsxWriteOptions& options = {});

    // What Excel accepts as a sheet name: []:*?/\ become _, no apostrophe at either end, at
    // most 31 characters, not empty ("Sheet1") and not the reserved "History".
    static QString sanitizeSheetName(const QString& name);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dx
