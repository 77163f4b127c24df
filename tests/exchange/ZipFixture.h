#pragma once

// Test helpers: build zip files entry by entry with minizip's zip.h, so tests can make .xlsx
// packages by hand (parts libxlsxwriter never writes) and hostile archives (zip bombs).

#include <QByteArray>
#include <QFile>
#include <QPair>
#include <QString>
#include <QVector>

#include <zip.h>

#include <cstring>

namespace dx::test {

using ZipEntries = QVector<QPair<QString, QByteArray>>;

inline bool writeZip(const QString& path, const ZipEntries& entries)
{
    zipFile zf = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zf)
        return false;
    bool ok = true;
    for (const auto& [name, data] : entries) {
        zip_fileinfo info;
        std::memset(&info, 0, sizeof info);
        ok = ok && zipOpenNewFileInZip64(zf, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 0) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zf, data.constData(), unsigned(data.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZip(zf) == ZIP_OK;
    }
    return zipClose(zf, nullptr) == ZIP_OK && ok;
}

// A zip with `entries` plus one entry `bombName` of `zeroBytes` zeros, streamed in blocks so
// the test never holds it in memory (300 MB of zeros pack into about 300 KB).
inline bool writeZipWithZeros(const QString& path, const ZipEntries& entries, const QString& bombName, qint64 zeroBytes)
{
    if (!writeZip(path, entries))
        return false;
    zipFile zf = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_ADDINZIP);
    if (!zf)
        return false;
    zip_fileinfo info;
    std::memset(&info, 0, sizeof info);
    bool ok = zipOpenNewFileInZip64(zf, bombName.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 9, 1) == ZIP_OK;
    const QByteArray block(1 << 20, '\0');
    for (qint64 left = zeroBytes; ok && left > 0; left -= block.size())
        ok = zipWriteInFileInZip(zf, block.constData(), unsigned(qMin<qint64>(left, block.size()))) == ZIP_OK;
    ok = ok && zipCloseFileInZip(zf) == ZIP_OK;
    return zipClose(zf, nullptr) == ZIP_OK && ok;
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The package parts every hand-made workbook needs; `sheets` are (name, sheet XML) pairs.
inline ZipEntries minimalWorkbook(const QVector<QPair<QString, QByteArray>>& sheets, const QByteArray& sharedStrings = {},
                                  const QByteArray& styles = {}, const QByteArray& workbookPr = {})
{
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                          + workbookPr + "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    ZipEntries entries;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + sheets[i].first.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" + n + ".xml\"/>";
        entries.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheets[i].second});
    }
    workbook += "</sheets></workbook>";
    if (!sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                "Target=\"sharedStrings.xml\"/>";
        entries.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    }
    if (!styles.isEmpty()) {
        rels += "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                "Target=\"/xl/styles.xml\"/>";
        entries.append({QStringLiteral("xl/styles.xml"), styles});
    }
    rels += "</Relationships>";
    entries.prepend({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    entries.prepend({QStringLiteral("xl/workbook.xml"), workbook});
    entries.prepend({QStringLiteral("_rels/.rels"),
                     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                     "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                     "Target=\"xl/workbook.xml\"/></Relationships>"});
    entries.prepend({QStringLiteral("[Content_Types].xml"),
                     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"});
    return entries;
}

inline QByteArray sheetXml(const QByteArray& sheetData)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
           + sheetData + "</sheetData></worksheet>";
}

} // namespace dx::test
