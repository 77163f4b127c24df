#pragma once

#include "domain/Diagnosis.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QVector>

namespace dx {

class Database;

// A line of an enterprise's diagnosis list.
struct DiagnosisSummary
{
    qint64 id = 0;
    DiagnosisKind kind = DiagnosisKind::Baseline;
    DiagnosisStatus status = DiagnosisStatus::Draft;
    QDate visitDate;
    QString assessor;
    QString indexVersion;
    MilliPoints totalScore = 0;
    int level = 0;
    qint64 revisionOf = 0;
    bool superseded = false;
};

// Diagnoses: drafts saved as often as the form likes (autosave), submitted when complete,
// confirmed (read-only) by the bureau, corrected by a new revision that keeps the old one.
// Every save recomputes and stores the score and level from the diagnosis's own index version.
class DiagnosisRepository
{
    Q_DECLARE_TR_FUNCTIONS(dx::DiagnosisRepository)

public:
    explicit DiagnosisRepository(const Database& db) : m_db(db) {}

    Result<Diagnosis> get(qint64 id) const;
    Result<QVector<DiagnosisSummary>> listForEnterprise(qint64 enterpriseId) const;

    // A new draft for an enterprise, on the given index version (default: the newest shipped).
    Result<Diagnosis> createDraft(const Diagnosis& d) const;
    // Saves a draft (or a submitted one being corrected before confirmation); version-checked.
    Result<Diagnosis> save(const Diagnosis& d) const;
    // Draft → submitted: refused, naming the items, while required items are unanswered.
    Result<Diagnosis> submit(qint64 id, int expectedVersion) const;
    // Submitted → confirmed: read-only from then on; a confirmed revision supersedes its original.
    Result<Diagnosis> confirm(qint64 id, int expectedVersion) const;
    // A new draft copying a confirmed diagnosis, to correct it; the original stays as it is.
    Result<Diagnosis> revise(qint64 id) const;

    // Stores many diagnoses (demo data, imports) in one transaction with an audit row each
    // carrying `source`; scores are computed here. All or nothing.
    Status insertMany(QVector<Diagnosis>& list, const QJsonObject& source) const;

    static const QString& tableName();

private:
    Result<Diagnosis> setStatus(qint64 id, int expectedVersion, DiagnosisStatus from, DiagnosisStatus to) const;
    const Database& m_db;
};

} // namespace dx
