#include "TableFile.h"

#include "CsvReader.h"
#include "XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace dx {

Result<TableFile::Kind> TableFile::kindOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::error(ErrorCode::Io, tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    const QByteArray head = file.read(8);
    // The content decides: WPS and mail clients rename files, and a workbook saved as
    // "ledger.csv" is still a workbook.
    if (head.startsWith("PK\x03\x04"))
        return Kind::Xlsx;
    if (head.startsWith(QByteArray::fromHex("D0CF11E0A1B11AE1")))
        return Status::error(ErrorCode::Validation, tr("%1 is an old Excel 97–2003 workbook (.xls). Open it in Excel or WPS and "
                                                       "save it as .xlsx (Excel workbook), then import that file.")
                                                        .arg(QFileInfo(path).fileName()));
    return Kind::Csv;
}

Result<QStringList> TableFile::sheetNames(const QString& path)
{
    auto kind = kindOf(path);
    if (!kind)
        return kind.status();
    if (kind.value() == Kind::Xlsx)
        return XlsxReader::sheetNames(path);
    return QStringList{QFileInfo(path).completeBaseName()};
}

Result<Table> TableFile::read(const QString& path, int sheet)
{
    auto kind = kindOf(path);
    if (!kind)
        return kind.status();
    if (kind.value() == Kind::Xlsx)
        return XlsxReader::readSheet(path, sheet);
    auto csv = CsvReader::readFile(path);
    if (!csv)
        return csv.status();
    return csv->table;
}

} // namespace dx
