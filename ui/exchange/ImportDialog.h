#pragma once

#include "exchange/ImportTarget.h"
#include "exchange/Table.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace dx {

class Database;
class ImportIssueModel;

// Importing a ledger (enterprises, providers, a project's cost lines, invoices or payments,
// grant applications) in three steps: the file (sheet, header row, a preview),
// the columns (each matched to a field by its header, changeable, remembered for the next file
// with the same headers), and the dry run (every row checked; counts of new, changed,
// unchanged and invalid rows; the problems by row, column and value, exportable). Only then
// the user imports all valid rows or nothing; the write is one transaction either way.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `kind`: one of ImportTarget::kinds().
    ImportDialog(std::shared_ptr<Database> db, const QString& kind, QWidget* parent = nullptr);
    ~ImportDialog() override;
    bool openFile(const QString& path);   // false with a message when unreadable
    const ImportPlan& plan() const { return m_plan; }
    const ImportOutcome& outcome() const { return m_outcome; }

private:
    void chooseFile();
    bool loadSheet();
    void headerRowChanged();
    void fillPreview();
    void fillMapping();
    void mappingChanged();
    void next();
    void back();
    bool runDryRun();
    void refreshSummary();
    void runImport();
    void exportReport();
    void showPage(int page);
    QStringList headers() const;

    std::shared_ptr<Database> m_db;
    std::unique_ptr<ImportTarget> m_target;
    QString m_caption;
    QString m_path;
    Table m_table;
    ImportMapping m_mapping;
    ImportPlan m_plan;
    ImportOutcome m_outcome;

    QStackedWidget* m_pages;
    QLabel* m_fileLabel;
    QComboBox* m_sheet;
    QSpinBox* m_headerRow;
    QTableWidget* m_preview;
    QTableWidget* m_columns;
    QLabel* m_missing;
    QLabel* m_summary;
    QCheckBox* m_updateExisting;
    QCheckBox* m_skipInvalid;
    QTableView* m_issueView;
    ImportIssueModel* m_issues;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_import;
    QPushButton* m_exportReport;
};

} // namespace dx
