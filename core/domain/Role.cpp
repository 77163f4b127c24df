#include "Role.h"

#include <QCoreApplication>

namespace dx {

namespace {
struct RoleText
{
    Role role;
    const char* key;
    const char* name;
};
constexpr RoleText kRoles[] = {
    {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("dx::Role", "Administrator")},
    {Role::Officer, "officer", QT_TRANSLATE_NOOP("dx::Role", "Officer")},
    {Role::Provider, "provider", QT_TRANSLATE_NOOP("dx::Role", "Service provider")},
    {Role::Viewer, "viewer", QT_TRANSLATE_NOOP("dx::Role", "Viewer")},
};
} // namespace

QString roleName(Role role)
{
    return QCoreApplication::translate("dx::Role", kRoles[int(role)].name);
}

QString roleKey(Role role)
{
    return QLatin1String(kRoles[int(role)].key);
}

bool roleFromKey(const QString& key, Role* role)
{
    for (const RoleText& r : kRoles) {
        if (key == QLatin1String(r.key)) {
            *role = r.role;
            return true;
        }
    }
    return false;
}

} // namespace dx
