#include "Migrations.h"

#include "Database.h"
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

    // Version 2: substring search that works for Chinese (FTS5 trigram) and the indexes the
    // paged, sorted enterprise list needs (keyset pagination on (archived, key, id)).
    QStringList v2 = {
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
    const char* sortColumns[] = {"name", "credit_code", "district_code", "COALESCE(cluster_id, 0)", "tier",
                                 "employees", "revenue_fen", "updated_at"};
    int n = 0;
    for (const char* column : sortColumns)
        v2 << QStringLiteral("CREATE INDEX enterprises_sort_%1 ON enterprises(archived, %2, id)")
                  .arg(++n)
                  .arg(QLatin1String(column));
    steps.push_back(Migration{2, "register: Chinese substring search and list indexes", v2, {}});

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

Status Migrations::apply(QSqlDatabase& db, const Database& owner, int from, int to)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    QSqlQuery q(db);
    for (const Migration& step : all()) {
        if (step.version <= from || step.version > to)
            continue;
        for (const QString& sql : step.statements) {
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
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
            return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    }
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)))
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    return tx.commit();
}

} // namespace dx
