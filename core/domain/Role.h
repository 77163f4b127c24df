#pragma once

#include <QString>

namespace dx {

// Who may do what (issue 12). On PostgreSQL the server enforces it (group roles, grants and
// row-level security, see RoleSchema); on an SQLite file it shapes what the window offers, a
// viewer's file is opened read-only and a field laptop works as its provider.
enum class Role { Administrator = 0, Officer = 1, Provider = 2, Viewer = 3 };

QString roleName(Role role);                   // translated, for the window
QString roleKey(Role role);                    // "administrator", "officer", "provider", "viewer" (stored)
bool roleFromKey(const QString& key, Role* role);

// The signed-in user's standing in the open database.
struct Access
{
    Role role = Role::Administrator;
    qint64 providerId = 0;   // Provider: the traction unit whose assigned enterprises it works on
    QString login;

    bool readOnly() const { return role == Role::Viewer; }
    bool canEditRegister() const { return role != Role::Viewer; }        // enterprises, diagnoses
    bool canCreateEnterprises() const { return role == Role::Administrator || role == Role::Officer; }
    bool canEditCases() const { return role == Role::Administrator || role == Role::Officer; }   // projects, grants, imports, packages
    bool canSeeGrants() const { return role != Role::Provider; }
    bool canManageFunds() const { return role == Role::Administrator; }   // funds and policies
    bool canManageUsers() const { return role == Role::Administrator; }
};

} // namespace dx
