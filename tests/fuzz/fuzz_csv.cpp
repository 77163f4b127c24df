// libFuzzer: CsvReader::readBytes on arbitrary bytes. A read ends in a table within the
// limits or in an error with a message; the table is then read as a ledger (FuzzLedger.h).

#include "FuzzLedger.h"
#include "exchange/CsvReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    dx::CsvReadOptions options;
    options.maxCellChars = 4096;
    options.maxColumns = 512;
    options.maxCells = 200000;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto doc = dx::CsvReader::readBytes(bytes, options);
    if (!doc.isOk()) {
        if (doc.message().isEmpty())
            std::abort();
        return 0;
    }
    for (const auto& row : doc->table.rows) {
        if (row.size() > options.maxColumns)
            std::abort();
        for (const auto& cell : row)
            if (cell.text.size() > options.maxCellChars || cell.number)
                std::abort();
    }
    dx::fuzz::readAsLedger(doc->table);
    return 0;
}
