#include "CliSupport.h"

#include "db/Database.h"
#include "repo/ClusterRepository.h"
#include "repo/ReferenceRepository.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString& message, bool json, int code)
{
    if (json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        QTextStream(stderr) << "dxdesk: " << QCoreApplication::translate("CommandLine", "error") << ": " << message << Qt::endl;
    }
    return code;
}

QString dbPath(const QCommandLineParser& p)
{
    if (p.isSet(QStringLiteral("db")))
        return p.value(QStringLiteral("db"));
    const QString configured = dx::Settings::value(dx::Settings::Key::DatabasePath).toString();
    return configured.isEmpty() ? dx::Database::defaultPath() : configured;
}

QString readSecret(const QString& prompt, bool fromPipe)
{
#ifdef Q_OS_UNIX
    const bool terminal = isatty(STDIN_FILENO);
    if (!terminal && !fromPipe)
        return {};
    termios saved{};
    const bool quietable = terminal && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal)
        std::cerr << qPrintable(prompt) << std::flush;
    if (quietable) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (quietable)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    if (terminal)
        std::cerr << std::endl;
    return QString::fromStdString(line);
#else
    Q_UNUSED(prompt);
    Q_UNUSED(fromPipe);
    return {};
#endif
}

void installPasswordPrompt()
{
    dx::Database::setPasswordPrompt([](const QString& url) -> QString {
        return readSecret(QCoreApplication::translate("CommandLine", "Password for %1: ").arg(url), false);
    });
}

void addCommonOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("db"), QCoreApplication::translate("CommandLine", "Database file, or a shared PostgreSQL database as postgresql://user@host:port/name (default: %1).")
                                           .arg(dx::Database::defaultPath()),
                 QStringLiteral("path")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("CommandLine", "Print the result as JSON.")});
}

int parseOrExit(QCommandLineParser& p, const QStringList& args)
{
    if (!p.parse(args))
        return fail(p.errorText(), false);
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    return -1;
}

dx::Result<qint64> clusterIdByName(const dx::Database& db, const QString& name)
{
    auto clusters = dx::ClusterRepository(db).list(true);
    if (!clusters)
        return clusters.status();
    for (const dx::Cluster& c : clusters.value())
        if (c.name == name)
            return c.id;
    return dx::Status::error(dx::ErrorCode::NotFound, QCoreApplication::translate("CommandLine", "no cluster is named \"%1\"").arg(name));
}

dx::Result<QString> districtCodeByName(const dx::Database& db, const QString& nameOrCode)
{
    auto districts = dx::ReferenceRepository(db).districts();
    if (!districts)
        return districts.status();
    for (const dx::District& d : districts.value())
        if (d.name == nameOrCode || d.code == nameOrCode)
            return d.code;
    return dx::Status::error(dx::ErrorCode::NotFound, QCoreApplication::translate("CommandLine", "no district is named \"%1\"").arg(nameOrCode));
}

dx::Status readPlaceOptions(const QCommandLineParser& p, const dx::Database& db, qint64& clusterId, QString& districtCode)
{
    if (p.isSet(QStringLiteral("cluster"))) {
        auto cluster = clusterIdByName(db, p.value(QStringLiteral("cluster")));
        if (!cluster)
            return cluster.status();
        clusterId = cluster.value();
    }
    if (p.isSet(QStringLiteral("district"))) {
        auto district = districtCodeByName(db, p.value(QStringLiteral("district")));
        if (!district)
            return district.status();
        districtCode = district.value();
    }
    return dx::Status::ok();
}

} // namespace cli
