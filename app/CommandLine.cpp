#include "CommandLine.h"

#include "AuditCommand.h"
#include "UserCommand.h"
#include "BackupCommand.h"
#include "CliSupport.h"
#include "ExchangeCommands.h"
#include "PackageCommand.h"
#include "ReportCommand.h"
#include "StatsCommand.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "demo/DemoCityGenerator.h"
#include "repo/CaseStatsRepository.h"
#include "repo/EnterpriseRepository.h"
#include "util/Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

using cli::addCommonOptions;
using cli::dbPath;
using cli::fail;
using cli::out;

int runDemo(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Adds a generated demonstration city."));
    p.addHelpOption();
    addCommonOptions(p);
    p.addOption({QStringLiteral("enterprises"), QCoreApplication::translate("CommandLine", "How many enterprises to add."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), QCoreApplication::translate("CommandLine", "Seed of the generator (same seed, same city)."),
                 QStringLiteral("S"), QStringLiteral("2024")});
    if (const int exit = cli::parseOrExit(p, args); exit >= 0)
        return exit;
    const bool json = p.isSet(QStringLiteral("json"));
    if (!p.positionalArguments().mid(1).isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "unexpected argument \"%1\"").arg(p.positionalArguments().at(1)), json);
    bool okN = false, okSeed = false;
    const int n = p.value(QStringLiteral("enterprises")).toInt(&okN);
    const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&okSeed);
    if (!p.isSet(QStringLiteral("enterprises")) || !okN || n <= 0)
        return fail(QCoreApplication::translate("CommandLine", "--enterprises needs a positive number"), json);
    if (!okSeed)
        return fail(QCoreApplication::translate("CommandLine", "--seed needs a non-negative number"), json);

    auto db = dx::Database::open(dbPath(p));
    if (!db)
        return fail(db.message(), json);
    QElapsedTimer timer;
    timer.start();
    const dx::Status s = dx::DemoCityGenerator::populate(*db.value(), n, seed);
    if (!s)
        return fail(s.message(), json);
    const qint64 ms = timer.elapsed();
    if (json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                           {QStringLiteral("database"), db.value()->path()},
                                           {QStringLiteral("enterprises"), n},
                                           {QStringLiteral("seed"), QString::number(seed)},
                                           {QStringLiteral("milliseconds"), ms}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    else
        out() << QCoreApplication::translate("CommandLine", "Added %1 enterprises to %2 in %3 s.")
                     .arg(n)
                     .arg(db.value()->path())
                     .arg(double(ms) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return 0;
}

int runCheck(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Checks a database: schema and integrity."));
    p.addHelpOption();
    addCommonOptions(p);
    p.addOption({QStringLiteral("full"), QCoreApplication::translate("CommandLine", "Run the full integrity check (slower).")});
    if (const int exit = cli::parseOrExit(p, args); exit >= 0)
        return exit;
    const bool json = p.isSet(QStringLiteral("json"));
    dx::OpenOptions options;
    options.createIfMissing = false;
    options.allowMigration = false;
    auto db = dx::Database::open(dbPath(p), options);
    if (!db)
        return fail(db.message(), json, 2);
    const auto integrity = db.value()->checkIntegrity(p.isSet(QStringLiteral("full")));
    const auto counts = db.value()->tableCounts();
    if (!integrity || !counts)
        return fail(!integrity ? integrity.message() : counts.message(), json, 2);
    const bool intact = integrity.value() == QStringList{QStringLiteral("ok")};
    const int version = db.value()->schemaVersion();
    const int latest = dx::Migrations::latestVersion();
    if (json) {
        QJsonObject tables;
        for (const auto& c : counts.value())
            tables.insert(c.first, c.second);
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), intact},
                                           {QStringLiteral("database"), db.value()->path()},
                                           {QStringLiteral("schemaVersion"), version},
                                           {QStringLiteral("latestSchemaVersion"), latest},
                                           {QStringLiteral("integrity"), QJsonArray::fromStringList(integrity.value())},
                                           {QStringLiteral("tables"), tables}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        out() << QCoreApplication::translate("CommandLine", "Database: %1").arg(db.value()->path()) << Qt::endl;
        out() << QCoreApplication::translate("CommandLine", "Schema version: %1 (this DX Desk: %2)%3")
                     .arg(version)
                     .arg(latest)
                     .arg(version < latest ? QCoreApplication::translate("CommandLine", "; it will be upgraded when opened")
                                           : QString())
              << Qt::endl;
        out() << QCoreApplication::translate("CommandLine", "Integrity: %1").arg(integrity.value().join(QStringLiteral("; ")))
              << Qt::endl;
        for (const auto& c : counts.value())
            out() << QStringLiteral("  %1 %2").arg(c.first, -16).arg(c.second) << Qt::endl;
    }
    return intact ? 0 : 2;
}

