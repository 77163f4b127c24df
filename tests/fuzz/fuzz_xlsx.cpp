// libFuzzer: XlsxReader on the bytes of an .xlsx file (minizip memory IO, then the XML parts).
// Small limits keep single inputs fast; a read ends in a table or an error with a message, and
// a table is then read as a ledger (FuzzLedger.h).

#include "FuzzLedger.h"
#include "exchange/XlsxReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    dx::XlsxReadOptions options;
    options.zip.maxEntryBytes = qint64(8) << 20;
    options.zip.ratioCheckFrom = qint64(1) << 20;
    options.maxCells = 200000;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto names = dx::XlsxReader::sheetNamesFromBytes(bytes, options);
    if (!names.isOk() && names.message().isEmpty())
        std::abort();
    const int sheets = names.isOk() ? int(names->size()) : 1;
    for (int i = 0; i < sheets && i < 4; ++i) {
        const auto sheet = dx::XlsxReader::readSheetFromBytes(bytes, i, options);
        if (!sheet.isOk()) {
            if (sheet.message().isEmpty())
                std::abort();
            continue;
        }
        for (const auto& row : sheet->rows) {
            if (row.size() > 16384)
                std::abort();
            for (const auto& cell : row)
                if (cell.text.size() > options.maxCellChars)
                    std::abort();
        }
        dx::fuzz::readAsLedger(sheet.value());
    }
    return 0;
}
