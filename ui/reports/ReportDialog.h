#pragma once

#include "report/ReportDocument.h"
#include "report/ReportFormat.h"
#include "util/Result.h"

#include <QDialog>
#include <functional>
#include <optional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QPrinter;

namespace dx {

class Database;

// One report to print: its options (a cluster, a date, whether phones print in full), then
// Preview (QPrintPreviewDialog), Print or Export PDF…. The content comes from core/report and
// is painted by the same Renderer for the printer, the preview and the PDF, so they match.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // Reads the options' widgets (on the GUI thread) and returns the work that builds the report
    // from them (run on a worker thread).
    using Job = std::function<Result<report::Document>()>;
    using Builder = std::function<Job(const report::Options&)>;

    // The dossier of an enterprise (一企一档), the report of one diagnosis, a cluster's (or the
    // city's) progress as of a date, the monthly summary.
    static ReportDialog* dossier(QWidget* parent, std::shared_ptr<Database> db, qint64 enterpriseId);
    static ReportDialog* diagnosis(QWidget* parent, std::shared_ptr<Database> db, qint64 diagnosisId);
    static ReportDialog* cluster(QWidget* parent, std::shared_ptr<Database> db);
    static ReportDialog* monthly(QWidget* parent, std::shared_ptr<Database> db);

    // The report with the options as set; errors are shown and give nothing.
    std::optional<report::Document> build();
    // The actions of the buttons, public for tests: export writes `path` without asking.
    Status exportTo(const QString& path);
    void paintOn(QPrinter* printer);

private:
    ReportDialog(QWidget* parent, std::shared_ptr<Database> db, const QString& title, bool personalData);
    void preview();
    void print();
    void exportPdf();
    Status write(const report::Document& doc, const QString& path);

    std::shared_ptr<Database> m_db;
    Builder m_builder;
    std::function<void()> m_onPersonalPrint;   // logs that phone numbers were printed in full
    QFormLayout* m_form;
    QCheckBox* m_personal = nullptr;
};

} // namespace dx
