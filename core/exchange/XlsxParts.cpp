#include "exchange/XlsxParts.h"

#include "exchange/ExcelFormat.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>
#include <cmath>

namespace dx::xlsx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dx::XlsxReader)
};

Status xmlError(const QXmlStreamReader& xml, const PartRef& ref)
{
    return Status::error(ErrorCode::Validation,
                         Tr::tr("The workbook %1 is damaged: its part %2 is not valid XML (line %3: %4).")
                             .arg(ref.workbook, ref.part)
                             .arg(xml.lineNumber())
                             .arg(xml.errorString()));
}

// Appends the character data up to the end of the current element (which must just have
// started); nested elements are walked over. No allocation when `out` has capacity.
void appendText(QXmlStreamReader& xml, QString& out)
{
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
            if (depth == 1)
                out.append(xml.text());
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
}

// The text of a string item (<si> or <is>): a plain <t>, or rich text runs <r><t>…</t></r>.
// Phonetic guides (<rPh>, the furigana/pinyin over the text) are not part of the value.
void appendRichText(QXmlStreamReader& xml, QString& out)
{
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("t"))
                appendText(xml, out);
            else if (xml.name() == QLatin1String("rPh"))
                xml.skipCurrentElement();
            else
                ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

// OOXML writes characters XML cannot carry (control characters) as _xHHHH_, and a literal
// "_x" that would look like one as _x005F_x.
void decodeEscapes(QString& s)
{
    if (!s.contains(QLatin1String("_x")))
        return;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'_' && i + 6 < s.size() && s[i + 1] == u'x' && s[i + 6] == u'_') {
            int code = 0;
            bool hex = true;
            for (int k = 2; k < 6 && hex; ++k) {
                const int v = hexValue(s[i + k]);
                hex = v >= 0;
                code = code * 16 + v;
            }
            if (hex) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(s[i]);
    }
    s = out;
}

bool isPlainInteger(QStringView s)
{
    qsizetype i = (!s.isEmpty() && s[0] == u'-') ? 1 : 0;
    if (i >= s.size() || s.size() - i > 20)
        return false;
    for (; i < s.size(); ++i)
        if (s[i] < u'0' || s[i] > u'9')
            return false;
    return true;
}

// A copy that owns just its characters: the reused buffers have room to spare, which every
// cell would otherwise keep.
QString exactCopy(const QString& s)
{
    return QString(s.constData(), s.size());
}

QStringView relationshipIdOf(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& a : attributes)
        if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
            return a.value();
    return {};
}

} // namespace

QString relationshipKind(const QString& type)
{
    return type.section(QLatin1Char('/'), -1);
}

QString relationshipsPartOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

QString resolveTarget(const QString& ownerPart, const QString& target)
{
    QString path = target.startsWith(QLatin1Char('/')) ? target.mid(1) : ownerPart.left(ownerPart.lastIndexOf(QLatin1Char('/')) + 1) + target;
    QStringList parts;
    for (const QString& segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (segment != QLatin1String("."))
            parts << segment;
    }
    return parts.join(QLatin1Char('/'));
}

Status parseRelationships(QIODevice& device, const PartRef& ref, QVector<Relationship>& out)
{
    QXmlStreamReader xml(&device);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship")) {
            const auto a = xml.attributes();
            if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                continue;
            out.append({a.value(QLatin1String("Id")).toString(), a.value(QLatin1String("Type")).toString(),
                        resolveTarget(ref.part.section(QStringLiteral("_rels/"), 0, 0), a.value(QLatin1String("Target")).toString())});
        }
    }
    return xml.hasError() ? xmlError(xml, ref) : Status::ok();
}

Status parseWorkbook(QIODevice& device, const PartRef& ref, WorkbookPart& out)
{
    QXmlStreamReader xml(&device);
    bool root = true;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root && xml.name() != QLatin1String("workbook"))
            return Status::error(ErrorCode::Validation,
                                 Tr::tr("%1 is a zip file but not an .xlsx workbook (its main part %2 is a <%3>, not a workbook).")
                                     .arg(ref.workbook, ref.part, xml.name().toString()));
        root = false;
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto attributes = xml.attributes();
            const QStringView v = attributes.value(QLatin1String("date1904"));
            out.date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            const auto a = xml.attributes();
            out.sheets.append({a.value(QLatin1String("name")).toString(), relationshipIdOf(a).toString()});
        }
    }
    if (xml.hasError())
        return xmlError(xml, ref);
    if (root)
        return Status::error(ErrorCode::Validation, Tr::tr("The workbook %1 is damaged: its part %2 is empty.").arg(ref.workbook, ref.part));
    return Status::ok();
}

