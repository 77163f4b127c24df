#include "exchange/Table.h"

#include "exchange/ExcelFormat.h"

namespace dx {

Cell Cell::fromNumber(double value, const QString& shown)
{
    return Cell{shown.isEmpty() ? excelGeneralText(value) : shown, value, false};
}

Cell Cell::fromDate(QDate date)
{
    const std::optional<double> serial = dateToExcelSerial(date);
    if (!serial)
        return Cell{};
    return Cell{date.toString(Qt::ISODate), *serial, true};
}

bool Cell::isBlank() const
{
    if (number)
        return false;
    for (const QChar c : text)
        if (!c.isSpace())
            return false;
    return true;
}

int Table::columnCount() const
{
    qsizetype widest = 0;
    for (const auto& row : rows)
        widest = std::max(widest, row.size());
    return int(widest);
}

bool Table::isRowEmpty(int row) const
{
    if (row < 0 || row >= rows.size())
        return true;
    for (const Cell& c : rows.at(row))
        if (!c.isBlank())
            return false;
    return true;
}

const Cell& Table::cell(int row, int column) const
{
    static const Cell empty;
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
        return empty;
    return rows.at(row).at(column);
}

} // namespace dx
