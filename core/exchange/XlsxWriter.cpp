#include "exchange/XlsxWriter.h"

#include "exchange/ExcelFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTemporaryDir>
#include <cmath>

#include <xlsxwriter.h>

namespace dx {

namespace {

constexpr int kMaxCellChars = 32767;
constexpr int kMinWidth = 8;
constexpr int kMaxWidth = 60;

// Columns a text takes in Excel's units: CJK and full-width characters count two.
int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        width += c.unicode() >= 0x2E80 && !c.isLowSurrogate() ? 2 : 1;
        if (width > kMaxWidth)
            break;
    }
    return width;
}

} // namespace

struct XlsxWriter::Private
{
    QString path;
    XlsxWriteOptions options;
    std::unique_ptr<QSaveFile> target;   // created by open() so an unwritable place shows at once
    QTemporaryDir workDir;               // libxlsxwriter writes here; close() copies into target
    QString workFile;
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
    QHash<QString, lxw_format*> formats;
    QVector<lxw_format*> columnFormats;
    QVector<int> widths;
    QStringList sheetNames;
    lxw_row_t row = 0;

    ~Private()
    {
        if (workbook)
            lxw_workbook_free(workbook);
    }

    lxw_format* numberFormat(const QString& code)
    {
        if (code.isEmpty())
            return nullptr;
        auto it = formats.find(code);
        if (it == formats.end()) {
            lxw_format* f = workbook_add_format(workbook);
            format_set_num_format(f, code.toUtf8().constData());
            it = formats.insert(code, f);
        }
        return *it;
    }

    void widen(int column, int width)
    {
        if (column >= widths.size())
            widths.resize(column + 1, 0);
        widths[column] = qMax(widths[column], width);
    }

    void finishSheet()
    {
        if (!sheet)
            return;
        for (qsizetype c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), qBound(kMinWidth, widths[c] + 2, kMaxWidth), nullptr);
        sheet = nullptr;
        widths.clear();
        columnFormats.clear();
    }
};

XlsxWriter::XlsxWriter(const QString& path, const XlsxWriteOptions& options) : d(std::make_unique<Private>())
{
    d->path = path;
    d->options = options;
}

XlsxWriter::~XlsxWriter() = default;

Status XlsxWriter::open()
{
    const QString dir = QFileInfo(d->path).absolutePath();
    if (!QFileInfo(dir).isDir())
        return Status::error(ErrorCode::Io, tr("Cannot write %1: the folder %2 does not exist.").arg(d->path, QDir::toNativeSeparators(dir)));
    d->target = std::make_unique<QSaveFile>(d->path);
    if (!d->target->open(QIODevice::WriteOnly))
        return Status::error(ErrorCode::Io, tr("Cannot write %1: %2. Check that the folder is writable and the file is not open in "
                                               "another program.").arg(d->path, d->target->errorString()));
    if (!d->workDir.isValid())
        return Status::error(ErrorCode::Io, tr("Cannot write %1: no temporary folder is available (%2).").arg(d->path, d->workDir.errorString()));
    d->workFile = d->workDir.filePath(QStringLiteral("export.xlsx"));
    lxw_workbook_options options = {};
    options.constant_memory = d->options.constantMemory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = nullptr;
    options.use_zip64 = LXW_TRUE;   // exports past 4 GB stay valid; Excel and our reader read ZIP64
    d->workbook = workbook_new_opt(QFile::encodeName(d->workFile).constData(), &options);
    if (!d->workbook)
        return Status::error(ErrorCode::Io, tr("Cannot write %1: the workbook could not be created.").arg(d->path));
    d->header = workbook_add_format(d->workbook);
    format_set_bold(d->header);
    d->date = workbook_add_format(d->workbook);
    format_set_num_format(d->date, "yyyy-mm-dd");
    return Status::ok();
}

Status XlsxWriter::addSheet(const QString& name, const QVector<ExportColumn>& columns)
{
    if (!d->workbook)
        return Status::error(ErrorCode::Io, tr("Cannot write %1: the workbook was not opened.").arg(d->path));
    if (columns.size() > LXW_COL_MAX)
        return Status::error(ErrorCode::Validation, tr("An Excel sheet holds at most %1 columns; this export has %2.").arg(LXW_COL_MAX).arg(columns.size()));
    d->finishSheet();
    QString sheetName = sanitizeSheetName(name);
    for (int n = 2; d->sheetNames.contains(sheetName, Qt::CaseInsensitive); ++n)
        sheetName = sanitizeSheetName(name).left(26) + QStringLiteral(" (%1)").arg(n);
    d->sheet = workbook_add_worksheet(d->workbook, sheetName.toUtf8().constData());
    if (!d->sheet)
        return Status::error(ErrorCode::Validation, tr("Cannot add the sheet \"%1\" to %2.").arg(sheetName, d->path));
    d->sheetNames << sheetName;
    d->row = 0;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        d->columnFormats.append(d->numberFormat(columns[c].numberFormat));
        worksheet_write_string(d->sheet, 0, lxw_col_t(c), columns[c].header.toUtf8().constData(), d->header);
        d->widen(int(c), displayWidth(columns[c].header));
    }
    if (!columns.isEmpty()) {
        worksheet_freeze_panes(d->sheet, 1, 0);
        d->row = 1;
    }
    return Status::ok();
}

