#include "exchange/XlsxReader.h"

#include "exchange/XlsxParts.h"

#include <QFileInfo>
#include <QHash>

namespace dx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dx::XlsxReader)
};

struct SheetPart
{
    QString name;
    QString part;
};

struct Book
{
    QVector<SheetPart> sheets;   // worksheets only
    bool date1904 = false;
    QString sharedStringsPart;
    QString stylesPart;
};

Status openPath(ZipArchive& zip, const QString& path, const XlsxReadOptions& options)
{
    const QFileInfo info(path);
    if (info.isFile() && info.size() > options.maxFileBytes)
        return Status::error(ErrorCode::Validation, Tr::tr("The workbook %1 is %2 MB; workbooks over %3 MB cannot be imported. Split it into smaller files.")
                                                        .arg(info.fileName())
                                                        .arg(info.size() >> 20)
                                                        .arg(options.maxFileBytes >> 20));
    return zip.openFile(path, info.fileName());
}

Status openBytes(ZipArchive& zip, const QByteArray& bytes, const XlsxReadOptions& options)
{
    const QString name = Tr::tr("(data in memory)");
    if (bytes.size() > options.maxFileBytes)
        return Status::error(ErrorCode::Validation, Tr::tr("The workbook %1 is %2 MB; workbooks over %3 MB cannot be imported. Split it into smaller files.")
                                                        .arg(name)
                                                        .arg(bytes.size() >> 20)
                                                        .arg(options.maxFileBytes >> 20));
    return zip.openBytes(bytes, name);
}

Status readRelationships(ZipArchive& zip, const QString& relsPart, const XlsxReadOptions& options, QVector<xlsx::Relationship>& out)
{
    if (!zip.contains(relsPart))
        return Status::ok();
    return zip.read(relsPart, options.zip, [&](QIODevice& device) {
        return xlsx::parseRelationships(device, {zip.displayName(), relsPart}, out);
    });
}

// The workbook part, its sheets in order and where the shared strings and styles live.
Status loadBook(ZipArchive& zip, const XlsxReadOptions& options, Book& book)
{
    QString main = QStringLiteral("xl/workbook.xml");
    QVector<xlsx::Relationship> packageRels;
    if (Status s = readRelationships(zip, QStringLiteral("_rels/.rels"), options, packageRels); !s)
        return s;
    for (const auto& r : packageRels)
        if (xlsx::relationshipKind(r.type) == QLatin1String("officeDocument") && zip.contains(r.target)) {
            main = r.target;
            break;
        }
    if (!zip.contains(main))
        return Status::error(ErrorCode::Validation,
                             Tr::tr("%1 is a zip file but not an .xlsx workbook: it has no %2.").arg(zip.displayName(), main));
    xlsx::WorkbookPart workbook;
    if (Status s = zip.read(main, options.zip, [&](QIODevice& d) { return xlsx::parseWorkbook(d, {zip.displayName(), main}, workbook); }); !s)
        return s;
    QVector<xlsx::Relationship> rels;
    if (Status s = readRelationships(zip, xlsx::relationshipsPartOf(main), options, rels); !s)
        return s;
    QHash<QString, xlsx::Relationship> byId;
    for (const auto& r : rels) {
        byId.insert(r.id, r);
        const QString kind = xlsx::relationshipKind(r.type);
        if (kind == QLatin1String("sharedStrings"))
            book.sharedStringsPart = r.target;
        else if (kind == QLatin1String("styles"))
            book.stylesPart = r.target;
    }
    book.date1904 = workbook.date1904;
    for (const auto& sheet : workbook.sheets) {
        const auto r = byId.constFind(sheet.relationshipId);
        if (r == byId.constEnd())
            return Status::error(ErrorCode::Validation, Tr::tr("The workbook %1 is damaged: sheet \"%2\" has no link to its data.")
                                                            .arg(zip.displayName(), sheet.name));
        if (xlsx::relationshipKind(r->type) == QLatin1String("worksheet"))
            book.sheets.append({sheet.name, r->target});
    }
    if (book.sheets.isEmpty())
        return Status::error(ErrorCode::Validation, Tr::tr("The workbook %1 contains no worksheets.").arg(zip.displayName()));
    return Status::ok();
}

QStringList namesOf(const Book& book)
{
    QStringList names;
    for (const auto& s : book.sheets)
        names << s.name;
    return names;
}

