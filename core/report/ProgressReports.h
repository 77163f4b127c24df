#pragma once

#include "ReportDocument.h"
#include "ReportFormat.h"
#include "util/Result.h"

namespace dx {
class Database;
struct ProgressFigures;
}

namespace dx::report {

// The progress reports for the city government: the dashboard's figures as paper.
class ProgressReports
{
    Q_DECLARE_TR_FUNCTIONS(dx::report::ProgressReports)

public:
    // One cluster (clusterId > 0, 0: enterprises without a cluster) or the whole city (-1) as of
    // a date: pipeline, levels, money, and every enterprise with its stage. A4 landscape.
    static Result<Document> cluster(const Database& db, qint64 clusterId, const QDate& asOf, const Options& options);
    // The city's figures at the end of `month` against the end of the month before and the
    // programme's targets, and the month's activity against the previous month's.
    static Result<Document> monthly(const Database& db, const QDate& month, const Options& options);

private:
    static void pipeline(const ProgressFigures& f, int targetPercent, bool withMoney, Document& doc);
    static void flowChart(const ProgressFigures& f, Document& doc);
    static void levels(const ProgressFigures& f, Document& doc);
    static void funds(const ProgressFigures& f, Document& doc);
    static Status enterprises(const Database& db, qint64 clusterId, const QDate& asOf, Document& doc);
};

} // namespace dx::report
