#include "Application.h"

#include "MainWindow.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "util/Settings.h"

#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace dx::Application {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DXDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("DXDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DX_VERSION));
}

QString effectiveLanguage()
{
    const QString configured = Settings::value(Settings::Key::Language).toString();
    if (!configured.isEmpty())
        return configured;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void installTranslators(QCoreApplication& app)
{
    const QString language = effectiveLanguage();
    if (!language.startsWith(QLatin1String("zh")))
        return;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/dxdesk_zh_CN.qm")))
        app.installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

int runGui(const QString& databasePath)
{
    QApplication::setApplicationDisplayName(QApplication::translate("dx::Application", "DX Desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/dx/icons/dxdesk.svg")));
    QString path = databasePath;
    if (path.isEmpty())
        path = Settings::value(Settings::Key::DatabasePath).toString();
    if (path.isEmpty())
        path = Database::defaultPath();
    // A shared database's password is asked for when its server wants one, never stored.
    Database::setPasswordPrompt([](const QString& url) {
        return QInputDialog::getText(nullptr, QApplication::translate("dx::Application", "Password"),
                                     QApplication::translate("dx::Application", "Password for %1:").arg(url), QLineEdit::Password);
    });
    OpenOptions options;
    const QString user = Settings::value(Settings::Key::UserName).toString();
    if (!user.isEmpty())
        options.user = user;
    auto opened = Database::open(path, options);
    while (!opened) {
        MessageBox::critical(nullptr, QApplication::translate("dx::Application", "Cannot open the database"), opened.message());
        path = QFileDialog::getOpenFileName(nullptr, QApplication::translate("dx::Application", "Open another database"),
                                            QString(), QApplication::translate("dx::Application", "DX Desk databases (*.sqlite *.db);;All files (*)"));
        if (path.isEmpty())
            return 1;
        opened = Database::open(path, options);
    }
    MainWindow window(opened.value());
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::offerDemoIfEmpty);
    QTimer::singleShot(0, &window, &MainWindow::checkDatabaseInBackground);
    QTimer::singleShot(0, &window, &MainWindow::dailyBackupInBackground);
    return QApplication::exec();
}

} // namespace dx::Application
