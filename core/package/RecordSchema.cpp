#include "RecordSchema.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include "PackageFormat.h"

namespace dx {

namespace {

// Messages of the free functions below are under "dx", where lupdate files them.
QString tr(const char* text) { return QCoreApplication::translate("dx::RecordSchema", text); }

using T = FieldSpec::Type;

FieldSpec f(const char* name, T type = T::Text) { return {QLatin1String(name), type, {}, true, false}; }
FieldSpec ref(const char* name, const char* table, bool mergeable = true) { return {QLatin1String(name), T::Ref, QLatin1String(table), mergeable, false}; }
FieldSpec fixed(const char* name, T type = T::Text) { return {QLatin1String(name), type, {}, false, false}; }
FieldSpec derived(const char* name) { return {QLatin1String(name), T::Integer, {}, false, true}; }

QVector<TableSpec> build()
{
    return {
        {QStringLiteral("providers"),
         {fixed("name"), fixed("credit_code"), f("roles"), f("admission_batch"), f("admitted_on", T::Date),
          f("pool_status", T::Integer), f("status_reason"), f("status_on", T::Date), f("contact_name"), f("notes"),
          f("archived", T::Integer)},
         false},
        {QStringLiteral("enterprises"),
         {f("name"), fixed("credit_code"), f("district_code"), f("industry_code"), f("cluster_id", T::Cluster),
          f("above_scale", T::Integer), f("employees", T::Integer), f("revenue_fen", T::Integer), f("tier", T::Integer),
          f("tier_valid_until", T::Date), f("contact_name"), f("contact_phone"), f("commissioner"), f("notes"),
          f("archived", T::Integer)},
         true},
        {QStringLiteral("diagnoses"),
         {ref("enterprise_id", "enterprises", false), f("kind", T::Integer), f("status", T::Integer), f("visit_date", T::Date),
          f("provider"), f("assessor"), f("index_id"), f("index_version"), f("answers", T::Json), f("findings"),
          f("recommendations"), ref("revision_of", "diagnoses"), f("superseded", T::Integer), derived("total_milli"),
          derived("level"), f("submitted_at"), f("confirmed_at")},
         true},
        {QStringLiteral("projects"),
         {ref("enterprise_id", "enterprises", false), f("title"), ref("traction_provider_id", "providers"),
          ref("integrator_provider_id", "providers"), ref("baseline_diagnosis_id", "diagnoses"), f("target_level", T::Integer),
          f("target_scene_ids"), f("contract_signed_on", T::Date), f("contract_amount_fen", T::Integer), f("state", T::Integer),
          f("state_changed_on", T::Date), f("filed_on", T::Date), f("showcase", T::Integer), f("notes")},
         false},
        {QStringLiteral("attachments"),
         {fixed("owner_table"), ref("owner_id", "*owner", false), fixed("file_name", T::FileName), fixed("kind"),
          fixed("size_bytes", T::Integer), fixed("sha256")},
         true},
    };
}

Status bad(const TableSpec& spec, const QString& uuid, const QString& why)
{
    return Status::error(ErrorCode::Validation, QCoreApplication::translate("dx", "The package is refused: a record of %1 (%2) %3.")
                                                    .arg(spec.table, uuid.left(36), why));
}

bool isUuid(const QJsonValue& v)
{
    const QString s = v.toString();
    return v.isString() && s.size() == 36 && !QUuid::fromString(s).isNull();
}

// Whether `v` fits the column type; the reason when not.
QString typeProblem(const FieldSpec& field, const QJsonValue& v)
{
    constexpr double maxExact = 9007199254740992.0;   // 2^53: integers JSON carries exactly
    switch (field.type) {
    case T::Text:
        return v.isString() && v.toString().size() <= 100000 ? QString() : QCoreApplication::translate("dx", "is not text of at most 100,000 characters");
    case T::FileName:
        return v.isString() && PackageNames::isSafeFileName(v.toString()) ? QString()
                                                                           : QCoreApplication::translate("dx", "is not a plain file name (folders, \"..\" or control characters)");
    case T::Integer: {
        const double d = v.toDouble();
        // The range first: converting 1e300 to qint64 is undefined.
        return v.isDouble() && qAbs(d) < maxExact && d == double(qint64(d)) ? QString() : QCoreApplication::translate("dx", "is not a whole number");
    }
    case T::Date:
        return v.isString() && (v.toString().isEmpty() || QDate::fromString(v.toString(), Qt::ISODate).isValid())
            ? QString()
            : QCoreApplication::translate("dx", "is not a date");
    case T::Json:
        return v.isString() && v.toString().size() <= 1000000 && QJsonDocument::fromJson(v.toString().toUtf8()).isObject()
            ? QString()
            : QCoreApplication::translate("dx", "is not a JSON object");
    case T::Ref:
        return v.isNull() || isUuid(v) ? QString() : QCoreApplication::translate("dx", "does not name a record by uuid");
    case T::Cluster:
        return v.isNull() || (v.isString() && v.toString().size() <= 200) ? QString() : QCoreApplication::translate("dx", "does not name a cluster");
    }
    return QCoreApplication::translate("dx", "has an unknown type");
}

} // namespace

const FieldSpec* TableSpec::field(const QString& name) const
{
    for (const FieldSpec& f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

namespace RecordSchema {

const QVector<TableSpec>& tables()
{
    static const QVector<TableSpec> all = build();
    return all;
}

const TableSpec* table(const QString& name)
{
    for (const TableSpec& t : tables())
        if (t.table == name)
            return &t;
    return nullptr;
}

Status validate(const TableSpec& spec, const QJsonObject& record)
{
    const QJsonValue uuid = record.value(QStringLiteral("uuid"));
    const QString id = uuid.toString();
    if (!isUuid(uuid))
        return bad(spec, QStringLiteral("?"), tr("has no valid uuid"));
    const QJsonValue version = record.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() > 1e9 || version.toDouble() != double(version.toInt()))
        return bad(spec, id, tr("has no valid version"));
    const QJsonValue fields = record.value(QStringLiteral("fields"));
    if (!fields.isObject())
        return bad(spec, id, tr("has no fields"));
    const QJsonObject o = fields.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!spec.field(it.key()))
            return bad(spec, id, tr("has an unknown field \"%1\"").arg(it.key().left(40)));
    for (const FieldSpec& field : spec.fields) {
        if (!o.contains(field.name))
            return bad(spec, id, tr("lacks the field %1").arg(field.name));
        const QString problem = typeProblem(field, o.value(field.name));
        if (!problem.isEmpty())
            return bad(spec, id, tr("field %1 %2").arg(field.name, problem));
    }
    if (spec.table == QLatin1String("attachments")) {
        const QString owner = o.value(QStringLiteral("owner_table")).toString();
        if (owner != QLatin1String("diagnoses") && owner != QLatin1String("enterprises"))
            return bad(spec, id, tr("belongs to neither a diagnosis nor an enterprise"));
        if (o.value(QStringLiteral("owner_id")).isNull())
            return bad(spec, id, tr("has no owner"));
    }
    return Status::ok();
}

Result<QVector<QJsonObject>> validateDocument(const TableSpec& spec, const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Status::error(ErrorCode::Validation, tr("The package is refused: its document of %1 is not valid JSON.").arg(spec.table));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("table")).toString() != spec.table || !o.value(QStringLiteral("records")).isArray())
        return Status::error(ErrorCode::Validation, tr("The package is refused: its document of %1 has the wrong shape.").arg(spec.table));
    QVector<QJsonObject> out;
    QSet<QString> seen;
    for (const QJsonValue& v : o.value(QStringLiteral("records")).toArray()) {
        if (!v.isObject())
            return Status::error(ErrorCode::Validation, tr("The package is refused: its document of %1 holds a non-record.").arg(spec.table));
        const QJsonObject record = v.toObject();
        if (const Status s = validate(spec, record); !s)
            return s;
        const QString uuid = record.value(QStringLiteral("uuid")).toString();
        if (seen.contains(uuid))
            return bad(spec, uuid, tr("appears twice"));
        seen.insert(uuid);
        out.push_back(record);
    }
    return out;
}

} // namespace RecordSchema
} // namespace dx
