#include "PackageDocuments.h"

#include "PackageCrypto.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace dx {
namespace PackageDocs {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("dx::PackageDocs", text); }

Status refused(const QString& why)
{
    return Status::error(ErrorCode::Validation, tr("The package is refused: %1.").arg(why));
}

} // namespace

QByteArray document(const QString& table, const QVector<QJsonObject>& records)
{
    QJsonArray list;
    for (const QJsonObject& r : records)
        list.append(r);
    return QJsonDocument(QJsonObject{{QStringLiteral("table"), table}, {QStringLiteral("records"), list}}).toJson(QJsonDocument::Compact);
}

QVector<PackageBase> basesOf(const QVector<QJsonObject>& records)
{
    QVector<PackageBase> out;
    out.reserve(records.size());
    for (const QJsonObject& r : records)
        out.push_back({r.value(QStringLiteral("uuid")).toString(), r.value(QStringLiteral("version")).toInt(),
                       r.value(QStringLiteral("fields")).toObject()});
    return out;
}

QString expiredMessage(const QDate& expiresOn)
{
    return tr("The field package expired on %1 and is refused. Ask the bureau for a new package.").arg(expiresOn.toString(Qt::ISODate));
}

Result<PackageRecords> parse(const PackageContents& contents, bool returnPackage, const QHash<QString, QSet<QString>>& known)
{
    PackageRecords out;
    QHash<QString, QSet<QString>> uuids = known;
    for (const TableSpec& spec : RecordSchema::tables()) {
        const QString name = PackageNames::document(spec.table);
        if (!contents.members.contains(name)) {
            if (returnPackage || spec.table == QLatin1String("attachments"))
                continue;
            return refused(tr("it has no document of %1").arg(spec.table));
        }
        if (returnPackage && !spec.returned)
            return refused(tr("a return package may not carry %1").arg(spec.table));
        auto records = RecordSchema::validateDocument(spec, contents.members.value(name));
        if (!records)
            return records.status();
        for (const QJsonObject& r : records.value())
            uuids[spec.table].insert(r.value(QStringLiteral("uuid")).toString());
        out.byTable.insert(spec.table, records.takeValue());
    }
    // References must land on a record the package (or the receiving side) holds.
    for (auto it = out.byTable.cbegin(); it != out.byTable.cend(); ++it) {
        const TableSpec& spec = *RecordSchema::table(it.key());
        for (const QJsonObject& r : it.value()) {
            const QJsonObject fields = r.value(QStringLiteral("fields")).toObject();
            for (const FieldSpec& f : spec.fields) {
                const QJsonValue v = fields.value(f.name);
                if (f.type != FieldSpec::Type::Ref || v.isNull())
                    continue;
                const QString table = f.refTable == QLatin1String("*owner") ? fields.value(QStringLiteral("owner_table")).toString() : f.refTable;
                if (!uuids.value(table).contains(v.toString()))
                    return refused(tr("a record of %1 refers to a record of %2 that is not part of the package").arg(spec.table, table));
            }
        }
    }
    // Nothing may ride along that the reader would not look at.
    QSet<QString> expected;
    for (auto it = out.byTable.cbegin(); it != out.byTable.cend(); ++it)
        expected.insert(PackageNames::document(it.key()));
    for (const QJsonObject& a : out.byTable.value(QStringLiteral("attachments")))
        expected.insert(PackageNames::attachment(a.value(QStringLiteral("uuid")).toString()));
    if (!returnPackage)
        expected << PackageNames::document(QStringLiteral("reference")) << PackageNames::document(QStringLiteral("keys"));
    for (auto it = contents.members.cbegin(); it != contents.members.cend(); ++it)
        if (!expected.contains(it.key()) && (returnPackage || !it.key().startsWith(QLatin1String("indices/"))))
            return refused(tr("it holds %1, which has no place in a %2 package").arg(it.key(), returnPackage ? tr("return") : tr("field")));
    for (const QJsonObject& a : out.byTable.value(QStringLiteral("attachments"))) {
        const QString uuid = a.value(QStringLiteral("uuid")).toString();
        const QJsonObject fields = a.value(QStringLiteral("fields")).toObject();
        const QByteArray bytes = contents.members.value(PackageNames::attachment(uuid));
        if (!contents.members.contains(PackageNames::attachment(uuid)) || bytes.size() != qint64(fields.value(QStringLiteral("size_bytes")).toDouble())
            || PackageCrypto::sha256Hex(bytes) != fields.value(QStringLiteral("sha256")).toString())
            return refused(tr("the attachment %1 is missing or does not match its checksum").arg(fields.value(QStringLiteral("file_name")).toString()));
        out.attachmentContent.insert(uuid, bytes);
    }
    return out;
}

} // namespace PackageDocs
} // namespace dx
