#pragma once

#include "ReportDocument.h"
#include "ReportFormat.h"
#include "util/Result.h"

namespace dx {
class Database;
struct Enterprise;
struct DiagnosisSummary;
}

namespace dx::report {

// 一企一档: the enterprise's whole file as the bureau keeps it on paper — profile, every
// diagnosis with its score and level, the before/after comparison, projects (parties, contract,
// cost lines, milestones, acceptance, evidence with SHA-256), grants (eligible amount explained,
// tranches) and a summary of the record's change history.
class DossierReport
{
    Q_DECLARE_TR_FUNCTIONS(dx::report::DossierReport)

public:
    static Result<Document> build(const Database& db, qint64 enterpriseId, const Options& options);
    static Result<Document> buildByCreditCode(const Database& db, const QString& creditCode, const Options& options);

private:
    static Status profile(const Database& db, const Enterprise& e, const Options& options, Document& doc);
    static Status diagnoses(const Database& db, qint64 enterpriseId, Document& doc);
    static Status projects(const Database& db, qint64 enterpriseId, Document& doc);
    static Status grants(const Database& db, qint64 enterpriseId, Document& doc);
    static Status diagnosisEvidence(const Database& db, const QVector<DiagnosisSummary>& diagnoses, Document& doc);
    static Status history(const Database& db, qint64 enterpriseId, Document& doc);
};

} // namespace dx::report
