// The dxdesk command line as administrators and scripts use it: exit codes, JSON output,
// clear errors. The demo city goes into a file, or into a database on the PostgreSQL test server
// (tst_commandline_pg); the refusals are about files and run the same on both.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run dxdesk(const QStringList& args, const QString& home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("HOME"), home);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DX_DXDESK), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
}

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void version()
    {
        const Run r = dxdesk({QStringLiteral("--version")}, m_home.path());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("DX Desk ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))));
    }

    void demoThenCheckAsJson()
    {
        std::unique_ptr<dx::test::ServerDatabase> server;   // empty: the demo command creates the schema
        if (dx::test::testBackend() == dx::Backend::Postgres)
            server = std::make_unique<dx::test::ServerDatabase>();
        const QString db = server ? server->url() : m_home.filePath(QStringLiteral("city.sqlite"));
        Run r = dxdesk({QStringLiteral("demo"), QStringLiteral("--enterprises"), QStringLiteral("1500"), QStringLiteral("--seed"),
                        QStringLiteral("9"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                       m_home.path());
        QCOMPARE(r.code, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("enterprises")).toInt(), 1500);

        r = dxdesk({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--json")}, m_home.path());
        QCOMPARE(r.code, 0);
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("integrity")).toArray().first().toString(), QStringLiteral("ok"));
        QCOMPARE(o.value(QStringLiteral("tables")).toObject().value(QStringLiteral("enterprises")).toInt(), 1500);
        QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), o.value(QStringLiteral("latestSchemaVersion")).toInt());

        // list finds enterprises by a credit-code fragment and reports the total.
        r = dxdesk({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--search"), QStringLiteral("445202"),
                    QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json")},
                   m_home.path());
        QCOMPARE(r.code, 0);
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("total")).toInt() > 0);
        QVERIFY(o.value(QStringLiteral("total")).toInt() < 1500);
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 5);
        for (const QJsonValue& row : rows)
            QVERIFY(row.toObject().value(QStringLiteral("creditCode")).toString().contains(QStringLiteral("445202")));

        // stats: the demo city has diagnosed enterprises and some of them filed projects; an
        // early "as of" date counts fewer.
        r = dxdesk({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")}, m_home.path());
        QCOMPARE(r.code, 0);
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const int diagnosed = o.value(QStringLiteral("diagnosedEnterprises")).toInt();
        const int withProject = o.value(QStringLiteral("withProject")).toInt();
        QVERIFY2(diagnosed > 300 && diagnosed < 700, qPrintable(r.out));   // about a third of 1,500
        QVERIFY(withProject > 0 && withProject < diagnosed);
        QCOMPARE(o.value(QStringLiteral("diagnosisToProjectRate")).toDouble(), double(withProject) / diagnosed);
        r = dxdesk({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2024-06-30"),
                    QStringLiteral("--json")},
                   m_home.path());
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("diagnosedEnterprises")).toInt() < diagnosed);

        // Human-readable form names the database and the integrity result.
        r = dxdesk({QStringLiteral("check"), QStringLiteral("--db"), db}, m_home.path());
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(db));
        QVERIFY(r.out.contains(QStringLiteral("enterprises")));
    }

    void errorsAreClearAndNonZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("demo without size") << QStringList{QStringLiteral("demo")} << QStringLiteral("--enterprises");
        QTest::newRow("demo with bad size") << QStringList{QStringLiteral("demo"), QStringLiteral("--enterprises"), QStringLiteral("many")}
                                            << QStringLiteral("--enterprises");
        QTest::newRow("stats with a bad date") << QStringList{QStringLiteral("stats"), QStringLiteral("--as-of"), QStringLiteral("2025-13-01")}
                                               << QStringLiteral("--as-of");
        QTest::newRow("check missing file")
            << QStringList{QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("/nonexistent/dx.sqlite")}
            << QStringLiteral("does not exist");
    }

    void errorsAreClearAndNonZero()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = dxdesk(args, m_home.path());
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void checkRefusesAFileThatIsNotADatabase()
    {
        const QString path = m_home.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("企业台账\n");
        f.close();
        const Run r = dxdesk({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--json")}, m_home.path());
        QCOMPARE(r.code, 2);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(o.value(QStringLiteral("error")).toString().contains(QStringLiteral("not a DX Desk database")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("企业台账\n"));   // untouched
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
