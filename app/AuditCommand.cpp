#include "AuditCommand.h"

#include "CliSupport.h"

#include "db/Database.h"
#include "exchange/AuditExport.h"
#include "repo/AuditRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using cli::fail;
using cli::out;

// lupdate sees AuditCommand::tr("…") calls; a free tr() helper would hide the strings from it.
struct AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

// Exit code of a verification that found a broken chain (1 is for errors, as elsewhere).
constexpr int kBroken = 2;

void printJson(const QJsonObject& o)
{
    out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

dx::Result<dx::DatabasePtr> openAsItIs(const QCommandLineParser& p)
{
    dx::OpenOptions options;
    options.createIfMissing = false;
    options.allowMigration = false;   // an inspector's check changes nothing
    return dx::Database::open(cli::dbPath(p), options);
}

int verify(const QCommandLineParser& p, bool json)
{
    dx::AuditAnchor anchor;
    if (p.isSet(QStringLiteral("anchor"))) {
        const QString text = p.value(QStringLiteral("anchor"));
        bool okId = false;
        anchor.id = text.section(QLatin1Char(':'), 0, 0).toLongLong(&okId);
        anchor.hash = text.section(QLatin1Char(':'), 1).trimmed().toLower();
        if (!okId || anchor.id <= 0 || anchor.hash.size() != 64)
            return fail(AuditCommand::tr("--anchor needs a row id and its hash, like 1234:9f86d081884c7d65… (64 hex digits)"), json);
    }
    auto db = openAsItIs(p);
    if (!db)
        return fail(db.message(), json);
    QElapsedTimer timer;
    timer.start();
    const auto checked = dx::AuditRepository(*db.value()).verify(anchor);
    if (!checked)
        return fail(checked.message(), json);
    const dx::AuditVerification& v = checked.value();
    const qint64 ms = timer.elapsed();
    if (json) {
        QJsonObject o{{QStringLiteral("ok"), v.ok()},
                      {QStringLiteral("database"), db.value()->path()},
                      {QStringLiteral("rowsChecked"), v.rowsChecked},
                      {QStringLiteral("lastId"), v.lastId},
                      {QStringLiteral("lastHash"), v.lastHash},
                      {QStringLiteral("milliseconds"), ms}};
        if (!v.ok())
            o.insert(QStringLiteral("broken"), QJsonObject{{QStringLiteral("id"), v.row.id},
                                                           {QStringLiteral("table"), v.row.table},
                                                           {QStringLiteral("recordId"), v.row.recordId},
                                                           {QStringLiteral("at"), v.row.at},
                                                           {QStringLiteral("check"), v.problemKey()},
                                                           {QStringLiteral("expected"), v.expected},
                                                           {QStringLiteral("message"), v.describe()}});
        printJson(o);
        return v.ok() ? 0 : kBroken;
    }
    out() << AuditCommand::tr("Checked %1 audit rows of %2 in %3 s.")
                 .arg(v.rowsChecked)
                 .arg(db.value()->path())
                 .arg(double(ms) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    if (!v.ok()) {
        out() << AuditCommand::tr("BROKEN: %1").arg(v.describe()) << Qt::endl;
        return kBroken;
    }
    out() << AuditCommand::tr("OK: %1").arg(v.describe()) << Qt::endl;
    if (v.lastId > 0)
        out() << AuditCommand::tr("Anchor for a later check: --anchor %1:%2").arg(v.lastId).arg(v.lastHash) << Qt::endl;
    return 0;
}

int exportTrail(const QCommandLineParser& p, bool json)
{
    const QString outPath = p.value(QStringLiteral("out"));
    if (outPath.trimmed().isEmpty())
        return fail(AuditCommand::tr("audit export needs --out FILE.xlsx or FILE.csv"), json);
    dx::AuditFilter filter;
    for (const char* name : {"from", "to"}) {
        const QString option = QLatin1String(name);
        if (!p.isSet(option))
            continue;
        const QDate date = QDate::fromString(p.value(option), Qt::ISODate);
        if (!date.isValid())
            return fail(AuditCommand::tr("--%1 needs a date like 2026-06-30").arg(option), json);
        (option == QLatin1String("from") ? filter.from : filter.to) = date;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return fail(AuditCommand::tr("--to is before --from"), json);
    filter.table = p.value(QStringLiteral("table"));
    auto db = openAsItIs(p);
    if (!db)
        return fail(db.message(), json);
    QElapsedTimer timer;
    timer.start();
    const auto written = dx::AuditExport(*db.value()).write(filter, outPath);
    if (!written)
        return fail(written.message(), json);
    const qint64 ms = timer.elapsed();
    if (json)
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("database"), db.value()->path()},
                   {QStringLiteral("out"), outPath},
                   {QStringLiteral("rows"), written.value()},
                   {QStringLiteral("milliseconds"), ms}});
    else
        out() << AuditCommand::tr("Wrote %1 audit rows with their hashes to %2 in %3 s.")
                     .arg(written.value())
                     .arg(outPath)
                     .arg(double(ms) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return 0;
}

} // namespace

int runAudit(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(AuditCommand::tr("The tamper-evident audit trail: every audit row carries a hash chained to the row before.\n"
                                                 "  audit verify [--anchor ID:HASH]   checks the chain, names the first broken row\n"
                                                 "  audit export --out FILE.xlsx|FILE.csv [--from DATE] [--to DATE] [--table TABLE]\n"
                                                 "Exit code of verify: 0 intact, 2 broken, 1 error."));
    p.addHelpOption();
    cli::addCommonOptions(p);
    p.addOption({QStringLiteral("anchor"), AuditCommand::tr("verify: a row id and the hash it had at an earlier check or export."),
                 QStringLiteral("id:hash")});
    p.addOption({QStringLiteral("out"), AuditCommand::tr("export: the file to write (.xlsx or .csv)."), QStringLiteral("file")});
    p.addOption({QStringLiteral("from"), AuditCommand::tr("export: rows written on or after this day (UTC)."), QStringLiteral("date")});
    p.addOption({QStringLiteral("to"), AuditCommand::tr("export: rows written on or before this day (UTC)."), QStringLiteral("date")});
    p.addOption({QStringLiteral("table"), AuditCommand::tr("export: only the rows of this table (enterprises, projects, grants…)."),
                 QStringLiteral("table")});
    if (const int exit = cli::parseOrExit(p, args); exit >= 0)
        return exit;
    const bool json = p.isSet(QStringLiteral("json"));
    const QStringList positional = p.positionalArguments().mid(1);
    const QString sub = positional.value(0);
    if (positional.size() > 1)
        return fail(AuditCommand::tr("unexpected argument \"%1\"").arg(positional.at(1)), json);
    if (sub == QLatin1String("verify"))
        return verify(p, json);
    if (sub == QLatin1String("export"))
        return exportTrail(p, json);
    return fail(AuditCommand::tr("unknown audit command \"%1\" (verify, export)").arg(sub), json);
}
