#include "TestSupport.h"

#include "db/RoleSchema.h"
#include "domain/CreditCode.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

namespace dx::test {

Backend testBackend()
{
    return qEnvironmentVariable("DX_TEST_BACKEND") == QLatin1String("postgres") ? Backend::Postgres : Backend::Sqlite;
}

namespace {

QString testServer()
{
    const QString server = qEnvironmentVariable("DX_TEST_POSTGRES_SERVER");
    if (server.isEmpty())
        qFatal("DX_TEST_BACKEND=postgres needs DX_TEST_POSTGRES_SERVER (scripts/test starts a throw-away server; "
               "or exclude these tests with ctest -LE postgresql)");
    return server;
}

// Runs statements on a connection of its own to `url` (CREATE/DROP DATABASE cannot run inside a
// transaction or on the database itself, so those go to the server's maintenance database).
bool onServer(const QString& url, const QStringList& statements, bool fatal)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("dxtest-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        const QUrl u(url);
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(u.host());
        admin.setPort(u.port(5432));
        admin.setUserName(u.userName());
        admin.setPassword(u.password());
        admin.setDatabaseName(u.path().mid(1));
        if (!admin.open())
            qFatal("cannot reach the PostgreSQL test server %s: %s", qPrintable(url), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        for (const QString& sql : statements) {
            if (!q.exec(sql)) {
                if (fatal)
                    qFatal("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
                break;
            }
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

ServerDatabase::ServerDatabase()
{
    static QAtomicInt counter;
    const QString server = testServer();
    m_name = QStringLiteral("dxtest_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    onServer(server, {QStringLiteral("CREATE DATABASE %1").arg(m_name)}, true);
    QUrl url(server);
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
}

ServerDatabase::~ServerDatabase()
{
    onServer(testServer(), {QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_name)}, true);
}

bool ServerDatabase::exec(const QStringList& statements) const
{
    return onServer(m_url, statements, false);
}

TempDatabase::TempDatabase(const OpenOptions& options)
{
    OpenOptions o = options;
    if (o.user.isEmpty())
        o.user = QStringLiteral("tester");
    m_location = path();
    if (testBackend() == Backend::Postgres) {
        m_server = std::make_unique<ServerDatabase>();
        m_location = m_server->url();
    }
    auto opened = Database::open(m_location, o);
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.message()));
    m_db = opened.value();
}

TempDatabase::~TempDatabase()
{
    m_db.reset();   // its connections close before the database is dropped
}

QString makeCreditCode(const QString& district, int index)
{
    const QString eight = QStringLiteral("%1").arg(index, 8, 10, QLatin1Char('0'));
    const QString first17 = QStringLiteral("91") + district + eight + CreditCode::computeOrganisationCheck(eight);
    return first17 + CreditCode::computeCheckCharacter(first17);
}

Enterprise sampleEnterprise(int index, const QString& name)
{
    Enterprise e;
    e.name = name.isEmpty() ? QStringLiteral("揭阳市测试%1纺织有限公司").arg(index) : name;
    e.creditCode = makeCreditCode(QStringLiteral("445202"), index);
    e.districtCode = QStringLiteral("445202");
    e.industryCode = QStringLiteral("17");
    e.employees = 50 + index;
    e.revenue = Money::fromWan(1000 + index);
    e.contactName = QStringLiteral("陈伟");
    e.contactPhone = QStringLiteral("13812345678");
    return e;
}

QStringList tablesWithoutGrantRule(QSqlQuery& tables, int* listed)
{
    const QStringList covered = RoleSchema::coveredTables();
    QStringList missing;
    *listed = 0;
    while (tables.next()) {
        ++*listed;
        if (!covered.contains(tables.value(0).toString()))
            missing << tables.value(0).toString();
    }
    return missing;
}

} // namespace dx::test
