#include "exchange/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <array>

namespace dx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dx::CsvReader)
};

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7F;
}

// Too many control characters in the first 64 KiB for a text file. A stray one (a DOS
// end-of-file mark, a pasted escape) is tolerated.
bool tooManyControls(qsizetype controls, qsizetype sample)
{
    return controls > 2 && controls * 100 > sample;
}

bool mostlyControl(QByteArrayView bytes)
{
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 65536);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i)
        controls += isControl(static_cast<unsigned char>(bytes[i])) ? 1 : 0;
    return tooManyControls(controls, sample);
}

bool mostlyControl(QStringView text)
{
    const qsizetype sample = qMin<qsizetype>(text.size(), 65536);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i)
        controls += isControl(text[i].unicode()) ? 1 : 0;
    return tooManyControls(controls, sample);
}

Status binary(const QString& name)
{
    return Status::error(ErrorCode::Validation, Tr::tr("%1 is not a text (CSV) file: it contains binary data.").arg(name));
}

// Recognises the encoding and decodes; refuses binary data.
Result<QString> decode(const QByteArray& bytes, const QString& name, TextEncoding* used)
{
    if (bytes.startsWith("PK\x03\x04"))
        return Status::error(ErrorCode::Validation,
                             Tr::tr("%1 is an Excel workbook (.xlsx) or another zip file, not a CSV file. Import it as an Excel workbook.").arg(name));
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return Status::error(ErrorCode::Validation,
                             Tr::tr("%1 is an old Excel .xls workbook, not a CSV file. Open it in Excel and save it as .xlsx or as CSV.").arg(name));
    const auto decodeUtf16 = [&](QStringConverter::Encoding e, TextEncoding t) -> Result<QString> {
        QStringDecoder decoder(e);
        QString text = decoder.decode(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError() || (bytes.size() % 2) != 0)
            return Status::error(ErrorCode::Validation, Tr::tr("%1 is marked as UTF-16 text but its content is not valid UTF-16.").arg(name));
        if (text.contains(QChar(0)) || mostlyControl(QStringView(text)))
            return binary(name);
        *used = t;
        return text;
    };
    if (bytes.startsWith("\xFF\xFE"))
        return decodeUtf16(QStringConverter::Utf16LE, TextEncoding::Utf16LE);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(QStringConverter::Utf16BE, TextEncoding::Utf16BE);

    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = QByteArrayView(bytes).sliced(bom ? 3 : 0);
    if (body.contains('\0') || mostlyControl(body))
        return binary(name);
    {
        QStringDecoder utf8(QStringConverter::Utf8);
        QString text = utf8.decode(body);
        if (!utf8.hasError()) {
            *used = bom ? TextEncoding::Utf8Bom : TextEncoding::Utf8;
            return text;
        }
    }
    if (!bom) {
        QStringDecoder gb("GB18030");
        if (gb.isValid()) {
            QString text = gb.decode(body);
            if (!gb.hasError()) {
                *used = TextEncoding::Gb18030;
                return text;
            }
        }
    }
    return Status::error(ErrorCode::Validation,
                         Tr::tr("The encoding of %1 is not recognised: it is neither UTF-8, UTF-16 nor GB18030/GBK text. "
                                "Save it from Excel or WPS as \"CSV UTF-8\" and import it again.").arg(name));
}

// Per candidate, the field counts of the first records; the most consistent count wins.
QChar detectDelimiter(QStringView text)
{
    const std::array<QChar, 3> candidates = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    const QStringView sample = text.left(65536);
    QChar best = QLatin1Char(',');
    qsizetype bestAgreeing = 0;
    int bestFields = 0;
    for (const QChar d : candidates) {
        QVector<int> counts;
        int count = 0;
        bool quoted = false;
        bool content = false;
        for (qsizetype i = 0; i < sample.size() && counts.size() < 50; ++i) {
            const QChar c = sample[i];
            if (c == u'"') {
                quoted = !quoted;
                content = true;
            } else if (!quoted && (c == u'\n' || c == u'\r')) {
                if (content)
                    counts.append(count);
                count = 0;
                content = false;
            } else {
                content = true;
                if (!quoted && c == d)
                    ++count;
            }
        }
        if (content && sample.size() == text.size())
            counts.append(count);   // the last record, when the sample holds it whole
        QHash<int, int> frequency;
        for (const int c : counts)
            if (c > 0)
                ++frequency[c];
        for (auto it = frequency.constBegin(); it != frequency.constEnd(); ++it) {
            if (it.value() > bestAgreeing || (it.value() == bestAgreeing && it.key() > bestFields)) {
                best = d;
                bestAgreeing = it.value();
                bestFields = it.key();
            }
        }
    }
    return best;
}

