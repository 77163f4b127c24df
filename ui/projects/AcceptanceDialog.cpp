#include "AcceptanceDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace dx {

AcceptanceDialog::AcceptanceDialog(bool passed, const QDate& today, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("acceptanceDialog"));
    setWindowTitle(passed ? tr("Accept project") : tr("Project not accepted"));
    auto* form = new QFormLayout(this);
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("inspectedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_inspectors = new QLineEdit(this);
    m_inspectors->setObjectName(QStringLiteral("inspectors"));
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(QStringLiteral("inspectionResult"));
    m_result->setTabChangesFocus(true);
    m_result->setPlainText(passed ? tr("On-site check matches the dossier; the transformation reached its target.") : QString());
    m_dossier = new QCheckBox(tr("The 一企一档 dossier was verified on site"), this);
    m_dossier->setObjectName(QStringLiteral("dossierVerified"));
    m_dossier->setChecked(passed);
    form->addRow(tr("Inspection &date"), m_date);
    form->addRow(tr("&Inspectors"), m_inspectors);
    form->addRow(tr("&Findings"), m_result);
    form->addRow(QString(), m_dossier);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(480, 300);
}

AcceptanceRecord AcceptanceDialog::record() const
{
    return {m_date->date(), m_result->toPlainText().trimmed(), m_inspectors->text().trimmed(), m_dossier->isChecked()};
}

} // namespace dx
