#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

// What Excel means by its numbers: date serials, the General rendering of a value, date
// number formats and A1 cell references. Pure functions, shared by the XLSX reader and writer
// and by the value parsers.
namespace dx {

// The largest serial Excel shows as a date (9999-12-31 in the 1900 system).
constexpr double kMaxExcelDateSerial = 2958465;

// The day of an Excel date serial (the time of day, the fraction, is dropped).
// 1900 system (the default): 1 = 1900-01-01, 59 = 1900-02-28, 61 = 1900-03-01. Serial 60 is
// the 1900-02-29 that Lotus 1-2-3 invented and Excel kept; it is no real day, so it and serials
// below 1 give an invalid QDate. 1904 system (workbookPr date1904="1"): 0 = 1904-01-01.
// Serials past 9999-12-31 are invalid.
QDate excelSerialToDate(double serial, bool date1904 = false);

// The serial of a date; nullopt for an invalid date or one before the system's first day.
std::optional<double> dateToExcelSerial(QDate date, bool date1904 = false);

// How a date-formatted serial reads in the Cell text: "2023-07-18", "2023-07-18 09:30:00" when
// it has a time of day, "09:30:00" for a time alone (serial below 1). Empty when Excel would
// not show the serial as a date (negative, too large, serial 0 or 60 in the 1900 system).
QString excelDateText(double serial, bool date1904 = false);

// A number as Excel's General format shows it, at most 15 significant digits and no exponent
// for ordinary magnitudes: 1234.5 → "1234.5", 120.0 → "120", 0.1 + 0.2 → "0.3",
// 91440300123456 → "91440300123456". Whole numbers up to 2^53 keep all their digits; larger
// ones keep 15 significant digits and zeros ("914403001234568000"); magnitudes from 1e21 or
// below 1e-9 use an exponent ("1E+21"). NaN and infinities give an empty string.
QString excelGeneralText(double value);

// True for the built-in number formats that show a date or time: ids 14–22 and 45–47, and the
// East Asian date/time ids 27–36 and 50–58 that Chinese Excel uses without writing their codes.
bool isBuiltInDateFormat(int numFmtId);
// True when a custom format code shows a date or time: it contains y, m, d, h or s outside
// quoted text, escapes and [brackets]. "yyyy\"年\"m\"月\"d\"日\"" and "[$-804]yyyy/m/d" are
// dates; "0.00", "#,##0.00\"元\"" and elapsed times such as "[h]:mm" are not.
bool isDateFormatCode(QStringView code);

// Column letters of a 0-based column index: 0 → "A", 27 → "AB", 16383 → "XFD".
QString excelColumnName(int column);
// Reads an A1 reference ("C7") into 0-based row and column. False when it is not one, or
// lies outside Excel's grid (column XFD, row 1,048,576).
bool parseCellReference(QStringView reference, int* row, int* column);
// "C7" for 0-based row 6, column 2.
QString excelCellName(int row, int column);

} // namespace dx
