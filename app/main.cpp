// dxdesk: the GUI, or a command for administrators and scripts (see CommandLine.h).
#include "CommandLine.h"
#include "app/Application.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    const QString first = raw.value(1);
    const bool commandLine = (!first.isEmpty() && !first.startsWith(QLatin1Char('-'))) || first == QLatin1String("--version") ||
                             first == QLatin1String("-v") || first == QLatin1String("--help") || first == QLatin1String("-h");
    if (commandLine) {
        QCoreApplication app(argc, argv);
        dx::Application::setIdentity();
        dx::Application::installTranslators(app);
        return runCommandLine(app.arguments());
    }
    QApplication app(argc, argv);
    dx::Application::setIdentity();
    dx::Application::installTranslators(app);
    return dx::Application::runGui(databaseArgument(app.arguments()));
}
