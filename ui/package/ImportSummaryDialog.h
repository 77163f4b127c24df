#pragma once

#include "package/PackageImport.h"

#include <QDialog>

namespace dx {

// What an import did: the counts, then each record with its outcome (added, updated, parallel
// update, conflict) and the fields concerned. Ends with ReviewConflicts when asked to.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    enum { ReviewConflicts = 2 };
    ImportSummaryDialog(const PackageImportSummary& summary, QWidget* parent = nullptr);
};

} // namespace dx
