#pragma once

#include "repo/ProjectRepository.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace dx {

// The on-site acceptance record (现场验收): date, inspectors, findings, dossier checked.
class AcceptanceDialog : public QDialog
{
    Q_OBJECT
public:
    AcceptanceDialog(bool passed, const QDate& today, QWidget* parent = nullptr);
    AcceptanceRecord record() const;

private:
    QDateEdit* m_date;
    QLineEdit* m_inspectors;
    QPlainTextEdit* m_result;
    QCheckBox* m_dossier;
};

} // namespace dx
