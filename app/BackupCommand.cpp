#include "BackupCommand.h"

#include "CliSupport.h"

#include "db/Backup.h"
#include "db/BackupSchedule.h"
#include "db/Database.h"
#include "db/Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using cli::fail;
using cli::out;

// lupdate sees BackupCommand::tr("…") calls; a free tr() helper would hide the strings from it.
struct BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
};

void printJson(const QJsonObject& o)
{
    out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace

int runBackup(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(BackupCommand::tr("Writes a checked copy of the database (SQLite backup API, then integrity_check). "
                                   "Without --out, into the automatic backup folder with rotation."));
    p.addHelpOption();
    cli::addCommonOptions(p);
    p.addOption({QStringLiteral("out"), BackupCommand::tr("The backup file to write (must not exist)."), QStringLiteral("FILE")});
    if (const int exit = cli::parseOrExit(p, args); exit >= 0)
        return exit;
    const bool json = p.isSet(QStringLiteral("json"));
    if (p.positionalArguments().size() > 1)
        return fail(BackupCommand::tr("unexpected argument \"%1\"").arg(p.positionalArguments().at(1)), json);
    if (p.isSet(QStringLiteral("out")) && p.value(QStringLiteral("out")).trimmed().isEmpty())
        return fail(BackupCommand::tr("--out needs a file name"), json);
    dx::OpenOptions options;
    options.createIfMissing = false;
    options.allowMigration = false;   // the copy is of the file as it is
    auto db = dx::Database::open(cli::dbPath(p), options);
    if (!db)
        return fail(db.message(), json);
    const auto written = p.isSet(QStringLiteral("out")) ? dx::Backup::write(*db.value(), p.value(QStringLiteral("out")))
                                                        : dx::BackupSchedule(*db.value()).now(QStringLiteral("manual"));
    if (!written)
        return fail(written.message(), json);
    const dx::BackupFile& b = written.value();
    if (json)
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("database"), db.value()->path()},
                   {QStringLiteral("backup"), b.path},
                   {QStringLiteral("bytes"), b.bytes},
                   {QStringLiteral("schemaVersion"), b.schemaVersion},
                   {QStringLiteral("milliseconds"), b.milliseconds}});
    else
        out() << BackupCommand::tr("Backup of %1 written to %2 (%3 MB, schema version %4) and checked: integrity ok. %5 s.")
                     .arg(db.value()->path(), b.path)
                     .arg(double(b.bytes) / 1048576.0, 0, 'f', 1)
                     .arg(b.schemaVersion)
                     .arg(double(b.milliseconds) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return 0;
}

int runRestore(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(BackupCommand::tr("Replaces the database by a backup: checks the backup first and keeps the current "
                                   "database aside."));
    p.addHelpOption();
    cli::addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("file"), BackupCommand::tr("The backup to restore."));
    if (const int exit = cli::parseOrExit(p, args); exit >= 0)
        return exit;
    const bool json = p.isSet(QStringLiteral("json"));
    const QStringList positional = p.positionalArguments().mid(1);
    if (positional.size() != 1)
        return fail(positional.isEmpty() ? BackupCommand::tr("restore needs the backup file to restore")
                                         : BackupCommand::tr("unexpected argument \"%1\"").arg(positional.at(1)),
                    json);
    const QString target = QFileInfo(cli::dbPath(p)).absoluteFilePath();
    const auto restored = dx::Backup::restore(positional.first(), target, QDateTime::currentDateTime());
    if (!restored)
        return fail(restored.message(), json);
    const dx::RestoreOutcome& r = restored.value();
    if (json) {
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("database"), target},
                   {QStringLiteral("restoredFrom"), r.restored.path},
                   {QStringLiteral("schemaVersion"), r.restored.schemaVersion},
                   {QStringLiteral("keptAside"), r.keptAside},
                   {QStringLiteral("keptAsideByRename"), r.keptAsideByRename}});
        return 0;
    }
    out() << BackupCommand::tr("Checked the backup %1: a DX Desk database, schema version %2, integrity ok.")
                 .arg(r.restored.path)
                 .arg(r.restored.schemaVersion)
          << Qt::endl;
    if (r.keptAside.isEmpty())
        out() << BackupCommand::tr("There was no database at %1 to keep aside.").arg(target) << Qt::endl;
    else
        out() << (r.keptAsideByRename ? BackupCommand::tr("The previous database could not be read; it was moved, unchanged, to %1.")
                                      : BackupCommand::tr("The previous database was copied aside to %1."))
                     .arg(r.keptAside)
              << Qt::endl;
    out() << BackupCommand::tr("Restored %1 into %2 and checked it: integrity ok.").arg(r.restored.path, target) << Qt::endl;
    if (r.restored.schemaVersion < dx::Migrations::latestVersion())
        out() << BackupCommand::tr("Its schema (version %1) will be upgraded to version %2 when it is next opened, after another backup.")
                     .arg(r.restored.schemaVersion)
                     .arg(dx::Migrations::latestVersion())
              << Qt::endl;
    return 0;
}
