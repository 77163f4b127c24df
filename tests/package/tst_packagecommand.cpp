// `dxdesk package …` as a separate process without a display: export, open, return, import
// (twice), and refusals with an exit code and a message. The bureau's database is a file, or a
// database on the PostgreSQL test server (tst_packagecommand_pg); the laptop's is always a file.

#include "TestSupport.h"
#include "db/Database.h"
#include "package/PackageRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ProviderRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace dx;

class TestPackageCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    int run(const QStringList& args, QString* output = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DX_DXDESK), args);
        if (!p.waitForFinished(120000))
            return -1;
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    }
    QJsonObject runJson(const QStringList& args, int expectedExit = 0)
    {
        QString text;
        const int exit = run(args + QStringList{QStringLiteral("--json")}, &text);
        if (exit != expectedExit)
            qWarning("exit %d: %s", exit, qPrintable(text));
        return exit == expectedExit ? QJsonDocument::fromJson(text.toUtf8()).object() : QJsonObject();
    }

private slots:
    void roundTripOnTheCommandLine()
    {
        const test::TempDatabase bureauDb;
        const QString bureau = bureauDb.location();
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--enterprises"), QStringLiteral("120"), QStringLiteral("--db"), bureau}), 0);
        QString provider;
        {
            OpenOptions o;
            o.createIfMissing = false;
            auto db = Database::open(bureau, o);
            QVERIFY(db);
            const auto providers = ProviderRepository(*db.value()).list();
            for (const Provider& p : providers.value())
                if (PackageRepository(*db.value()).enterprisesForProvider(p.id)->size() >= 2) {
                    provider = p.creditCode;
                    break;
                }
            db.value()->releaseThreadConnection();
        }
        QVERIFY(!provider.isEmpty());

        const QJsonObject exported = runJson({QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--provider"), provider,
                                              QStringLiteral("--out"), path("p.dxpkg"), QStringLiteral("--db"), bureau});
        QVERIFY(exported.value(QStringLiteral("ok")).toBool());
        QVERIFY(exported.value(QStringLiteral("enterprises")).toInt() >= 2);

        QString text;
        // Opened with the fingerprint the bureau passes on: the package must carry that key.
        QVERIFY(run({QStringLiteral("package"), QStringLiteral("open"), path("p.dxpkg"), QStringLiteral("--db"), path("other.sqlite"),
                     QStringLiteral("--bureau-key"), QStringLiteral("0000-0000-0000-0000-0000")}, &text) != 0);
        QVERIFY(text.contains(QStringLiteral("0000-0000")));
        QCOMPARE(run({QStringLiteral("package"), QStringLiteral("open"), path("p.dxpkg"), QStringLiteral("--db"), path("field.sqlite"),
                      QStringLiteral("--bureau-key"), exported.value(QStringLiteral("bureauKey")).toString()}, &text), 0);
        QVERIFY2(text.contains(QStringLiteral("Bureau key fingerprint")), qPrintable(text));
        // The same package into an existing file: refused, file untouched.
        QVERIFY(run({QStringLiteral("package"), QStringLiteral("open"), path("p.dxpkg"), QStringLiteral("--db"), path("field.sqlite")}, &text) != 0);
        QVERIFY(text.contains(QStringLiteral("already exists")));

        {
            OpenOptions o;
            o.createIfMissing = false;
            auto field = Database::open(path("field.sqlite"), o);
            QVERIFY(field);
            Enterprise e = EnterpriseRepository(*field.value()).get(1).value();
            e.notes = QStringLiteral("命令行现场记录");
            QVERIFY(EnterpriseRepository(*field.value()).update(e));
            field.value()->releaseThreadConnection();
        }
        const QJsonObject returned = runJson({QStringLiteral("package"), QStringLiteral("return"), QStringLiteral("--db"), path("field.sqlite"),
                                              QStringLiteral("--out"), path("r.dxret")});
        QCOMPARE(returned.value(QStringLiteral("enterprises")).toInt(), 1);

        const QJsonObject imported = runJson({QStringLiteral("package"), QStringLiteral("import"), path("r.dxret"), QStringLiteral("--db"), bureau});
        QCOMPARE(imported.value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(imported.value(QStringLiteral("duplicate")).toBool(), false);
        const QJsonObject again = runJson({QStringLiteral("package"), QStringLiteral("import"), path("r.dxret"), QStringLiteral("--db"), bureau});
        QCOMPARE(again.value(QStringLiteral("duplicate")).toBool(), true);

        // A field package is not a return package: exit 1 and a message, in JSON too.
        const QJsonObject wrong = runJson({QStringLiteral("package"), QStringLiteral("import"), path("p.dxpkg"), QStringLiteral("--db"), bureau}, 1);
        QCOMPARE(wrong.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY(!wrong.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(run({QStringLiteral("package"), QStringLiteral("frobnicate")}, &text) != 0);
    }
};

QTEST_GUILESS_MAIN(TestPackageCommand)
#include "tst_packagecommand.moc"
