#include "SubsidyPolicy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace dx {

namespace {

// The readers live in one class so that lupdate files their messages under the context they
// are translated with at run time.
struct Read
{
    Q_DECLARE_TR_FUNCTIONS(dx::SubsidyPolicy)

public:
    static Status invalid(const QString& message) { return Status::error(ErrorCode::Validation, message); }

    // Unknown fields are refused: a misspelt "rateBasisPoint" must not silently mean "no rate".
    static Status onlyKnown(const QJsonObject& o, const QStringList& known, const QString& where)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                return invalid(where.isEmpty() ? tr("The policy has an unknown field \"%1\"; the known fields are: %2.")
                                                     .arg(it.key(), known.join(QStringLiteral(", ")))
                                               : tr("\"%1\" has an unknown field \"%2\"; the known fields are: %3.")
                                                     .arg(where, it.key(), known.join(QStringLiteral(", "))));
        return Status::ok();
    }

    // Amounts are strings of 元 with at most two decimals ("600000.00"); a whole number of 元 is
    // also accepted. Never a fractional JSON number: it could not be exact.
    static Status readAmount(const QJsonValue& v, const QString& field, Money* out)
    {
        std::optional<Money> m;
        if (v.isString()) {
            m = Money::parseYuan(v.toString());
        } else if (v.isDouble()) {
            const double d = v.toDouble();
            if (std::floor(d) == d && d >= 0 && d <= 1e13)
                m = Money::fromYuan(qint64(d));
        }
        if (!m || m->fen() <= 0)
            return invalid(tr("\"%1\" must be a positive amount in yuan with at most two decimals, e.g. \"600000.00\".").arg(field));
        *out = *m;
        return Status::ok();
    }

    static Status readInt(const QJsonValue& v, const QString& field, int lo, int hi, int* out)
    {
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || std::floor(d) != d || d < lo || d > hi)
            return invalid(tr("\"%1\" must be a whole number from %2 to %3.").arg(field).arg(lo).arg(hi));
        *out = int(d);
        return Status::ok();
    }

    static Status readDate(const QJsonValue& v, const QString& field, QDate* out)
    {
        // Qt's ISO parser skips whatever separates the fields ("2025/01/01" would pass): be exact.
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !iso.match(v.toString()).hasMatch() || !d.isValid())
            return invalid(tr("\"%1\" must be a date written as YYYY-MM-DD.").arg(field));
        *out = d;
        return Status::ok();
    }

    static Status readCategories(const QJsonValue& v, const QString& field, QStringList* out)
    {
        if (!v.isArray())
            return invalid(tr("\"%1\" must be a list of cost categories, e.g. [\"software\", \"cloud\"].").arg(field));
        for (const QJsonValue& c : v.toArray()) {
            const QString key = c.toString().trimmed();
            if (!c.isString() || key.isEmpty())
                return invalid(tr("\"%1\" must list cost categories as non-empty strings.").arg(field));
            if (!out->contains(key))
                out->append(key);
        }
        return Status::ok();
    }
};

Status invalid(const QString& message) { return Read::invalid(message); }

bool tierFromKey(const QString& key, Tier* tier)
{
    for (int i = 0; i < TierCount; ++i) {
        if (tierKey(Tier(i)) == key) {
            *tier = Tier(i);
            return true;
        }
    }
    return false;
}

QString allTierKeys()
{
    QStringList keys;
    for (int i = 1; i < TierCount; ++i)
        keys << tierKey(Tier(i));
    return keys.join(QStringLiteral(", "));
}

} // namespace

QString policyKindKey(SubsidyPolicy::Kind kind)
{
    return kind == SubsidyPolicy::Kind::Fixed ? QStringLiteral("fixed") : QStringLiteral("rate");
}

QString policyKindName(SubsidyPolicy::Kind kind)
{
    return kind == SubsidyPolicy::Kind::Fixed ? QCoreApplication::translate("dx::SubsidyPolicy", "Fixed award")
                                              : QCoreApplication::translate("dx::SubsidyPolicy", "Share of the verified cost");
}

QString tierKey(Tier tier)
{
    switch (tier) {
    case Tier::None: return QStringLiteral("none");
    case Tier::Innovative: return QStringLiteral("innovative");
    case Tier::Specialized: return QStringLiteral("specialized");
    case Tier::LittleGiant: return QStringLiteral("little_giant");
    case Tier::SingleChampion: return QStringLiteral("single_champion");
    }
    return {};
}

