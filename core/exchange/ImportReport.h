#pragma once

#include "ImportTarget.h"

namespace dx {

// The dry run's problems as a sheet (row, column, value, problem), for the officer who
// corrects the ledger: .xlsx or .csv by the file's extension.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(dx::ImportReport)
public:
    static Status write(const QVector<ImportIssue>& issues, const QString& path);
};

} // namespace dx