int runList(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Lists enterprises of the register (first page)."));
    p.addHelpOption();
    addCommonOptions(p);
    p.addOption({QStringLiteral("search"), QCoreApplication::translate("CommandLine", "Substring of name or credit code."),
                 QStringLiteral("text")});
    p.addOption({QStringLiteral("limit"), QCoreApplication::translate("CommandLine", "How many rows to print."), QStringLiteral("N"),
                 QStringLiteral("20")});
    if (const int exit = cli::parseOrExit(p, args); exit >= 0)
        return exit;
    const bool json = p.isSet(QStringLiteral("json"));
    bool okLimit = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&okLimit);
    if (!okLimit || limit <= 0)
        return fail(QCoreApplication::translate("CommandLine", "--limit needs a positive number"), json);
    dx::OpenOptions options;
    options.createIfMissing = false;
    auto db = dx::Database::open(dbPath(p), options);
    if (!db)
        return fail(db.message(), json);
    dx::EnterpriseFilter filter;
    filter.search = p.value(QStringLiteral("search"));
    dx::EnterpriseRepository repo(*db.value());
    QElapsedTimer timer;
    timer.start();
    auto rows = repo.page(filter, dx::EnterpriseSortKey::Name, Qt::AscendingOrder, std::nullopt, limit);
    const qint64 pageMs = timer.elapsed();
    auto total = repo.count(filter);
    if (!rows || !total)
        return fail(!rows ? rows.message() : total.message(), json);
    if (json) {
        QJsonArray list;
        for (const dx::EnterpriseListRow& r : rows.value())
            list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("name"), r.name},
                                    {QStringLiteral("creditCode"), r.creditCode},
                                    {QStringLiteral("district"), r.districtName},
                                    {QStringLiteral("cluster"), r.clusterName}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                           {QStringLiteral("total"), total.value()},
                                           {QStringLiteral("firstPageMilliseconds"), pageMs},
                                           {QStringLiteral("rows"), list}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        for (const dx::EnterpriseListRow& r : rows.value())
            out() << r.creditCode << "  " << r.name << "  " << r.districtName << "  " << r.clusterName << Qt::endl;
        out() << QCoreApplication::translate("CommandLine", "%1 matching enterprises; first page in %2 ms.")
                     .arg(total.value())
                     .arg(pageMs)
              << Qt::endl;
    }
    return 0;
}


} // namespace

QString databaseArgument(const QStringList& arguments)
{
    const int i = int(arguments.indexOf(QStringLiteral("--db")));
    if (i >= 0 && i + 1 < arguments.size())
        return arguments.at(i + 1);
    for (const QString& a : arguments)
        if (a.startsWith(QLatin1String("--db=")))
            return a.mid(5);
    return {};
}

int runCommandLine(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "DX Desk " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out() << QCoreApplication::translate("CommandLine",
                                             "Usage: dxdesk [--db PATH]             open the desktop application\n"
                                             "       dxdesk demo --enterprises N [--seed S] [--db PATH] [--json]\n"
                                             "       dxdesk check [--full] [--db PATH] [--json]\n"
                                             "       dxdesk list [--search TEXT] [--limit N] [--db PATH] [--json]\n"
                                             "       dxdesk stats [--as-of DATE] [--cluster NAME] [--district NAME] [--db PATH] [--json]\n"
                                             "       dxdesk package export --provider CREDIT_CODE [--enterprises CODE,…] [--expires DATE] --out FILE\n"
                                             "       dxdesk package open FILE --db FIELD.sqlite | package return --db FIELD.sqlite --out FILE\n"
                                             "       dxdesk package import FILE | conflicts | resolve ID --take field|bureau [--db PATH] [--json]\n"
                                             "       dxdesk import KIND FILE [--sheet NAME] [--dry-run] [--update-existing]\n"
                                             "              [--skip-invalid] [--report FILE] [--db PATH] [--json]\n"
                                             "       dxdesk export enterprises --out FILE.xlsx|FILE.csv [--search TEXT] [--cluster NAME]\n"
                                             "              [--district NAME] [--archived] [--unmask-phones] [--db PATH] [--json]\n"
                                             "       dxdesk report dossier --enterprise CREDIT_CODE --out FILE.pdf\n"
                                             "       dxdesk report dossiers (--cluster NAME | --enterprise CODE,CODE…) --out FILE.pdf|DIR [--each]\n"
                                             "       dxdesk report diagnosis --id ID --out FILE.pdf\n"
                                             "       dxdesk report cluster [--cluster NAME] [--as-of DATE] --out FILE.pdf\n"
                                             "       dxdesk report monthly --month YYYY-MM --out FILE.pdf\n"
                                             "              [--show-personal] [--bureau NAME] [--db PATH] [--json]\n"
                                             "       dxdesk backup [--out FILE] [--db PATH] [--json]\n"
                                             "       dxdesk restore FILE [--db PATH] [--json]\n"
                                             "       dxdesk audit verify [--anchor ID:HASH] [--db PATH] [--json]\n"
                                             "       dxdesk audit export --out FILE.xlsx|FILE.csv [--from DATE] [--to DATE] [--table TABLE]\n"
                                             "              [--db PATH] [--json]\n"
                                             "       dxdesk user list | whoami | add LOGIN --role ROLE | set LOGIN [--role ROLE]\n"
                                             "              [--provider CREDIT_CODE] [--name NAME] [--password] [--inactive] [--db PATH] [--json]\n"
                                             "       dxdesk --version\n");
        return 0;
    }
    if (command == QLatin1String("demo"))
        return runDemo(arguments);
    if (command == QLatin1String("check"))
        return runCheck(arguments);
    if (command == QLatin1String("list"))
        return runList(arguments);
    if (command == QLatin1String("stats"))
        return runStats(arguments);
    if (command == QLatin1String("package"))
        return runPackage(arguments);
    if (command == QLatin1String("import"))
        return runImport(arguments);
    if (command == QLatin1String("export"))
        return runExport(arguments);
    if (command == QLatin1String("report"))
        return runReport(arguments);
    if (command == QLatin1String("backup"))
        return runBackup(arguments);
    if (command == QLatin1String("restore"))
        return runRestore(arguments);
    if (command == QLatin1String("audit"))
        return runAudit(arguments);
    if (command == QLatin1String("user"))
        return runUser(arguments);
    if (!command.isEmpty() && !command.startsWith(QLatin1Char('-')))
        return fail(QCoreApplication::translate("CommandLine", "unknown command \"%1\" (try dxdesk --help)").arg(command), false);
    return -1;
}
