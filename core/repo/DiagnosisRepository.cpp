#include "DiagnosisRepository.h"

#include "AuditRepository.h"
#include "BulkWrite.h"
#include "RowQuery.h"
#include "SqlValues.h"
#include "db/Database.h"
#include "db/ProgressSchema.h"
#include "db/Transaction.h"
#include "util/Uuid.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace dx {

using namespace sql;

namespace {

const QString kColumns = QStringLiteral(
    "id, uuid, version, updated_at, updated_by, enterprise_id, kind, status, visit_date, provider, assessor, index_id, "
    "index_version, answers, findings, recommendations, revision_of, superseded, total_milli, level");

Diagnosis readDiagnosis(const QSqlQuery& q)
{
    Diagnosis d;
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.version = q.value(2).toInt();
    d.updatedAt = q.value(3).toString();
    d.updatedBy = q.value(4).toString();
    d.enterpriseId = q.value(5).toLongLong();
    d.kind = DiagnosisKind(q.value(6).toInt());
    d.status = DiagnosisStatus(q.value(7).toInt());
    d.visitDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    d.provider = q.value(9).toString();
    d.assessor = q.value(10).toString();
    d.indexId = q.value(11).toString();
    d.indexVersion = q.value(12).toString();
    d.answers = answersFromJson(q.value(13).toString().toUtf8());
    d.findings = q.value(14).toString();
    d.recommendations = q.value(15).toString();
    d.revisionOf = q.value(16).toLongLong();
    d.superseded = q.value(17).toBool();
    d.totalScore = q.value(18).toLongLong();
    d.level = q.value(19).toInt();
    return d;
}


// What the audit log records of a diagnosis: the header fields, the score, and the answers.
QVariantMap auditFields(const Diagnosis& d)
{
    return {{QStringLiteral("kind"), int(d.kind)},
            {QStringLiteral("status"), int(d.status)},
            {QStringLiteral("visit_date"), d.visitDate.toString(Qt::ISODate)},
            {QStringLiteral("provider"), d.provider},
            {QStringLiteral("assessor"), d.assessor},
            {QStringLiteral("answers"), QString::fromUtf8(answersToJson(d.answers))},
            {QStringLiteral("findings"), d.findings},
            {QStringLiteral("recommendations"), d.recommendations},
            {QStringLiteral("total"), AssessmentIndex::formatPoints(d.totalScore)},
            {QStringLiteral("level"), d.level}};
}

// Recomputes the stored score and level from the diagnosis's own index version.
Status rescore(Diagnosis& d)
{
    auto index = AssessmentIndex::shipped(d.indexId, d.indexVersion);
    if (!index)
        return index.status();
    const ScoreCard card = Scoring::score(index.value(), d.answers);
    d.totalScore = card.total;
    d.level = card.level;
    return Status::ok();
}

} // namespace

const QString& DiagnosisRepository::tableName()
{
    static const QString name = QStringLiteral("diagnoses");
    return name;
}

Result<Diagnosis> DiagnosisRepository::get(qint64 id) const
{
    return sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM diagnoses WHERE id = ?").arg(kColumns), {id}, readDiagnosis,
                          tr("The diagnosis (id %1) does not exist.").arg(id));
}

Result<QVector<DiagnosisSummary>> DiagnosisRepository::listForEnterprise(qint64 enterpriseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, kind, status, visit_date, assessor, index_version, total_milli, level, "
                             "COALESCE(revision_of, 0), superseded FROM diagnoses WHERE enterprise_id = ? "
                             "ORDER BY visit_date DESC, id DESC"));
    q.addBindValue(enterpriseId);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QVector<DiagnosisSummary> out;
    while (q.next()) {
        DiagnosisSummary s;
        s.id = q.value(0).toLongLong();
        s.kind = DiagnosisKind(q.value(1).toInt());
        s.status = DiagnosisStatus(q.value(2).toInt());
        s.visitDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        s.assessor = q.value(4).toString();
        s.indexVersion = q.value(5).toString();
        s.totalScore = q.value(6).toLongLong();
        s.level = q.value(7).toInt();
        s.revisionOf = q.value(8).toLongLong();
        s.superseded = q.value(9).toBool();
        out.push_back(s);
    }
    return out;
}

