#pragma once

#include "common/ConflictDialog.h"
#include "domain/Project.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace dx {

class Database;
class ProjectProductsWidget;

// One transformation project: its parties and baseline, contract, cost lines, milestones and
// history, and the state changes as explicit buttons. A button the workflow does not allow
// right now is disabled and its tooltip says why.
class ProjectEditorDialog : public QDialog
{
    Q_OBJECT
public:
    ProjectEditorDialog(std::shared_ptr<Database> db, qint64 projectId, QWidget* parent = nullptr);
    const Project& project() const { return m_project; }
    bool save();   // writes the edited fields; false with the reason shown

private:
    QWidget* buildPartiesPage();
    QWidget* buildContractPage();
    void load();
    Project collect(bool* ok);
    // After a version conflict: the edit and the stored project side by side (ConflictDialog).
    ConflictHandling<Project> conflictHandling();
    QVector<ConflictField> conflictFields(const Project& mine, const Project& theirs) const;
    void takeStored(const Project& stored);   // "take theirs": the editor shows the stored version
    void moveTo(ProjectState to);
    void updateStateButtons();
    void showError(const QString& message);
    void editCost(CostLine& line);
    void editMilestoneLine(Milestone& milestone);
    void refreshVersion();
    void afterLineSaved(const Status& saved);

    std::shared_ptr<Database> m_db;
    Project m_project;
    QLabel* m_error;
    QLabel* m_stateLabel;
    QLineEdit* m_title;
    QComboBox* m_traction;
    QComboBox* m_integrator;
    QComboBox* m_baseline;
    QComboBox* m_targetLevel;
    QCheckBox* m_showcase;
    QPlainTextEdit* m_notes;
    ProjectProductsWidget* m_productsPage;
    QCheckBox* m_contractSigned;
    QDateEdit* m_contractDate;
    QLineEdit* m_contractAmount;
    QTreeWidget* m_costs;
    QLabel* m_costTotals;
    QTreeWidget* m_money;   // invoices and payments
    QTreeWidget* m_milestones;
    QTreeWidget* m_history;
    QLabel* m_acceptance;
    QPushButton* m_saveButton;
    QHash<ProjectState, QPushButton*> m_stateButtons;
    QList<QWidget*> m_editors;   // enabled only while the project is open
    QList<QWidget*> m_moneyEditors;   // invoices and payments: until the project is cancelled
};

} // namespace dx
