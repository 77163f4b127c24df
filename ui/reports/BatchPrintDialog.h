#pragma once

#include "report/DossierBatch.h"
#include "repo/EnterpriseRepository.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace dx {

class Database;

// Prints the dossiers of a cluster, of the enterprises the register lists (its search and
// filters) or of the one selected there, into one PDF
// or one file each, off the GUI thread with its own connection, with a progress dialog whose
// Cancel leaves no half-written file (DossierBatch).
class BatchPrintDialog : public QDialog
{
    Q_OBJECT

public:
    // What the register lists now: its filter and how many it found (-1 while counting).
    struct Listed
    {
        EnterpriseFilter filter;
        qint64 count = -1;
    };
    BatchPrintDialog(std::shared_ptr<Database> db, const QVector<qint64>& selected, const std::optional<Listed>& listed,
                     QWidget* parent = nullptr);

    // Prints to `target` (a file for one PDF, a folder for a file each) as the options say;
    // public for tests. Reports the outcome in a message.
    Result<report::BatchOutcome> run(const QString& target);

private:
    void start();

    std::shared_ptr<Database> m_db;
    QVector<qint64> m_selected;
    std::optional<Listed> m_listed;
    QComboBox* m_source;
    QRadioButton* m_onePdf;
    QRadioButton* m_eachFile;
    QCheckBox* m_personal;
};

} // namespace dx
