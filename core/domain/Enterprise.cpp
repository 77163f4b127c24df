#include "Enterprise.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dx {

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::None: return QCoreApplication::translate("dx::Tier", "None");
    case Tier::Innovative: return QCoreApplication::translate("dx::Tier", "Innovative SME");
    case Tier::Specialized: return QCoreApplication::translate("dx::Tier", "Specialized and sophisticated SME");
    case Tier::LittleGiant: return QCoreApplication::translate("dx::Tier", "Little giant");
    case Tier::SingleChampion: return QCoreApplication::translate("dx::Tier", "Single champion");
    }
    return {};
}

QString progressStageName(ProgressStage stage)
{
    const char* names[] = {QT_TRANSLATE_NOOP("dx::ProgressStage", "Any stage"),
                           QT_TRANSLATE_NOOP("dx::ProgressStage", "Not yet diagnosed"),
                           QT_TRANSLATE_NOOP("dx::ProgressStage", "Diagnosed"),
                           QT_TRANSLATE_NOOP("dx::ProgressStage", "Diagnosed, no project filed"),
                           QT_TRANSLATE_NOOP("dx::ProgressStage", "Project filed"),
                           QT_TRANSLATE_NOOP("dx::ProgressStage", "Filed, not yet accepted"),
                           QT_TRANSLATE_NOOP("dx::ProgressStage", "Accepted"),
                           QT_TRANSLATE_NOOP("dx::ProgressStage", "Reached level 2 after transformation")};
    const int i = int(stage);
    return i >= 0 && i < ProgressStageCount ? QCoreApplication::translate("dx::ProgressStage", names[i]) : QString();
}

QVariantMap Enterprise::auditFields() const
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("credit_code"), creditCode},
        {QStringLiteral("district_code"), districtCode},
        {QStringLiteral("industry_code"), industryCode},
        {QStringLiteral("cluster_id"), clusterId},
        {QStringLiteral("above_scale"), aboveScale},
        {QStringLiteral("employees"), employees},
        {QStringLiteral("revenue_fen"), revenue.fen()},
        {QStringLiteral("tier"), int(tier)},
        {QStringLiteral("tier_valid_until"), tierValidUntil.isValid() ? tierValidUntil.toString(Qt::ISODate) : QString()},
        {QStringLiteral("contact_name"), contactName},
        {QStringLiteral("contact_phone"), contactPhone},
        {QStringLiteral("commissioner"), commissioner},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("archived"), archived},
    };
}

bool isPhoneNumber(const QString& phone)
{
    static const QRegularExpression re(QStringLiteral("^[0-9+() -]{5,20}$"));
    return re.match(phone).hasMatch();
}

QString maskPhone(const QString& phone)
{
    const QString p = phone.trimmed();
    if (p.size() < 7)
        return p.isEmpty() ? QString() : QString(p.size(), QLatin1Char('*'));
    const int keepHead = p.size() >= 11 ? 3 : 2;
    const int keepTail = 4;
    return p.left(keepHead) + QString(p.size() - keepHead - keepTail, QLatin1Char('*')) + p.right(keepTail);
}

} // namespace dx