Result<SubsidyPolicy> SubsidyPolicy::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(tr("The policy is not valid JSON: %1 (at character %2).").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return invalid(tr("The policy must be a JSON object."));
    return fromJson(doc.object());
}

Result<SubsidyPolicy> SubsidyPolicy::fromJson(const QJsonObject& o)
{
    Status s = Read::onlyKnown(o, {QStringLiteral("format"), QStringLiteral("name"), QStringLiteral("description"),
                             QStringLiteral("kind"), QStringLiteral("purpose"), QStringLiteral("rateBasisPoints"),
                             QStringLiteral("capsByLevel"), QStringLiteral("cap"), QStringLiteral("eligibleCategories"),
                             QStringLiteral("excludedCategories"), QStringLiteral("contractWindow"),
                             QStringLiteral("conditions"), QStringLiteral("awards")},
                         QString());
    if (!s)
        return s;
    SubsidyPolicy p;
    const int format = o.value(QLatin1String("format")).toInt(0);
    if (format != CurrentFormat)
        return invalid(tr("The policy format %1 is not supported; this version reads format %2 (\"format\": %2).")
                           .arg(o.value(QLatin1String("format")).toVariant().toString())
                           .arg(CurrentFormat));
    p.name = o.value(QLatin1String("name")).toString().trimmed();
    if (p.name.isEmpty())
        return invalid(tr("The policy needs a \"name\"."));
    p.description = o.value(QLatin1String("description")).toString().trimmed();

    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("rate"))
        p.kind = Kind::Rate;
    else if (kind == QLatin1String("fixed"))
        p.kind = Kind::Fixed;
    else
        return invalid(tr("\"kind\" must be \"rate\" (a share of the verified cost) or \"fixed\" (fixed awards)."));

    if (o.contains(QLatin1String("purpose")) &&
        !grantPurposeFromKey(o.value(QLatin1String("purpose")).toString(), &p.purpose))
        return invalid(tr("\"purpose\" must be \"%1\" or \"%2\".")
                           .arg(grantPurposeKey(GrantPurpose::EnterpriseUpgrade), grantPurposeKey(GrantPurpose::PlatformProvider)));

    if (o.contains(QLatin1String("rateBasisPoints"))) {
        s = Read::readInt(o.value(QLatin1String("rateBasisPoints")), QStringLiteral("rateBasisPoints"), 1, BasisPointsWhole, &p.rateBp);
        if (!s)
            return s;
    } else if (p.kind == Kind::Rate) {
        return invalid(tr("A rate policy needs \"rateBasisPoints\" from 1 to 10000 (5000 = 50%)."));
    }

    if (o.contains(QLatin1String("capsByLevel"))) {
        const QJsonValue v = o.value(QLatin1String("capsByLevel"));
        if (!v.isObject() || v.toObject().isEmpty())
            return invalid(tr("\"capsByLevel\" must map levels to caps, e.g. {\"2\": \"600000.00\", \"3\": \"1000000.00\"}."));
        const QJsonObject caps = v.toObject();
        for (auto it = caps.begin(); it != caps.end(); ++it) {
            bool ok = false;
            const int level = it.key().toInt(&ok);
            if (!ok || level < 1 || level > 4)
                return invalid(tr("\"capsByLevel\": \"%1\" is not a level from 1 to 4.").arg(it.key()));
            LevelCap c;
            c.level = level;
            s = Read::readAmount(it.value(), QStringLiteral("capsByLevel.%1").arg(level), &c.cap);
            if (!s)
                return s;
            p.levelCaps.push_back(c);
        }
        std::sort(p.levelCaps.begin(), p.levelCaps.end(), [](const LevelCap& a, const LevelCap& b) { return a.level < b.level; });
    }
    if (o.contains(QLatin1String("cap"))) {
        s = Read::readAmount(o.value(QLatin1String("cap")), QStringLiteral("cap"), &p.cap);
        if (!s)
            return s;
    }

    if (o.contains(QLatin1String("eligibleCategories"))) {
        s = Read::readCategories(o.value(QLatin1String("eligibleCategories")), QStringLiteral("eligibleCategories"), &p.eligibleCategories);
        if (!s)
            return s;
    }
    if (o.contains(QLatin1String("excludedCategories"))) {
        s = Read::readCategories(o.value(QLatin1String("excludedCategories")), QStringLiteral("excludedCategories"), &p.excludedCategories);
        if (!s)
            return s;
    }
    for (const QString& c : p.eligibleCategories)
        if (p.excludedCategories.contains(c))
            return invalid(tr("The cost category \"%1\" is listed both as eligible and as excluded.").arg(c));

    if (o.contains(QLatin1String("contractWindow"))) {
        const QJsonValue v = o.value(QLatin1String("contractWindow"));
        if (!v.isObject())
            return invalid(tr("\"contractWindow\" must be an object such as {\"from\": \"2023-10-11\", \"to\": \"2026-12-31\"}."));
        const QJsonObject w = v.toObject();
        s = Read::onlyKnown(w, {QStringLiteral("from"), QStringLiteral("to")}, QStringLiteral("contractWindow"));
        if (!s)
            return s;
        if (w.contains(QLatin1String("from")) && !(s = Read::readDate(w.value(QLatin1String("from")), QStringLiteral("contractWindow.from"), &p.contractFrom)))
            return s;
        if (w.contains(QLatin1String("to")) && !(s = Read::readDate(w.value(QLatin1String("to")), QStringLiteral("contractWindow.to"), &p.contractTo)))
            return s;
        if (!p.contractFrom.isValid() && !p.contractTo.isValid())
            return invalid(tr("\"contractWindow\" needs \"from\", \"to\" or both."));
        if (p.contractFrom.isValid() && p.contractTo.isValid() && p.contractTo < p.contractFrom)
            return invalid(tr("The contract window ends (%2) before it starts (%1).")
                               .arg(p.contractFrom.toString(Qt::ISODate), p.contractTo.toString(Qt::ISODate)));
    }

    if (o.contains(QLatin1String("conditions"))) {
        const QJsonValue v = o.value(QLatin1String("conditions"));
        if (!v.isObject())
            return invalid(tr("\"conditions\" must be an object."));
        const QJsonObject c = v.toObject();
        s = Read::onlyKnown(c, {QStringLiteral("minPostLevel"), QStringLiteral("requireAcceptedProject"), QStringLiteral("maxRevenue"),
                          QStringLiteral("maxEmployees"), QStringLiteral("size")},
                      QStringLiteral("conditions"));
        if (!s)
            return s;
        if (c.contains(QLatin1String("minPostLevel")) &&
            !(s = Read::readInt(c.value(QLatin1String("minPostLevel")), QStringLiteral("conditions.minPostLevel"), 1, 4, &p.minPostLevel)))
            return s;
        if (c.contains(QLatin1String("requireAcceptedProject"))) {
            if (!c.value(QLatin1String("requireAcceptedProject")).isBool())
                return invalid(tr("\"conditions.requireAcceptedProject\" must be true or false."));
            p.requireAcceptedProject = c.value(QLatin1String("requireAcceptedProject")).toBool();
        }
        if (c.contains(QLatin1String("maxRevenue")) &&
            !(s = Read::readAmount(c.value(QLatin1String("maxRevenue")), QStringLiteral("conditions.maxRevenue"), &p.maxRevenue)))
            return s;
        if (c.contains(QLatin1String("maxEmployees")) &&
            !(s = Read::readInt(c.value(QLatin1String("maxEmployees")), QStringLiteral("conditions.maxEmployees"), 1, 100000000, &p.maxEmployees)))
            return s;
        if (c.contains(QLatin1String("size"))) {
            const QString rule = c.value(QLatin1String("size")).toString();
            if (rule == QLatin1String("either"))
                p.sizeRule = SizeRule::Either;
            else if (rule == QLatin1String("both"))
                p.sizeRule = SizeRule::Both;
            else
                return invalid(tr("\"conditions.size\" must be \"either\" (revenue or staff within the limit) or \"both\"."));
        }
    }

    if (o.contains(QLatin1String("awards"))) {
        if (p.kind != Kind::Fixed)
            return invalid(tr("\"awards\" belong to a fixed-award policy (\"kind\": \"fixed\")."));
        const QJsonValue v = o.value(QLatin1String("awards"));
        if (!v.isArray())
            return invalid(tr("\"awards\" must be a list."));
        int n = 0;
        for (const QJsonValue& a : v.toArray()) {
            ++n;
            const QString where = QStringLiteral("awards[%1]").arg(n);
            if (!a.isObject())
                return invalid(tr("\"%1\" must be an object with a label and an amount.").arg(where));
            const QJsonObject ao = a.toObject();
            s = Read::onlyKnown(ao, {QStringLiteral("label"), QStringLiteral("minTier"), QStringLiteral("showcase"), QStringLiteral("amount")},
                          where);
            if (!s)
                return s;
            Award award;
            award.label = ao.value(QLatin1String("label")).toString().trimmed();
            if (award.label.isEmpty())
                return invalid(tr("\"%1\" needs a \"label\".").arg(where));
            if (ao.contains(QLatin1String("minTier")) && !tierFromKey(ao.value(QLatin1String("minTier")).toString(), &award.minTier))
                return invalid(tr("\"%1.minTier\" must be one of: %2.").arg(where, allTierKeys()));
            if (ao.contains(QLatin1String("showcase"))) {
                if (!ao.value(QLatin1String("showcase")).isBool())
                    return invalid(tr("\"%1.showcase\" must be true or false.").arg(where));
                award.showcase = ao.value(QLatin1String("showcase")).toBool();
            }
            s = Read::readAmount(ao.value(QLatin1String("amount")), where + QStringLiteral(".amount"), &award.amount);
            if (!s)
                return s;
            p.awards.push_back(award);
        }
    }
    if (p.kind == Kind::Fixed && p.awards.isEmpty())
        return invalid(tr("A fixed-award policy needs at least one entry in \"awards\"."));
    return p;
}

