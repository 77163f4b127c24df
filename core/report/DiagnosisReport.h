#pragma once

#include "ReportDocument.h"
#include "ReportFormat.h"
#include "util/Result.h"

namespace dx {
class Database;
class AssessmentIndex;
struct Diagnosis;
struct ScoreCard;
}

namespace dx::report {

// The diagnosis report handed to the factory owner at the end of a site visit: who, when, the
// answers and points by dimension (with a chart), the scene levels, total and level, what the
// next level lacks and what to do, and boxes for both signatures.
class DiagnosisReport
{
    Q_DECLARE_TR_FUNCTIONS(dx::report::DiagnosisReport)

public:
    static Result<Document> build(const Database& db, qint64 diagnosisId, const Options& options);

private:
    static void dimensions(const AssessmentIndex& index, const ScoreCard& card, Document& doc);
    static void items(const AssessmentIndex& index, const Diagnosis& d, const ScoreCard& card, Document& doc);
    static void scenes(const AssessmentIndex& index, const Diagnosis& d, Document& doc);
    static void gap(const AssessmentIndex& index, const Diagnosis& d, const ScoreCard& card, Document& doc);
};

} // namespace dx::report
