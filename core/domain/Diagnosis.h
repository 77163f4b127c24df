#pragma once

#include "assessment/Scoring.h"

#include <QDate>
#include <QString>

namespace dx {

enum class DiagnosisKind { Baseline = 0, PostTransformation = 1, SelfAssessment = 2 };   // 改造前诊断 / 改造后评测 / 自评
enum class DiagnosisStatus { Draft = 0, Submitted = 1, Confirmed = 2 };
QString diagnosisKindName(DiagnosisKind kind);
QString diagnosisStatusName(DiagnosisStatus status);

// One diagnosis (诊断/评测) of an enterprise, scored against one version of an index.
// Confirmed diagnoses are read-only; a correction is a new revision pointing at the old.
struct Diagnosis
{
    qint64 id = 0;
    QString uuid;
    int version = 0;
    QString updatedAt;
    QString updatedBy;

    qint64 enterpriseId = 0;
    DiagnosisKind kind = DiagnosisKind::Baseline;
    DiagnosisStatus status = DiagnosisStatus::Draft;
    QDate visitDate;
    QString provider;       // service provider (诊断服务商)
    QString assessor;       // the person who assessed on site
    QString indexId;        // the index and version it was made with, forever
    QString indexVersion;
    Answers answers;
    QString findings;
    QString recommendations;
    qint64 revisionOf = 0;  // the diagnosis this one corrects (0: an original)
    bool superseded = false;  // a later revision replaces it
    // Stored results of scoring (for lists and statistics; recomputed on every save).
    MilliPoints totalScore = 0;
    int level = 0;

    bool isReadOnly() const { return status == DiagnosisStatus::Confirmed || superseded; }
};

// Answers to and from the JSON stored in the database.
QByteArray answersToJson(const Answers& answers);
Answers answersFromJson(const QByteArray& json);

} // namespace dx
