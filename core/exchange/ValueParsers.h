#pragma once

#include "domain/Money.h"
#include "exchange/Table.h"
#include "util/Result.h"

#include <QDate>
#include <QString>

namespace dx {

struct AmountOptions
{
    bool unitWan = false;         // a plain number is in 万元 (the register keeps revenue in 万元)
    bool allowNegative = false;   // refuse "-5" unless set
};

// Pure parsers for the values officers type into spreadsheets: amounts, counts, dates and
// names. Each returns the value or a translated reason that quotes the text; the caller adds
// where it was (row, column). Full-width digits and punctuation (１２３４．５，) are accepted.
class ValueParsers
{
    Q_DECLARE_TR_FUNCTIONS(dx::ValueParsers)

public:
    // An amount of money, exactly (decimal text to integer fen, never through a double):
    // "1234.50", "1,234.5", "１２３４．５", "¥1,234", "￥1234", "RMB 1234", "1234元",
    // "1.2万", "12万元", "12 万元", "1.5亿元". An explicit unit (元, 万, 万元, 亿, 亿元) wins over
    // options.unitWan; without one the number is in 元, or in 万元 when unitWan is set
    // ("1.2" → 12,000 元). Refused: text that is not such a number, thousands separators out of
    // place ("1,23"), amounts finer than a fen ("1.234" 元, "1.2345678" 万元), negative amounts
    // unless allowed, amounts beyond a qint64 of fen.
    static Result<Money> parseAmountFen(const QString& text, const AmountOptions& options = {});

    // A whole number such as a head count: "1,234", "１２３", "120人", "120 名", "1.2万" (12,000).
    // Refused: fractions ("12.5"), negatives unless allowNegative, overflow.
    static Result<qint64> parseInteger(const QString& text, bool allowNegative = false);

    // A date: "2023-07-18", "2023/7/18", "2023.7.18" (a time after it is ignored: "2023-07-18
    // 00:00:00", "2023-07-18T08:00"), "2023年7月18日", "20230718"; and when allowSerial is set,
    // an Excel date serial written as a bare number in 1..2958465 ("45125" → 2023-07-18).
    // Years outside 1900–9999, days that do not exist and serial 60 (Excel's 1900-02-29) are refused.
    static Result<QDate> parseDate(const QString& text, bool allowSerial = false);
    // A date from a cell: a date-formatted number (isDate) is read as the serial it is; any
    // other number is a serial only when allowSerial is set; otherwise the text is parsed.
    static Result<QDate> parseDate(const Cell& cell, bool allowSerial = false);

    // Names and codes for storing and comparing: trims; turns full-width spaces (U+3000),
    // no-break spaces, tabs and line breaks into spaces and collapses runs of them into one;
    // drops zero-width characters and other control characters; turns full-width ASCII letters
    // and digits (Ａ１) into ASCII. Full-width punctuation such as （）in "某某（集团）有限公司"
    // is kept, because registered company names are written with it.
    static QString normalizeText(const QString& text);
};

} // namespace dx
