#include "Provider.h"

#include <QCoreApplication>

namespace dx {

QString providerRoleName(ProviderRole role)
{
    switch (role) {
    case ProviderRole::Traction: return QCoreApplication::translate("dx::Provider", "Traction unit");
    case ProviderRole::Integrator: return QCoreApplication::translate("dx::Provider", "Integrator");
    case ProviderRole::ProductVendor: return QCoreApplication::translate("dx::Provider", "Product vendor");
    }
    return {};
}

QString providerRoleKey(ProviderRole role)
{
    switch (role) {
    case ProviderRole::Traction: return QStringLiteral("traction");
    case ProviderRole::Integrator: return QStringLiteral("integrator");
    case ProviderRole::ProductVendor: return QStringLiteral("vendor");
    }
    return {};
}

QString poolStatusName(PoolStatus status)
{
    switch (status) {
    case PoolStatus::Admitted: return QCoreApplication::translate("dx::Provider", "Admitted");
    case PoolStatus::Warned: return QCoreApplication::translate("dx::Provider", "Warned");
    case PoolStatus::Rectifying: return QCoreApplication::translate("dx::Provider", "Rectifying");
    case PoolStatus::Removed: return QCoreApplication::translate("dx::Provider", "Removed");
    }
    return {};
}

QString reviewStatusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Applied: return QCoreApplication::translate("dx::Provider", "Applied");
    case ReviewStatus::Approved: return QCoreApplication::translate("dx::Provider", "Approved");
    case ReviewStatus::Rejected: return QCoreApplication::translate("dx::Provider", "Rejected");
    }
    return {};
}

} // namespace dx
