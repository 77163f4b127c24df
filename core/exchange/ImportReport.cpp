#include "ImportReport.h"

#include "SheetWriter.h"

namespace dx {

Status ImportReport::write(const QVector<ImportIssue>& issues, const QString& path)
{
    auto sheet = SheetWriter::create(path, tr("Problems"),
                                     {{tr("Row"), QString()}, {tr("Column"), QString()}, {tr("Value"), QString()}, {tr("Problem"), QString()}});
    if (!sheet)
        return sheet.status();
    for (const ImportIssue& i : issues) {
        const Status s = sheet.value()->writeRow({Cell::fromNumber(i.row), Cell::fromText(i.column), Cell::fromText(i.value),
                                                  Cell::fromText(i.reason)});
        if (!s)
            return s;
    }
    return sheet.value()->close();
}

} // namespace dx