Result<Table> readBookSheet(ZipArchive& zip, const Book& book, int index, const XlsxReadOptions& options)
{
    const SheetPart& sheet = book.sheets.at(index);
    QStringList shared;
    if (!book.sharedStringsPart.isEmpty() && zip.contains(book.sharedStringsPart)) {
        const Status s = zip.read(book.sharedStringsPart, options.zip, [&](QIODevice& d) {
            return xlsx::parseSharedStrings(d, {zip.displayName(), book.sharedStringsPart}, options.maxCellChars, shared);
        });
        if (!s)
            return s;
    }
    QVector<bool> dateStyles;
    if (!book.stylesPart.isEmpty() && zip.contains(book.stylesPart)) {
        const Status s = zip.read(book.stylesPart, options.zip, [&](QIODevice& d) {
            return xlsx::parseStyles(d, {zip.displayName(), book.stylesPart}, dateStyles);
        });
        if (!s)
            return s;
    }
    xlsx::SheetContext context;
    context.ref = {zip.displayName(), sheet.part};
    context.sheetName = sheet.name;
    context.sharedStrings = &shared;
    context.dateStyles = &dateStyles;
    context.date1904 = book.date1904;
    context.maxCells = options.maxCells;
    context.maxCellChars = options.maxCellChars;
    Table table;
    table.name = sheet.name;
    ZipArchive::Progress progress;
    int lastPercent = -1;
    if (options.progress)
        progress = [&](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(qMin<qint64>(100, done * 100 / total)) : 0;
            if (percent == lastPercent)
                return true;
            lastPercent = percent;
            return options.progress(percent);
        };
    const Status s = zip.read(sheet.part, options.zip, [&](QIODevice& d) { return xlsx::parseWorksheet(d, context, table); }, progress);
    if (s.code() == ErrorCode::NotFound)
        return Status::error(ErrorCode::Validation, Tr::tr("The workbook %1 is damaged: the data of sheet \"%2\" (part %3) is missing.")
                                                        .arg(zip.displayName(), sheet.name, sheet.part));
    if (!s)
        return s;
    return table;
}

Result<Table> readIndex(ZipArchive& zip, int index, const XlsxReadOptions& options)
{
    Book book;
    if (Status s = loadBook(zip, options, book); !s)
        return s;
    if (index < 0 || index >= book.sheets.size())
        return Status::error(ErrorCode::NotFound, Tr::tr("The workbook %1 has %2 worksheets; there is no sheet number %3.")
                                                      .arg(zip.displayName())
                                                      .arg(book.sheets.size())
                                                      .arg(index + 1));
    return readBookSheet(zip, book, index, options);
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QString& path, const XlsxReadOptions& options)
{
    ZipArchive zip;
    Book book;
    if (Status s = openPath(zip, path, options); !s)
        return s;
    if (Status s = loadBook(zip, options, book); !s)
        return s;
    return namesOf(book);
}

Result<Table> XlsxReader::readSheet(const QString& path, const QString& sheetName, const XlsxReadOptions& options)
{
    ZipArchive zip;
    Book book;
    if (Status s = openPath(zip, path, options); !s)
        return s;
    if (Status s = loadBook(zip, options, book); !s)
        return s;
    const QStringList names = namesOf(book);
    qsizetype index = names.indexOf(sheetName);
    for (qsizetype i = 0; index < 0 && i < names.size(); ++i)
        if (names[i].compare(sheetName, Qt::CaseInsensitive) == 0)
            index = i;
    if (index < 0)
        return Status::error(ErrorCode::NotFound, tr("The workbook %1 has no sheet named \"%2\". Its sheets are: %3.")
                                                      .arg(zip.displayName(), sheetName, names.join(QStringLiteral(", "))));
    return readBookSheet(zip, book, int(index), options);
}

Result<Table> XlsxReader::readSheet(const QString& path, int index, const XlsxReadOptions& options)
{
    ZipArchive zip;
    if (Status s = openPath(zip, path, options); !s)
        return s;
    return readIndex(zip, index, options);
}

Result<QStringList> XlsxReader::sheetNamesFromBytes(const QByteArray& bytes, const XlsxReadOptions& options)
{
    ZipArchive zip;
    Book book;
    if (Status s = openBytes(zip, bytes, options); !s)
        return s;
    if (Status s = loadBook(zip, options, book); !s)
        return s;
    return namesOf(book);
}

Result<Table> XlsxReader::readSheetFromBytes(const QByteArray& bytes, int index, const XlsxReadOptions& options)
{
    ZipArchive zip;
    if (Status s = openBytes(zip, bytes, options); !s)
        return s;
    return readIndex(zip, index, options);
}

} // namespace dx
