#pragma once

#include <QString>

class QCoreApplication;

namespace dx {

// Process-wide set-up shared by the GUI and the command line.
namespace Application {
void setIdentity();                                  // organisation, name, version (QSettings, paths)
QString effectiveLanguage();                         // the setting, or the system locale
void installTranslators(QCoreApplication& app);      // ours and Qt's own, for that language
int runGui(const QString& databasePath);             // opens the database and the main window
}

} // namespace dx
