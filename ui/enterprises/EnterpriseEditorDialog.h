#pragma once

#include "common/ConflictDialog.h"
#include "domain/Enterprise.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace dx {

class Database;
class DiagnosisListWidget;

// Create or edit one enterprise: a keyboard-friendly form with inline validation (the credit
// code says at once whether its check character is right) and the record's history from
// the audit log. Saving is one transaction; a failure keeps the dialog open with the input.
class EnterpriseEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // id 0 creates a new enterprise.
    EnterpriseEditorDialog(std::shared_ptr<Database> db, qint64 id, QWidget* parent = nullptr);
    ~EnterpriseEditorDialog() override;

    const Enterprise& enterprise() const { return m_enterprise; }  // as saved
    // The stored version the save replaced: the one opened, or the one another officer saved
    // meanwhile when the user chose to keep their edit over it or took it (for undo).
    const Enterprise& replaced() const { return m_replaced; }
    void accept() override;

private:
    void buildForm(QWidget* page);
    void loadReferenceData();
    void showEnterprise(const Enterprise& e);
    Enterprise collect(bool* ok);
    // After a version conflict: the edit and the stored record side by side (ConflictDialog).
    ConflictHandling<Enterprise> conflictHandling();
    QVector<ConflictField> conflictFields(const Enterprise& mine, const Enterprise& theirs) const;
    void takeStored(const Enterprise& stored);   // "take theirs": the editor shows the stored version
    void validateCreditCode();
    void validateRevenue();
    void updateTierDate();
    void suggestCluster();
    void revealPhone();
    void loadHistory();
    void showError(const QString& message);

    std::shared_ptr<Database> m_db;
    Enterprise m_enterprise;
    Enterprise m_replaced;
    bool m_phoneRevealed = false;

    QTabWidget* m_tabs;
    QLabel* m_errorLabel;
    QLineEdit* m_name;
    QLineEdit* m_creditCode;
    QLabel* m_creditCodeStatus;
    QComboBox* m_district;
    QComboBox* m_industry;
    QComboBox* m_cluster;
    QCheckBox* m_aboveScale;
    QSpinBox* m_employees;
    QLineEdit* m_revenue;
    QLabel* m_revenueStatus;
    QComboBox* m_tier;
    QDateEdit* m_tierValidUntil;
    QLineEdit* m_contactName;
    QLineEdit* m_contactPhone;
    QPushButton* m_revealPhone;
    QLineEdit* m_commissioner;
    QPlainTextEdit* m_notes;
    QCheckBox* m_archived;
    QTreeWidget* m_history;
    DiagnosisListWidget* m_diagnoses = nullptr;
    QPushButton* m_save;
};

} // namespace dx
