#include "ReportDialog.h"

#include "common/BackgroundTask.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "report/DiagnosisReport.h"
#include "report/DossierReport.h"
#include "report/PdfFile.h"
#include "report/ProgressReports.h"
#include "report/Renderer.h"
#include "repo/ClusterRepository.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"
#include "util/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace dx {

ReportDialog::ReportDialog(QWidget* parent, std::shared_ptr<Database> db, const QString& title, bool personalData)
    : QDialog(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    if (personalData) {
        // PIPL: contact phones print masked unless the officer chooses otherwise for this print.
        m_personal = new QCheckBox(tr("Print contact phone numbers in full"), this);
        m_personal->setObjectName(QStringLiteral("showPersonal"));
        m_form->addRow(m_personal);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton* pdf = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("previewButton"));
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    connect(preview, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(print, &QPushButton::clicked, this, &ReportDialog::print);
    connect(pdf, &QPushButton::clicked, this, &ReportDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    preview->setDefault(true);
}

ReportDialog* ReportDialog::dossier(QWidget* parent, std::shared_ptr<Database> db, qint64 enterpriseId)
{
    auto* d = new ReportDialog(parent, db, tr("Enterprise dossier (一企一档)"), true);
    const Database* raw = db.get();
    d->m_builder = [raw, enterpriseId](const report::Options& o) -> Job {
        return [raw, enterpriseId, o] { return report::DossierReport::build(*raw, enterpriseId, o); };
    };
    d->m_onPersonalPrint = [raw, enterpriseId] { EnterpriseRepository(*raw).logReveal(enterpriseId); };
    return d;
}

ReportDialog* ReportDialog::diagnosis(QWidget* parent, std::shared_ptr<Database> db, qint64 diagnosisId)
{
    auto* d = new ReportDialog(parent, db, tr("Diagnosis report"), true);
    const Database* raw = db.get();
    d->m_builder = [raw, diagnosisId](const report::Options& o) -> Job {
        return [raw, diagnosisId, o] { return report::DiagnosisReport::build(*raw, diagnosisId, o); };
    };
    d->m_onPersonalPrint = [raw, diagnosisId] {
        if (auto diagnosis = DiagnosisRepository(*raw).get(diagnosisId))
            EnterpriseRepository(*raw).logReveal(diagnosis->enterpriseId);
    };
    return d;
}

ReportDialog* ReportDialog::cluster(QWidget* parent, std::shared_ptr<Database> db)
{
    auto* d = new ReportDialog(parent, db, tr("Cluster progress report"), false);
    auto* cluster = new QComboBox(d);
    cluster->setObjectName(QStringLiteral("reportCluster"));
    cluster->addItem(tr("The whole city"), qint64(-1));
    if (auto list = ClusterRepository(*db).list())
        for (const Cluster& c : list.value())
            cluster->addItem(c.name, c.id);
    auto* asOf = new QDateEdit(QDate::currentDate(), d);
    asOf->setObjectName(QStringLiteral("reportAsOf"));
    asOf->setCalendarPopup(true);
    asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    d->m_form->insertRow(0, tr("&Cluster:"), cluster);
    d->m_form->insertRow(1, tr("&As of:"), asOf);
    const Database* raw = db.get();
    d->m_builder = [raw, cluster, asOf](const report::Options& o) -> Job {
        const qint64 clusterId = cluster->currentData().toLongLong();
        const QDate date = asOf->date();
        return [raw, clusterId, date, o] { return report::ProgressReports::cluster(*raw, clusterId, date, o); };
    };
    return d;
}

ReportDialog* ReportDialog::monthly(QWidget* parent, std::shared_ptr<Database> db)
{
    auto* d = new ReportDialog(parent, db, tr("Monthly summary"), false);
    auto* month = new QDateEdit(QDate::currentDate().addMonths(-1), d);
    month->setObjectName(QStringLiteral("reportMonth"));
    month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    d->m_form->insertRow(0, tr("&Month:"), month);
    const Database* raw = db.get();
    d->m_builder = [raw, month](const report::Options& o) -> Job {
        const QDate date = month->date();
        return [raw, date, o] { return report::ProgressReports::monthly(*raw, date, o); };
    };
    return d;
}

std::optional<report::Document> ReportDialog::build()
{
    if (const Status font = report::Renderer::checkFont(); !font) {
        MessageBox::critical(this, windowTitle(), font.message());
        return std::nullopt;
    }
    report::Options options;
    options.showPersonal = m_personal && m_personal->isChecked();
    // A city's report reads every enterprise: off the GUI thread, on the worker's own connection.
    const Job job = m_builder(options);
    auto doc = runInBackground<Result<report::Document>>(this, m_db, windowTitle(), tr("Reading the report's figures…"),
                                                         [job](const ProgressFn&, const std::atomic_bool*) { return job(); });
    if (!doc) {
        MessageBox::critical(this, windowTitle(), doc.message());
        return std::nullopt;
    }
    if (options.showPersonal && m_onPersonalPrint)
        m_onPersonalPrint();
    return doc.takeValue();
}

namespace {
void paint(const report::Document& doc, QPrinter* printer)
{
    report::Renderer::setUpPage(*printer, doc.landscape);
    QPainter painter(printer);
    report::Renderer::paint(doc, *printer, painter);
}
}

void ReportDialog::paintOn(QPrinter* printer)
{
    if (const auto doc = build())
        paint(*doc, printer);
}

void ReportDialog::preview()
{
    // Built once: the preview repaints on every zoom or page-setup change.
    const auto doc = build();
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(windowTitle());
    // Big enough to read a page: the dialog's own default shows a thumbnail.
    if (const QScreen* screen = this->screen())
        dialog.resize(screen->availableGeometry().size() * 0.8);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter* p) { paint(*doc, p); });
    dialog.exec();
}

void ReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(&printer);
}

Status ReportDialog::write(const report::Document& doc, const QString& path)
{
    const Status s = runInBackground<Status>(this, m_db, windowTitle(), tr("Writing the PDF…"),
                                             [&doc, path](const ProgressFn&, const std::atomic_bool*) {
                                                 return report::PdfFile::write(doc, path);
                                             });
    if (!s)
        MessageBox::critical(this, windowTitle(), s.message());
    return s;
}

Status ReportDialog::exportTo(const QString& path)
{
    const auto doc = build();
    return doc ? write(*doc, path) : Status::error(ErrorCode::Cancelled, QString());
}

void ReportDialog::exportPdf()
{
    const auto doc = build();
    if (!doc)
        return;
    const QString folder = Settings::value(Settings::Key::LastImportFolder).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"),
                                                      QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(doc->fileName),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    Settings::setValue(Settings::Key::LastImportFolder, QFileInfo(path).absolutePath());
    write(*doc, path);
}

} // namespace dx
