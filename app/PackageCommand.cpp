#include "PackageCommand.h"

#include "CliSupport.h"
#include "db/Database.h"
#include "package/FieldPackage.h"
#include "package/PackageExport.h"
#include "package/PackageImport.h"
#include "package/PackageRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using cli::fail;
using cli::out;

namespace {

// lupdate sees PackageCommand::tr("…") calls; a free tr() helper would hide the strings from it.
struct PackageCommand
{
    Q_DECLARE_TR_FUNCTIONS(PackageCommand)
};

void printJson(QJsonObject o)
{
    o.insert(QStringLiteral("ok"), true);
    out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

QString jsonText(const QJsonValue& v)
{
    return v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

dx::Result<dx::DatabasePtr> openExisting(const QCommandLineParser& p)
{
    dx::OpenOptions options;
    options.createIfMissing = false;
    return dx::Database::open(cli::dbPath(p), options);
}

int exportPackage(const QCommandLineParser& p, bool json)
{
    const QString outPath = p.value(QStringLiteral("out"));
    if (!p.isSet(QStringLiteral("provider")) || outPath.isEmpty())
        return fail(PackageCommand::tr("package export needs --provider CREDIT_CODE and --out FILE"), json);
    dx::PackageExportOptions options;
    options.providerCode = p.value(QStringLiteral("provider"));
    if (p.isSet(QStringLiteral("enterprises")))
        options.enterpriseCodes = p.value(QStringLiteral("enterprises")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (p.isSet(QStringLiteral("expires"))) {
        options.expiresOn = QDate::fromString(p.value(QStringLiteral("expires")), Qt::ISODate);
        if (!options.expiresOn.isValid())
            return fail(PackageCommand::tr("--expires needs a date like 2026-06-30"), json);
    }
    options.bureauName = p.value(QStringLiteral("bureau"));
    auto db = openExisting(p);
    if (!db)
        return fail(db.message(), json);
    auto r = dx::PackageExport::run(*db.value(), options, outPath);
    if (!r)
        return fail(r.message(), json);
    if (json) {
        printJson({{QStringLiteral("package"), r->packageId}, {QStringLiteral("provider"), r->providerName},
                   {QStringLiteral("expiresOn"), r->expiresOn.toString(Qt::ISODate)}, {QStringLiteral("enterprises"), r->enterprises},
                   {QStringLiteral("diagnoses"), r->diagnoses}, {QStringLiteral("projects"), r->projects},
                   {QStringLiteral("attachments"), r->attachments}, {QStringLiteral("bureauKey"), r->bureauFingerprint},
                   {QStringLiteral("bytes"), double(r->bytes)}});
        return 0;
    }
    out() << PackageCommand::tr("Field package for %1 written to %2: %3 enterprises, %4 diagnoses, %5 open projects, %6 attachments; "
                "valid until %7.\nBureau key fingerprint: %8 (tell the provider, to compare when opening).")
                 .arg(r->providerName, outPath)
                 .arg(r->enterprises)
                 .arg(r->diagnoses)
                 .arg(r->projects)
                 .arg(r->attachments)
                 .arg(r->expiresOn.toString(Qt::ISODate), r->bureauFingerprint)
          << Qt::endl;
    return 0;
}

int openPackage(const QCommandLineParser& p, const QString& file, bool json)
{
    if (!p.isSet(QStringLiteral("db")))
        return fail(PackageCommand::tr("package open needs --db FIELD.sqlite, the new field database to create"), json);
    auto r = dx::FieldPackage::open(file, p.value(QStringLiteral("db")), QDate::currentDate(), p.value(QStringLiteral("bureau-key")));
    if (!r)
        return fail(r.message(), json);
    if (json) {
        printJson({{QStringLiteral("package"), r->packageId}, {QStringLiteral("bureau"), r->bureauName},
                   {QStringLiteral("bureauKey"), r->bureauFingerprint}, {QStringLiteral("provider"), r->providerName},
                   {QStringLiteral("expiresOn"), r->expiresOn.toString(Qt::ISODate)}, {QStringLiteral("enterprises"), r->enterprises},
                   {QStringLiteral("diagnoses"), r->diagnoses}, {QStringLiteral("projects"), r->projects},
                   {QStringLiteral("attachments"), r->attachments}});
        return 0;
    }
    out() << PackageCommand::tr("Field database %1 created from the package of %2 for %3: %4 enterprises, %5 diagnoses, %6 open projects; "
                "valid until %7.\nBureau key fingerprint: %8 — compare it with the one the bureau gave you.\n"
                "Work in it with: dxdesk --db %1")
                 .arg(p.value(QStringLiteral("db")), r->bureauName, r->providerName)
                 .arg(r->enterprises)
                 .arg(r->diagnoses)
                 .arg(r->projects)
                 .arg(r->expiresOn.toString(Qt::ISODate), r->bureauFingerprint)
          << Qt::endl;
    return 0;
}

int returnPackage(const QCommandLineParser& p, bool json)
{
    const QString outPath = p.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return fail(PackageCommand::tr("package return needs --out FILE"), json);
    auto db = openExisting(p);
    if (!db)
        return fail(db.message(), json);
    auto r = dx::FieldPackage::exportReturn(*db.value(), outPath);
    if (!r)
        return fail(r.message(), json);
    if (json) {
        printJson({{QStringLiteral("package"), r->packageId}, {QStringLiteral("enterprises"), r->enterprises},
                   {QStringLiteral("diagnoses"), r->diagnoses}, {QStringLiteral("attachments"), r->attachments},
                   {QStringLiteral("notReturned"), r->notReturned}, {QStringLiteral("bytes"), double(r->bytes)}});
        return 0;
    }
    out() << PackageCommand::tr("Return package written to %1: %2 enterprises, %3 diagnoses and %4 attachments changed or new since the package.")
                 .arg(outPath)
                 .arg(r->enterprises)
                 .arg(r->diagnoses)
                 .arg(r->attachments)
          << Qt::endl;
    if (r->notReturned > 0)
        out() << PackageCommand::tr("Note: %1 changes to projects or providers made here are not sent back; projects are changed at the bureau.")
                     .arg(r->notReturned)
              << Qt::endl;
    return 0;
}

int importPackage(const QCommandLineParser& p, const QString& file, bool json)
{
    auto db = openExisting(p);
    if (!db)
        return fail(db.message(), json);
    auto r = dx::PackageImport::run(*db.value(), file);
    if (!r)
        return fail(r.message(), json);
    if (json) {
        printJson(r->toJson());
        return 0;
    }
    if (r->duplicate)
        out() << PackageCommand::tr("This package was imported before; nothing was changed.") << Qt::endl;
    out() << PackageCommand::tr("Return package of %1: %2 added, %3 updated, %4 parallel updates (applied field by field), %5 with conflicts "
                "(queued for review), %6 unchanged.")
                 .arg(r->providerName)
                 .arg(r->added)
                 .arg(r->updated)
                 .arg(r->parallel)
                 .arg(r->conflicts)
                 .arg(r->unchanged)
          << Qt::endl;
    for (const QJsonValue& v : r->records) {
        const QJsonObject o = v.toObject();
        out() << "  " << o.value(QStringLiteral("outcome")).toString() << '\t' << o.value(QStringLiteral("table")).toString() << '\t'
              << o.value(QStringLiteral("label")).toString() << Qt::endl;
    }
    return 0;
}

int listConflicts(const QCommandLineParser& p, bool json)
{
    auto db = openExisting(p);
    if (!db)
        return fail(db.message(), json);
    auto list = dx::PackageRepository(*db.value()).conflicts();
    if (!list)
        return fail(list.message(), json);
    QJsonArray rows;
    for (const dx::PackageConflict& c : list.value())
        rows.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("table"), c.table}, {QStringLiteral("record"), c.recordUuid},
                                {QStringLiteral("field"), c.field}, {QStringLiteral("base"), c.base}, {QStringLiteral("bureau"), c.bureau},
                                {QStringLiteral("fieldValue"), c.fieldValue}, {QStringLiteral("provider"), c.providerCode}});
    if (json) {
        printJson({{QStringLiteral("conflicts"), rows}});
        return 0;
    }
    for (const dx::PackageConflict& c : list.value())
        out() << c.id << '\t' << c.table << '\t' << c.recordUuid << '\t' << c.field << '\t' << PackageCommand::tr("bureau: ") << jsonText(c.bureau) << '\t'
              << PackageCommand::tr("field: ") << jsonText(c.fieldValue) << Qt::endl;
    out() << QCoreApplication::translate("PackageCommand", "%n open conflict(s).", nullptr, int(list->size())) << Qt::endl;
    return 0;
}

int resolveConflict(const QCommandLineParser& p, const QString& id, bool json)
{
    const QString take = p.value(QStringLiteral("take"));
    if (take != QLatin1String("field") && take != QLatin1String("bureau"))
        return fail(PackageCommand::tr("package resolve needs --take field or --take bureau"), json);
    auto db = openExisting(p);
    if (!db)
        return fail(db.message(), json);
    const dx::Status s = dx::PackageImport::resolve(*db.value(), id.toLongLong(), take == QLatin1String("field"));
    if (!s)
        return fail(s.message(), json);
    if (json)
        printJson({{QStringLiteral("resolved"), id.toLongLong()}, {QStringLiteral("took"), take}});
    else
        out() << PackageCommand::tr("Conflict %1 resolved: the %2 value stands.").arg(id, take == QLatin1String("field") ? PackageCommand::tr("field's") : PackageCommand::tr("bureau's")) << Qt::endl;
    return 0;
}

} // namespace

