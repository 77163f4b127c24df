#include "ExchangeCommands.h"

#include "CliSupport.h"
#include "db/Database.h"
#include "exchange/EnterpriseExport.h"
#include "exchange/ImportTarget.h"
#include "exchange/ImportReport.h"
#include "exchange/TableFile.h"
#include "repo/ReferenceRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using cli::fail;
using cli::out;

namespace {

// The first issues, for the terminal (the whole list goes to --report).
constexpr int PrintedIssues = 50;

QJsonObject issueJson(const dx::ImportIssue& i)
{
    return {{QStringLiteral("row"), i.row}, {QStringLiteral("column"), i.column}, {QStringLiteral("value"), i.value},
            {QStringLiteral("reason"), i.reason}};
}

} // namespace

int runImport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Imports a ledger from an .xlsx or .csv file: enterprises, providers, "
                                                            "cost-lines, invoices, payments or grants. By default a file with any "
                                                            "invalid row imports nothing."));
    p.addHelpOption();
    cli::addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("KIND"), QCoreApplication::translate("CommandLine", "What to import: %1.")
                                                        .arg(dx::ImportTarget::kinds().join(QStringLiteral(", "))));
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("CommandLine", "The .xlsx or .csv file."));
    p.addOption({QStringLiteral("sheet"), QCoreApplication::translate("CommandLine", "Sheet of an .xlsx workbook (default: the first)."), QStringLiteral("name")});
    p.addOption({QStringLiteral("dry-run"), QCoreApplication::translate("CommandLine", "Check every row and report; write nothing.")});
    p.addOption({QStringLiteral("update-existing"), QCoreApplication::translate("CommandLine", "Update enterprises already registered (matched by credit code).")});
    p.addOption({QStringLiteral("skip-invalid"), QCoreApplication::translate("CommandLine", "Import the valid rows even when others are invalid.")});
    p.addOption({QStringLiteral("report"), QCoreApplication::translate("CommandLine", "Write every problem found to this .xlsx or .csv file."), QStringLiteral("file")});
    if (const int exit = cli::parseOrExit(p, args); exit >= 0)
        return exit;
    const bool json = p.isSet(QStringLiteral("json"));
    const QStringList positional = p.positionalArguments();
    const QString kind = positional.value(1);
    if (!dx::ImportTarget::kinds().contains(kind))
        return fail(QCoreApplication::translate("CommandLine", "what to import: one of %1 (dxdesk import KIND FILE)")
                        .arg(dx::ImportTarget::kinds().join(QStringLiteral(", "))),
                    json);
    if (positional.size() != 3)
        return fail(QCoreApplication::translate("CommandLine", "name one file: dxdesk import %1 FILE").arg(kind), json);
    const QString path = positional.at(2);

    QElapsedTimer timer;
    timer.start();
    auto sheets = dx::TableFile::sheetNames(path);
    if (!sheets)
        return fail(sheets.message(), json);
    int sheet = 0;
    if (p.isSet(QStringLiteral("sheet"))) {
        sheet = int(sheets->indexOf(p.value(QStringLiteral("sheet"))));
        if (sheet < 0)
            return fail(QCoreApplication::translate("CommandLine", "the workbook has no sheet \"%1\" (it has: %2)").arg(p.value(QStringLiteral("sheet")), sheets->join(QStringLiteral(", "))),
                        json);
    }
    auto table = dx::TableFile::read(path, sheet);
    if (!table)
        return fail(table.message(), json);
    auto db = dx::Database::open(cli::dbPath(p));
    if (!db)
        return fail(db.message(), json);

    std::unique_ptr<dx::ImportTarget> importer = dx::ImportTarget::create(kind, *db.value());
    const QVector<dx::ImportField> fields = importer->fields();
    dx::ImportOptions options;
    options.headerRow = dx::ImportMapping::guessHeaderRow(table.value(), fields);
    options.updateExisting = p.isSet(QStringLiteral("update-existing"));
    options.skipInvalid = p.isSet(QStringLiteral("skip-invalid"));
    const QStringList headers = dx::ImportMapping::headersOf(table.value(), options.headerRow);
    dx::ImportMapping mapping;
    if (!dx::ImportMapping::recall(importer->kind(), headers, fields, &mapping))
        mapping = dx::ImportMapping::match(headers, fields);
    auto plan = importer->dryRun(table.value(), mapping, options);
    if (!plan)
        return fail(plan.message(), json);
    // A script that imports an empty ledger (a header only, or a file that is not a ledger) is told
    // so with an error, not "0 rows" and success.
    if (plan->dataRows() == 0)
        return fail(QCoreApplication::translate("CommandLine", "%1 has no rows of data below its header; nothing was imported")
                        .arg(QFileInfo(path).fileName()),
                    json);
    if (p.isSet(QStringLiteral("report"))) {
        const dx::Status written = dx::ImportReport::write(plan->issues, p.value(QStringLiteral("report")));
        if (!written)
            return fail(written.message(), json);
    }
    dx::ImportOutcome outcome;
    dx::Status applied;
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    const int invalid = plan->count(dx::ImportAction::Invalid);
    if (!dryRun && !(invalid > 0 && !options.skipInvalid)) {
        auto done = importer->apply(plan.value(), options, QFileInfo(path).fileName());
        if (done)
            outcome = done.value();
        else
            applied = done.status();
    }
    // Exit codes: 0 imported (or a clean dry run), 3 rows invalid and nothing imported, 1 failure.
    const int exitCode = !applied ? 1 : (invalid > 0 && !options.skipInvalid) ? 3 : 0;
    QJsonObject mapped;
    for (int c = 0; c < headers.size(); ++c)
        if (!mapping.fieldAt(c).isEmpty())
            mapped.insert(headers.at(c), mapping.fieldAt(c));
    if (json) {
        QJsonArray issues;
        for (const dx::ImportIssue& i : plan->issues)
            issues.append(issueJson(i));
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), exitCode == 0},
                                           {QStringLiteral("error"), applied.message()},
                                           {QStringLiteral("sheet"), sheets->value(sheet)},
                                           {QStringLiteral("headerRow"), options.headerRow + 1},
                                           {QStringLiteral("columns"), mapped},
                                           {QStringLiteral("rows"), plan->dataRows()},
                                           {QStringLiteral("new"), plan->count(dx::ImportAction::Create)},
                                           {QStringLiteral("changed"), plan->count(dx::ImportAction::Update)},
                                           {QStringLiteral("unchanged"), plan->count(dx::ImportAction::Unchanged)},
                                           {QStringLiteral("invalid"), invalid},
                                           {QStringLiteral("dryRun"), dryRun},
                                           {QStringLiteral("created"), outcome.created},
                                           {QStringLiteral("updated"), outcome.updated},
                                           {QStringLiteral("milliseconds"), timer.elapsed()},
                                           {QStringLiteral("issues"), issues}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return exitCode;
    }
    for (int i = 0; i < qMin(PrintedIssues, int(plan->issues.size())); ++i) {
        const dx::ImportIssue& issue = plan->issues.at(i);
        out() << QCoreApplication::translate("CommandLine", "row %1, %2 \"%3\": %4").arg(issue.row).arg(issue.column, issue.value, issue.reason) << Qt::endl;
    }
    if (plan->issues.size() > PrintedIssues)
        out() << QCoreApplication::translate("CommandLine", "… and %1 more problems (write them all with --report FILE).").arg(plan->issues.size() - PrintedIssues) << Qt::endl;
    out() << QCoreApplication::translate("CommandLine", "%1 rows: %2 new, %3 stored with changes, %4 unchanged, %5 invalid.")
                 .arg(plan->dataRows())
                 .arg(plan->count(dx::ImportAction::Create))
                 .arg(plan->count(dx::ImportAction::Update))
                 .arg(plan->count(dx::ImportAction::Unchanged))
                 .arg(invalid)
          << Qt::endl;
    if (!applied)
        return fail(applied.message(), false);
    if (dryRun)
        out() << QCoreApplication::translate("CommandLine", "Dry run: nothing was written.") << Qt::endl;
    else if (exitCode == 3)
        out() << QCoreApplication::translate("CommandLine", "Nothing was imported because rows are invalid (use --skip-invalid to import the valid rows).") << Qt::endl;
    else
        out() << QCoreApplication::translate("CommandLine", "Imported %1 new and updated %2 records in %3 s.")
                     .arg(outcome.created)
                     .arg(outcome.updated)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return exitCode;
}

