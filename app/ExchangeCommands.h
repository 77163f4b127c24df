#pragma once

#include <QStringList>

// `dxdesk import enterprises FILE …` and `dxdesk export enterprises --out FILE …`: the ledger
// exchange for scripts and administrators, with the same checks as the import dialog.
int runImport(const QStringList& args);
int runExport(const QStringList& args);
