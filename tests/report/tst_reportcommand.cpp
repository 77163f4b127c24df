// dxdesk report … run as a separate process, as a script on a server would: no display (the
// command picks the offscreen platform itself), PDFs that read back, errors that name the problem.
#include "PdfText.h"
#include "ReportFixture.h"

#include <QtTest>

using namespace dx;

class TestReportCommand : public QObject
{
    Q_OBJECT

    // Runs dxdesk with `args` on the fixture's database; returns the exit code.
    int run(const QStringList& args, QString* output = nullptr, const QString& lang = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));   // the command must manage without it
        env.remove(QStringLiteral("DISPLAY"));
        if (!lang.isEmpty()) {
            env.remove(QStringLiteral("LC_ALL"));
            env.insert(QStringLiteral("LANG"), lang);
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DX_DXDESK), QStringList{QStringLiteral("report")} + args + QStringList{QStringLiteral("--db"), m_f.path()});
        if (!p.waitForFinished(120000))
            return -1;
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    }

private slots:
    void initTestCase()
    {
        if (!test::havePoppler())
            QSKIP("pdftotext/pdfinfo missing (scripts/deps.sh installs poppler-utils)");
        m_code = EnterpriseRepository(m_f.db()).get(m_f.e1)->creditCode;
    }

    void dossierMaskedByDefault()
    {
        const QString path = m_dir.filePath(QStringLiteral("dossier.pdf"));
        QCOMPARE(run({QStringLiteral("dossier"), QStringLiteral("--enterprise"), m_code, QStringLiteral("--out"), path}), 0);
        const QString text = test::pdfText(path, 0, true);
        QVERIFY(text.contains(QStringLiteral("揭阳市测试1纺织有限公司")));
        QVERIFY(text.contains(QStringLiteral("138****5678")));
        QVERIFY(!text.contains(QStringLiteral("13812345678")));
        // The test runs under the C locale: the footer in English.
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(test::pdfPages(path))));
        QCOMPARE(run({QStringLiteral("dossier"), QStringLiteral("--enterprise"), m_code, QStringLiteral("--show-personal"),
                      QStringLiteral("--out"), path}),
                 0);
        QVERIFY(test::pdfText(path, 0, true).contains(QStringLiteral("13812345678")));
    }

    // In a Chinese session fontconfig names the font 文泉驿微米黑: the report must still find it
    // (it once refused to print there), and speaks Chinese.
    void inAChineseSession()
    {
        const QString path = m_dir.filePath(QStringLiteral("dossier-zh.pdf"));
        QString output;
        QCOMPARE(run({QStringLiteral("dossier"), QStringLiteral("--enterprise"), m_code, QStringLiteral("--out"), path}, &output,
                     QStringLiteral("zh_CN.UTF-8")),
                 0);
        const QString text = test::pdfText(path, 0, true);
        QVERIFY2(text.contains(QStringLiteral("一企一档")), qPrintable(output + text.left(300)));
        QString compact = text;
        compact.remove(QLatin1Char(' '));
        QVERIFY2(compact.contains(QStringLiteral("第1页共%1页").arg(test::pdfPages(path))), qPrintable(compact.right(200)));
    }

    void everyKind()
    {
        const QString cluster = m_dir.filePath(QStringLiteral("cluster.pdf"));
        QCOMPARE(run({QStringLiteral("cluster"), QStringLiteral("--cluster"), m_f.clusterName, QStringLiteral("--as-of"),
                      QStringLiteral("2025-01-10"), QStringLiteral("--out"), cluster}),
                 0);
        QVERIFY(test::pdfText(cluster, 0, true).contains(QStringLiteral("揭阳市测试3纺织有限公司")));
        const QString city = m_dir.filePath(QStringLiteral("city.pdf"));
        QCOMPARE(run({QStringLiteral("cluster"), QStringLiteral("--out"), city}), 0);
        QVERIFY(test::pdfPages(city) >= 1);
        const QString monthly = m_dir.filePath(QStringLiteral("monthly.pdf"));
        QCOMPARE(run({QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2024-12"), QStringLiteral("--out"), monthly}), 0);
        QVERIFY(test::pdfText(monthly).contains(QStringLiteral("2024-12")));
        const QString diagnosis = m_dir.filePath(QStringLiteral("diagnosis.pdf"));
        QCOMPARE(run({QStringLiteral("diagnosis"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--out"), diagnosis}), 0);
        QVERIFY(test::pdfText(diagnosis, 0, true).contains(QStringLiteral("揭阳市测试1纺织有限公司")));
        const QString batch = m_dir.filePath(QStringLiteral("batch.pdf"));
        QString output;
        QCOMPARE(run({QStringLiteral("dossiers"), QStringLiteral("--cluster"), m_f.clusterName, QStringLiteral("--out"), batch,
                      QStringLiteral("--json")},
                     &output),
                 0);
        QVERIFY2(output.contains(QStringLiteral("\"dossiers\":3")), qPrintable(output));
    }

    void errorsNameTheProblem()
    {
        const QString path = m_dir.filePath(QStringLiteral("none.pdf"));
        QString output;
        QCOMPARE(run({QStringLiteral("dossier"), QStringLiteral("--enterprise"), QStringLiteral("91440101MA00000000"), QStringLiteral("--out"), path},
                     &output),
                 1);
        QVERIFY(output.contains(QStringLiteral("91440101MA00000000")));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(run({QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2024-13"), QStringLiteral("--out"), path}), 1);
        QCOMPARE(run({QStringLiteral("cluster"), QStringLiteral("--cluster"), QStringLiteral("没有这个集群"), QStringLiteral("--out"), path}), 1);
        QVERIFY(!QFile::exists(path));
    }

private:
    test::ReportFixture m_f;
    QTemporaryDir m_dir;
    QString m_code;
};

QTEST_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
