// libFuzzer: the value parsers on arbitrary UTF-8 text: the import columns' amounts, counts,
// dates (as text, and as the number a spreadsheet cell holds) and names, and the amounts typed
// into the windows (Money::parseYuan/parseWan). Parsed values must satisfy what the options
// promise (no negative amount unless allowed, dates valid, 万元 = 10,000 元).

#include "exchange/ValueParsers.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    dx::AmountOptions options;
    options.unitWan = flags & 1;
    options.allowNegative = flags & 2;
    const auto amount = dx::ValueParsers::parseAmountFen(text, options);
    if (amount.isOk() && !options.allowNegative && amount->fen() < 0)
        std::abort();
    if (!amount.isOk() && amount.message().isEmpty())
        std::abort();
    const auto integer = dx::ValueParsers::parseInteger(text, flags & 4);
    if (integer.isOk() && !(flags & 4) && integer.value() < 0)
        std::abort();
    const auto date = dx::ValueParsers::parseDate(text, flags & 8);
    if (date.isOk() && !date->isValid())
        std::abort();
    // The same text as a spreadsheet number: what XlsxReader hands the date column.
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    if (isNumber) {
        dx::Cell cell = dx::Cell::fromNumber(number);
        cell.isDate = flags & 16;
        const auto fromCell = dx::ValueParsers::parseDate(cell, flags & 8);
        if (fromCell.isOk() ? !fromCell->isValid() : fromCell.message().isEmpty())
            std::abort();
    }
    const auto yuan = dx::Money::parseYuan(text), wan = dx::Money::parseWan(text);
    // A number of 元 is one of 万元 too, 10,000 times as many fen (below where 万元 overflow).
    if (yuan && qAbs(yuan->fen()) < (qint64(1) << 48) && (!wan || wan->fen() != yuan->fen() * 10000))
        std::abort();
    const QString normal = dx::ValueParsers::normalizeText(text);
    if (normal != dx::ValueParsers::normalizeText(normal))   // idempotent
        std::abort();
    return 0;
}