QJsonObject SubsidyPolicy::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), CurrentFormat},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("kind"), policyKindKey(kind)},
                  {QStringLiteral("purpose"), grantPurposeKey(purpose)}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    if (rateBp > 0)
        o.insert(QStringLiteral("rateBasisPoints"), rateBp);
    if (!levelCaps.isEmpty()) {
        QJsonObject caps;
        for (const LevelCap& c : levelCaps)
            caps.insert(QString::number(c.level), c.cap.toYuanString());
        o.insert(QStringLiteral("capsByLevel"), caps);
    }
    if (cap.fen() > 0)
        o.insert(QStringLiteral("cap"), cap.toYuanString());
    if (!eligibleCategories.isEmpty())
        o.insert(QStringLiteral("eligibleCategories"), QJsonArray::fromStringList(eligibleCategories));
    if (!excludedCategories.isEmpty())
        o.insert(QStringLiteral("excludedCategories"), QJsonArray::fromStringList(excludedCategories));
    if (contractFrom.isValid() || contractTo.isValid()) {
        QJsonObject w;
        if (contractFrom.isValid())
            w.insert(QStringLiteral("from"), contractFrom.toString(Qt::ISODate));
        if (contractTo.isValid())
            w.insert(QStringLiteral("to"), contractTo.toString(Qt::ISODate));
        o.insert(QStringLiteral("contractWindow"), w);
    }
    QJsonObject c;
    if (minPostLevel > 0)
        c.insert(QStringLiteral("minPostLevel"), minPostLevel);
    if (requireAcceptedProject)
        c.insert(QStringLiteral("requireAcceptedProject"), true);
    if (maxRevenue.fen() > 0)
        c.insert(QStringLiteral("maxRevenue"), maxRevenue.toYuanString());
    if (maxEmployees > 0)
        c.insert(QStringLiteral("maxEmployees"), maxEmployees);
    if (hasSizeLimit())
        c.insert(QStringLiteral("size"), sizeRule == SizeRule::Both ? QStringLiteral("both") : QStringLiteral("either"));
    if (!c.isEmpty())
        o.insert(QStringLiteral("conditions"), c);
    if (!awards.isEmpty()) {
        QJsonArray list;
        for (const Award& a : awards) {
            QJsonObject ao{{QStringLiteral("label"), a.label}, {QStringLiteral("amount"), a.amount.toYuanString()}};
            if (a.minTier != Tier::None)
                ao.insert(QStringLiteral("minTier"), tierKey(a.minTier));
            if (a.showcase)
                ao.insert(QStringLiteral("showcase"), true);
            list.append(ao);
        }
        o.insert(QStringLiteral("awards"), list);
    }
    return o;
}

QByteArray SubsidyPolicy::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<QVector<QPair<QString, SubsidyPolicy>>> SubsidyPolicy::shipped()
{
    QVector<QPair<QString, SubsidyPolicy>> out;
    const QDir dir(QStringLiteral(":/dx/policies"));
    for (const QString& file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return Status::error(ErrorCode::Io, tr("The example policy %1 is missing from the application.").arg(file));
        auto policy = fromJson(f.readAll());
        if (!policy)
            return Status::error(ErrorCode::Validation, tr("The example policy %1 is invalid: %2").arg(file, policy.message()));
        out.push_back({file.chopped(5), policy.value()});
    }
    if (out.isEmpty())
        return Status::error(ErrorCode::Io, tr("The example policies are missing from the application."));
    return out;
}

} // namespace dx
