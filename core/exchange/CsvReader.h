#pragma once

#include "exchange/Table.h"
#include "util/Result.h"

#include <QByteArray>
#include <functional>

namespace dx {

// The text encodings CsvReader recognises, in the order it tries them.
enum class TextEncoding {
    Utf8Bom,   // EF BB BF, Excel's "CSV UTF-8"
    Utf16LE,   // FF FE, Excel's "Unicode text"
    Utf16BE,   // FE FF
    Utf8,      // no BOM, valid UTF-8 (plain ASCII counts as UTF-8)
    Gb18030,   // not UTF-8 but clean GB18030, which includes GBK and GB2312 (Excel's "CSV" on Chinese Windows)
};

struct CsvReadOptions
{
    qint64 maxFileBytes = qint64(200) << 20;
    int maxCellChars = 32767;    // Excel's limit for one cell
    int maxColumns = 16384;      // Excel's widest sheet (XFD)
    qint64 maxCells = 20000000;
    QChar delimiter;             // null: detect among comma, semicolon and tab
    // Optional, for reads on a worker thread: called now and then with how much of the text has
    // been parsed (0–100); returning false stops the read with ErrorCode::Cancelled.
    std::function<bool(int percent)> progress;
};

struct CsvDocument
{
    Table table;   // every cell is text (number is never set); table.name is the file's base name
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
};

// Reads CSV files (RFC 4180) into a Table, as Excel and WPS write them. Never writes to the file.
//
// - Encoding: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise UTF-8 when the bytes are valid
//   UTF-8, else GB18030 when they decode cleanly as that; else an "unknown encoding" error.
// - Delimiter: the one of comma, semicolon and tab that splits the first records (outside
//   quotes) into the same number of fields most consistently; comma when none does.
// - Quoting: a field starting with " runs to the next lone "; "" inside is one ". Quoted fields
//   may hold delimiters and line ends. Text after a closing quote is kept as written.
// - Line ends CRLF, LF or CR. A final line end does not start a row; blank lines inside the
//   file become empty rows, so rows[i] is record i + 1 and messages match what the user sees.
// - Refused, with a message naming the file (and row and column where it applies): an empty
//   file, a file with no data, a binary file (NUL bytes or many control characters; an Excel
//   workbook gets its own hint), an unknown encoding, an unclosed quote, a cell over
//   maxCellChars, a row over maxColumns, a file over maxFileBytes or maxCells.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(dx::CsvReader)

public:
    static Result<CsvDocument> readFile(const QString& path, const CsvReadOptions& options = {});
    // The same for bytes in memory; messages call them "the data".
    static Result<CsvDocument> readBytes(const QByteArray& bytes, const CsvReadOptions& options = {});

    // "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE", "GB18030" (technical names, not translated).
    static QString encodingName(TextEncoding encoding);
    // "comma", "semicolon", "tab" (translated), for telling the user what was detected.
    static QString delimiterName(QChar delimiter);
};

} // namespace dx