Status XlsxWriter::writeRow(const QVector<Cell>& cells)
{
    if (!d->sheet)
        return Status::error(ErrorCode::Io, tr("Cannot write %1: no sheet was started.").arg(d->path));
    if (d->row >= LXW_ROW_MAX)
        return Status::error(ErrorCode::Validation, tr("The sheet \"%1\" is full: an Excel sheet holds at most %2 rows. Export the rest to another "
                                                       "sheet or to CSV.").arg(d->sheetNames.last()).arg(LXW_ROW_MAX));
    if (cells.size() > LXW_COL_MAX)
        return Status::error(ErrorCode::Validation, tr("Row %1 has %2 cells; an Excel sheet holds at most %3 columns.")
                                                        .arg(d->row + 1).arg(cells.size()).arg(LXW_COL_MAX));
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const Cell& cell = cells[c];
        const auto col = lxw_col_t(c);
        lxw_error e = LXW_NO_ERROR;
        if (cell.number && std::isfinite(*cell.number)) {
            lxw_format* format = cell.isDate ? d->date : d->columnFormats.value(c, nullptr);
            e = worksheet_write_number(d->sheet, d->row, col, *cell.number, format);
            const int shown = cell.isDate ? 10 : displayWidth(excelGeneralText(*cell.number));
            d->widen(int(c), format ? shown + shown / 3 + 1 : shown);
        } else if (!cell.text.isEmpty()) {
            if (cell.text.size() > kMaxCellChars)
                return Status::error(ErrorCode::Validation, tr("Cell %1 of sheet \"%2\": the text has %3 characters; an Excel cell holds at most %4.")
                                                                .arg(excelCellName(int(d->row), int(c)), d->sheetNames.last())
                                                                .arg(cell.text.size()).arg(kMaxCellChars));
            e = worksheet_write_string(d->sheet, d->row, col, cell.text.toUtf8().constData(), nullptr);
            d->widen(int(c), displayWidth(cell.text));
        }
        if (e != LXW_NO_ERROR)
            return Status::error(ErrorCode::Io, tr("Cell %1 of sheet \"%2\" could not be written: %3.")
                                                    .arg(excelCellName(int(d->row), int(c)), d->sheetNames.last(), QString::fromUtf8(lxw_strerror(e))));
    }
    ++d->row;
    return Status::ok();
}

Status XlsxWriter::close()
{
    if (!d->workbook || !d->target)
        return Status::error(ErrorCode::Io, tr("Cannot write %1: the workbook was not opened.").arg(d->path));
    d->finishSheet();
    const lxw_error e = workbook_close(d->workbook);
    d->workbook = nullptr;
    if (e != LXW_NO_ERROR)
        return Status::error(ErrorCode::Io, tr("Cannot write %1: %2.").arg(d->path, QString::fromUtf8(lxw_strerror(e))));
    QFile built(d->workFile);
    if (!built.open(QIODevice::ReadOnly))
        return Status::error(ErrorCode::Io, tr("Cannot write %1: the finished workbook could not be read back (%2).").arg(d->path, built.errorString()));
    QByteArray chunk;
    while (!(chunk = built.read(1 << 20)).isEmpty())
        if (d->target->write(chunk) != chunk.size())
            break;
    if (built.error() != QFileDevice::NoError || d->target->error() != QFileDevice::NoError || !d->target->commit())
        return Status::error(ErrorCode::Io, tr("Cannot write %1: %2. Check that the disk is not full and the file is not open in another program.")
                                                .arg(d->path, d->target->errorString()));
    d->target.reset();
    return Status::ok();
}

Status XlsxWriter::writeTable(const QString& path, const QVector<ExportColumn>& columns, const Table& table, const XlsxWriteOptions& options)
{
    XlsxWriter writer(path, options);
    if (Status s = writer.open(); !s)
        return s;
    if (Status s = writer.addSheet(table.name, columns); !s)
        return s;
    for (const auto& row : table.rows)
        if (Status s = writer.writeRow(row); !s)
            return s;
    return writer.close();
}

QString XlsxWriter::sanitizeSheetName(const QString& name)
{
    QString s = name.trimmed();
    for (QChar& c : s)
        if (c == u'[' || c == u']' || c == u':' || c == u'*' || c == u'?' || c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    while (s.startsWith(QLatin1Char('\'')))
        s.remove(0, 1);
    if (s.size() > 31) {
        s.truncate(31);
        if (s.back().isHighSurrogate())
            s.chop(1);
    }
    while (s.endsWith(QLatin1Char('\'')))
        s.chop(1);
    if (s.trimmed().isEmpty())
        return QStringLiteral("Sheet1");
    if (s.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        s += QLatin1Char('_');
    return s;
}

} // namespace dx
