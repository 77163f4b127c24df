#include "Migrations.h"

#include "AuditChainSchema.h"
#include "BigramSchema.h"
#include "Database.h"
#include "ProgressSchema.h"
#include "RoleSchema.h"
#include "SearchSchema.h"
#include "Transaction.h"
#include "repo/ReferenceRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dx {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("dx::Migrations", text); }

// Columns every table carries (DESIGN.md "Data").
QString table(const QString& name, const QString& columns)
{
    return QStringLiteral("CREATE TABLE %1 ("
                          "id INTEGER PRIMARY KEY, "
                          "uuid TEXT NOT NULL UNIQUE, "
                          "version INTEGER NOT NULL DEFAULT 1, "
                          "created_at TEXT NOT NULL, "
                          "updated_at TEXT NOT NULL, "
                          "updated_by TEXT NOT NULL DEFAULT '', %2)")
        .arg(name, columns);
}

std::vector<Migration> build()
{
    std::vector<Migration> steps;

    steps.push_back(Migration{
        1, "register: reference data, clusters, enterprises, audit log",
        {
            table(QStringLiteral("districts"),
                  QStringLiteral("code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                                 "parent_code TEXT NOT NULL DEFAULT '', level INTEGER NOT NULL, "
                                 "retired INTEGER NOT NULL DEFAULT 0")),
            table(QStringLiteral("industries"),
                  QStringLiteral("code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                                 "parent_code TEXT NOT NULL DEFAULT '', level INTEGER NOT NULL")),
            table(QStringLiteral("clusters"),
                  QStringLiteral("name TEXT NOT NULL UNIQUE, industry_codes TEXT NOT NULL DEFAULT '', "
                                 "sort_order INTEGER NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '', "
                                 "archived INTEGER NOT NULL DEFAULT 0")),
            table(QStringLiteral("enterprises"),
                  QStringLiteral("name TEXT NOT NULL, credit_code TEXT NOT NULL UNIQUE, "
                                 "district_code TEXT NOT NULL DEFAULT '', industry_code TEXT NOT NULL DEFAULT '', "
                                 "cluster_id INTEGER REFERENCES clusters(id), "
                                 "above_scale INTEGER NOT NULL DEFAULT 0, employees INTEGER NOT NULL DEFAULT 0, "
                                 "revenue_fen INTEGER NOT NULL DEFAULT 0, tier INTEGER NOT NULL DEFAULT 0, "
                                 "tier_valid_until TEXT NOT NULL DEFAULT '', contact_name TEXT NOT NULL DEFAULT '', "
                                 "contact_phone TEXT NOT NULL DEFAULT '', commissioner TEXT NOT NULL DEFAULT '', "
                                 "notes TEXT NOT NULL DEFAULT '', archived INTEGER NOT NULL DEFAULT 0")),
            table(QStringLiteral("audit_log"),
                  QStringLiteral("at TEXT NOT NULL, user_name TEXT NOT NULL, table_name TEXT NOT NULL, "
                                 "record_id INTEGER NOT NULL, record_uuid TEXT NOT NULL, "
                                 "action TEXT NOT NULL, changes TEXT NOT NULL DEFAULT '{}'")),
            QStringLiteral("CREATE INDEX audit_record ON audit_log(table_name, record_id, id)"),
            QStringLiteral("CREATE INDEX enterprises_cluster ON enterprises(cluster_id)"),
            QStringLiteral("CREATE INDEX enterprises_district ON enterprises(district_code)"),
        },
        [](QSqlDatabase& db, const Database& owner) { return ReferenceRepository::seedDefaults(db, owner); }});

    // Version 2: substring search that works for Chinese (FTS5 trigram; pg_trgm on PostgreSQL) and
    // the indexes the paged, sorted enterprise list needs (keyset pagination on (archived, key, id)).
    const QStringList v2Fts = {
        QStringLiteral("CREATE VIRTUAL TABLE enterprises_fts USING fts5("
                       "name, credit_code, content='enterprises', content_rowid='id', tokenize='trigram')"),
        SearchSchema::insertTrigger(),
        QStringLiteral("CREATE TRIGGER enterprises_fts_ad AFTER DELETE ON enterprises BEGIN "
                       "INSERT INTO enterprises_fts(enterprises_fts, rowid, name, credit_code) "
                       "VALUES ('delete', old.id, old.name, old.credit_code); END"),
        QStringLiteral("CREATE TRIGGER enterprises_fts_au AFTER UPDATE OF name, credit_code ON enterprises BEGIN "
                       "INSERT INTO enterprises_fts(enterprises_fts, rowid, name, credit_code) "
                       "VALUES ('delete', old.id, old.name, old.credit_code); "
                       "INSERT INTO enterprises_fts(rowid, name, credit_code) VALUES (new.id, new.name, new.credit_code); END"),
        QStringLiteral("INSERT INTO enterprises_fts(enterprises_fts) VALUES ('rebuild')"),
    };
    const QStringList v2Trigram = {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral("CREATE INDEX enterprises_name_trgm ON enterprises USING gin (name gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX enterprises_code_trgm ON enterprises USING gin (credit_code gin_trgm_ops)"),
    };
    QStringList v2;
    const char* sortColumns[] = {"name", "credit_code", "district_code", "COALESCE(cluster_id, 0)", "tier",
                                 "employees", "revenue_fen", "updated_at"};
    int n = 0;
    for (const char* column : sortColumns)
        v2 << QStringLiteral("CREATE INDEX enterprises_sort_%1 ON enterprises(archived, %2, id)")
                  .arg(++n)
                  .arg(QLatin1String(column));
    steps.push_back(Migration{2, "register: Chinese substring search and list indexes", v2, {}, v2Fts, v2Trigram});

    // Version 3: diagnoses, scored against a versioned index; answers kept as JSON.
    steps.push_back(Migration{
        3, "diagnoses",
        {
            table(QStringLiteral("diagnoses"),
                  QStringLiteral("enterprise_id INTEGER NOT NULL REFERENCES enterprises(id), kind INTEGER NOT NULL, "
                                 "status INTEGER NOT NULL DEFAULT 0, visit_date TEXT NOT NULL DEFAULT '', "
                                 "provider TEXT NOT NULL DEFAULT '', assessor TEXT NOT NULL DEFAULT '', "
                                 "index_id TEXT NOT NULL, index_version TEXT NOT NULL, answers TEXT NOT NULL DEFAULT '{}', "
                                 "findings TEXT NOT NULL DEFAULT '', recommendations TEXT NOT NULL DEFAULT '', "
                                 "revision_of INTEGER REFERENCES diagnoses(id), superseded INTEGER NOT NULL DEFAULT 0, "
                                 "total_milli INTEGER NOT NULL DEFAULT 0, level INTEGER NOT NULL DEFAULT 0, "
                                 "submitted_at TEXT NOT NULL DEFAULT '', confirmed_at TEXT NOT NULL DEFAULT ''")),
            QStringLiteral("CREATE INDEX diagnoses_enterprise ON diagnoses(enterprise_id, visit_date)"),
            QStringLiteral("CREATE INDEX diagnoses_kind_level ON diagnoses(kind, superseded, level)"),
        },
        {}});
    // Version 4: service providers, their "小快轻准" products, and transformation projects with
    // their parties, products, cost lines, invoices, payments, milestones and attachments.
    steps.push_back(Migration{
        4, "providers, products and projects",
        {
            table(QStringLiteral("providers"),
                  QStringLiteral("name TEXT NOT NULL, credit_code TEXT NOT NULL UNIQUE, roles TEXT NOT NULL DEFAULT '', "
                                 "cluster_ids TEXT NOT NULL DEFAULT '', admission_batch TEXT NOT NULL DEFAULT '', "
                                 "admitted_on TEXT NOT NULL DEFAULT '', pool_status INTEGER NOT NULL DEFAULT 0, "
                                 "status_reason TEXT NOT NULL DEFAULT '', status_on TEXT NOT NULL DEFAULT '', "
                                 "contact_name TEXT NOT NULL DEFAULT '', contact_phone TEXT NOT NULL DEFAULT '', "
                                 "notes TEXT NOT NULL DEFAULT '', archived INTEGER NOT NULL DEFAULT 0")),
            table(QStringLiteral("products"),
                  QStringLiteral("provider_id INTEGER NOT NULL REFERENCES providers(id), name TEXT NOT NULL, "
                                 "category TEXT NOT NULL DEFAULT '', scene_ids TEXT NOT NULL DEFAULT '', "
                                 "price_fen INTEGER NOT NULL DEFAULT 0, review_batch TEXT NOT NULL DEFAULT '', "
                                 "review_status INTEGER NOT NULL DEFAULT 0, review_reason TEXT NOT NULL DEFAULT '', "
                                 "archived INTEGER NOT NULL DEFAULT 0")),
            table(QStringLiteral("projects"),
                  QStringLiteral("enterprise_id INTEGER NOT NULL REFERENCES enterprises(id), title TEXT NOT NULL DEFAULT '', "
                                 "traction_provider_id INTEGER REFERENCES providers(id), "
                                 "integrator_provider_id INTEGER REFERENCES providers(id), "
                                 "baseline_diagnosis_id INTEGER NOT NULL REFERENCES diagnoses(id), "
                                 "target_level INTEGER NOT NULL DEFAULT 2, target_scene_ids TEXT NOT NULL DEFAULT '', "
                                 "contract_signed_on TEXT NOT NULL DEFAULT '', contract_amount_fen INTEGER NOT NULL DEFAULT 0, "
                                 "state INTEGER NOT NULL DEFAULT 0, state_changed_on TEXT NOT NULL DEFAULT '', "
                                 "filed_on TEXT NOT NULL DEFAULT '', cancel_reason TEXT NOT NULL DEFAULT '', "
                                 "showcase INTEGER NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '', "
                                 "acceptance_diagnosis_id INTEGER REFERENCES diagnoses(id), accepted_on TEXT NOT NULL DEFAULT '', "
                                 "acceptance_result TEXT NOT NULL DEFAULT '', acceptance_inspectors TEXT NOT NULL DEFAULT '', "
                                 "dossier_verified INTEGER NOT NULL DEFAULT 0")),
            table(QStringLiteral("project_vendors"),
                  QStringLiteral("project_id INTEGER NOT NULL REFERENCES projects(id), "
                                 "provider_id INTEGER NOT NULL REFERENCES providers(id), UNIQUE(project_id, provider_id)")),
            table(QStringLiteral("project_products"),
                  QStringLiteral("project_id INTEGER NOT NULL REFERENCES projects(id), "
                                 "product_id INTEGER NOT NULL REFERENCES products(id), UNIQUE(project_id, product_id)")),
            table(QStringLiteral("cost_lines"),
                  QStringLiteral("project_id INTEGER NOT NULL REFERENCES projects(id), category TEXT NOT NULL, "
                                 "description TEXT NOT NULL DEFAULT '', amount_fen INTEGER NOT NULL, "
                                 "eligible INTEGER NOT NULL DEFAULT 1")),
            table(QStringLiteral("invoices"),
                  QStringLiteral("project_id INTEGER NOT NULL REFERENCES projects(id), number TEXT NOT NULL, "
                                 "issued_on TEXT NOT NULL DEFAULT '', amount_fen INTEGER NOT NULL, "
                                 "amount_excl_tax_fen INTEGER NOT NULL")),
            table(QStringLiteral("payments"),
                  QStringLiteral("project_id INTEGER NOT NULL REFERENCES projects(id), reference TEXT NOT NULL DEFAULT '', "
                                 "paid_on TEXT NOT NULL DEFAULT '', amount_fen INTEGER NOT NULL")),
            table(QStringLiteral("milestones"),
                  QStringLiteral("project_id INTEGER NOT NULL REFERENCES projects(id), title TEXT NOT NULL, "
                                 "due_on TEXT NOT NULL DEFAULT '', done_on TEXT NOT NULL DEFAULT ''")),
            table(QStringLiteral("attachments"),
                  QStringLiteral("owner_table TEXT NOT NULL, owner_id INTEGER NOT NULL, file_name TEXT NOT NULL, "
                                 "kind TEXT NOT NULL DEFAULT '', size_bytes INTEGER NOT NULL, sha256 TEXT NOT NULL, "
                                 "content BLOB NOT NULL")),
            QStringLiteral("CREATE INDEX products_provider ON products(provider_id)"),
            QStringLiteral("CREATE INDEX projects_enterprise ON projects(enterprise_id)"),
            QStringLiteral("CREATE INDEX projects_state ON projects(state)"),
            QStringLiteral("CREATE INDEX cost_lines_project ON cost_lines(project_id)"),
            QStringLiteral("CREATE INDEX invoices_project ON invoices(project_id)"),
            QStringLiteral("CREATE INDEX payments_project ON payments(project_id)"),
            QStringLiteral("CREATE INDEX milestones_project ON milestones(project_id)"),
            QStringLiteral("CREATE INDEX attachments_owner ON attachments(owner_table, owner_id)"),
        },
        {}});
    // Version 5: subsidy funds, policies as versioned JSON documents, grants and their tranches.
    // The CHECKs repeat the most important invariants of GrantRepository as a last line of
    // defence; the sums across rows (Σ approved ≤ fund total, Σ tranches ≤ approved) are checked
    // by the repository inside the write transaction.
    steps.push_back(Migration{
        5, "subsidy funds, policies, grants and tranches",
        {
            table(QStringLiteral("funds"),
                  QStringLiteral("name TEXT NOT NULL, source INTEGER NOT NULL DEFAULT 0, total_fen INTEGER NOT NULL CHECK (total_fen > 0), "
                                 "period_from TEXT NOT NULL DEFAULT '', period_to TEXT NOT NULL DEFAULT '', "
                                 "min_upgrade_share_bp INTEGER NOT NULL DEFAULT 0 CHECK (min_upgrade_share_bp BETWEEN 0 AND 10000), "
                                 "max_platform_share_bp INTEGER NOT NULL DEFAULT 10000 CHECK (max_platform_share_bp BETWEEN 0 AND 10000), "
                                 "notes TEXT NOT NULL DEFAULT '', archived INTEGER NOT NULL DEFAULT 0")),
            table(QStringLiteral("policies"),
                  QStringLiteral("fund_id INTEGER NOT NULL REFERENCES funds(id), name TEXT NOT NULL, kind TEXT NOT NULL, "
                                 "purpose INTEGER NOT NULL DEFAULT 0, latest_version_id INTEGER REFERENCES policy_versions(id), "
                                 "archived INTEGER NOT NULL DEFAULT 0")),
            table(QStringLiteral("policy_versions"),
                  QStringLiteral("policy_id INTEGER NOT NULL REFERENCES policies(id), number INTEGER NOT NULL, "
                                 "document TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', UNIQUE(policy_id, number)")),
            table(QStringLiteral("grants"),
                  QStringLiteral("enterprise_id INTEGER NOT NULL REFERENCES enterprises(id), project_id INTEGER REFERENCES projects(id), "
                                 "fund_id INTEGER NOT NULL REFERENCES funds(id), policy_id INTEGER NOT NULL REFERENCES policies(id), "
                                 "policy_version_id INTEGER NOT NULL REFERENCES policy_versions(id), purpose INTEGER NOT NULL DEFAULT 0, "
                                 "applied_on TEXT NOT NULL, requested_fen INTEGER NOT NULL CHECK (requested_fen > 0), "
                                 "eligible_fen INTEGER NOT NULL CHECK (eligible_fen >= 0), explanation TEXT NOT NULL DEFAULT '{}', "
                                 "achieved_level INTEGER NOT NULL DEFAULT 0, state INTEGER NOT NULL DEFAULT 0, "
                                 "state_changed_on TEXT NOT NULL DEFAULT '', reviewed_on TEXT NOT NULL DEFAULT '', "
                                 "review_note TEXT NOT NULL DEFAULT '', "
                                 "approved_fen INTEGER NOT NULL DEFAULT 0 CHECK (approved_fen >= 0 AND approved_fen <= eligible_fen), "
                                 "approved_on TEXT NOT NULL DEFAULT '', approval_note TEXT NOT NULL DEFAULT '', "
                                 "close_reason TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT ''")),
            table(QStringLiteral("grant_payments"),
                  QStringLiteral("grant_id INTEGER NOT NULL REFERENCES grants(id), number INTEGER NOT NULL, "
                                 "amount_fen INTEGER NOT NULL CHECK (amount_fen > 0), paid_on TEXT NOT NULL, voucher TEXT NOT NULL, "
                                 "basis INTEGER NOT NULL DEFAULT 0, milestone_id INTEGER REFERENCES milestones(id), "
                                 "notes TEXT NOT NULL DEFAULT '', UNIQUE(grant_id, number)")),
            QStringLiteral("CREATE INDEX policies_fund ON policies(fund_id)"),
            QStringLiteral("CREATE INDEX grants_fund ON grants(fund_id, state)"),
            QStringLiteral("CREATE INDEX grants_policy ON grants(policy_id)"),
            QStringLiteral("CREATE INDEX grants_state ON grants(state)"),
            QStringLiteral("CREATE INDEX grants_enterprise ON grants(enterprise_id)"),
            QStringLiteral("CREATE INDEX grants_project ON grants(project_id)"),
        },
        {}});
    // Version 6: the dashboard's per-enterprise stage dates (ProgressSchema), and each cluster's
    // target of transformed (accepted) enterprises by the programme's end.
    steps.push_back(Migration{6,
                              "dashboard stage dates and cluster targets",
                              {QStringLiteral("ALTER TABLE clusters ADD COLUMN target INTEGER NOT NULL DEFAULT 0 CHECK (target >= 0)")},
                              {},
                              ProgressSchema::migration(Backend::Sqlite),
                              ProgressSchema::migration(Backend::Postgres)});
    // Version 7: field packages (core/package): signing keys, the enterprises assigned to a
    // provider, packages issued or opened, the records as they left (the base of a three-way
    // merge), imported return packages and the review queue of conflicting fields.
    steps.push_back(Migration{
        7, "field packages",
        {
            table(QStringLiteral("package_keys"),
                  QStringLiteral("role TEXT NOT NULL, owner TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', "
                                 "public_key TEXT NOT NULL, secret_key TEXT NOT NULL DEFAULT '', UNIQUE(role, owner)")),
            table(QStringLiteral("package_assignments"),
                  QStringLiteral("provider_id INTEGER NOT NULL REFERENCES providers(id), "
                                 "enterprise_id INTEGER NOT NULL REFERENCES enterprises(id), UNIQUE(provider_id, enterprise_id)")),
            table(QStringLiteral("package_issues"),
                  QStringLiteral("direction TEXT NOT NULL, bureau_id TEXT NOT NULL, bureau_name TEXT NOT NULL DEFAULT '', "
                                 "provider_code TEXT NOT NULL, created_on TEXT NOT NULL, expires_on TEXT NOT NULL, "
                                 "manifest_sha256 TEXT NOT NULL, records INTEGER NOT NULL DEFAULT 0")),
            table(QStringLiteral("package_bases"),
                  QStringLiteral("issue_id INTEGER NOT NULL REFERENCES package_issues(id), table_name TEXT NOT NULL, "
                                 "record_uuid TEXT NOT NULL, record_version INTEGER NOT NULL, fields TEXT NOT NULL, "
                                 "UNIQUE(issue_id, table_name, record_uuid)")),
            table(QStringLiteral("package_imports"),
                  QStringLiteral("issue_id INTEGER NOT NULL REFERENCES package_issues(id), provider_code TEXT NOT NULL, "
                                 "summary TEXT NOT NULL DEFAULT '{}'")),
            table(QStringLiteral("package_conflicts"),
                  QStringLiteral("import_id INTEGER NOT NULL REFERENCES package_imports(id), table_name TEXT NOT NULL, "
                                 "record_uuid TEXT NOT NULL, field TEXT NOT NULL, base_value TEXT NOT NULL, "
                                 "bureau_value TEXT NOT NULL, field_value TEXT NOT NULL, state INTEGER NOT NULL DEFAULT 0, "
                                 "resolved_at TEXT NOT NULL DEFAULT ''")),
            QStringLiteral("CREATE INDEX package_conflicts_state ON package_conflicts(state, id)"),
        },
        {}});
    // Version 8: the audit trail's hash chain (AuditChainSchema).
    steps.push_back(Migration{8, "tamper-evident audit chain", AuditChainSchema::migration(), AuditChainSchema::seed});
    // Version 9: two-character name search (BigramSchema).
    steps.push_back(Migration{9, "two-character name search", {}, {}, BigramSchema::migration()});
    // Version 10: users and roles (RoleSchema): the user register on both engines; on PostgreSQL
    // the server's group roles, grants and row-level security.
    steps.push_back(Migration{10, "users and roles", RoleSchema::migration(), {}, {}, RoleSchema::postgresMigration()});
    // Version 11: one- and two-character name search on PostgreSQL, whose trigram index has
    // nothing to look up for them (SQLite has its bigram index since step 9): a GIN index over
    // each name's single characters and pairs. At 1,000,000 enterprises a rare pair (恒泰) went
    // from a 546 ms scan to 8 ms.
    steps.push_back(Migration{11, "short-name search on PostgreSQL", {}, {}, {}, SearchSchema::postgresShortTerms()});
    // Version 12: the project list sorts by a clicked column, a page at a time; its own columns
    // indexed, a page in that order is read from the index instead of sorting every project
    // (projects_state already serves the state).
    steps.push_back(Migration{12, "project list sort indexes",
                              {QStringLiteral("CREATE INDEX projects_title ON projects(title)"),
                               QStringLiteral("CREATE INDEX projects_state_changed ON projects(state_changed_on)"),
                               QStringLiteral("CREATE INDEX projects_contract_signed ON projects(contract_signed_on)"),
                               QStringLiteral("CREATE INDEX projects_contract_amount ON projects(contract_amount_fen)")},
                              {}});
    return steps;
}

} // namespace

const std::vector<Migration>& Migrations::all()
{
    static const std::vector<Migration> steps = build();
    return steps;
}

int Migrations::latestVersion()
{
    return all().back().version;
}

QStringList Migrations::statementsFor(const Migration& step, Backend backend)
{
    if (backend == Backend::Sqlite)
        return step.statements + step.sqliteOnly;
    QStringList out;
    QStringList laterKeys;
    for (const QString& sql : step.statements + step.postgresOnly)
        out << Dialect::toPostgres(sql, &laterKeys);
    return out + laterKeys;
}

namespace {

Status recordVersion(QSqlQuery& q, Backend backend, int version)
{
    const QString sql = backend == Backend::Sqlite
                            ? QStringLiteral("PRAGMA user_version = %1").arg(version)
                            : QStringLiteral("UPDATE dx_meta SET value = '%1' WHERE key = 'schema_version'").arg(version);
    return q.exec(sql) ? Status::ok() : Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
}

// PostgreSQL has no header to stamp: the identity and the schema version live in a table.
Status createMeta(QSqlQuery& q)
{
    for (const QString& sql : {QStringLiteral("CREATE TABLE IF NOT EXISTS dx_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                               QStringLiteral("INSERT INTO dx_meta VALUES ('application_id', '%1'), ('schema_version', '0') "
                                              "ON CONFLICT (key) DO NOTHING")
                                   .arg(Database::ApplicationId)}) {
        if (!q.exec(sql))
            return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    }
    return Status::ok();
}

} // namespace

Status Migrations::apply(QSqlDatabase& db, const Database& owner, int from, int to)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    const Backend backend = Dialect::of(db);
    QSqlQuery q(db);
    if (backend == Backend::Postgres) {
        if (const Status created = createMeta(q); !created)
            return created;
        // Another officer's DX Desk may have upgraded the database while this one waited for the lock.
        if (!q.exec(QStringLiteral("SELECT value FROM dx_meta WHERE key = 'schema_version'")) || !q.next())
            return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
        from = qMax(from, q.value(0).toInt());
    }
    for (const Migration& step : all()) {
        if (step.version <= from || step.version > to)
            continue;
        for (const QString& sql : statementsFor(step, backend)) {
            if (!q.exec(sql))
                return Status::error(ErrorCode::Database, tr("Schema step %1 (%2) failed: %3")
                                                              .arg(step.version)
                                                              .arg(QLatin1String(step.description),
                                                                   sqlErrorText(q.lastError())));
        }
        if (step.seed) {
            const Status seeded = step.seed(db, owner);
            if (!seeded)
                return seeded;
        }
        if (const Status recorded = recordVersion(q, backend, step.version); !recorded)
            return recorded;
    }
    if (backend == Backend::Sqlite && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)))
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    return tx.commit();
}

} // namespace dx
