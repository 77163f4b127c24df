// Batch printing of dossiers: one PDF for many, or a file each; a batch cancelled halfway
// leaves nothing half-written (one PDF: no file at all, not even its temporary file).
#include "PdfText.h"
#include "ReportFixture.h"

#include "report/DossierBatch.h"

#include <QtTest>

using namespace dx;

class TestDossierBatch : public QObject
{
    Q_OBJECT

    report::BatchRequest request(bool onePdf, const QString& target) const
    {
        report::BatchRequest r;
        r.enterpriseIds = {m_f.e1, m_f.e2, m_f.e3};
        r.onePdf = onePdf;
        r.target = target;
        r.options.today = QDate(2025, 1, 10);
        return r;
    }

private slots:
    void initTestCase()
    {
        if (!test::havePoppler())
            QSKIP("pdftotext/pdfinfo missing (scripts/deps.sh installs poppler-utils)");
    }

    void onePdfHoldsEveryDossier()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("集群档案.pdf"));
        int calls = 0;
        auto out = report::DossierBatch::run(m_f.db(), request(true, target), [&](int done, int total) {
            ++calls;
            QCOMPARE(total, 3);
            QCOMPARE(done, calls);
        });
        QVERIFY2(out.isOk(), qPrintable(out.message()));
        QCOMPARE(out->dossiers, 3);
        QCOMPARE(test::pdfPages(target), out->pages);
        const QString text = test::pdfText(target);
        for (int i = 1; i <= 3; ++i)
            QVERIFY(text.contains(QStringLiteral("揭阳市测试%1纺织有限公司").arg(i)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("集群档案.pdf")});
    }

    void oneFileEach()
    {
        QTemporaryDir dir;
        auto out = report::DossierBatch::run(m_f.db(), request(false, dir.path()));
        QVERIFY2(out.isOk(), qPrintable(out.message()));
        QCOMPARE(out->files.size(), 3);
        for (const QString& file : out->files) {
            QVERIFY(QFileInfo(file).fileName().startsWith(QStringLiteral("9")));   // named by credit code
            QVERIFY(test::pdfPages(file) >= 1);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
    }

    void cancelledHalfwayLeavesNoFile_data()
    {
        QTest::addColumn<bool>("onePdf");
        QTest::newRow("one pdf") << true;
        QTest::newRow("one file each") << false;
    }
    void cancelledHalfwayLeavesNoFile()
    {
        QFETCH(bool, onePdf);
        QTemporaryDir dir;
        const QString target = onePdf ? dir.filePath(QStringLiteral("集群档案.pdf")) : dir.filePath(QStringLiteral("each"));
        std::atomic_bool cancel{false};
        // The user presses Cancel once the first dossier is done.
        auto out = report::DossierBatch::run(m_f.db(), request(onePdf, target), [&](int done, int) {
            if (done == 1)
                cancel = true;
        }, &cancel);
        QCOMPARE(out.code(), ErrorCode::Cancelled);
        if (onePdf) {
            QVERIFY(!QFile::exists(target));
            QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());   // no temporary file either
        } else {
            // The dossier finished before the cancel stays, whole; nothing else is there.
            const QStringList files = QDir(target).entryList(QDir::Files | QDir::Hidden);
            QCOMPARE(files.size(), 1);
            QVERIFY(test::pdfText(QDir(target).filePath(files.first())).contains(QStringLiteral("揭阳市测试1纺织有限公司")));
        }
    }

private:
    test::ReportFixture m_f;
};

QTEST_MAIN(TestDossierBatch)
#include "tst_dossierbatch.moc"
