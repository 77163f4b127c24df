#include "ReportCommand.h"

#include "CliSupport.h"
#include "db/Database.h"
#include "report/DiagnosisReport.h"
#include "report/DossierBatch.h"
#include "report/DossierReport.h"
#include "repo/EnterpriseRepository.h"
#include "report/PdfFile.h"
#include "report/ProgressReports.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

using cli::fail;
using cli::out;

namespace {

// dxdesk report dossiers: every dossier of a cluster (or of listed credit codes) in one PDF, or a
// file each with --each; the batch the interface runs, for scripts and for measuring.
int runDossiers(const QCommandLineParser& p, const dx::Database& db, const dx::report::Options& options, bool json)
{
    dx::report::BatchRequest request;
    request.onePdf = !p.isSet(QStringLiteral("each"));
    request.target = p.value(QStringLiteral("out"));
    request.options = options;
    if (p.isSet(QStringLiteral("enterprise"))) {
        for (const QString& code : p.value(QStringLiteral("enterprise")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto e = dx::EnterpriseRepository(db).findByCreditCode(code.trimmed().toUpper());
            if (!e)
                return fail(QCoreApplication::translate("CommandLine", "no enterprise has the credit code %1").arg(code), json);
            request.enterpriseIds << e->id;
        }
    } else if (p.isSet(QStringLiteral("cluster"))) {
        auto cluster = cli::clusterIdByName(db, p.value(QStringLiteral("cluster")));
        if (!cluster)
            return fail(cluster.message(), json);
        dx::EnterpriseFilter filter;
        filter.clusterId = cluster.value();
        const dx::Status listed = dx::EnterpriseRepository(db).forEach(filter, [&](const dx::Enterprise& e) {
            request.enterpriseIds << e.id;
            return true;
        });
        if (!listed)
            return fail(listed.message(), json);
    } else {
        return fail(QCoreApplication::translate("CommandLine", "dossiers needs --cluster NAME or --enterprise CODE[,CODE…]"), json);
    }
    QElapsedTimer timer;
    timer.start();
    auto outcome = dx::report::DossierBatch::run(db, request);
    if (!outcome)
        return fail(outcome.message(), json);
    const qint64 ms = timer.elapsed();
    if (json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                           {QStringLiteral("dossiers"), outcome->dossiers},
                                           {QStringLiteral("files"), int(outcome->files.size())},
                                           {QStringLiteral("pages"), outcome->pages},
                                           {QStringLiteral("milliseconds"), ms}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    else
        out() << QCoreApplication::translate("CommandLine", "Printed %1 dossiers (%2 pages, %3 files) in %4 s.")
                     .arg(outcome->dossiers)
                     .arg(outcome->pages)
                     .arg(outcome->files.size())
                     .arg(double(ms) / 1000.0, 0, 'f', 2)
              << Qt::endl;
    return 0;
}

} // namespace

int runReport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Prints a report to PDF: dossier, diagnosis, cluster or monthly."));
    p.addHelpOption();
    cli::addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("kind"), QCoreApplication::translate("CommandLine", "dossier, dossiers, diagnosis, cluster or monthly"));
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("CommandLine", "The PDF to write."), QStringLiteral("FILE.pdf")});
    p.addOption({QStringLiteral("enterprise"),
                 QCoreApplication::translate("CommandLine", "dossier: the enterprise's credit code (dossiers: codes separated by commas)."),
                 QStringLiteral("CREDIT_CODE")});
    p.addOption({QStringLiteral("each"), QCoreApplication::translate("CommandLine", "dossiers: one file per enterprise in the folder --out.")});
    p.addOption({QStringLiteral("id"), QCoreApplication::translate("CommandLine", "diagnosis: the diagnosis id."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("cluster"), QCoreApplication::translate("CommandLine", "cluster: the cluster's name (default: the whole city)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("as-of"), QCoreApplication::translate("CommandLine", "cluster: the date (yyyy-MM-dd; default: today)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("month"), QCoreApplication::translate("CommandLine", "monthly: the month (yyyy-MM)."), QStringLiteral("YYYY-MM")});
    p.addOption({QStringLiteral("show-personal"), QCoreApplication::translate("CommandLine", "Print contact phone numbers in full (they are masked by default).")});
    p.addOption({QStringLiteral("bureau"), QCoreApplication::translate("CommandLine", "The bureau named in the header (default: the setting)."), QStringLiteral("NAME")});
    if (const int exit = cli::parseOrExit(p, args); exit >= 0)
        return exit;
    const bool json = p.isSet(QStringLiteral("json"));
    const QString kind = p.positionalArguments().value(1);
    const QString target = p.value(QStringLiteral("out"));
    if (target.isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "--out FILE.pdf is required"), json);

    dx::OpenOptions openOptions;
    openOptions.createIfMissing = false;
    auto db = dx::Database::open(cli::dbPath(p), openOptions);
    if (!db)
        return fail(db.message(), json);
    dx::report::Options options;
    options.showPersonal = p.isSet(QStringLiteral("show-personal"));
    options.bureau = p.value(QStringLiteral("bureau"));

    QElapsedTimer timer;
    timer.start();
    dx::Result<dx::report::Document> doc = dx::Status::error(dx::ErrorCode::Validation, QString());
    if (kind == QLatin1String("dossiers"))
        return runDossiers(p, *db.value(), options, json);
    if (kind == QLatin1String("dossier")) {
        if (!p.isSet(QStringLiteral("enterprise")))
            return fail(QCoreApplication::translate("CommandLine", "dossier needs --enterprise CREDIT_CODE"), json);
        doc = dx::report::DossierReport::buildByCreditCode(*db.value(), p.value(QStringLiteral("enterprise")), options);
    } else if (kind == QLatin1String("diagnosis")) {
        bool ok = false;
        const qint64 id = p.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(QCoreApplication::translate("CommandLine", "diagnosis needs --id ID (a positive number)"), json);
        doc = dx::report::DiagnosisReport::build(*db.value(), id, options);
    } else if (kind == QLatin1String("cluster")) {
        QDate asOf;
        if (p.isSet(QStringLiteral("as-of"))) {
            asOf = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
            if (!asOf.isValid())
                return fail(QCoreApplication::translate("CommandLine", "--as-of needs a date like 2025-06-30"), json);
        }
        qint64 clusterId = -1;
        if (p.isSet(QStringLiteral("cluster"))) {
            auto cluster = cli::clusterIdByName(*db.value(), p.value(QStringLiteral("cluster")));
            if (!cluster)
                return fail(cluster.message(), json);
            clusterId = cluster.value();
        }
        doc = dx::report::ProgressReports::cluster(*db.value(), clusterId, asOf, options);
    } else if (kind == QLatin1String("monthly")) {
        const QDate month = QDate::fromString(p.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            return fail(QCoreApplication::translate("CommandLine", "monthly needs --month YYYY-MM"), json);
        doc = dx::report::ProgressReports::monthly(*db.value(), month, options);
    } else {
        return fail(QCoreApplication::translate("CommandLine", "report needs a kind: dossier, diagnosis, cluster or monthly"), json);
    }
    if (!doc)
        return fail(doc.message(), json);
    int pages = 0;
    if (const dx::Status s = dx::report::PdfFile::write(doc.value(), target, &pages); !s)
        return fail(s.message(), json);
    const qint64 ms = timer.elapsed();
    if (json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                           {QStringLiteral("file"), target},
                                           {QStringLiteral("pages"), pages},
                                           {QStringLiteral("milliseconds"), ms}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    else
        out() << QCoreApplication::translate("CommandLine", "Wrote %1 (%2 pages) in %3 s.").arg(target).arg(pages).arg(double(ms) / 1000.0, 0, 'f', 2) << Qt::endl;
    return 0;
}