int runPackage(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(PackageCommand::tr("Field packages: out to a provider's laptop and back.\n"
                                   "  package export --provider CREDIT_CODE [--enterprises CODE,…] [--expires DATE] --out FILE\n"
                                   "  package open FILE --db FIELD.sqlite [--bureau-key FINGERPRINT]\n"
                                   "  package return --db FIELD.sqlite --out FILE\n"
                                   "  package import FILE\n"
                                   "  package conflicts\n"
                                   "  package resolve ID --take field|bureau"));
    p.addHelpOption();
    cli::addCommonOptions(p);
    p.addOption({QStringLiteral("provider"), PackageCommand::tr("Credit code of the provider."), QStringLiteral("code")});
    p.addOption({QStringLiteral("enterprises"), PackageCommand::tr("Credit codes of the enterprises to visit (default: those assigned)."), QStringLiteral("codes")});
    p.addOption({QStringLiteral("expires"), PackageCommand::tr("Last day the package is valid (default: in 30 days)."), QStringLiteral("date")});
    p.addOption({QStringLiteral("bureau"), PackageCommand::tr("The bureau's name, the first time a package is made."), QStringLiteral("name")});
    p.addOption({QStringLiteral("out"), PackageCommand::tr("The package file to write."), QStringLiteral("file")});
    p.addOption({QStringLiteral("bureau-key"), PackageCommand::tr("open: the bureau's key fingerprint; the package must be signed with it."),
                 QStringLiteral("fingerprint")});
    p.addOption({QStringLiteral("take"), PackageCommand::tr("Which value stands: field or bureau."), QStringLiteral("side")});
    if (const int exit = cli::parseOrExit(p, args); exit >= 0)
        return exit;
    const bool json = p.isSet(QStringLiteral("json"));
    const QStringList positional = p.positionalArguments().mid(1);
    const QString sub = positional.value(0);
    const QString arg = positional.value(1);
    if (sub == QLatin1String("export"))
        return exportPackage(p, json);
    if (sub == QLatin1String("return"))
        return returnPackage(p, json);
    if (sub == QLatin1String("conflicts"))
        return listConflicts(p, json);
    if ((sub == QLatin1String("open") || sub == QLatin1String("import") || sub == QLatin1String("resolve")) && arg.isEmpty())
        return fail(PackageCommand::tr("package %1 needs an argument (see dxdesk package --help)").arg(sub), json);
    if (sub == QLatin1String("open"))
        return openPackage(p, arg, json);
    if (sub == QLatin1String("import"))
        return importPackage(p, arg, json);
    if (sub == QLatin1String("resolve"))
        return resolveConflict(p, arg, json);
    return fail(PackageCommand::tr("unknown package command \"%1\" (export, open, return, import, conflicts, resolve)").arg(sub), json);
}
