// dxdesk: the GUI, or a command for administrators and scripts (see CommandLine.h).
#include "CliSupport.h"
#include "CommandLine.h"
#include "app/Application.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char* argv[])
{
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    const QString first = raw.value(1);
    const bool commandLine = (!first.isEmpty() && !first.startsWith(QLatin1Char('-'))) || first == QLatin1String("--version") ||
                             first == QLatin1String("-v") || first == QLatin1String("--help") || first == QLatin1String("-h");
    if (commandLine && first == QLatin1String("report")) {
        // Reports need fonts and QPainter (a QGuiApplication) but never a window: the offscreen
        // platform unless the caller chose one, so it runs on a server without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        dx::Application::setIdentity();
        dx::Application::installTranslators(app);
        cli::installPasswordPrompt();
        return runCommandLine(app.arguments());
    }
    if (commandLine) {
        QCoreApplication app(argc, argv);
        dx::Application::setIdentity();
        dx::Application::installTranslators(app);
        cli::installPasswordPrompt();
        return runCommandLine(app.arguments());
    }
    QApplication app(argc, argv);
    dx::Application::setIdentity();
    dx::Application::installTranslators(app);
    return dx::Application::runGui(databaseArgument(app.arguments()));
}
