#include "SheetWriter.h"

#include "CsvWriter.h"
#include "XlsxWriter.h"

#include <QFileInfo>

namespace dx {

namespace {
class CsvSheet : public SheetWriter
{
public:
    explicit CsvSheet(const QString& path) : m_writer(path) {}
    Status open(const QVector<ExportColumn>& columns) { return m_writer.open(columns); }
    Status writeRow(const QVector<Cell>& cells) override { return m_writer.writeRow(cells); }
    Status close() override { return m_writer.close(); }

private:
    CsvWriter m_writer;
};

class XlsxSheet : public SheetWriter
{
public:
    explicit XlsxSheet(const QString& path) : m_writer(path) {}
    Status open(const QString& name, const QVector<ExportColumn>& columns)
    {
        const Status s = m_writer.open();
        return s ? m_writer.addSheet(name, columns) : s;
    }
    Status writeRow(const QVector<Cell>& cells) override { return m_writer.writeRow(cells); }
    Status close() override { return m_writer.close(); }

private:
    XlsxWriter m_writer;
};
} // namespace

Result<std::shared_ptr<SheetWriter>> SheetWriter::create(const QString& path, const QString& sheetName,
                                                         const QVector<ExportColumn>& columns)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        auto w = std::make_shared<XlsxSheet>(path);
        const Status s = w->open(sheetName, columns);
        if (!s)
            return s;
        return std::shared_ptr<SheetWriter>(w);
    }
    if (suffix == QLatin1String("csv")) {
        auto w = std::make_shared<CsvSheet>(path);
        const Status s = w->open(columns);
        if (!s)
            return s;
        return std::shared_ptr<SheetWriter>(w);
    }
    return Status::error(ErrorCode::Validation,
                         tr("%1: choose a file ending in .xlsx (Excel workbook) or .csv.").arg(QFileInfo(path).fileName()));
}

Result<qint64> SheetWriter::writeAll(const QString& path, const QString& sheetName, const QVector<ExportColumn>& columns,
                                     const std::function<Status(const RowSink&)>& rows,
                                     const std::function<void(qint64)>& progress, int every, const std::atomic_bool* cancel)
{
    auto sheet = create(path, sheetName, columns);
    if (!sheet)
        return sheet.status();
    qint64 written = 0;
    Status failed;
    const Status listed = rows([&](const QVector<Cell>& cells) {
        if (cancel && cancel->load()) {
            failed = Status::error(ErrorCode::Cancelled, tr("The export was cancelled; no file was written."));
            return false;
        }
        failed = sheet.value()->writeRow(cells);
        if (!failed)
            return false;
        ++written;
        if (progress && written % every == 0)
            progress(written);
        return true;
    });
    if (!listed)
        return listed;
    if (!failed)
        return failed;
    if (const Status closed = sheet.value()->close(); !closed)
        return closed;
    return written;
}

} // namespace dx
