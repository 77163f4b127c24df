#pragma once

#include "exchange/Table.h"
#include "util/Result.h"

#include <QIODevice>
#include <QStringList>
#include <QVector>

// Internal to XlsxReader: parsers for the parts of an .xlsx package, each reading one XML part
// from a device with QXmlStreamReader. Messages name the workbook and the part.
namespace dx::xlsx {

struct PartRef
{
    QString workbook;   // display name of the file
    QString part;       // zip entry, e.g. "xl/worksheets/sheet1.xml"
};

struct Relationship
{
    QString id;
    QString type;     // full type URI; compare its last segment ("worksheet", "styles"…)
    QString target;   // resolved to a zip entry name
};

struct SheetEntry
{
    QString name;
    QString relationshipId;
};

struct WorkbookPart
{
    QVector<SheetEntry> sheets;   // in workbook order, all kinds of sheet
    bool date1904 = false;
};

// The last segment of a relationship type URI ("…/relationships/worksheet" → "worksheet").
QString relationshipKind(const QString& type);
// Resolves a relationship target against the part that owns the relationships.
QString resolveTarget(const QString& ownerPart, const QString& target);
// "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
QString relationshipsPartOf(const QString& part);

Status parseRelationships(QIODevice& device, const PartRef& ref, QVector<Relationship>& out);
// Fails with a "not a workbook" message when the root element is not <workbook>.
Status parseWorkbook(QIODevice& device, const PartRef& ref, WorkbookPart& out);
Status parseSharedStrings(QIODevice& device, const PartRef& ref, int maxCellChars, QStringList& out);
// dateStyles[i] is true when cell style (xf) i shows numbers as dates.
Status parseStyles(QIODevice& device, const PartRef& ref, QVector<bool>& dateStyles);

struct SheetContext
{
    PartRef ref;
    QString sheetName;
    const QStringList* sharedStrings = nullptr;
    const QVector<bool>* dateStyles = nullptr;
    bool date1904 = false;
    qint64 maxCells = 0;
    int maxCellChars = 0;
};

Status parseWorksheet(QIODevice& device, const SheetContext& context, Table& table);

} // namespace dx::xlsx
