#include "PackageFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <cmath>

namespace dx {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("dx::PackageManifest", text); }

Status invalid(const QString& why)
{
    return Status::error(ErrorCode::Validation, QCoreApplication::translate("dx", "The package's manifest is invalid: %1.").arg(why));
}

bool isUuid(const QString& s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}

} // namespace

const QString& PackageManifest::fileName()
{
    static const QString name = QStringLiteral("manifest.json");
    return name;
}

const QString& PackageManifest::signatureName()
{
    static const QString name = QStringLiteral("manifest.sig");
    return name;
}

QString PackageManifest::kindName(Kind kind)
{
    return kind == Kind::Field ? QStringLiteral("field") : QStringLiteral("return");
}

QByteArray PackageManifest::toJson() const
{
    QJsonArray list;
    for (const Content& c : contents)
        list.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("size"), double(c.size)}, {QStringLiteral("sha256"), c.sha256}});
    QJsonObject o{{QStringLiteral("format"), format},
                  {QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("packageId"), packageId},
                  {QStringLiteral("bureauId"), bureauId},
                  {QStringLiteral("bureauName"), bureauName},
                  {QStringLiteral("providerCode"), providerCode},
                  {QStringLiteral("providerName"), providerName},
                  {QStringLiteral("createdAt"), createdAt},
                  {QStringLiteral("expiresOn"), expiresOn.toString(Qt::ISODate)},
                  {QStringLiteral("signerKey"), signerKey},
                  {QStringLiteral("contents"), list}};
    if (kind == Kind::Return)
        o.insert(QStringLiteral("sourcePackageId"), sourcePackageId);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<PackageManifest> PackageManifest::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(tr("it is not a JSON object"));
    const QJsonObject o = doc.object();
    PackageManifest m;
    const QJsonValue format = o.value(QStringLiteral("format"));
    if (!format.isDouble())
        return invalid(tr("no format version"));
    m.format = format.toInt();
    if (m.format != FormatVersion)
        return Status::error(ErrorCode::Validation,
                             tr("The package has format version %1; this DX Desk reads version %2. Use the same DX Desk "
                                "version on both sides.").arg(m.format).arg(FormatVersion));
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind != kindName(Kind::Field) && kind != kindName(Kind::Return))
        return invalid(tr("unknown kind \"%1\"").arg(kind.left(40)));
    m.kind = kind == kindName(Kind::Field) ? Kind::Field : Kind::Return;
    const auto text = [&](const char* key) { return o.value(QLatin1String(key)).toString(); };
    m.packageId = text("packageId");
    m.sourcePackageId = text("sourcePackageId");
    m.bureauId = text("bureauId");
    m.bureauName = text("bureauName").left(200);
    m.providerCode = text("providerCode");
    m.providerName = text("providerName").left(200);
    m.createdAt = text("createdAt");
    m.expiresOn = QDate::fromString(text("expiresOn"), Qt::ISODate);
    m.signerKey = text("signerKey");
    if (!isUuid(m.packageId) || !isUuid(m.bureauId) || (m.kind == Kind::Return && !isUuid(m.sourcePackageId)))
        return invalid(tr("a package or bureau id is not a uuid"));
    if (m.providerCode.isEmpty() || m.providerCode.size() > 18)
        return invalid(tr("no provider credit code"));
    if (!m.expiresOn.isValid() || m.createdAt.isEmpty())
        return invalid(tr("no creation time or expiry date"));
    const QJsonValue contents = o.value(QStringLiteral("contents"));
    if (!contents.isArray())
        return invalid(tr("no list of contents"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue& v : contents.toArray()) {
        const QJsonObject c = v.toObject();
        // A size is a whole number of bytes that a double holds exactly; anything else (1e300
        // would not even convert) is no size.
        const double size = c.value(QStringLiteral("size")).toDouble(-1);
        const bool sizeOk = size >= 0 && size < 9007199254740992.0 && size == std::floor(size);
        Content entry{c.value(QStringLiteral("name")).toString(), sizeOk ? qint64(size) : -1, c.value(QStringLiteral("sha256")).toString()};
        if (!PackageNames::isAllowedMember(entry.name))
            return invalid(tr("the member name \"%1\" is not allowed").arg(entry.name.left(80)));
        if (entry.size < 0 || !hex.match(entry.sha256).hasMatch())
            return invalid(tr("member %1 has no size or SHA-256").arg(entry.name));
        m.contents.push_back(entry);
    }
    return m;
}

namespace PackageNames {

bool isAllowedMember(const QString& name)
{
    static const QRegularExpression allowed(QStringLiteral(
        "^(documents/[a-z_]{1,40}\\.json|indices/[a-z0-9_-]{1,40}-[0-9A-Za-z._]{1,20}\\.json|"
        "attachments/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"));
    return allowed.match(name).hasMatch() && !name.contains(QStringLiteral(".."));
}

bool isSafeFileName(const QString& name)
{
    if (name.isEmpty() || name.size() > 255 || name == QLatin1String(".") || name.contains(QStringLiteral("..")))
        return false;
    for (const QChar c : name)
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') || c.category() == QChar::Other_Control)
            return false;
    return true;
}

QString document(const QString& table)
{
    return QStringLiteral("documents/%1.json").arg(table);
}

QString attachment(const QString& uuid)
{
    return QStringLiteral("attachments/%1").arg(uuid);
}

} // namespace PackageNames
} // namespace dx
