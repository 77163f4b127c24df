#pragma once

// What every import does with a table read from a file before it asks the database: the columns
// matched to fields by their header text, and every mapped cell of the rows below read by each
// of the row parsers (text, amount, count, date, yes/no). Shared by the CSV and XLSX targets, so
// a file's cells also reach the code that reads them as a ledger. Every issue must carry a
// reason; a field goes to one column at most.
// The header row is the first row here. The import guesses it by matching each of the first ten
// rows (ImportMapping::guessHeaderRow, a loop over the same match()): doing that for every input
// made the CSV target 25 times slower (2.5 ms an input under ASan) and reaches no code this does not.

#include "exchange/EnterpriseImport.h"
#include "exchange/RowCells.h"

#include <cstdlib>

namespace dx::fuzz {

inline void readAsLedger(const Table& table)
{
    static const QVector<ImportField> fields = EnterpriseImport::fieldList();
    if (table.rowCount() == 0)
        return;
    const int headerRow = 0;
    const ImportMapping mapping = ImportMapping::match(ImportMapping::headersOf(table, headerRow), fields);
    for (const ImportField& f : fields) {
        int columns = 0;
        for (int c = 0; c < mapping.columnCount(); ++c)
            columns += mapping.fieldAt(c) == f.key ? 1 : 0;
        if (columns > 1 || (columns == 1) != (mapping.columnOf(f.key) >= 0))
            std::abort();
    }
    const ColumnMap columns(fields, table.rows.at(headerRow), mapping);
    QVector<ImportIssue> issues;
    // A few hundred rows reach every parser; more would only slow each input down.
    for (int r = headerRow + 1; r < table.rowCount() && r <= headerRow + 200; ++r) {
        RowCells cells(table.rows.at(r), r + 1, columns, &issues);
        for (const ImportField& f : fields) {
            cells.text(f.key);
            cells.amount(f.key, AmountOptions{true, false});
            cells.integer(f.key);
            cells.date(f.key);
            cells.yesNo(f.key);
        }
    }
    for (const ImportIssue& issue : issues)
        if (issue.reason.isEmpty())
            std::abort();
}

} // namespace dx::fuzz