Status parseSharedStrings(QIODevice& device, const PartRef& ref, int maxCellChars, QStringList& out)
{
    QXmlStreamReader xml(&device);
    QString buffer;   // reused; each string gets an exact copy
    buffer.reserve(256);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("sst")) {
            const int unique = xml.attributes().value(QLatin1String("uniqueCount")).toInt();
            out.reserve(qBound(0, unique, 1 << 20));
        } else if (xml.name() == QLatin1String("si")) {
            buffer.truncate(0);
            appendRichText(xml, buffer);
            QString text = exactCopy(buffer);
            decodeEscapes(text);
            if (text.size() > maxCellChars)
                return Status::error(ErrorCode::Validation,
                                     Tr::tr("The workbook %1 holds a text of %2 characters (shared text number %3); a cell may "
                                            "hold at most %4.").arg(ref.workbook).arg(text.size()).arg(out.size()).arg(maxCellChars));
            out.append(text);
        }
    }
    return xml.hasError() ? xmlError(xml, ref) : Status::ok();
}

Status parseStyles(QIODevice& device, const PartRef& ref, QVector<bool>& dateStyles)
{
    QXmlStreamReader xml(&device);
    QHash<int, QString> customFormats;
    QVector<int> xfFormats;
    QStringView section;   // the child of <styleSheet> we are in
    int depth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (--depth == 1)
                section = {};
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        if (depth == 2) {
            if (xml.name() == QLatin1String("numFmts"))
                section = u"numFmts";
            else if (xml.name() == QLatin1String("cellXfs"))
                section = u"cellXfs";
        } else if (depth == 3 && section == u"numFmts" && xml.name() == QLatin1String("numFmt")) {
            const auto a = xml.attributes();
            customFormats.insert(a.value(QLatin1String("numFmtId")).toInt(), a.value(QLatin1String("formatCode")).toString());
        } else if (depth == 3 && section == u"cellXfs" && xml.name() == QLatin1String("xf")) {
            xfFormats.append(xml.attributes().value(QLatin1String("numFmtId")).toInt());
        }
    }
    if (xml.hasError())
        return xmlError(xml, ref);
    dateStyles.resize(xfFormats.size());
    for (qsizetype i = 0; i < xfFormats.size(); ++i) {
        const auto custom = customFormats.constFind(xfFormats[i]);
        dateStyles[i] = custom != customFormats.constEnd() ? isDateFormatCode(*custom) : isBuiltInDateFormat(xfFormats[i]);
    }
    return Status::ok();
}

namespace {
enum class CellType { Number, Shared, Inline, FormulaText, Boolean, Error, IsoDate };
}

