#pragma once

#include "exchange/Table.h"
#include "exchange/ZipArchive.h"
#include "util/Result.h"

#include <QByteArray>
#include <QStringList>
#include <functional>

namespace dx {

struct XlsxReadOptions
{
    qint64 maxFileBytes = qint64(200) << 20;   // the .xlsx file itself
    ZipLimits zip;                             // each part inside it (zip-bomb guard)
    qint64 maxCells = 20000000;                // cells of one sheet, counting gaps before a value
    int maxCellChars = 32767;                  // Excel's own limit for one cell
    // Optional, for reads on a worker thread: called now and then with how much of the sheet
    // has been read (0–100); returning false stops the read with ErrorCode::Cancelled.
    std::function<bool(int percent)> progress;
};

// Reads Excel .xlsx workbooks (Office Open XML spreadsheets) into Tables. Never writes to the
// file. Every failure is a Result with a translated message that names the file and, where it
// applies, the sheet, the cell or the damaged part; content problems are ErrorCode::Validation,
// a file that cannot be opened ErrorCode::Io, a missing sheet ErrorCode::NotFound.
//
// What a sheet becomes (see Cell and Table):
//  - rows[i] is sheet row i + 1 and cell j of it column j ("A" = 0); cells and rows the file
//    skips are empty cells; a row ends at its last cell with a value.
//  - text cells (shared strings, rich text joined without formatting, inline strings, cached
//    formula strings) give text; TRUE/FALSE for booleans; "#N/A" and the like for errors.
//  - numbers give number and text in General form ("1234.5"; whole numbers with all the digits
//    the file holds); numbers in a date or time format give isDate, the ISO text
//    ("2023-07-18") and number as a 1900-system serial even in a 1904-system workbook.
//  - formulas give their cached value; a formula never calculated gives an empty cell.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(dx::XlsxReader)

public:
    // Names of the worksheets in workbook order (chart sheets are left out).
    static Result<QStringList> sheetNames(const QString& path, const XlsxReadOptions& options = {});
    // One worksheet by name (exact match first, then ignoring case) or by 0-based index into
    // sheetNames(). The Table's name is the sheet name.
    static Result<Table> readSheet(const QString& path, const QString& sheetName, const XlsxReadOptions& options = {});
    static Result<Table> readSheet(const QString& path, int index, const XlsxReadOptions& options = {});

    // The same from the bytes of an .xlsx file in memory (fuzzing, tests, data not on disk).
    static Result<QStringList> sheetNamesFromBytes(const QByteArray& bytes, const XlsxReadOptions& options = {});
    static Result<Table> readSheetFromBytes(const QByteArray& bytes, int index, const XlsxReadOptions& options = {});
};

} // namespace dx
