// The role model on an SQLite file (issue 12): the user register, who is what when the file is
// opened, a viewer's file opened read-only with a clear refusal, administrators unable to lock
// themselves out, and every table of the schema covered by the PostgreSQL grants' rules.

#include "TestSupport.h"

#include "db/Database.h"
#include "db/RoleSchema.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ProviderRepository.h"
#include "repo/UserRepository.h"

#include <QSqlQuery>
#include <QtTest>

using namespace dx;
using namespace dx::test;

namespace {

DatabasePtr openAs(const QString& path, const QString& user)
{
    OpenOptions o;
    o.user = user;
    auto db = Database::open(path, o);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.message()));
    return db.value();
}

User person(const QString& login, Role role, qint64 providerId = 0)
{
    User u;
    u.login = login;
    u.displayName = login.toUpper();
    u.role = role;
    u.providerId = providerId;
    return u;
}

qint64 auditRows(const Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'dx_users'"));
    q.next();
    return q.value(0).toLongLong();
}

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void aFileWithoutAdministratorsBelongsToWhoeverOpensIt()
    {
        TempDatabase db;
        QCOMPARE(db->access().role, Role::Administrator);
        QCOMPARE(db->access().login, QStringLiteral("tester"));
        QVERIFY(!db->readOnly());
        auto saved = UserRepository(*db).save(person(QStringLiteral("zhang"), Role::Officer));
        QVERIFY2(saved, qPrintable(saved.message()));
        QCOMPARE(saved->role, Role::Officer);
        QCOMPARE(saved->version, 1);
        QCOMPARE(auditRows(*db), 1);
        // Still no administrator listed: the opener keeps the file.
        QCOMPARE(UserRepository(*db).currentAccess()->role, Role::Administrator);
    }

    void administratorsCannotLockThemselvesOut()
    {
        TempDatabase db;
        UserRepository users(*db);
        auto refused = users.save(person(QStringLiteral("li"), Role::Administrator));
        QVERIFY(!refused);
        QCOMPARE(refused.code(), ErrorCode::Validation);
        QVERIFY2(refused.message().contains(QLatin1String("tester")), qPrintable(refused.message()));
        QCOMPARE(users.list()->size(), 0);   // nothing written
        QCOMPARE(auditRows(*db), 0);
        QVERIFY(users.save(person(QStringLiteral("tester"), Role::Administrator)));
        QVERIFY(users.save(person(QStringLiteral("li"), Role::Administrator)));
        // Demoting oneself is refused too; another administrator may be demoted.
        User me = users.byLogin(QStringLiteral("tester")).value();
        me.role = Role::Officer;
        QVERIFY(!users.save(me));
        User li = users.byLogin(QStringLiteral("li")).value();
        li.active = false;
        QVERIFY(users.save(li));
        QCOMPARE(users.byLogin(QStringLiteral("li"))->active, false);
    }

    void rolesFollowTheRegister()
    {
        TempDatabase db;
        auto provider = [&] {
            Provider p;
            p.name = QStringLiteral("测试牵引单位有限公司");
            p.creditCode = makeCreditCode(QStringLiteral("445203"), 50000001);
            p.roles = {ProviderRole::Traction};
            return ProviderRepository(*db).create(p);
        }();
        QVERIFY(provider);
        UserRepository users(*db);
        QVERIFY(users.save(person(QStringLiteral("tester"), Role::Administrator)));
        QVERIFY(users.save(person(QStringLiteral("zhang"), Role::Officer)));
        QVERIFY(users.save(person(QStringLiteral("chen"), Role::Provider, provider->id)));
        const QString file = db.location();
        QCOMPARE(openAs(file, QStringLiteral("zhang"))->access().role, Role::Officer);
        const auto chen = openAs(file, QStringLiteral("chen"));
        QCOMPARE(chen->access().role, Role::Provider);
        QCOMPARE(chen->access().providerId, provider->id);
        QVERIFY(!chen->access().canSeeGrants());
        // Someone the register does not name only looks.
        QCOMPARE(openAs(file, QStringLiteral("stranger"))->access().role, Role::Viewer);
        // An officer manages no users.
        auto refused = UserRepository(*openAs(file, QStringLiteral("zhang"))).save(person(QStringLiteral("wang"), Role::Officer));
        QVERIFY(!refused);
        QCOMPARE(users.list()->size(), 3);
    }

    void aViewersFileIsReadOnly()
    {
        TempDatabase db;
        QVERIFY(EnterpriseRepository(*db).create(sampleEnterprise(1)));
        QVERIFY(UserRepository(*db).save(person(QStringLiteral("tester"), Role::Administrator)));
        QVERIFY(UserRepository(*db).save(person(QStringLiteral("zhao"), Role::Viewer)));
        const auto viewer = openAs(db.location(), QStringLiteral("zhao"));
        QCOMPARE(viewer->access().role, Role::Viewer);
        QVERIFY(viewer->readOnly());
        EnterpriseRepository enterprises(*viewer);
        QCOMPARE(enterprises.count(EnterpriseFilter::everyone()).value(), 1);   // reading works
        auto created = enterprises.create(sampleEnterprise(2));
        QVERIFY(!created);
        QCOMPARE(created.code(), ErrorCode::Permission);
        QVERIFY2(created.message().contains(QLatin1String("viewer")), qPrintable(created.message()));
        QCOMPARE(EnterpriseRepository(*db).count(EnterpriseFilter::everyone()).value(), 1);
    }

    void badUsersAreRefused()
    {
        TempDatabase db;
        UserRepository users(*db);
        QCOMPARE(users.save(person(QStringLiteral("has space"), Role::Officer)).code(), ErrorCode::Validation);
        QCOMPARE(users.save(person(QString(), Role::Officer)).code(), ErrorCode::Validation);
        QCOMPARE(users.save(person(QStringLiteral("p1"), Role::Provider, 0)).code(), ErrorCode::Validation);
        QCOMPARE(users.save(person(QStringLiteral("p1"), Role::Provider, 999)).code(), ErrorCode::Validation);
        QVERIFY(users.save(person(QStringLiteral("王芳"), Role::Officer)));   // Chinese logins are fine
        QCOMPARE(users.save(person(QStringLiteral("王芳"), Role::Viewer)).code(), ErrorCode::Duplicate);
        User renamed = users.byLogin(QStringLiteral("王芳")).value();
        renamed.login = QStringLiteral("wangfang");
        QCOMPARE(users.save(renamed).code(), ErrorCode::Validation);
        User stale = users.byLogin(QStringLiteral("王芳")).value();
        User fresh = stale;
        fresh.displayName = QStringLiteral("王芳（科长）");
        QVERIFY(users.save(fresh));
        stale.role = Role::Viewer;
        QCOMPARE(users.save(stale).code(), ErrorCode::Conflict);
        QCOMPARE(users.list()->size(), 1);
    }

    void everyTableHasAGrantRule()
    {
        TempDatabase db;
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                      "AND name NOT LIKE '%fts%' AND name NOT LIKE '%bigram%'")));
        int tables = 0;
        const QStringList missing = test::tablesWithoutGrantRule(q, &tables);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 has no rule in RoleSchema").arg(missing.join(QStringLiteral(", ")))));
        QVERIFY(tables > 25);
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
