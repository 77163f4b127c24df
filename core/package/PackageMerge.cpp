#include "PackageMerge.h"

#include "AnswerMerge.h"
#include "assessment/AssessmentIndex.h"
#include "assessment/Scoring.h"
#include "db/Database.h"
#include "domain/Diagnosis.h"
#include "repo/EnterpriseRepository.h"

#include <QJsonArray>

namespace dx {

namespace {

bool isReadOnlyDiagnosis(const TableSpec& spec, const QJsonObject& fields)
{
    return spec.table == QLatin1String("diagnoses")
        && (fields.value(QStringLiteral("status")).toInt() == int(DiagnosisStatus::Confirmed) || fields.value(QStringLiteral("superseded")).toInt() != 0);
}

} // namespace

PackageMerge::PackageMerge(const Database& db, QSqlDatabase& conn, qint64 issueId, qint64 importId, const QString& packageId)
    : m_db(db), m_conn(conn), m_repo(db), m_audit(db, conn), m_decoder(m_repo), m_issueId(issueId), m_importId(importId), m_packageId(packageId)
{
}

Status PackageMerge::rescore(QVariantMap& values, const QJsonObject& fields)
{
    auto index = AssessmentIndex::shipped(fields.value(QStringLiteral("index_id")).toString(),
                                          fields.value(QStringLiteral("index_version")).toString());
    if (!index)
        return index.status();
    const ScoreCard card = Scoring::score(index.value(), answersFromJson(fields.value(QStringLiteral("answers")).toString().toUtf8()));
    values.insert(QStringLiteral("total_milli"), qint64(card.total));
    values.insert(QStringLiteral("level"), card.level);
    return Status::ok();
}

Result<QPair<QVariantMap, QJsonObject>> PackageMerge::current(const PackageRepository& repo, const TableSpec& spec, const QString& uuid)
{
    auto ids = repo.idsOf(spec.table, {uuid});
    if (!ids)
        return ids.status();
    if (!ids->contains(uuid))
        return Status::error(ErrorCode::NotFound, tr("The record %1 of %2 does not exist.").arg(uuid, spec.table));
    auto rows = repo.rows(spec, {ids->value(uuid)});
    if (!rows)
        return rows.status();
    auto encoded = encodeRecords(repo, spec, rows.value());
    if (!encoded)
        return encoded.status();
    return qMakePair(rows->first(), encoded->first().value(QStringLiteral("fields")).toObject());
}

QString PackageMerge::label(const TableSpec& spec, const QJsonObject& fields) const
{
    if (spec.table == QLatin1String("enterprises"))
        return fields.value(QStringLiteral("name")).toString();
    if (spec.table == QLatin1String("attachments"))
        return fields.value(QStringLiteral("file_name")).toString();
    return QStringLiteral("%1 %2").arg(fields.value(QStringLiteral("visit_date")).toString(), fields.value(QStringLiteral("assessor")).toString());
}

Status PackageMerge::mergeTable(const TableSpec& spec, const QVector<QJsonObject>& incoming, const QHash<QString, PackageBase>& bases,
                                const QHash<QString, QByteArray>& attachmentContent)
{
    const QJsonObject source{{QStringLiteral("source"), QStringLiteral("return package")}, {QStringLiteral("package"), m_packageId}};
    QVector<PackageBase> seen;
    for (const QJsonObject& r : incoming) {
        const QString uuid = r.value(QStringLiteral("uuid")).toString();
        const QJsonObject fields = r.value(QStringLiteral("fields")).toObject();
        auto now = current(m_repo, spec, uuid);
        if (!now && now.code() != ErrorCode::NotFound)
            return now.status();
        if (now && !bases.contains(uuid))
            return Status::error(ErrorCode::Validation,
                                 tr("The package is refused: it changes a record of %1 (%2) that was never sent to this provider.")
                                     .arg(spec.table, label(spec, fields)));
        if (!now && bases.contains(uuid))
            return Status::error(ErrorCode::Validation, tr("The package is refused: a record of %1 it changes is missing here.").arg(spec.table));
        if (!now && spec.table == QLatin1String("enterprises")) {
            // An enterprise registered in the field that the register already holds under
            // another record: said plainly, rather than a constraint error.
            const QString code = fields.value(QStringLiteral("credit_code")).toString();
            if (auto existing = EnterpriseRepository(m_db).findByCreditCode(code))
                return Status::error(ErrorCode::Duplicate,
                                     tr("The package is refused: it adds the enterprise %1 (%2), which the register already holds as "
                                        "%3. Ask the provider to work on the enterprise sent in the package instead.")
                                         .arg(fields.value(QStringLiteral("name")).toString(), code, existing->name));
        }
        if (!now) {
            auto values = m_decoder.decode(spec, fields);
            if (!values)
                return values.status();
            if (spec.table == QLatin1String("diagnoses"))
                if (Status s = rescore(values.value(), fields); !s)
                    return s;
            auto id = m_repo.insertRecord(m_conn, m_audit, spec, uuid, r.value(QStringLiteral("version")).toInt(), values.value(), source,
                                          attachmentContent.value(uuid));
            if (!id)
                return id.status();
            m_decoder.remember(spec.table, uuid, id.value());
            ++m_summary.added;
            m_summary.records.append(QJsonObject{{QStringLiteral("table"), spec.table}, {QStringLiteral("uuid"), uuid},
                                                 {QStringLiteral("label"), label(spec, fields)}, {QStringLiteral("outcome"), QStringLiteral("added")}});
        } else if (Status s = mergeOne(spec, r, now->first, now->second, bases.value(uuid)); !s) {
            return s;
        }
        seen.push_back({uuid, r.value(QStringLiteral("version")).toInt(), fields});
    }
    // The field's state is now what the bureau has seen: the base of the next return.
    return m_repo.putBases(m_conn, m_issueId, spec.table, seen);
}

Status PackageMerge::mergeOne(const TableSpec& spec, const QJsonObject& record, const QVariantMap& row, const QJsonObject& now,
                              const PackageBase& base)
{
    const QString uuid = record.value(QStringLiteral("uuid")).toString();
    const QJsonObject incoming = record.value(QStringLiteral("fields")).toObject();
    const bool readOnly = isReadOnlyDiagnosis(spec, now);
    QJsonObject apply;        // field → the field's value, to be written
    QJsonObject audit;        // field → [bureau's, field's]
    QStringList conflicted;
    bool bureauChanged = false;
    // Changed on both sides, or a change the bureau must look at (identity, a confirmed
    // diagnosis): the review queue, never an overwrite.
    const auto queue = [&](const QString& field, const QJsonValue& b, const QJsonValue& c, const QJsonValue& i) {
        PackageConflict conflict;
        conflict.importId = m_importId;
        conflict.table = spec.table;
        conflict.recordUuid = uuid;
        conflict.field = field;
        conflict.base = b;
        conflict.bureau = c;
        conflict.fieldValue = i;
        conflicted << field;
        return m_repo.addConflict(m_conn, conflict);
    };
    for (const FieldSpec& f : spec.fields) {
        if (f.derived)
            continue;
        const QJsonValue b = base.fields.value(f.name), c = now.value(f.name), i = incoming.value(f.name);
        const bool json = f.type == FieldSpec::Type::Json;
        const auto same = [json](const QJsonValue& x, const QJsonValue& y) { return json ? AnswerMerge::same(x, y) : x == y; };
        if (!same(c, b))
            bureauChanged = true;
        if (same(i, b) || same(i, c))
            continue;   // the field did not change it, or both made the same change
        // A confirmed diagnosis stays as it is, except that a confirmed revision made in the field
        // supersedes it, as DiagnosisRepository::confirm does at the bureau.
        const bool supersedes = readOnly && f.name == QLatin1String("superseded") && i.toInt() == 1;
        if (same(c, b) && f.mergeable && (!readOnly || supersedes)) {
            apply.insert(f.name, i);
            audit.insert(f.name, QJsonArray{c, i});
            continue;
        }
        if (json && f.mergeable && !readOnly) {
            // Both changed the answers: merged item by item, only the same item answered
            // differently on both sides is queued.
            const AnswerMerge::Flat fb = AnswerMerge::flatten(b.toString()), fc = AnswerMerge::flatten(c.toString());
            const AnswerMerge::Outcome outcome = AnswerMerge::merge(fb, fc, AnswerMerge::flatten(i.toString()));
            const QString merged = AnswerMerge::unflatten(outcome.merged);
            if (!AnswerMerge::same(merged, c)) {
                apply.insert(f.name, merged);
                audit.insert(f.name, QJsonArray{c, merged});
            }
            const AnswerMerge::Flat fi = AnswerMerge::flatten(i.toString());
            for (const QString& key : outcome.conflicts)
                if (Status s = queue(f.name + QLatin1Char('/') + key, fb.value(key), fc.value(key), fi.value(key)); !s)
                    return s;
            continue;
        }
        if (Status s = queue(f.name, b, c, i); !s)
            return s;
    }
    QString outcome = QStringLiteral("unchanged");
    if (!apply.isEmpty()) {
        auto values = m_decoder.decode(spec, apply);
        if (!values)
            return values.status();
        if (spec.table == QLatin1String("diagnoses")) {
            QJsonObject merged = now;
            for (auto it = apply.begin(); it != apply.end(); ++it)
                merged.insert(it.key(), it.value());
            if (Status s = rescore(values.value(), merged); !s)
                return s;
        }
        outcome = bureauChanged ? QStringLiteral("parallel update") : QStringLiteral("updated");
        audit.insert(QStringLiteral("source"), QStringLiteral("return package"));
        audit.insert(QStringLiteral("package"), m_packageId);
        audit.insert(QStringLiteral("merge"), outcome);
        if (Status s = m_repo.updateRecord(m_conn, m_audit, spec, row.value(QStringLiteral("id")).toLongLong(), uuid,
                                           row.value(QStringLiteral("version")).toInt(), values.value(), audit);
            !s)
            return s;
        ++(bureauChanged ? m_summary.parallel : m_summary.updated);
    }
    if (!conflicted.isEmpty()) {
        ++m_summary.conflicts;
        outcome = apply.isEmpty() ? QStringLiteral("conflict") : outcome + QStringLiteral(", conflict");
    }
    if (apply.isEmpty() && conflicted.isEmpty())
        ++m_summary.unchanged;
    QJsonArray applied;
    for (auto it = apply.begin(); it != apply.end(); ++it)
        applied.append(it.key());
    m_summary.records.append(QJsonObject{{QStringLiteral("table"), spec.table},
                                         {QStringLiteral("uuid"), uuid},
                                         {QStringLiteral("label"), label(spec, now)},
                                         {QStringLiteral("outcome"), outcome},
                                         {QStringLiteral("applied"), applied},
                                         {QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicted)}});
    return Status::ok();
}

} // namespace dx
