#pragma once

#include <QDialog>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QTreeWidget;

namespace dx {

class Database;
struct Eligibility;

// A subsidy application: the enterprise (found by name or credit code, or given), its project,
// the policy and the amount requested. The eligible amount and its explanation are shown live
// as the choices change (GrantRepository::preview; nothing is written until Apply).
class NewGrantDialog : public QDialog
{
    Q_OBJECT
public:
    NewGrantDialog(std::shared_ptr<Database> db, qint64 enterpriseId, qint64 projectId, QWidget* parent = nullptr);
    qint64 grantId() const { return m_grantId; }

private:
    void findEnterprises();
    void enterpriseChosen();
    void updatePreview();
    void apply();

    std::shared_ptr<Database> m_db;
    qint64 m_grantId = 0;
    QLineEdit* m_find;
    QComboBox* m_enterprise;
    QComboBox* m_project;
    QComboBox* m_policy;
    QLineEdit* m_requested;
    QDateEdit* m_appliedOn;
    QPlainTextEdit* m_notes;
    QTreeWidget* m_preview;
    QLabel* m_eligible;
    QLabel* m_error;
    QTimer* m_findDelay;
};

// Shows an eligibility explanation, one line per row with its figure (shared by the new
// application and the grant editor).
void showEligibility(QTreeWidget* tree, const Eligibility& eligibility);

} // namespace dx
