#pragma once

#include "common/MessageBox.h"
#include "util/Settings.h"

#include <QString>

namespace dx::test {

// Every GUI test starts the same way: settings in a file of the test's own folder (nothing of
// the machine's user leaks in or out) and message boxes answered "Yes" without showing
// (MessageBox::lastText() keeps what would have been shown).
inline void isolateGui(const QString& dir)
{
    Settings::useFile(dir + QStringLiteral("/settings.ini"));
    MessageBox::setHook([](QMessageBox::Icon, const QString&, const QString&, QMessageBox::StandardButtons) {
        return QMessageBox::Yes;
    });
}

} // namespace dx::test