int runExport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Exports the enterprises of the register to .xlsx or .csv (format from the extension)."));
    p.addHelpOption();
    cli::addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("enterprises"), QCoreApplication::translate("CommandLine", "What to export (enterprises)."));
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("CommandLine", "The file to write (.xlsx or .csv)."), QStringLiteral("file")});
    p.addOption({QStringLiteral("search"), QCoreApplication::translate("CommandLine", "Substring of name or credit code."), QStringLiteral("text")});
    p.addOption({QStringLiteral("cluster"), QCoreApplication::translate("CommandLine", "Only this cluster (its name)."), QStringLiteral("name")});
    p.addOption({QStringLiteral("district"), QCoreApplication::translate("CommandLine", "Only this district (its name or code)."), QStringLiteral("name")});
    p.addOption({QStringLiteral("archived"), QCoreApplication::translate("CommandLine", "Export archived enterprises too.")});
    p.addOption({QStringLiteral("unmask-phones"), QCoreApplication::translate("CommandLine", "Write full contact phone numbers (they are masked by default).")});
    if (const int exit = cli::parseOrExit(p, args); exit >= 0)
        return exit;
    const bool json = p.isSet(QStringLiteral("json"));
    if (p.positionalArguments().value(1) != QLatin1String("enterprises") || p.positionalArguments().size() != 2)
        return fail(QCoreApplication::translate("CommandLine", "only enterprises can be exported: dxdesk export enterprises --out FILE"), json);
    if (!p.isSet(QStringLiteral("out")))
        return fail(QCoreApplication::translate("CommandLine", "--out FILE.xlsx or FILE.csv is required"), json);
    dx::OpenOptions open;
    open.createIfMissing = false;
    auto db = dx::Database::open(cli::dbPath(p), open);
    if (!db)
        return fail(db.message(), json);
    dx::EnterpriseFilter filter;
    filter.search = p.value(QStringLiteral("search"));
    filter.archived = p.isSet(QStringLiteral("archived")) ? dx::ArchivedFilter::All : dx::ArchivedFilter::Active;
    if (const dx::Status place = cli::readPlaceOptions(p, *db.value(), filter.clusterId, filter.districtCode); !place)
        return fail(place.message(), json);
    dx::EnterpriseExportOptions options;
    options.unmaskPhones = p.isSet(QStringLiteral("unmask-phones"));
    QElapsedTimer timer;
    timer.start();
    auto rows = dx::EnterpriseExport(*db.value()).write(filter, p.value(QStringLiteral("out")), options);
    if (!rows)
        return fail(rows.message(), json);
    if (json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                           {QStringLiteral("file"), p.value(QStringLiteral("out"))},
                                           {QStringLiteral("rows"), rows.value()},
                                           {QStringLiteral("milliseconds"), timer.elapsed()}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    else
        out() << QCoreApplication::translate("CommandLine", "Wrote %1 enterprises to %2 in %3 s.")
                     .arg(rows.value())
                     .arg(p.value(QStringLiteral("out")))
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return 0;
}
