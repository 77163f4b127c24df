#pragma once

#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

namespace dx {

// One cell of an imported or exported sheet.
//
// `text` is what the source shows: the CSV field as written, or for an XLSX cell the shared or
// inline string, or the number rendered like Excel's General format ("1234.5", "91440300123456"),
// or for a date-formatted number the ISO date ("2023-07-18", with " hh:mm:ss" when it has a time).
// `number` is set only where the source typed the value as a number (XLSX numeric cells); CSV
// never sets it. `isDate` says that `number` is an Excel date serial (a number in a date format).
struct Cell
{
    QString text;
    std::optional<double> number;
    bool isDate = false;

    static Cell fromText(const QString& text) { return Cell{text, std::nullopt, false}; }
    // A number; `shown` defaults to the General rendering of the value.
    static Cell fromNumber(double value, const QString& shown = QString());
    // A date as an Excel serial in the 1900 system with the ISO text; an empty cell for an
    // invalid date or one before 1900-01-01.
    static Cell fromDate(QDate date);

    // No number and no text other than white space.
    bool isBlank() const;
};

// A sheet as rows of cells. rows[i] is the source's row i + 1 (line of a CSV, row number of an
// XLSX sheet), so messages can name the row the user sees. Rows may differ in length; a missing
// cell reads as an empty cell through cell().
struct Table
{
    QString name;   // sheet name; for a CSV file its base name
    QVector<QVector<Cell>> rows;

    int rowCount() const { return int(rows.size()); }
    // The length of the longest row.
    int columnCount() const;
    // True when the row does not exist or all its cells are blank.
    bool isRowEmpty(int row) const;
    // The cell, or an empty cell when row or column is out of range.
    const Cell& cell(int row, int column) const;
    const QString& text(int row, int column) const { return cell(row, column).text; }
};

// A column of an export: its header and, for XLSX, how numbers in it are shown.
struct ExportColumn
{
    QString header;
    QString numberFormat;   // Excel format code for number cells, e.g. "#,##0.00"; empty: General
};

} // namespace dx
