#include "RoleSchema.h"

namespace dx::RoleSchema {

namespace {

// What each group may do with a table. "S" select, "SIUD" select/insert/update/delete, "SI"
// select and insert; empty: nothing. `provider` names the rows a provider's login sees (the
// row-level security condition); a table without one gives providers none of it.
struct Rule
{
    const char* table;
    const char* viewer;
    const char* officer;
    const char* admin;
    const char* provider;        // privileges of dx_provider
    const char* providerRows;    // USING/WITH CHECK for dx_provider; nullptr: no row-level security
};

// Everyone assigned to the provider: the register's rows, then what hangs off them. The
// sub-selects read tables under their own policies, so each condition builds on the one above.
constexpr const char* kAssigned =
    "id IN (SELECT enterprise_id FROM package_assignments WHERE provider_id = dx_current_provider())";
constexpr const char* kOfEnterprise = "enterprise_id IN (SELECT id FROM enterprises)";
constexpr const char* kOfProject = "project_id IN (SELECT id FROM projects)";
constexpr const char* kOwnRecords =
    "(owner_table = 'diagnoses' AND owner_id IN (SELECT id FROM diagnoses)) OR "
    "(owner_table = 'projects' AND owner_id IN (SELECT id FROM projects))";
constexpr const char* kOwnHistory =
    "(table_name = 'enterprises' AND record_id IN (SELECT id FROM enterprises)) OR "
    "(table_name = 'diagnoses' AND record_id IN (SELECT id FROM diagnoses))";

// Only administrators change funds, policies and users; nobody changes or deletes audit rows
// (the owner that ran the migrations aside); the signing keys' secrets are for the bureau's staff.
constexpr Rule kRules[] = {
    {"districts", "S", "SIUD", "SIUD", "S", nullptr},
    {"industries", "S", "SIUD", "SIUD", "S", nullptr},
    {"clusters", "S", "SIUD", "SIUD", "S", nullptr},
    {"providers", "S", "SIUD", "SIUD", "S", nullptr},
    {"products", "S", "SIUD", "SIUD", "S", nullptr},
    {"enterprises", "S", "SIUD", "SIUD", "SU", kAssigned},
    {"diagnoses", "S", "SIUD", "SIUD", "SIU", kOfEnterprise},
    {"enterprise_progress", "S", "S", "S", "S", kOfEnterprise},
    {"progress_counts", "S", "S", "S", "", nullptr},
    {"projects", "S", "SIUD", "SIUD", "S", kOfEnterprise},
    {"project_vendors", "S", "SIUD", "SIUD", "S", kOfProject},
    {"project_products", "S", "SIUD", "SIUD", "S", kOfProject},
    {"cost_lines", "S", "SIUD", "SIUD", "S", kOfProject},
    {"invoices", "S", "SIUD", "SIUD", "S", kOfProject},
    {"payments", "S", "SIUD", "SIUD", "S", kOfProject},
    {"milestones", "S", "SIUD", "SIUD", "S", kOfProject},
    {"attachments", "S", "SIUD", "SIUD", "SI", kOwnRecords},
    {"funds", "S", "S", "SIUD", "", nullptr},
    {"policies", "S", "S", "SIUD", "", nullptr},
    {"policy_versions", "S", "S", "SIUD", "", nullptr},
    {"grants", "S", "SIUD", "SIUD", "", nullptr},
    {"grant_payments", "S", "SIUD", "SIUD", "", nullptr},
    {"package_keys", "", "SIUD", "SIUD", "", nullptr},
    {"package_assignments", "S", "SIUD", "SIUD", "S", "provider_id = dx_current_provider()"},
    {"package_issues", "S", "SIUD", "SIUD", "", nullptr},
    {"package_bases", "S", "SIUD", "SIUD", "", nullptr},
    {"package_imports", "S", "SIUD", "SIUD", "", nullptr},
    {"package_conflicts", "S", "SIUD", "SIUD", "", nullptr},
    {"audit_log", "S", "SI", "SI", "SI", kOwnHistory},
    {"dx_meta", "S", "S", "S", "S", nullptr},
    {"dx_users", "S", "S", "SIUD", "S", "login = session_user"},
};

constexpr const char* kGroups[] = {"dx_admin", "dx_officer", "dx_provider", "dx_viewer"};

QString privileges(const char* letters)
{
    QStringList out;
    for (const char* c = letters; *c; ++c) {
        switch (*c) {
        case 'S': out << QStringLiteral("SELECT"); break;
        case 'I': out << QStringLiteral("INSERT"); break;
        case 'U': out << QStringLiteral("UPDATE"); break;
        case 'D': out << QStringLiteral("DELETE"); break;
        }
    }
    return out.join(QStringLiteral(", "));
}

// Group roles belong to the whole server: created by the first DX Desk database on it, each in
// its own block so two databases migrating at once do not trip over each other.
QStringList createGroups()
{
    QStringList out;
    for (const char* group : kGroups)
        out << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                              "CREATE ROLE %1 NOLOGIN; END IF; "
                              "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
                   .arg(QLatin1String(group));
    return out;
}

QStringList functions()
{
    const QString definer = QStringLiteral("SECURITY DEFINER SET search_path FROM CURRENT");
    return {
        // The provider a login works for (row-level security reads it on every query).
        QStringLiteral("CREATE OR REPLACE FUNCTION dx_current_provider() RETURNS BIGINT LANGUAGE sql STABLE %1 AS $$ "
                       "SELECT provider_id FROM dx_users WHERE login = session_user AND active = 1 $$")
            .arg(definer),
        // The end of the audit chain: every writer appends to it, though a provider may read
        // only its own rows (AuditRepository).
        QStringLiteral("CREATE OR REPLACE FUNCTION dx_audit_tail() RETURNS TABLE (id BIGINT, hash TEXT) LANGUAGE sql STABLE %1 AS $$ "
                       "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1 $$")
            .arg(definer),
        // Creates or changes a login and puts it in exactly one group; `active` false takes the
        // login away (NOLOGIN) without dropping anything it wrote. Administrators only.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION dx_set_login(p_login TEXT, p_password TEXT, p_role TEXT, p_active BOOLEAN) "
            "RETURNS void LANGUAGE plpgsql %1 AS $$ "
            "DECLARE grp TEXT := CASE p_role WHEN 'administrator' THEN 'dx_admin' WHEN 'officer' THEN 'dx_officer' "
            "WHEN 'provider' THEN 'dx_provider' WHEN 'viewer' THEN 'dx_viewer' END; g TEXT; "
            "BEGIN "
            "IF NOT (pg_has_role(session_user, 'dx_admin', 'MEMBER') OR "
            "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN "
            "RAISE EXCEPTION 'only administrators manage users' USING ERRCODE = 'insufficient_privilege'; END IF; "
            "IF grp IS NULL THEN RAISE EXCEPTION 'unknown role %', p_role; END IF; "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN EXECUTE format('CREATE ROLE %I', p_login); END IF; "
            "IF p_password <> '' THEN EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password); END IF; "
            "EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END); "
            "FOR g IN SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
            "WHERE u.rolname = p_login AND r.rolname IN ('dx_admin', 'dx_officer', 'dx_provider', 'dx_viewer') LOOP "
            "EXECUTE format('REVOKE %I FROM %I', g, p_login); END LOOP; "
            "IF p_active THEN EXECUTE format('GRANT %I TO %I', grp, p_login); END IF; "
            "END $$")
            .arg(definer),
        QStringLiteral("REVOKE ALL ON FUNCTION dx_set_login(TEXT, TEXT, TEXT, BOOLEAN) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION dx_set_login(TEXT, TEXT, TEXT, BOOLEAN) TO dx_admin"),
        // The dashboard's stage tables are kept by triggers; they run as their owner so a
        // provider's or an officer's edit can keep figures it may not write itself.
        QStringLiteral("DO $$ DECLARE f regprocedure; BEGIN "
                       "FOR f IN SELECT p.oid::regprocedure FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace "
                       "AND p.proname LIKE 'progress\\_%\\_fn' LOOP "
                       "EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path FROM CURRENT', f); END LOOP; END $$"),
    };
}

QStringList grants()
{
    QStringList out;
    const auto grant = [&out](const char* letters, const char* table, const char* group) {
        if (*letters)
            out << QStringLiteral("GRANT %1 ON %2 TO %3").arg(privileges(letters), QLatin1String(table), QLatin1String(group));
    };
    for (const Rule& r : kRules) {
        out << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(QLatin1String(r.table));
        grant(r.viewer, r.table, "dx_viewer");
        grant(r.officer, r.table, "dx_officer");
        grant(r.admin, r.table, "dx_admin");
        grant(r.provider, r.table, "dx_provider");
        if (!r.providerRows)
            continue;
        const QString rows = QLatin1String(r.providerRows);
        out << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(QLatin1String(r.table))
            << QStringLiteral("CREATE POLICY staff ON %1 TO dx_admin, dx_officer, dx_viewer USING (true) WITH CHECK (true)")
                   .arg(QLatin1String(r.table))
            << QStringLiteral("CREATE POLICY assigned ON %1 TO dx_provider USING (%2) WITH CHECK (%3)")
                   .arg(QLatin1String(r.table), rows,
                        // A provider appends audit rows for what it saves; reading them is what the condition limits.
                        QLatin1String(r.table) == QLatin1String("audit_log") ? QStringLiteral("true") : rows);
    }
    // Identity columns draw from sequences.
    out << QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I "
                          "TO dx_admin, dx_officer, dx_provider', current_schema()); END $$");
    return out;
}

} // namespace