Result<Diagnosis> DiagnosisRepository::createDraft(const Diagnosis& input) const
{
    Diagnosis d = input;
    d.status = DiagnosisStatus::Draft;
    d.superseded = false;
    if (d.indexId.isEmpty()) {
        auto all = AssessmentIndex::shipped();
        if (!all || all->isEmpty())
            return Status::error(ErrorCode::NotFound, tr("No assessment index is installed."));
        // The newest scorable version (versions are years, so they sort as text).
        for (const AssessmentIndex& index : all.value())
            if (!index.totalOnly && (d.indexVersion.isEmpty() || index.version > d.indexVersion)) {
                d.indexId = index.id;
                d.indexVersion = index.version;
            }
    }
    if (!d.visitDate.isValid())
        d.visitDate = m_db.clock().today();
    Status s = rescore(d);
    if (!s)
        return s;
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO diagnoses (uuid, created_at, updated_at, updated_by, enterprise_id, kind, status, "
                             "visit_date, provider, assessor, index_id, index_version, answers, findings, recommendations, "
                             "revision_of, total_milli, level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    d.uuid = newUuid();
    d.updatedAt = m_db.nowIso();
    d.updatedBy = m_db.user();
    for (const QVariant& v : QVariantList{d.uuid, d.updatedAt, d.updatedAt, d.updatedBy, d.enterpriseId, int(d.kind), int(d.status),
                                          d.visitDate.toString(Qt::ISODate), text(d.provider), text(d.assessor), d.indexId,
                                          d.indexVersion, QString::fromUtf8(answersToJson(d.answers)), text(d.findings),
                                          text(d.recommendations),
                                          d.revisionOf > 0 ? QVariant(d.revisionOf) : QVariant(QMetaType(QMetaType::LongLong)),
                                          d.totalScore, d.level})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not create the diagnosis: %1").arg(sqlErrorText(q.lastError())));
    d.id = q.lastInsertId().toLongLong();
    d.version = 1;
    s = AuditRepository(m_db).record(conn, tableName(), d.id, d.uuid, QStringLiteral("create"),
                                     AuditRepository::diff({}, auditFields(d)));
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    return d;
}

Status DiagnosisRepository::insertMany(QVector<Diagnosis>& list, const QJsonObject& source) const
{
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    // See ProgressSchema::Batch: the dashboard's stage rows of a big batch in a few statements.
    ProgressSchema::BatchScope progressBatch;
    if (const Status suspended = progressBatch.begin(conn, ProgressSchema::Batch::Diagnoses, list.size()); !suspended)
        return suspended;
    // Bound on SQLite's own handle (BulkStatement); the answers go in as the UTF-8 they are made as.
    BulkStatement insert(conn, QStringLiteral("INSERT INTO diagnoses (uuid, created_at, updated_at, updated_by, enterprise_id, kind, "
                                              "status, visit_date, provider, assessor, index_id, index_version, answers, findings, "
                                              "recommendations, total_milli, level, submitted_at, confirmed_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!insert.prepared())
        return insert.prepared();
    AuditRepository::Writer audit(m_db, conn);
    const QString now = m_db.nowIso();
    constexpr int kAnswers = 12;
    for (Diagnosis& d : list) {
        Status s = rescore(d);
        if (!s)
            return s;
        d.uuid = newUuid();
        d.version = 1;
        const QString stamp = d.status == DiagnosisStatus::Draft ? QString::fromLatin1("") : now;
        insert.bindAll({d.uuid, now, now, m_db.user(), d.enterpriseId, int(d.kind), int(d.status), d.visitDate.toString(Qt::ISODate),
                        text(d.provider), text(d.assessor), d.indexId, d.indexVersion});
        insert.bindUtf8(kAnswers, answersToJson(d.answers));
        insert.bindAll({text(d.findings), text(d.recommendations), d.totalScore, d.level, stamp,
                        d.status == DiagnosisStatus::Confirmed ? stamp : QString::fromLatin1("")},
                       kAnswers + 1);
        auto id = insert.run();
        if (!id)
            return Status::error(ErrorCode::Database, tr("Could not store the diagnoses: %1").arg(id.message()));
        d.id = id.value();
        s = audit.record(tableName(), d.id, d.uuid, QStringLiteral("create"), source, now);
        if (!s)
            return s;
    }
    if (const Status ended = progressBatch.end(conn); !ended)
        return ended;
    return tx.commit();
}

Result<Diagnosis> DiagnosisRepository::save(const Diagnosis& input) const
{
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto before = get(input.id);
    if (!before)
        return before.status();
    if (before->isReadOnly())
        return Status::error(ErrorCode::Validation,
                             tr("This diagnosis is confirmed and cannot be changed; create a revision to correct it."));
    if (before->version != input.version)
        return Status::error(ErrorCode::Conflict, tr("The diagnosis was changed by %1 at %2 after you opened it; your edit was not saved.")
                                                      .arg(before->updatedBy, before->updatedAt));
    Diagnosis d = input;
    d.status = before->status;   // status changes only through submit/confirm
    d.indexId = before->indexId;
    d.indexVersion = before->indexVersion;
    d.revisionOf = before->revisionOf;
    d.superseded = before->superseded;
    d.uuid = before->uuid;
    Status s = rescore(d);
    if (!s)
        return s;
    const QJsonObject changes = AuditRepository::diff(auditFields(before.value()), auditFields(d));
    if (changes.isEmpty())
        return before.value();
    d.updatedAt = m_db.nowIso();
    d.updatedBy = m_db.user();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE diagnoses SET kind = ?, visit_date = ?, provider = ?, assessor = ?, answers = ?, "
                             "findings = ?, recommendations = ?, total_milli = ?, level = ?, version = version + 1, "
                             "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
    for (const QVariant& v : QVariantList{int(d.kind), d.visitDate.toString(Qt::ISODate), text(d.provider), text(d.assessor),
                                          QString::fromUtf8(answersToJson(d.answers)), text(d.findings), text(d.recommendations),
                                          d.totalScore, d.level, d.updatedAt, d.updatedBy, d.id, d.version})
        q.addBindValue(v);
    if (!q.exec() || q.numRowsAffected() != 1)
        return Status::error(ErrorCode::Database, tr("Could not save the diagnosis: %1").arg(sqlErrorText(q.lastError())));
    s = AuditRepository(m_db).record(conn, tableName(), d.id, d.uuid, QStringLiteral("update"), changes);
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    d.version += 1;
    return d;
}

Result<Diagnosis> DiagnosisRepository::setStatus(qint64 id, int expectedVersion, DiagnosisStatus from, DiagnosisStatus to) const
{
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto current = get(id);
    if (!current)
        return current.status();
    Diagnosis d = current.value();
    if (d.version != expectedVersion)
        return Status::error(ErrorCode::Conflict, tr("The diagnosis was changed by %1 at %2 after you opened it.")
                                                      .arg(d.updatedBy, d.updatedAt));
    if (d.superseded)
        return Status::error(ErrorCode::Validation, tr("The diagnosis was replaced by a confirmed revision and cannot change."));
    if (d.status != from)
        return Status::error(ErrorCode::Validation, tr("The diagnosis is %1; it cannot become %2.")
                                                        .arg(diagnosisStatusName(d.status), diagnosisStatusName(to)));
    if (to == DiagnosisStatus::Submitted) {
        auto index = AssessmentIndex::shipped(d.indexId, d.indexVersion);
        if (!index)
            return index.status();
        if (index->totalOnly && !d.answers.totalOnly)
            return Status::error(ErrorCode::Validation, tr("The total score is not recorded."));
        const ScoreCard card = Scoring::score(index.value(), d.answers);
        if (!card.problems.isEmpty())
            return Status::error(ErrorCode::Validation, card.problems.join(QLatin1Char('\n')));
        if (!card.unanswered.isEmpty()) {
            QStringList names;
            for (const QString& itemId : card.unanswered)
                names << index->item(itemId)->name;
            return Status::error(ErrorCode::Validation, tr("%n required item(s) are not answered: %1", nullptr, int(names.size()))
                                                            .arg(names.join(QStringLiteral("、"))));
        }
    }
    const QString now = m_db.nowIso();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE diagnoses SET status = ?, %1 = ?, version = version + 1, updated_at = ?, updated_by = ? "
                             "WHERE id = ? AND version = ?")
                  .arg(to == DiagnosisStatus::Confirmed ? QStringLiteral("confirmed_at") : QStringLiteral("submitted_at")));
    for (const QVariant& v : QVariantList{int(to), now, now, m_db.user(), id, expectedVersion})
        q.addBindValue(v);
    if (!q.exec() || q.numRowsAffected() != 1)
        return Status::error(ErrorCode::Database, tr("Could not change the diagnosis: %1").arg(sqlErrorText(q.lastError())));
    Status s = AuditRepository(m_db).record(conn, tableName(), id, d.uuid,
                                            to == DiagnosisStatus::Confirmed ? QStringLiteral("confirm") : QStringLiteral("submit"),
                                            AuditRepository::diff({{QStringLiteral("status"), int(from)}},
                                                                  {{QStringLiteral("status"), int(to)}}));
    if (!s)
        return s;
    if (to == DiagnosisStatus::Confirmed && d.revisionOf > 0) {
        // The confirmed correction replaces the original, which is kept unchanged but marked.
        QSqlQuery old(conn);
        old.prepare(QStringLiteral("UPDATE diagnoses SET superseded = 1, version = version + 1, updated_at = ?, updated_by = ? "
                                   "WHERE id = ?"));
        for (const QVariant& v : QVariantList{now, m_db.user(), d.revisionOf})
            old.addBindValue(v);
        if (!old.exec())
            return Status::error(ErrorCode::Database, sqlErrorText(old.lastError()));
        auto original = get(d.revisionOf);
        s = AuditRepository(m_db).record(conn, tableName(), d.revisionOf, original ? original->uuid : QString(),
                                         QStringLiteral("supersede"), QJsonObject{{QStringLiteral("by"), id}});
        if (!s)
            return s;
    }
    s = tx.commit();
    if (!s)
        return s;
    d.status = to;
    d.version += 1;
    d.updatedAt = now;
    d.updatedBy = m_db.user();
    return d;
}

Result<Diagnosis> DiagnosisRepository::submit(qint64 id, int expectedVersion) const
{
    return setStatus(id, expectedVersion, DiagnosisStatus::Draft, DiagnosisStatus::Submitted);
}

Result<Diagnosis> DiagnosisRepository::confirm(qint64 id, int expectedVersion) const
{
    return setStatus(id, expectedVersion, DiagnosisStatus::Submitted, DiagnosisStatus::Confirmed);
}

Result<Diagnosis> DiagnosisRepository::revise(qint64 id) const
{
    auto original = get(id);
    if (!original)
        return original.status();
    if (original->status != DiagnosisStatus::Confirmed || original->superseded)
        return Status::error(ErrorCode::Validation, tr("Only a confirmed, current diagnosis is corrected by a revision; "
                                                       "a draft can simply be edited."));
    // One open correction at a time: two revisions of one original would both claim to replace it.
    QSqlQuery open(m_db.connection());
    open.prepare(QStringLiteral("SELECT id FROM diagnoses WHERE revision_of = ? AND superseded = 0 AND status <> ?"));
    open.addBindValue(id);
    open.addBindValue(int(DiagnosisStatus::Confirmed));
    if (!open.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(open.lastError()));
    if (open.next())
        return Status::error(ErrorCode::Validation, tr("A revision of this diagnosis is already open (id %1); finish it first.")
                                                        .arg(open.value(0).toLongLong()));
    Diagnosis revision = original.value();
    revision.id = 0;
    revision.revisionOf = id;
    return createDraft(revision);
}

} // namespace dx
