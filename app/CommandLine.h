#pragma once

#include <QStringList>

// The administrators' and scripts' interface: `dxdesk demo`, `dxdesk check`, `dxdesk --version`.
// Returns -1 when the arguments ask for the GUI, else the process exit code.
int runCommandLine(const QStringList& arguments);
// The --db value for the GUI, or empty.
QString databaseArgument(const QStringList& arguments);
