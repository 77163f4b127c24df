// Roles enforced by PostgreSQL itself (issue 12): logins in the groups dx_officer, dx_provider and
// dx_viewer connect with a raw connection of their own (as psql would: no DX Desk in between)
// and the server refuses what their role does not allow — a provider sees only the enterprises
// assigned to it and no grants, a viewer changes nothing, only administrators manage funds and
// users, nobody rewrites the audit log. Then the same logins through DX Desk: the roles it reads,
// a provider's edit keeping the audit chain whole.

#include "TestSupport.h"

#include "db/Database.h"
#include "db/RoleSchema.h"
#include "repo/AuditRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/FundRepository.h"
#include "repo/ProviderRepository.h"
#include "repo/UserRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

using namespace dx;
using namespace dx::test;

namespace {

// A connection of the test's own as `login` (the test cluster trusts local logins).
class RawConnection
{
public:
    RawConnection(const QString& url, const QString& login)
        : m_name(QStringLiteral("raw-%1").arg(login))
    {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(login);
        db.setDatabaseName(u.path().mid(1));
        if (!db.open())
            qFatal("cannot connect as %s: %s", qPrintable(login), qPrintable(db.lastError().text()));
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    // The value of the first column, or the server's error code ("42501": not allowed).
    QVariant value(const QString& sql, QString* error = nullptr) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().nativeErrorCode();
            return {};
        }
        if (error)
            error->clear();
        return q.next() ? q.value(0) : QVariant(q.numRowsAffected());
    }
    QString refusal(const QString& sql) const
    {
        QString error;
        value(sql, &error);
        return error;
    }

private:
    QString m_name;
};

const QString kDenied = QStringLiteral("42501");

QString login(const char* who)
{
    return QStringLiteral("%1_%2").arg(QLatin1String(who)).arg(QCoreApplication::applicationPid());
}

QString urlAs(const QString& url, const QString& login)
{
    QUrl u(url);
    u.setUserName(login);
    return u.toString();
}

} // namespace

class TestPgRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerDatabase> m_server;
    DatabasePtr m_admin;
    QVector<qint64> m_enterprises;   // four; the first two assigned to provider A
    qint64 m_providerA = 0;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerDatabase>();
        auto opened = Database::open(m_server->url());
        QVERIFY2(opened, qPrintable(opened.message()));
        m_admin = opened.value();
        QCOMPARE(m_admin->access().role, Role::Administrator);   // the cluster's superuser
        EnterpriseRepository enterprises(*m_admin);
        for (int i = 1; i <= 4; ++i) {
            auto e = enterprises.create(sampleEnterprise(i));
            QVERIFY2(e, qPrintable(e.message()));
            m_enterprises << e->id;
        }
        ProviderRepository providers(*m_admin);
        Provider p;
        p.name = QStringLiteral("测试牵引单位有限公司");
        p.creditCode = makeCreditCode(QStringLiteral("445203"), 50000001);
        p.roles = {ProviderRole::Traction};
        auto provider = providers.create(p);
        QVERIFY2(provider, qPrintable(provider.message()));
        m_providerA = provider->id;
        QVERIFY(m_server->exec({QStringLiteral("INSERT INTO package_assignments (uuid, created_at, updated_at, provider_id, enterprise_id) "
                                               "VALUES ('a1', '', '', %1, %2), ('a2', '', '', %1, %3)")
                                    .arg(m_providerA)
                                    .arg(m_enterprises[0])
                                    .arg(m_enterprises[1])}));
        UserRepository users(*m_admin);
        const QList<QPair<QString, Role>> people{{login("officer"), Role::Officer}, {login("provider"), Role::Provider},
                                                 {login("viewer"), Role::Viewer}};
        for (const auto& [name, role] : people) {
            User u;
            u.login = name;
            u.role = role;
            u.providerId = role == Role::Provider ? m_providerA : 0;
            auto saved = users.save(u, QStringLiteral("not-used-by-trust"));
            QVERIFY2(saved, qPrintable(saved.message()));
        }
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        QStringList drops;
        for (const char* who : {"officer", "provider", "viewer", "intruder"})
            drops << QStringLiteral("DROP ROLE IF EXISTS %1").arg(login(who));
        m_server->exec(drops);
        m_server.reset();
    }

    void everyTableHasAGrantRule()
    {
        QSqlQuery q(m_admin->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                      "AND table_type = 'BASE TABLE'")));
        int tables = 0;
        const QStringList missing = test::tablesWithoutGrantRule(q, &tables);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 has no rule in RoleSchema").arg(missing.join(QStringLiteral(", ")))));
        QCOMPARE(tables, int(RoleSchema::coveredTables().size()));
    }

    void providerSeesOnlyItsEnterprises()
    {
        RawConnection provider(m_server->url(), login("provider"));
        QCOMPARE(provider.value(QStringLiteral("SELECT count(*) FROM enterprises")).toInt(), 2);
        QCOMPARE(provider.value(QStringLiteral("SELECT count(*) FROM enterprises WHERE id = %1").arg(m_enterprises[2])).toInt(), 0);
        QCOMPARE(provider.value(QStringLiteral("SELECT count(*) FROM enterprise_progress")).toInt(), 2);
        // Writing where it cannot see touches nothing; where it may, the row changes.
        QCOMPARE(provider.value(QStringLiteral("UPDATE enterprises SET notes = 'x' WHERE id = %1").arg(m_enterprises[2])).toInt(), 0);
        QCOMPARE(provider.value(QStringLiteral("UPDATE enterprises SET notes = 'checked' WHERE id = %1").arg(m_enterprises[0])).toInt(), 1);
        QCOMPARE(provider.refusal(QStringLiteral("INSERT INTO enterprises (uuid, created_at, updated_at, name, credit_code) "
                                                 "VALUES ('u', '', '', 'n', 'c')")),
                 kDenied);
        QCOMPARE(provider.refusal(QStringLiteral("DELETE FROM enterprises")), kDenied);
        // Only its own user row and its own assignments.
        QCOMPARE(provider.value(QStringLiteral("SELECT count(*) FROM dx_users")).toInt(), 1);
        QCOMPARE(provider.value(QStringLiteral("SELECT count(*) FROM package_assignments")).toInt(), 2);
    }

    void providerSeesNoMoney()
    {
        RawConnection provider(m_server->url(), login("provider"));
        for (const char* table : {"grants", "grant_payments", "funds", "policies", "policy_versions", "package_keys", "progress_counts"})
            QCOMPARE(provider.refusal(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), kDenied);
    }

    void viewerChangesNothing()
    {
        RawConnection viewer(m_server->url(), login("viewer"));
        QCOMPARE(viewer.value(QStringLiteral("SELECT count(*) FROM enterprises")).toInt(), 4);
        QCOMPARE(viewer.value(QStringLiteral("SELECT count(*) FROM grants")).toInt(), 0);
        QCOMPARE(viewer.refusal(QStringLiteral("UPDATE enterprises SET notes = 'x'")), kDenied);
        QCOMPARE(viewer.refusal(QStringLiteral("INSERT INTO clusters (uuid, created_at, updated_at, name) VALUES ('v', '', '', 'v')")),
                 kDenied);
        QCOMPARE(viewer.refusal(QStringLiteral("SELECT count(*) FROM package_keys")), kDenied);   // signing secrets
    }

    void onlyAdministratorsManageFundsAndUsers()
    {
        RawConnection officer(m_server->url(), login("officer"));
        QCOMPARE(officer.value(QStringLiteral("UPDATE enterprises SET notes = 'officer' WHERE id = %1").arg(m_enterprises[3])).toInt(), 1);
        QCOMPARE(officer.refusal(QStringLiteral("INSERT INTO funds (uuid, created_at, updated_at, name, total_fen) "
                                                "VALUES ('f', '', '', 'f', 100)")),
                 kDenied);
        QCOMPARE(officer.refusal(QStringLiteral("UPDATE dx_users SET role = 'administrator'")), kDenied);
        QCOMPARE(officer.refusal(QStringLiteral("SELECT dx_set_login('%1', '', 'administrator', true)").arg(login("intruder"))), kDenied);
        RawConnection provider(m_server->url(), login("provider"));
        QCOMPARE(provider.refusal(QStringLiteral("SELECT dx_set_login('%1', '', 'administrator', true)").arg(login("intruder"))), kDenied);
        QCOMPARE(m_server->exec({QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = '%1' HAVING count(*) = 0").arg(login("intruder"))}),
                 true);
    }

    void nobodyRewritesTheAuditLog()
    {
        for (const char* who : {"officer", "provider", "viewer"}) {
            RawConnection c(m_server->url(), login(who));
            QCOMPARE(c.refusal(QStringLiteral("UPDATE audit_log SET user_name = 'mallory'")), kDenied);
            QCOMPARE(c.refusal(QStringLiteral("DELETE FROM audit_log")), kDenied);
        }
        // A provider reads the history of its own enterprises only.
        RawConnection provider(m_server->url(), login("provider"));
        QSqlQuery all(m_admin->connection());
        QVERIFY(all.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'enterprises' AND record_id IN (%1, %2)")
                             .arg(m_enterprises[0])
                             .arg(m_enterprises[1])) &&
                all.next());
        QVERIFY(all.value(0).toInt() >= 2);
        QCOMPARE(provider.value(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), all.value(0).toInt());
    }

    void dxDeskReadsTheRoles()
    {
        const QList<QPair<const char*, Role>> expected{{"officer", Role::Officer}, {"provider", Role::Provider}, {"viewer", Role::Viewer}};
        for (const auto& [who, role] : expected) {
            auto db = Database::open(urlAs(m_server->url(), login(who)));
            QVERIFY2(db, qPrintable(db.message()));
            QCOMPARE(db.value()->access().role, role);
            QCOMPARE(db.value()->access().login, login(who));
            QCOMPARE(db.value()->access().providerId, role == Role::Provider ? m_providerA : 0);
            QCOMPARE(db.value()->user(), login(who));   // the audit trail names the server's login
        }
    }

    void providerEditsThroughDxDeskKeepTheChain()
    {
        auto db = Database::open(urlAs(m_server->url(), login("provider")));
        QVERIFY2(db, qPrintable(db.message()));
        EnterpriseRepository enterprises(*db.value());
        auto count = enterprises.count(EnterpriseFilter::everyone());
        QVERIFY2(count, qPrintable(count.message()));
        QCOMPARE(count.value(), 2);
        auto e = enterprises.get(m_enterprises[1]);
        QVERIFY2(e, qPrintable(e.message()));
        Enterprise changed = e.value();
        changed.employees += 7;
        auto saved = enterprises.update(changed);
        QVERIFY2(saved, qPrintable(saved.message()));
        // An officer writes in between; the provider's next row must still link to it.
        auto officer = Database::open(urlAs(m_server->url(), login("officer")));
        QVERIFY2(officer, qPrintable(officer.message()));
        auto other = EnterpriseRepository(*officer.value()).get(m_enterprises[3]);
        QVERIFY(other);
        Enterprise o = other.value();
        o.employees += 1;
        QVERIFY(EnterpriseRepository(*officer.value()).update(o));
        changed = saved.value();
        changed.employees += 1;
        QVERIFY(enterprises.update(changed));
        QVERIFY(!enterprises.get(m_enterprises[2]));   // not assigned: not there for it
        auto verified = AuditRepository(*m_admin).verify();
        QVERIFY2(verified, qPrintable(verified.message()));
        QVERIFY2(verified->ok(), qPrintable(QStringLiteral("broken at %1").arg(verified->row.id)));
        // Who changed it is the login the server checked.
        auto history = AuditRepository(*m_admin).history(EnterpriseRepository::tableName(), m_enterprises[1]);
        QVERIFY(history);
        QCOMPARE(history->first().user, login("provider"));   // newest first
    }

    void onlyTheOwnerUpgrades()
    {
        ServerDatabase older;
        OpenOptions atTen;
        atTen.targetVersion = 10;
        {
            auto db = Database::open(older.url(), atTen);
            QVERIFY2(db, qPrintable(db.message()));
            QCOMPARE(db.value()->schemaVersion(), 10);
        }
        auto officer = Database::open(urlAs(older.url(), login("officer")));
        QVERIFY(!officer);
        QCOMPARE(officer.code(), ErrorCode::Permission);
        QVERIFY2(officer.message().contains(QLatin1String("owner")), qPrintable(officer.message()));
        auto owner = Database::open(older.url());
        QVERIFY2(owner, qPrintable(owner.message()));
        QVERIFY(owner.value()->schemaVersion() > 10);
    }

    void refusalsReachTheUserAsRoleMessages()
    {
        auto db = Database::open(urlAs(m_server->url(), login("officer")));
        QVERIFY2(db, qPrintable(db.message()));
        Fund f;
        f.name = QStringLiteral("测试资金");
        f.total = Money::fromWan(100);
        auto created = FundRepository(*db.value()).create(f);
        QVERIFY(!created);
        QVERIFY2(created.message().contains(QLatin1String("role")), qPrintable(created.message()));
        User u;
        u.login = login("intruder");
        u.role = Role::Administrator;
        auto added = UserRepository(*db.value()).save(u);
        QVERIFY(!added);
        QCOMPARE(UserRepository(*m_admin).list()->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPgRoles)
#include "tst_pgroles.moc"
