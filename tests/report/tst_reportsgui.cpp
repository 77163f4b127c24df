// The report dialogs: Export PDF writes the report (masked unless "print in full" is ticked, which
// is logged), the printer path paints the same pages as the PDF, batch printing of a cluster's
// dossiers from the dialog, and the main window's Reports menu.
#include "PdfText.h"
#include "ReportFixture.h"

#include "app/MainWindow.h"
#include "common/MessageBox.h"
#include "repo/AuditRepository.h"
#include "repo/ClusterRepository.h"
#include "reports/BatchPrintDialog.h"
#include "reports/ReportDialog.h"
#include "util/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QMenuBar>
#include <QPrinter>
#include <QRadioButton>
#include <QtTest>

using namespace dx;

class TestReportsGui : public QObject
{
    Q_OBJECT

    int reveals() const
    {
        auto h = AuditRepository(m_f.db()).history(QStringLiteral("enterprises"), m_f.e1);
        int n = 0;
        for (const AuditEntry& a : h.value())
            n += a.action == QLatin1String("reveal") ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        if (!test::havePoppler())
            QSKIP("pdftotext/pdfinfo missing (scripts/deps.sh installs poppler-utils)");
        Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
        Settings::setValue(Settings::Key::BureauName, QStringLiteral("揭阳市工业和信息化局"));
        MessageBox::setHook([](QMessageBox::Icon, const QString&, const QString&, QMessageBox::StandardButtons) { return QMessageBox::Ok; });
    }

    void exportDossierMaskedThenInFull()
    {
        ReportDialog* dialog = ReportDialog::dossier(nullptr, m_f.ptr(), m_f.e1);
        const QString path = m_dir.filePath(QStringLiteral("dossier.pdf"));
        QVERIFY(dialog->exportTo(path).isOk());
        QString text = test::pdfText(path, 0, true);
        QVERIFY(text.contains(QStringLiteral("揭阳市工业和信息化局")));   // the bureau setting in the header
        QVERIFY(text.contains(QStringLiteral("138****5678")));
        QCOMPARE(reveals(), 0);

        auto* personal = dialog->findChild<QCheckBox*>(QStringLiteral("showPersonal"));
        QVERIFY(personal);
        personal->setChecked(true);
        QVERIFY(dialog->exportTo(path).isOk());
        text = test::pdfText(path, 0, true);
        QVERIFY(text.contains(QStringLiteral("13812345678")));
        QCOMPARE(reveals(), 1);   // printing a phone in full is logged like displaying it
        delete dialog;
    }

    void printerPathPaintsTheSamePages()
    {
        ReportDialog* dialog = ReportDialog::diagnosis(nullptr, m_f.ptr(), 1);
        const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
        QVERIFY(dialog->exportTo(exported).isOk());
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        dialog->paintOn(&printer);   // what the preview and the printer get
        QCOMPARE(test::pdfPages(printed), test::pdfPages(exported));
        QVERIFY(test::pdfText(printed).contains(QStringLiteral("揭阳市测试1纺织有限公司")));
        delete dialog;
    }

    void clusterReportFromTheDialog()
    {
        ReportDialog* dialog = ReportDialog::cluster(nullptr, m_f.ptr());
        auto* cluster = dialog->findChild<QComboBox*>(QStringLiteral("reportCluster"));
        QVERIFY(cluster);
        cluster->setCurrentIndex(cluster->findData(m_f.clusterId));
        QVERIFY(cluster->currentIndex() > 0);
        const QString path = m_dir.filePath(QStringLiteral("cluster.pdf"));
        QVERIFY(dialog->exportTo(path).isOk());
        const QString text = test::pdfText(path, 0, true);
        QVERIFY(text.contains(m_f.clusterName));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(text.contains(QStringLiteral("揭阳市测试%1纺织有限公司").arg(i)));
        delete dialog;
    }

    void batchOfACluster()
    {
        BatchPrintDialog dialog(m_f.ptr(), {}, std::nullopt);
        auto* source = dialog.findChild<QComboBox*>(QStringLiteral("batchSource"));
        QVERIFY(source);
        source->setCurrentIndex(source->findData(m_f.clusterId));
        dialog.findChild<QRadioButton*>(QStringLiteral("batchOnePdf"))->setChecked(true);
        const QString path = m_dir.filePath(QStringLiteral("batch.pdf"));
        auto out = dialog.run(path);
        QVERIFY2(out.isOk(), qPrintable(out.message()));
        QCOMPARE(out->dossiers, 3);
        QCOMPARE(test::pdfPages(path), out->pages);
        QVERIFY(MessageBox::lastText().contains(QString::number(out->pages)));
    }

    void batchOfWhatTheRegisterLists()
    {
        // The register searched for "测试2": its list is one enterprise, and so is the batch.
        BatchPrintDialog::Listed listed;
        listed.filter.search = QStringLiteral("测试2");
        listed.count = 1;
        BatchPrintDialog dialog(m_f.ptr(), {m_f.e1}, listed);
        auto* source = dialog.findChild<QComboBox*>(QStringLiteral("batchSource"));
        QCOMPARE(source->count(), 2 + ClusterRepository(m_f.db()).list()->size());   // selection, list, clusters
        source->setCurrentIndex(1);
        dialog.findChild<QRadioButton*>(QStringLiteral("batchEachFile"))->setChecked(true);
        QTemporaryDir folder;
        auto out = dialog.run(folder.path());
        QVERIFY2(out.isOk(), qPrintable(out.message()));
        QCOMPARE(out->files.size(), 1);
        QVERIFY(test::pdfText(out->files.first(), 0, true).contains(QStringLiteral("揭阳市测试2纺织有限公司")));
    }

    void mainWindowHasTheReportsMenu()
    {
        MainWindow window(m_f.ptr());
        auto* menu = window.findChild<QMenu*>(QStringLiteral("reportsMenu"));
        QVERIFY(menu);
        QVERIFY(menu->actions().size() >= 4);
        QVERIFY(window.menuBar()->actions().contains(menu->menuAction()));
    }

private:
    test::ReportFixture m_f;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReportsGui)
#include "tst_reportsgui.moc"