Status parseWorksheet(QIODevice& device, const SheetContext& ctx, Table& table)
{
    QXmlStreamReader xml(&device);
    const auto cellError = [&](int row, int column, const QString& what) {
        return Status::error(ErrorCode::Validation, Tr::tr("Cell %1 of sheet \"%2\" in %3: %4")
                                                        .arg(excelCellName(row, column), ctx.sheetName, ctx.ref.workbook, what));
    };
    qint64 cells = 0;
    int width = 0;   // widest row so far
    int rowIndex = -1;
    int nextColumn = 0;
    QString value;        // reused for every cell: truncate(0) keeps the allocation
    QString inlineText;
    value.reserve(256);
    inlineText.reserve(256);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("row")) {
            const auto attributes = xml.attributes();   // keeps the views below alive
            const QStringView r = attributes.value(QLatin1String("r"));
            bool ok = true;
            const int n = r.isEmpty() ? rowIndex + 2 : r.toInt(&ok);
            if (!ok || n < 1 || n > 1048576)
                return Status::error(ErrorCode::Validation, Tr::tr("Sheet \"%1\" in %2 has a row numbered \"%3\", which is not a row of a sheet.")
                                                                .arg(ctx.sheetName, ctx.ref.workbook, r.toString()));
            rowIndex = n - 1;
            nextColumn = 0;
            continue;
        }
        if (name == QLatin1String("dimension")) {
            int lastRow = 0;
            int lastColumn = 0;
            const auto attributes = xml.attributes();
            const QStringView ref = attributes.value(QLatin1String("ref"));
            if (parseCellReference(ref.mid(ref.indexOf(u':') + 1), &lastRow, &lastColumn))
                table.rows.reserve(qMin(lastRow + 1, 200000));
            continue;
        }
        if (name != QLatin1String("c"))
            continue;

        const auto attributes = xml.attributes();
        QStringView reference;
        QStringView t;
        QStringView s;
        for (const QXmlStreamAttribute& a : attributes) {   // one pass instead of three lookups
            const QStringView n = a.qualifiedName();
            if (n.size() == 1 && n[0] == u'r')
                reference = a.value();
            else if (n.size() == 1 && n[0] == u't')
                t = a.value();
            else if (n.size() == 1 && n[0] == u's')
                s = a.value();
        }
        int row = qMax(rowIndex, 0);
        int column = nextColumn;
        if (!reference.isEmpty() && !parseCellReference(reference, &row, &column))
            return Status::error(ErrorCode::Validation, Tr::tr("Sheet \"%1\" in %2 has a cell named \"%3\", which is not a cell reference.")
                                                            .arg(ctx.sheetName, ctx.ref.workbook, reference.toString()));
        if (column >= 16384)
            return cellError(row, 16383, Tr::tr("the row has more than 16,384 cells."));
        nextColumn = column + 1;
        const CellType type = t.isEmpty() || t == QLatin1String("n") ? CellType::Number
                              : t == QLatin1String("s")              ? CellType::Shared
                              : t == QLatin1String("inlineStr")      ? CellType::Inline
                              : t == QLatin1String("str")            ? CellType::FormulaText
                              : t == QLatin1String("b")              ? CellType::Boolean
                              : t == QLatin1String("e")              ? CellType::Error
                              : t == QLatin1String("d")              ? CellType::IsoDate
                                                                     : CellType::Number;
        const int style = s.toInt();

        bool hasValue = false;
        bool hasInline = false;
        value.truncate(0);
        inlineText.truncate(0);
        int depth = 1;
        while (depth > 0 && !xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("v")) {
                    hasValue = true;
                    appendText(xml, value);
                } else if (xml.name() == QLatin1String("is")) {
                    hasInline = true;
                    appendRichText(xml, inlineText);
                } else {
                    xml.skipCurrentElement();
                }
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            }
        }
        if (xml.hasError())
            break;

        Cell cell;
        if (type == CellType::Shared) {
            if (!hasValue)
                continue;
            bool ok = false;
            const int index = QStringView(value).trimmed().toInt(&ok);
            if (!ok || index < 0 || !ctx.sharedStrings || index >= ctx.sharedStrings->size())
                return cellError(row, column, Tr::tr("it refers to shared text number %1, which the workbook does not have.").arg(value));
            cell.text = ctx.sharedStrings->at(index);
        } else if (type == CellType::Inline) {
            if (!hasInline && !hasValue)
                continue;
            cell.text = exactCopy(hasInline ? inlineText : value);
            decodeEscapes(cell.text);
        } else if (!hasValue) {
            continue;   // a formatted but empty cell, or a formula never calculated
        } else if (type == CellType::FormulaText || type == CellType::Error) {
            cell.text = exactCopy(value);
            decodeEscapes(cell.text);
        } else if (type == CellType::Boolean) {
            cell.text = (value == QLatin1String("1") || value == QLatin1String("true")) ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == CellType::IsoDate) {
            // ISO 8601 date (strict OOXML and some generators).
            const QDateTime dt = QDateTime::fromString(value.trimmed(), Qt::ISODate);
            const auto serial = dateToExcelSerial(dt.date());
            if (serial) {
                cell.number = *serial + double(dt.time().msecsSinceStartOfDay()) / 86400000.0;
                cell.isDate = true;
                cell.text = excelDateText(*cell.number);
            } else {
                cell.text = exactCopy(value);
            }
        } else {
            bool ok = false;
            const double number = QStringView(value).trimmed().toDouble(&ok);
            if (ok && std::isfinite(number)) {
                cell.number = number;
                if (style >= 0 && ctx.dateStyles && style < ctx.dateStyles->size() && ctx.dateStyles->at(style)) {
                    cell.text = excelDateText(number, ctx.date1904);
                    cell.isDate = !cell.text.isEmpty();
                    if (cell.isDate && ctx.date1904)
                        cell.number = number + 1462;   // the same day as a 1900-system serial
                }
                if (!cell.isDate) {
                    const QStringView raw = QStringView(value).trimmed();
                    // Whole numbers keep every digit the file wrote (a credit code typed as a number).
                    cell.text = (number == std::trunc(number) && isPlainInteger(raw)) ? raw.toString() : excelGeneralText(number);
                }
            } else {
                cell.text = exactCopy(value);
            }
        }
        if (cell.text.size() > ctx.maxCellChars)
            return cellError(row, column, Tr::tr("it holds %1 characters; a cell may hold at most %2.").arg(cell.text.size()).arg(ctx.maxCellChars));
        if (cell.text.isEmpty() && !cell.number)
            continue;

        if (row >= table.rows.size())
            table.rows.resize(row + 1);
        QVector<Cell>& cellsOfRow = table.rows[row];
        if (column >= cellsOfRow.size()) {
            cells += column + 1 - cellsOfRow.size();
            if (cells > ctx.maxCells)
                return Status::error(ErrorCode::Validation, Tr::tr("Sheet \"%1\" in %2 has more than %3 cells, more than can be imported at once.")
                                                                .arg(ctx.sheetName, ctx.ref.workbook, QLocale::c().toString(ctx.maxCells)));
            if (cellsOfRow.isEmpty())
                cellsOfRow.reserve(qMin(qMax(column + 1, width), 1024));   // rows tend to be as wide as the last one
            cellsOfRow.resize(column + 1);
        }
        cellsOfRow[column] = std::move(cell);
        width = qMax(width, column + 1);
    }
    return xml.hasError() ? xmlError(xml, ctx.ref) : Status::ok();
}

} // namespace dx::xlsx
