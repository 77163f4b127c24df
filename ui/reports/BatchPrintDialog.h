#pragma once

#include "report/DossierBatch.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace dx {

class Database;

// Prints the dossiers of a cluster or of the enterprises selected in the register, into one PDF
// or one file each, off the GUI thread with its own connection, with a progress dialog whose
// Cancel leaves no half-written file (DossierBatch).
class BatchPrintDialog : public QDialog
{
    Q_OBJECT

public:
    BatchPrintDialog(std::shared_ptr<Database> db, const QVector<qint64>& selected, QWidget* parent = nullptr);

    // Prints to `target` (a file for one PDF, a folder for a file each) as the options say;
    // public for tests. Reports the outcome in a message.
    Result<report::BatchOutcome> run(const QString& target);

private:
    void start();

    std::shared_ptr<Database> m_db;
    QVector<qint64> m_selected;
    QComboBox* m_source;
    QRadioButton* m_onePdf;
    QRadioButton* m_eachFile;
    QCheckBox* m_personal;
};

} // namespace dx
