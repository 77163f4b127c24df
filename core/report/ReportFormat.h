#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace dx::report {

// What the person printing chooses for this one print.
struct Options
{
    bool showPersonal = false;   // contact phones in full (PIPL: masked unless chosen)
    QString bureau;              // header; empty: the setting, else a generic name
    QDate today;                 // the date of a report "as of now"; invalid: the system date
};

// The small formatting rules every report shares, so the same figure reads the same everywhere.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(dx::report::Format)

public:
    static QString amount(Money m);                    // "1,020,000.00" (元; the column says so)
    static QString count(qint64 n);                    // "12,345"
    static QString date(const QDate& d);               // "2025-03-01", "—" when none
    static QString text(const QString& s);             // "—" for empty
    static QString yesNo(bool b);
    static QString percent(qint64 part, qint64 whole); // "45.0%", "—" when whole is 0
    static QString level(int level);                   // 二级 …, "No level" for 0
    static QString phone(const QString& phone, const Options& options);
    static QString bureau(const Options& options);     // the option, else the setting, else a generic name
    static QDate today(const Options& options);
    // `stem` + ".pdf" with the characters file systems refuse (\ / : * ? " < > |) replaced.
    static QString pdfFileName(const QString& stem);
    // A SHA-256 in two lines of 32 hex digits: a whole one does not fit a column, and halves read
    // (and compare) better than a hash broken wherever the cell ends.
    static QString sha256(const QString& hex);
};

} // namespace dx::report
