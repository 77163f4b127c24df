#include "UserCommand.h"

#include "CliSupport.h"

#include "db/Database.h"
#include "repo/ProviderRepository.h"
#include "repo/UserRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using cli::fail;
using cli::out;

struct UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)
};

QJsonObject toJson(const dx::User& u, const QString& providerCode)
{
    return {{QStringLiteral("login"), u.login},
            {QStringLiteral("name"), u.displayName},
            {QStringLiteral("role"), dx::roleKey(u.role)},
            {QStringLiteral("provider"), providerCode},
            {QStringLiteral("active"), u.active}};
}

// Provider credit codes by id, for listing; and the id of one code, for --provider.
QHash<qint64, QString> providerCodes(const dx::Database& db)
{
    QHash<qint64, QString> codes;
    if (auto providers = dx::ProviderRepository(db).list(true))
        for (const dx::Provider& p : providers.value())
            codes.insert(p.id, p.creditCode);
    return codes;
}

int list(const dx::Database& db, bool json)
{
    auto users = dx::UserRepository(db).list();
    if (!users)
        return fail(users.message(), json);
    const auto codes = providerCodes(db);
    QJsonArray rows;
    for (const dx::User& u : users.value()) {
        if (json) {
            rows.append(toJson(u, codes.value(u.providerId)));
            continue;
        }
        out() << u.login << '\t' << dx::roleName(u.role) << '\t' << (u.active ? UserCommand::tr("active") : UserCommand::tr("inactive"))
              << '\t' << u.displayName << '\t' << codes.value(u.providerId) << Qt::endl;
    }
    if (json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("users"), rows}}).toJson(QJsonDocument::Compact)
              << Qt::endl;
    else if (users->isEmpty())
        out() << UserCommand::tr("No users are registered; whoever opens this database is its administrator.") << Qt::endl;
    return 0;
}

int whoami(const dx::Database& db, bool json)
{
    const dx::Access& a = db.access();
    if (json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                           {QStringLiteral("login"), a.login},
                                           {QStringLiteral("role"), dx::roleKey(a.role)},
                                           {QStringLiteral("provider_id"), a.providerId}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        out() << UserCommand::tr("%1: %2").arg(a.login, dx::roleName(a.role)) << Qt::endl;
    }
    return 0;
}

int save(const dx::Database& db, const QCommandLineParser& p, const QString& sub, const QString& login, bool json)
{
    dx::UserRepository users(db);
    dx::User u;
    if (sub == QLatin1String("set")) {
        auto stored = users.byLogin(login);
        if (!stored)
            return fail(stored.message(), json);
        u = stored.value();
    } else {
        u.login = login;
        if (!p.isSet(QStringLiteral("role")))
            return fail(UserCommand::tr("user add needs --role administrator|officer|provider|viewer"), json);
    }
    if (p.isSet(QStringLiteral("role")) && !dx::roleFromKey(p.value(QStringLiteral("role")), &u.role))
        return fail(UserCommand::tr("unknown role \"%1\" (administrator, officer, provider, viewer)").arg(p.value(QStringLiteral("role"))), json);
    if (p.isSet(QStringLiteral("name")))
        u.displayName = p.value(QStringLiteral("name"));
    if (p.isSet(QStringLiteral("provider"))) {
        const QString code = p.value(QStringLiteral("provider")).trimmed().toUpper();
        const auto codes = providerCodes(db);
        u.providerId = codes.key(code, 0);
        if (u.providerId == 0)
            return fail(UserCommand::tr("no service provider has the credit code %1").arg(code), json);
    }
    if (p.isSet(QStringLiteral("inactive")))
        u.active = false;
    if (p.isSet(QStringLiteral("active")))
        u.active = true;
    QString password;
    if (p.isSet(QStringLiteral("password"))) {
        if (db.isFile())
            return fail(UserCommand::tr("--password is for shared PostgreSQL databases; a database file has no passwords"), json);
        password = cli::readSecret(UserCommand::tr("New password for %1: ").arg(u.login), true);
        if (password.isEmpty())
            return fail(UserCommand::tr("no password given; nothing was changed"), json);
    }
    auto saved = users.save(u, password);
    if (!saved)
        return fail(saved.message(), json);
    if (json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("user"), toJson(saved.value(), p.value(QStringLiteral("provider")))}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    else
        out() << UserCommand::tr("Saved %1 as %2%3.")
                     .arg(saved->login, dx::roleName(saved->role),
                          saved->active ? QString() : UserCommand::tr(" (inactive: cannot sign in)"))
              << Qt::endl;
    return 0;
}

} // namespace

int runUser(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(UserCommand::tr("Users and their roles.\n"
                                                "  user list | whoami\n"
                                                "  user add LOGIN --role ROLE [--provider CREDIT_CODE] [--name NAME] [--password]\n"
                                                "  user set LOGIN [--role ROLE] [--provider CREDIT_CODE] [--name NAME] [--password] [--active|--inactive]\n"
                                                "Roles: administrator, officer, provider (a service provider's staff: only the enterprises\n"
                                                "assigned to it, no grants), viewer (changes nothing). On a shared PostgreSQL database\n"
                                                "the server enforces them and add/set create and change the server's login."));
    p.addHelpOption();
    cli::addCommonOptions(p);
    p.addOption({QStringLiteral("role"), UserCommand::tr("administrator, officer, provider or viewer."), QStringLiteral("role")});
    p.addOption({QStringLiteral("provider"), UserCommand::tr("provider role: the credit code of the service provider."), QStringLiteral("code")});
    p.addOption({QStringLiteral("name"), UserCommand::tr("the person's name as shown."), QStringLiteral("name")});
    p.addOption({QStringLiteral("password"), UserCommand::tr("PostgreSQL: ask for the login's new password (or read one line from standard input).")});
    p.addOption({QStringLiteral("active"), UserCommand::tr("the user may sign in again.")});
    p.addOption({QStringLiteral("inactive"), UserCommand::tr("the user may no longer sign in; nothing they wrote is removed.")});
    if (const int exit = cli::parseOrExit(p, args); exit >= 0)
        return exit;
    const bool json = p.isSet(QStringLiteral("json"));
    const QStringList positional = p.positionalArguments().mid(1);
    const QString sub = positional.value(0);
    const bool needsLogin = sub == QLatin1String("add") || sub == QLatin1String("set");
    if (!needsLogin && sub != QLatin1String("list") && sub != QLatin1String("whoami"))
        return fail(UserCommand::tr("unknown user command \"%1\" (list, whoami, add, set)").arg(sub), json);
    if (positional.size() != (needsLogin ? 2 : 1))
        return fail(needsLogin ? UserCommand::tr("user %1 needs exactly one LOGIN").arg(sub)
                               : UserCommand::tr("unexpected argument \"%1\"").arg(positional.value(1)),
                    json);
    dx::OpenOptions options;
    options.createIfMissing = false;
    auto db = dx::Database::open(cli::dbPath(p), options);
    if (!db)
        return fail(db.message(), json);
    if (sub == QLatin1String("list"))
        return list(*db.value(), json);
    if (sub == QLatin1String("whoami"))
        return whoami(*db.value(), json);
    return save(*db.value(), p, sub, positional.at(1), json);
}
