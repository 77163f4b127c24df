#pragma once

#include "util/Result.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

// What every `dxdesk` sub-command shares: standard output, the error path (stderr, or one JSON
// object with --json), the --db and --json options and the database they name.
namespace dx {
class Database;
}

namespace cli {

QTextStream& out();
// Prints the error and returns `code` (the process exit code).
int fail(const QString& message, bool json, int code = 1);
QString dbPath(const QCommandLineParser& p);
// A PostgreSQL password the server asks for is read from the terminal, without echo.
void installPasswordPrompt();
// One line from the terminal without echo (after `prompt`), or, when `fromPipe`, from a
// non-terminal standard input (scripts); empty otherwise.
QString readSecret(const QString& prompt, bool fromPipe);
void addCommonOptions(QCommandLineParser& p);
// Parses; on a parse error or --help returns the exit code to end with, else -1.
int parseOrExit(QCommandLineParser& p, const QStringList& args);

// The id of the cluster named `name` (--cluster), or an error naming it.
dx::Result<qint64> clusterIdByName(const dx::Database& db, const QString& name);
// The code of the district with that name or code (--district).
dx::Result<QString> districtCodeByName(const dx::Database& db, const QString& nameOrCode);
// --cluster NAME and --district NAME|CODE, where given, into the two fields of a filter.
dx::Status readPlaceOptions(const QCommandLineParser& p, const dx::Database& db, qint64& clusterId, QString& districtCode);

} // namespace cli