Status parse(QStringView text, QChar delimiter, const CsvReadOptions& options, const QString& name, Table& table)
{
    const QChar* p = text.data();
    const qsizetype n = text.size();
    table.rows.reserve(qMin<qsizetype>(text.count(QLatin1Char('\n')) + 1, 4 << 20));
    QVector<Cell> row;
    qint64 cells = 0;
    qsizetype width = 0;
    const auto isLineEnd = [](QChar c) { return c == u'\n' || c == u'\r'; };
    const auto addField = [&](QString&& field) -> Status {
        const int rowNumber = int(table.rows.size()) + 1;
        if (field.size() > options.maxCellChars)
            return Status::error(ErrorCode::Validation, Tr::tr("Row %1, column %2 of %3: the cell has %4 characters; a cell may hold at most %5.")
                                                            .arg(rowNumber).arg(row.size() + 1).arg(name).arg(field.size()).arg(options.maxCellChars));
        if (row.size() >= options.maxColumns)
            return Status::error(ErrorCode::Validation, Tr::tr("Row %1 of %2 has more than %3 columns.").arg(rowNumber).arg(name).arg(options.maxColumns));
        if (++cells > options.maxCells)
            return Status::error(ErrorCode::Validation, Tr::tr("%1 has more than %2 cells, more than can be imported at once.").arg(name).arg(options.maxCells));
        row.append(Cell{std::move(field), std::nullopt, false});
        return Status::ok();
    };
    const auto finishRow = [&] {
        width = qMax(width, row.size());
        table.rows.append(std::move(row));
        row = QVector<Cell>();
        row.reserve(width);
    };
    const auto skipLineEnd = [&](qsizetype& i) { i += (p[i] == u'\r' && i + 1 < n && p[i + 1] == u'\n') ? 2 : 1; };

    qsizetype i = 0;
    bool atRowStart = true;
    qsizetype nextReport = 0;
    while (i < n) {
        if (options.progress && i >= nextReport) {
            if (!options.progress(int(i * 100 / n)))
                return Status::error(ErrorCode::Cancelled, Tr::tr("Reading %1 was cancelled.").arg(name));
            nextReport = i + qMax<qsizetype>(n / 100, 65536);
        }
        if (atRowStart && isLineEnd(p[i])) {
            skipLineEnd(i);
            table.rows.append(QVector<Cell>());
            continue;
        }
        atRowStart = false;
        QString field;
        if (p[i] == u'"') {
            const int column = int(row.size()) + 1;
            ++i;
            for (;;) {
                const qsizetype close = text.indexOf(QLatin1Char('"'), i);
                if (close < 0)
                    return Status::error(ErrorCode::Validation,
                                         Tr::tr("Row %1, column %2 of %3: a quoted field is never closed (its closing \" is missing).")
                                             .arg(table.rows.size() + 1).arg(column).arg(name));
                field.append(p + i, close - i);
                i = close + 1;
                if (i < n && p[i] == u'"') {
                    field.append(QLatin1Char('"'));
                    ++i;
                    continue;
                }
                break;
            }
            const qsizetype rest = i;
            while (i < n && p[i] != delimiter && !isLineEnd(p[i]))
                ++i;
            if (i > rest)
                field.append(p + rest, i - rest);
            field.squeeze();
        } else {
            const qsizetype start = i;
            while (i < n && p[i] != delimiter && !isLineEnd(p[i]))
                ++i;
            field = QString(p + start, i - start);
        }
        if (Status s = addField(std::move(field)); !s)
            return s;
        if (i >= n) {
            finishRow();
        } else if (p[i] == delimiter) {
            ++i;
            if (i >= n) {
                if (Status s = addField(QString()); !s)
                    return s;
                finishRow();
            }
        } else {
            skipLineEnd(i);
            finishRow();
            atRowStart = true;
        }
    }
    return Status::ok();
}

Result<CsvDocument> read(const QByteArray& bytes, const QString& name, const CsvReadOptions& options)
{
    if (bytes.size() > options.maxFileBytes)
        return Status::error(ErrorCode::Validation, Tr::tr("%1 is %2 MB; CSV files over %3 MB cannot be imported. Split it into smaller files.")
                                                        .arg(name).arg(bytes.size() >> 20).arg(options.maxFileBytes >> 20));
    if (bytes.isEmpty() || bytes == "\xEF\xBB\xBF" || bytes == "\xFF\xFE" || bytes == "\xFE\xFF")
        return Status::error(ErrorCode::Validation, Tr::tr("%1 is empty.").arg(name));
    CsvDocument doc;
    Result<QString> text = decode(bytes, name, &doc.encoding);
    if (!text)
        return text.status();
    doc.delimiter = options.delimiter.isNull() ? detectDelimiter(text.value()) : options.delimiter;
    if (Status s = parse(text.value(), doc.delimiter, options, name, doc.table); !s)
        return s;
    bool data = false;
    for (int r = 0; r < doc.table.rowCount() && !data; ++r)
        data = !doc.table.isRowEmpty(r);
    if (!data)
        return Status::error(ErrorCode::Validation, Tr::tr("%1 contains no data (only empty lines or empty fields).").arg(name));
    return doc;
}

} // namespace

Result<CsvDocument> CsvReader::readFile(const QString& path, const CsvReadOptions& options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Status::error(ErrorCode::Io, tr("The file %1 does not exist.").arg(path));
    if (info.size() > options.maxFileBytes)
        return Status::error(ErrorCode::Validation, tr("%1 is %2 MB; CSV files over %3 MB cannot be imported. Split it into smaller files.")
                                                        .arg(info.fileName()).arg(info.size() >> 20).arg(options.maxFileBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::error(ErrorCode::Io, tr("The file %1 cannot be opened: %2").arg(path, file.errorString()));
    Result<CsvDocument> doc = read(file.readAll(), info.fileName(), options);
    if (doc)
        doc.value().table.name = info.completeBaseName();
    return doc;
}

Result<CsvDocument> CsvReader::readBytes(const QByteArray& bytes, const CsvReadOptions& options)
{
    return read(bytes, tr("the data"), options);
}

QString CsvReader::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8Bom: return QStringLiteral("UTF-8 with BOM");
    case TextEncoding::Utf16LE: return QStringLiteral("UTF-16 LE");
    case TextEncoding::Utf16BE: return QStringLiteral("UTF-16 BE");
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Gb18030: return QStringLiteral("GB18030");
    }
    return {};
}

QString CsvReader::delimiterName(QChar delimiter)
{
    if (delimiter == u',')
        return tr("comma");
    if (delimiter == u';')
        return tr("semicolon");
    if (delimiter == u'\t')
        return tr("tab");
    return QString(delimiter);
}

} // namespace dx
