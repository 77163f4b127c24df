#pragma once

#include <QStringList>

// `dxdesk package export|open|return|import|conflicts|resolve …`: field packages out to a
// provider's laptop and back (core/package).
int runPackage(const QStringList& args);
