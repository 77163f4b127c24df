#include "EnterpriseHistory.h"

#include "common/Format.h"
#include "domain/Enterprise.h"
#include "repo/ClusterRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dx {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("dx::EnterpriseHistory", text); }
}

QString EnterpriseHistory::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "Name")},
        {QStringLiteral("credit_code"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "Credit code")},
        {QStringLiteral("district_code"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "District")},
        {QStringLiteral("industry_code"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "Industry")},
        {QStringLiteral("cluster_id"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "Cluster")},
        {QStringLiteral("above_scale"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "Above scale")},
        {QStringLiteral("employees"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "Employees")},
        {QStringLiteral("revenue_fen"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "Revenue")},
        {QStringLiteral("tier"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "Tier")},
        {QStringLiteral("tier_valid_until"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "Tier valid until")},
        {QStringLiteral("contact_name"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "Contact")},
        {QStringLiteral("contact_phone"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "Phone")},
        {QStringLiteral("commissioner"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "Commissioner")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "Notes")},
        {QStringLiteral("archived"), QT_TRANSLATE_NOOP("dx::EnterpriseHistory", "Archived")},
    };
    const char* label = labels.value(field);
    return label ? tr(label) : field;
}

QString EnterpriseHistory::actionLabel(const QString& action)
{
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Edited");
    if (action == QLatin1String("archive"))
        return tr("Archived");
    if (action == QLatin1String("restore"))
        return tr("Restored");
    if (action == QLatin1String("reveal"))
        return tr("Full phone number shown");
    return action;
}

QString EnterpriseHistory::valueText(const QString& field, const QJsonValue& value, const Database& db)
{
    if (value.isNull() || value.isUndefined())
        return tr("(empty)");
    if (field == QLatin1String("above_scale") || field == QLatin1String("archived"))
        return value.toVariant().toBool() ? tr("yes") : tr("no");
    if (field == QLatin1String("revenue_fen"))
        return format::money(Money::fromFen(value.toVariant().toLongLong()));
    if (field == QLatin1String("tier"))
        return tierName(Tier(qBound(0, value.toInt(), TierCount - 1)));
    if (field == QLatin1String("contact_phone"))
        return maskPhone(value.toString());
    if (field == QLatin1String("cluster_id")) {
        const qint64 id = value.toVariant().toLongLong();
        if (id == 0)
            return tr("(none)");
        auto c = ClusterRepository(db).get(id);
        return c ? c->name : QString::number(id);
    }
    const QString text = value.toVariant().toString();
    return text.isEmpty() ? tr("(empty)") : text;
}

QTreeWidgetItem* EnterpriseHistory::item(const AuditEntry& entry, const Database& db)
{
    QStringList lines;
    const QString source = entry.changes.value(QLatin1String("source")).toString();
    if (source == QLatin1String("demo"))
        lines << tr("Generated demonstration data (seed %1)").arg(entry.changes.value(QLatin1String("seed")).toString());
    else if (!source.isEmpty())
        lines << tr("Source: %1").arg(source);
    for (auto it = entry.changes.begin(); it != entry.changes.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        if (pair.size() != 2)
            continue;
        if (entry.action == QLatin1String("create")) {
            if (pair.at(1).toVariant().toString().isEmpty() || pair.at(1).toVariant().toString() == QLatin1String("0"))
                continue;
            lines << QStringLiteral("%1: %2").arg(fieldLabel(it.key()), valueText(it.key(), pair.at(1), db));
        } else {
            lines << QStringLiteral("%1: %2 → %3")
                         .arg(fieldLabel(it.key()), valueText(it.key(), pair.at(0), db), valueText(it.key(), pair.at(1), db));
        }
    }
    auto* item = new QTreeWidgetItem({format::localTime(entry.at), entry.user, actionLabel(entry.action),
                                      lines.join(QLatin1Char('\n'))});
    item->setData(0, Qt::UserRole, entry.id);
    return item;
}

} // namespace dx
