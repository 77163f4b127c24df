// Each report printed from the fixture city and read back with pdftotext: the Chinese names and
// figures come out as they went in, the footer counts pages, phones are masked unless chosen.
#include "PdfText.h"
#include "ReportFixture.h"

#include "report/DiagnosisReport.h"
#include "report/DossierReport.h"
#include "report/PdfFile.h"
#include "report/ProgressReports.h"
#include "report/ReportHtml.h"
#include "report/Renderer.h"
#include "repo/DiagnosisRepository.h"

#include <QtTest>

using namespace dx;

class TestReportContent : public QObject
{
    Q_OBJECT

    // Prints `doc` and returns its text; `pages` receives the page count the renderer reported.
    QString print(const report::Document& doc, int* pages = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.pdf").arg(++m_count));
        int n = 0;
        const Status s = report::PdfFile::write(doc, path, &n);
        if (!s)
            qWarning() << s.message();
        if (pages)
            *pages = n;
        m_lastPath = path;
        return test::pdfText(path, 0, true);
    }

    report::Options options(bool personal = false) const
    {
        report::Options o;
        o.showPersonal = personal;
        o.bureau = QStringLiteral("揭阳市工业和信息化局");
        o.today = QDate(2025, 1, 10);
        return o;
    }

private slots:
    void initTestCase()
    {
        if (!test::havePoppler())
            QSKIP("pdftotext/pdfinfo missing (scripts/deps.sh installs poppler-utils)");
        QVERIFY(report::Renderer::checkFont().isOk());
        QCoreApplication::installTranslator(&m_footer);
    }

    void dossierHasEverySection()
    {
        auto doc = report::DossierReport::build(m_f.db(), m_f.e1, options());
        QVERIFY2(doc.isOk(), qPrintable(doc.message()));
        int pages = 0;
        const QString text = print(doc.value(), &pages);
        QCOMPARE(test::pdfPages(m_lastPath), pages);
        for (const QString& expected : {QStringLiteral("揭阳市工业和信息化局"), QStringLiteral("揭阳市测试1纺织有限公司"), m_f.clusterName,
                                        QStringLiteral("织造车间数字化改造"), QStringLiteral("MES 订阅"), QStringLiteral("网关与传感器"),
                                        QStringLiteral("1,000,000.00"), QStringLiteral("系统部署上线"), QStringLiteral("试运行与优化"),
                                        QStringLiteral("王芳、李强"), QStringLiteral("一企一档与现场一致"), QStringLiteral("合同.pdf"),
                                        m_f.sha256.left(32), m_f.sha256.mid(32), QStringLiteral("技改奖补"), QStringLiteral("90,000.00"),
                                        QStringLiteral("50,000.00"), QStringLiteral("PZ-7788"), QStringLiteral("二级")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(text.contains(report::DossierReport::tr("Evidence of the diagnoses")));
        QCOMPARE(text.count(m_f.sha256.left(32)), 2);   // the same file kept with the project and the diagnosis
        QVERIFY2(test::hasFooter(text, 1, pages), qPrintable(text.right(200)));
        QVERIFY(test::hasFooter(text, pages, pages));
    }

    void phonesMaskedUnlessChosen_data()
    {
        QTest::addColumn<bool>("personal");
        QTest::newRow("masked") << false;
        QTest::newRow("shown") << true;
    }
    void phonesMaskedUnlessChosen()
    {
        QFETCH(bool, personal);
        auto dossier = report::DossierReport::build(m_f.db(), m_f.e1, options(personal));
        QVERIFY(dossier.isOk());
        const QString text = print(dossier.value());
        QCOMPARE(text.contains(QStringLiteral("13812345678")), personal);
        QCOMPARE(text.contains(QStringLiteral("138****5678")), !personal);
        auto diagnoses = DiagnosisRepository(m_f.db()).listForEnterprise(m_f.e1);
        QVERIFY(diagnoses.isOk() && !diagnoses->isEmpty());
        auto report = report::DiagnosisReport::build(m_f.db(), diagnoses->first().id, options(personal));
        QVERIFY(report.isOk());
        const QString diagnosisText = print(report.value());
        QCOMPARE(diagnosisText.contains(QStringLiteral("13812345678")), personal);
        QCOMPARE(diagnosisText.contains(QStringLiteral("138****5678")), !personal);
    }

    void diagnosisReportHasDimensionsLevelAndChart()
    {
        const qint64 id = m_f.diagnosis(m_f.e2, DiagnosisKind::Baseline, QDate(2025, 1, 5), 2);
        auto diagnosis = DiagnosisRepository(m_f.db()).get(id);
        QVERIFY(diagnosis.isOk());
        auto doc = report::DiagnosisReport::build(m_f.db(), id, options());
        QVERIFY2(doc.isOk(), qPrintable(doc.message()));
        int pages = 0;
        const QString text = print(doc.value(), &pages);
        auto index = AssessmentIndex::shipped(diagnosis->indexId, diagnosis->indexVersion);
        QVERIFY(index.isOk());
        for (const IndexDimension& dim : index->dimensions)
            QVERIFY2(text.contains(dim.name), qPrintable(dim.name));
        QVERIFY(text.contains(QStringLiteral("揭阳市测试2纺织有限公司")));
        QVERIFY(text.contains(AssessmentIndex::levelName(2)));
        QVERIFY(text.contains(AssessmentIndex::formatPoints(diagnosis->totalScore)));
        QVERIFY(test::hasFooter(text, pages, pages));
        // The chart is in the document: its bars' values are drawn as text on the page, and the
        // HTML version carries it as an image.
        bool hasChart = false;
        for (const report::Block& b : doc->blocks)
            hasChart = hasChart || (b.kind == report::Block::ChartBlock && b.chart.categories.size() == index->dimensions.size());
        QVERIFY(hasChart);
        QVERIFY(report::toHtml(doc.value()).contains(QStringLiteral("data:image/png;base64,")));
    }

    void unknownRecordsAreNamed()
    {
        auto dossier = report::DossierReport::buildByCreditCode(m_f.db(), QStringLiteral("91440101MA00000000"), options());
        QCOMPARE(dossier.code(), ErrorCode::NotFound);
        QVERIFY(dossier.message().contains(QStringLiteral("91440101MA00000000")));
        QCOMPARE(report::DiagnosisReport::build(m_f.db(), 999999, options()).code(), ErrorCode::NotFound);
    }

    void htmlRepeatsTheContent()
    {
        auto doc = report::DossierReport::build(m_f.db(), m_f.e1, options());
        QVERIFY(doc.isOk());
        const QString html = report::toHtml(doc.value());
        QVERIFY(html.contains(QStringLiteral("<thead>")));
        QVERIFY(html.contains(QStringLiteral("织造车间数字化改造")));
        QVERIFY(html.contains(QStringLiteral("138****5678")));
        QVERIFY(!html.contains(QStringLiteral("13812345678")));
    }

private:
    test::ReportFixture m_f;
    test::ChineseFooter m_footer;
    QTemporaryDir m_dir;
    QString m_lastPath;
    int m_count = 0;
};

QTEST_MAIN(TestReportContent)
#include "tst_reportcontent.moc"
