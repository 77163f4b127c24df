#pragma once

#include <QStringList>

// `dxdesk stats [--as-of DATE] [--cluster NAME] [--json]`: the dashboard's figures as of a date —
// the pipeline per cluster, levels, funds, the last twelve months — and the diagnosis → project
// conversion.
int runStats(const QStringList& args);
