// Long tables across pages: a cluster of 300 enterprises prints on a known number of landscape
// pages, the table header is on every page of the list, and no row is split between two pages.
// The monthly summary's figures against the previous month.
#include "PdfText.h"
#include "ReportFixture.h"

#include "report/PdfFile.h"
#include "report/ProgressReports.h"

#include <QtTest>

using namespace dx;

class TestReportPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!test::havePoppler())
            QSKIP("pdftotext/pdfinfo missing (scripts/deps.sh installs poppler-utils)");
        QCoreApplication::installTranslator(&m_footer);
        m_options.bureau = QStringLiteral("揭阳市工业和信息化局");
        m_options.today = QDate(2025, 1, 10);
    }

    void clusterOf300()
    {
        // A second cluster with 300 more enterprises (numbers 101 … 400), registered only.
        auto clusters = ClusterRepository(m_f.db()).list();
        QVERIFY(clusters.isOk() && clusters->size() >= 2);
        const Cluster big = clusters->at(1);
        QVector<Enterprise> list;
        for (int i = 101; i <= 400; ++i) {
            Enterprise e = test::sampleEnterprise(i);
            e.clusterId = big.id;
            list << e;
        }
        QVERIFY(EnterpriseRepository(m_f.db()).insertMany(list, {}).isOk());

        auto doc = report::ProgressReports::cluster(m_f.db(), big.id, QDate(2025, 1, 10), m_options);
        QVERIFY2(doc.isOk(), qPrintable(doc.message()));
        QVERIFY(doc->landscape);
        const QString path = m_dir.filePath(QStringLiteral("cluster.pdf"));
        int pages = 0;
        QVERIFY(report::PdfFile::write(doc.value(), path, &pages).isOk());
        if (qEnvironmentVariableIsSet("DX_KEEP_REPORTS"))
            QFile::copy(path, QDir(qEnvironmentVariable("DX_KEEP_REPORTS")).filePath(QStringLiteral("cluster300.pdf")));
        // Two pages of figures and charts, the list from page 3 (7 rows below the charts), then 25
        // one-line rows a landscape page: 7 + 11 × 25 + 18 = 300. A change of layout that loses or
        // squeezes rows changes this number.
        QCOMPARE(pages, 15);
        QCOMPARE(test::pdfPages(path), pages);

        const QString all = test::pdfText(path, 0, true);
        QVERIFY(all.contains(big.name));
        QVERIFY(test::hasFooter(all, pages, pages));
        // Every enterprise exactly once, whole: a row split across pages would cut its name.
        int firstListPage = 0;
        for (int i = 101; i <= 400; ++i)
            QCOMPARE(all.count(QStringLiteral("揭阳市测试%1纺织有限公司").arg(i)), 1);
        for (int page = 1; page <= pages; ++page) {
            const QString text = test::pdfText(path, page, true);
            QVERIFY2(test::hasFooter(text, page, pages), qPrintable(QString::number(page)));
            if (!firstListPage && text.contains(QStringLiteral("揭阳市测试")))
                firstListPage = page;
            // From the first page of the list on, each page starts the table with its header.
            if (firstListPage)
                QVERIFY2(text.contains(report::ProgressReports::tr("Credit code")), qPrintable(QString::number(page)));
        }
        QVERIFY(firstListPage > 1);
        // In name order the list ends with 揭阳市测试400…, on the last page.
        QVERIFY(test::pdfText(path, pages).contains(QStringLiteral("揭阳市测试400纺织有限公司")));
    }

    void monthlyAgainstPreviousMonth()
    {
        // The fixture's project was accepted on 2024-12-20 (post assessment 2024-11-30 at 二级).
        auto doc = report::ProgressReports::monthly(m_f.db(), QDate(2024, 12, 1), m_options);
        QVERIFY2(doc.isOk(), qPrintable(doc.message()));
        const QString path = m_dir.filePath(QStringLiteral("monthly.pdf"));
        int pages = 0;
        QVERIFY(report::PdfFile::write(doc.value(), path, &pages).isOk());
        const QString text = test::pdfText(path, 0, true);
        QVERIFY(text.contains(report::ProgressReports::tr("Monthly summary %1").arg(QStringLiteral("2024-12"))));
        const auto row = [](const QString& text, const QString& name, const QString& figures) {
            const QRegularExpression re(QRegularExpression::escape(name) + QStringLiteral("\\s+") + figures);
            return re.match(text).hasMatch();
        };
        QVERIFY2(row(text, report::ProgressReports::tr("Projects accepted"), QStringLiteral("0\\s+1\\s+\\+1")), qPrintable(text));
        QVERIFY(row(text, report::ProgressReports::tr("Level 2 or above after transformation"), QStringLiteral("1\\s+1\\s+0")));
        // The grant was approved and paid in January 2025: nothing yet at the end of December.
        QVERIFY(row(text, report::ProgressReports::tr("Subsidies paid (yuan)"), QStringLiteral("0\\.00\\s+0\\.00\\s+0\\.00")));
        QVERIFY(test::hasFooter(text, 1, pages));

        auto january = report::ProgressReports::monthly(m_f.db(), QDate(2025, 1, 1), m_options);
        QVERIFY(january.isOk());
        QVERIFY(report::PdfFile::write(january.value(), path).isOk());
        const QString jan = test::pdfText(path, 0, true);
        QVERIFY2(row(jan, report::ProgressReports::tr("Subsidies paid (yuan)"), QStringLiteral("0\\.00\\s+50,000\\.00\\s+\\+50,000\\.00")),
                 qPrintable(jan));
    }

private:
    test::ReportFixture m_f;
    test::ChineseFooter m_footer;
    report::Options m_options;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReportPaging)
#include "tst_reportpaging.moc"
