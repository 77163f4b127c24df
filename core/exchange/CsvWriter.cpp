#include "exchange/CsvWriter.h"

#include "exchange/ExcelFormat.h"

#include <QDir>
#include <QFileInfo>

namespace dx {

namespace {

QString shownText(const Cell& cell)
{
    if (!cell.text.isEmpty() || !cell.number)
        return cell.text;
    if (cell.isDate) {
        const QString date = excelDateText(*cell.number);
        if (!date.isEmpty())
            return date;
    }
    return excelGeneralText(*cell.number);
}

bool startsFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

CsvWriter::CsvWriter(const QString& path, const CsvWriteOptions& options) : m_path(path), m_options(options) {}

CsvWriter::~CsvWriter()
{
    if (m_file)
        m_file->cancelWriting();
}

Status CsvWriter::failure() const
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QFileInfo(dir).isDir())
        return Status::error(ErrorCode::Io, tr("Cannot write %1: the folder %2 does not exist.").arg(m_path, QDir::toNativeSeparators(dir)));
    return Status::error(ErrorCode::Io, tr("Cannot write %1: %2. Check that the folder is writable, the disk is not full and the file is "
                                           "not open in another program.").arg(m_path, m_file ? m_file->errorString() : QString()));
}

Status CsvWriter::open(const QVector<ExportColumn>& columns)
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        return failure();
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
    if (columns.isEmpty())
        return Status::ok();
    QStringList headers;
    for (const ExportColumn& c : columns)
        headers << c.header;
    return writeLine(headers);
}

Status CsvWriter::writeRow(const QVector<Cell>& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const Cell& cell : cells) {
        QString text = shownText(cell);
        if (m_options.neutralizeFormulas && !cell.number && startsFormula(text))
            text.prepend(QLatin1Char('\''));
        fields << text;
    }
    return writeLine(fields);
}

Status CsvWriter::writeLine(const QStringList& fields)
{
    if (!m_file)
        return Status::error(ErrorCode::Io, tr("Cannot write %1: the file was not opened.").arg(m_path));
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += m_options.delimiter;
        const QString& f = fields[i];
        const bool quote = f.contains(m_options.delimiter) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
                           || f.contains(QLatin1Char('\r')) || (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace()));
        if (quote) {
            line += QLatin1Char('"');
            line += QString(f).replace(QLatin1Char('"'), QLatin1String("\"\""));
            line += QLatin1Char('"');
        } else {
            line += f;
        }
    }
    line += QLatin1String("\r\n");
    m_buffer += line.toUtf8();
    if (m_buffer.size() >= (1 << 16)) {
        if (m_file->write(m_buffer) != m_buffer.size())
            return failure();
        m_buffer.clear();
    }
    return Status::ok();
}

Status CsvWriter::close()
{
    if (!m_file)
        return Status::error(ErrorCode::Io, tr("Cannot write %1: the file was not opened.").arg(m_path));
    if (!m_buffer.isEmpty() && m_file->write(m_buffer) != m_buffer.size())
        return failure();
    m_buffer.clear();
    if (!m_file->commit())
        return failure();
    m_file.reset();
    return Status::ok();
}

Status CsvWriter::writeTable(const QString& path, const QVector<ExportColumn>& columns, const Table& table, const CsvWriteOptions& options)
{
    CsvWriter writer(path, options);
    if (Status s = writer.open(columns); !s)
        return s;
    for (const auto& row : table.rows)
        if (Status s = writer.writeRow(row); !s)
            return s;
    return writer.close();
}

} // namespace dx