QString groupRole(Role role)
{
    return QLatin1String(kGroups[int(role)]);
}

QStringList migration()
{
    return {QStringLiteral("CREATE TABLE dx_users (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
                           "version INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                           "updated_by TEXT NOT NULL DEFAULT '', login TEXT NOT NULL UNIQUE, "
                           "display_name TEXT NOT NULL DEFAULT '', "
                           "role TEXT NOT NULL CHECK (role IN ('administrator', 'officer', 'provider', 'viewer')), "
                           "provider_id INTEGER REFERENCES providers(id), active INTEGER NOT NULL DEFAULT 1, "
                           "CHECK (role <> 'provider' OR provider_id IS NOT NULL))")};
}

QStringList postgresMigration()
{
    return createGroups() + functions() + grants();
}

QStringList coveredTables()
{
    QStringList out;
    for (const Rule& r : kRules)
        out << QLatin1String(r.table);
    return out;
}

QString currentAccessQuery()
{
    // The database's owner and superusers are administrators whatever their groups.
    return QStringLiteral(
        "SELECT CASE WHEN r.rolsuper OR d.datdba = r.oid OR pg_has_role(session_user, 'dx_admin', 'MEMBER') THEN 'administrator' "
        "WHEN pg_has_role(session_user, 'dx_officer', 'MEMBER') THEN 'officer' "
        "WHEN pg_has_role(session_user, 'dx_provider', 'MEMBER') THEN 'provider' ELSE 'viewer' END, "
        "COALESCE(dx_current_provider(), 0), session_user "
        "FROM pg_roles r, pg_database d WHERE r.rolname = session_user AND d.datname = current_database()");
}

} // namespace dx::RoleSchema
