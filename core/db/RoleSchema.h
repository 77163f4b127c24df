#pragma once

#include "domain/Role.h"

#include <QStringList>

namespace dx::RoleSchema {

// Schema step 10: users and roles (issue 12).
//
// Both engines keep the user register `dx_users` (login, role, the provider a provider's login
// works for, active). On PostgreSQL the server itself enforces the roles: one group role per
// Role (dx_admin, dx_officer, dx_provider, dx_viewer; cluster-wide, created once), table grants
// from the rules in RoleSchema.cpp, row-level security that shows a provider's login only the
// enterprises assigned to its provider (package_assignments) and what hangs off them, an
// append-only audit log, and SECURITY DEFINER functions for the few things a login may do beyond
// its grants (read the end of the audit chain, keep the dashboard's stage tables through
// triggers, and, for administrators, create logins). A later step that adds a table must add a
// rule for it there: tst_roles checks that every table has one.

QString groupRole(Role role);
QStringList migration();          // both engines: dx_users
QStringList postgresMigration();  // PostgreSQL only: roles, grants, policies, functions
QStringList coveredTables();      // the tables the rules name
// PostgreSQL: the signed-in login's role and provider, one row (role key, provider id).
QString currentAccessQuery();

} // namespace dx::RoleSchema
