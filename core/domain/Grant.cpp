#include "Grant.h"

#include <QCoreApplication>

namespace dx {

QString fundSourceName(FundSource source)
{
    switch (source) {
    case FundSource::CityPilot: return QCoreApplication::translate("dx::Grant", "Central city-pilot award");
    case FundSource::Provincial: return QCoreApplication::translate("dx::Grant", "Provincial fund");
    case FundSource::City: return QCoreApplication::translate("dx::Grant", "City fund");
    }
    return {};
}

QString grantPurposeName(GrantPurpose purpose)
{
    switch (purpose) {
    case GrantPurpose::EnterpriseUpgrade: return QCoreApplication::translate("dx::Grant", "Enterprise upgrades");
    case GrantPurpose::PlatformProvider: return QCoreApplication::translate("dx::Grant", "Platforms and providers");
    }
    return {};
}

QString grantPurposeKey(GrantPurpose purpose)
{
    switch (purpose) {
    case GrantPurpose::EnterpriseUpgrade: return QStringLiteral("enterprise_upgrade");
    case GrantPurpose::PlatformProvider: return QStringLiteral("platform_provider");
    }
    return {};
}

bool grantPurposeFromKey(const QString& key, GrantPurpose* purpose)
{
    for (int i = 0; i < GrantPurposeCount; ++i) {
        if (grantPurposeKey(GrantPurpose(i)) == key) {
            *purpose = GrantPurpose(i);
            return true;
        }
    }
    return false;
}

QString trancheBasisName(TrancheBasis basis)
{
    switch (basis) {
    case TrancheBasis::None: return QCoreApplication::translate("dx::Grant", "Not tied");
    case TrancheBasis::Milestone: return QCoreApplication::translate("dx::Grant", "Milestone");
    case TrancheBasis::Acceptance: return QCoreApplication::translate("dx::Grant", "Acceptance");
    }
    return {};
}

Money shareRoundedDown(Money amount, int basisPoints)
{
    // a = q·10000 + r  ⇒  a·bp/10000 = q·bp + r·bp/10000, and neither product can overflow.
    const qint64 a = amount.fen();
    if (a <= 0 || basisPoints <= 0)
        return Money();
    const qint64 q = a / BasisPointsWhole;
    const qint64 r = a % BasisPointsWhole;
    return Money::fromFen(q * basisPoints + r * basisPoints / BasisPointsWhole);
}

QString percentText(int basisPoints)
{
    const int a = basisPoints < 0 ? -basisPoints : basisPoints;
    return QStringLiteral("%1%2.%3%").arg(basisPoints < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString yuanText(Money amount)
{
    QString plain = amount.toYuanString();   // "-1234567.89"
    const bool negative = plain.startsWith(QLatin1Char('-'));
    if (negative)
        plain.remove(0, 1);
    const int dot = int(plain.indexOf(QLatin1Char('.')));
    QString integral = plain.left(dot);
    for (int i = int(integral.size()) - 3; i > 0; i -= 3)
        integral.insert(i, QLatin1Char(','));
    return QCoreApplication::translate("dx::Grant", "%1 yuan")
        .arg((negative ? QStringLiteral("-") : QString()) + integral + plain.mid(dot));
}

Money Fund::platformLimit() const
{
    Money limit = shareRoundedDown(total, maxPlatformShareBp);
    if (minUpgradeShareBp > 0) {
        // At least m to upgrades leaves at most total − ⌈total·m⌉ for the rest.
        const Money rest = shareRoundedDown(total, BasisPointsWhole - minUpgradeShareBp);
        if (rest < limit)
            limit = rest;
    }
    return limit;
}

} // namespace dx
