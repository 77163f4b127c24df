#pragma once

#include "exchange/Table.h"
#include "util/Result.h"

#include <QSaveFile>
#include <memory>

namespace dx {

struct CsvWriteOptions
{
    QChar delimiter = QLatin1Char(',');
    bool byteOrderMark = true;        // UTF-8 BOM, so Excel on Chinese Windows reads UTF-8
    bool neutralizeFormulas = true;   // text starting with = + - @ tab or CR gets a leading '
};

// Writes CSV the way Excel reads it: UTF-8 with a BOM, CRLF line ends, fields quoted when they
// hold the delimiter, a quote, a line break or leading/trailing spaces. Text cells that a
// spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "-2", "@SUM") are written with a
// leading apostrophe (formula injection); number cells never are. A cell's text is written
// as is; a number cell without text is written in General form, a date cell as its ISO date.
//
// The file appears only when close() succeeds (QSaveFile): a failure or a writer destroyed
// before close() leaves any existing file untouched and no partial file behind.
//
//     CsvWriter w(path);
//     if (Status s = w.open(columns); !s) return s;
//     for (…) if (Status s = w.writeRow(cells); !s) return s;
//     return w.close();
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(dx::CsvWriter)

public:
    explicit CsvWriter(const QString& path, const CsvWriteOptions& options = {});
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    // Creates the file (in a temporary name) and writes the header row (none when `columns` is empty).
    Status open(const QVector<ExportColumn>& columns);
    Status writeRow(const QVector<Cell>& cells);
    Status close();

    // Header row from `columns`, then every row of `table`.
    static Status writeTable(const QString& path, const QVector<ExportColumn>& columns, const Table& table,
                             const CsvWriteOptions& options = {});

private:
    Status writeLine(const QStringList& fields);
    Status failure() const;

    QString m_path;
    CsvWriteOptions m_options;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_buffer;
};

} // namespace dx
