#include "exchange/ExcelFormat.h"

#include <QTime>
#include <cmath>

namespace dx {

namespace {
constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;
constexpr double kSecondsPerDay = 86400.0;
}

QDate excelSerialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial))
        return {};
    const double day = std::floor(serial);
    if (date1904) {
        if (day < 0 || day > kMaxExcelDateSerial)
            return {};
        const QDate d = QDate(1904, 1, 1).addDays(qint64(day));
        return d.year() <= 9999 ? d : QDate();
    }
    if (day < 1 || day == 60 || day > kMaxExcelDateSerial)
        return {};
    // Before the fake leap day every serial is one day "late" against the real calendar.
    return day < 60 ? QDate(1899, 12, 31).addDays(qint64(day)) : QDate(1899, 12, 30).addDays(qint64(day));
}

std::optional<double> dateToExcelSerial(QDate date, bool date1904)
{
    if (!date.isValid())
        return std::nullopt;
    if (date1904) {
        const qint64 n = QDate(1904, 1, 1).daysTo(date);
        return n >= 0 ? std::optional<double>(double(n)) : std::nullopt;
    }
    qint64 n = QDate(1899, 12, 30).daysTo(date);
    if (date < QDate(1900, 3, 1))
        --n;
    return n >= 1 ? std::optional<double>(double(n)) : std::nullopt;
}

QString excelDateText(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= kMaxExcelDateSerial + 1)
        return {};
    const qint64 seconds = std::llround(serial * kSecondsPerDay);
    const qint64 days = seconds / 86400;
    const int secondOfDay = int(seconds % 86400);
    const QString time = QTime(0, 0).addSecs(secondOfDay).toString(QStringLiteral("HH:mm:ss"));
    if (days == 0)
        return secondOfDay ? time : QString();
    const QDate date = excelSerialToDate(double(days), date1904);
    if (!date.isValid())
        return {};
    return secondOfDay ? date.toString(Qt::ISODate) + QLatin1Char(' ') + time : date.toString(Qt::ISODate);
}

QString excelGeneralText(double value)
{
    if (!std::isfinite(value))
        return {};
    if (value == 0)
        return QStringLiteral("0");
    const double magnitude = std::fabs(value);
    if (value == std::trunc(value) && magnitude <= 9007199254740992.0)   // 2^53: exact in a double
        return QString::number(qint64(value));
    if (magnitude >= 1e21 || magnitude < 1e-9)
        return QString::number(value, 'G', 15);
    // Usually 15 significant digits in 'g' form are already positional ("1234.5", "0.3").
    QString quick = QString::number(value, 'g', 15);
    if (!quick.contains(QLatin1Char('e')))
        return quick;
    // Round to 15 significant digits through the exponent form "-d.dddddddddddddde±x", then
    // write those digits in positional notation.
    const QString e = QString::number(value, 'e', 14);
    const bool negative = e.startsWith(QLatin1Char('-'));
    const qsizetype mantissaStart = negative ? 1 : 0;
    const qsizetype ePos = e.indexOf(QLatin1Char('e'));
    QString digits = e.mid(mantissaStart, ePos - mantissaStart);
    digits.remove(QLatin1Char('.'));
    const int exponent = e.mid(ePos + 1).toInt();
    QString integral;
    QString fraction;
    if (exponent >= 0) {
        if (exponent + 1 >= digits.size()) {
            integral = digits + QString(exponent + 1 - digits.size(), QLatin1Char('0'));
        } else {
            integral = digits.left(exponent + 1);
            fraction = digits.mid(exponent + 1);
        }
    } else {
        integral = QStringLiteral("0");
        fraction = QString(-exponent - 1, QLatin1Char('0')) + digits;
    }
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    QString out = negative ? QStringLiteral("-") : QString();
    out += integral;
    if (!fraction.isEmpty())
        out += QLatin1Char('.') + fraction;
    return out;
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool isDateFormatCode(QStringView code)
{
    bool dateLetter = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            if (close < 0)
                break;
            i = close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;   // the next character is literal (or padding)
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            if (close < 0)
                break;
            const QStringView inside = code.mid(i + 1, close - i - 1);
            // [h], [mm], [ss]: elapsed time, a duration rather than a point in time.
            bool elapsed = !inside.isEmpty();
            for (const QChar ch : inside)
                elapsed = elapsed && (ch.toLower() == u'h' || ch.toLower() == u'm' || ch.toLower() == u's');
            if (elapsed)
                return false;
            i = close;
        } else {
            switch (c) {
            case u'y': case u'Y': case u'm': case u'M': case u'd': case u'D':
            case u'h': case u'H': case u's': case u'S':
                dateLetter = true;
                break;
            default:
                break;
            }
        }
    }
    return dateLetter;
}

QString excelColumnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

bool parseCellReference(QStringView reference, int* row, int* column)
{
    qsizetype i = 0;
    int col = 0;
    while (i < reference.size() && reference[i] >= u'A' && reference[i] <= u'Z' && i < 3)
        col = col * 26 + (reference[i++].unicode() - u'A' + 1);
    if (i == 0 || col > kMaxColumns || i == reference.size())
        return false;
    qint64 r = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference[i].unicode();
        if (c < u'0' || c > u'9' || r > kMaxRows)
            return false;
        r = r * 10 + (c - u'0');
    }
    if (r < 1 || r > kMaxRows)
        return false;
    *row = int(r - 1);
    *column = col - 1;
    return true;
}

QString excelCellName(int row, int column)
{
    return excelColumnName(column) + QString::number(row + 1);
}

} // namespace dx
