#pragma once

#include "assessment/AssessmentIndex.h"
#include "common/ConflictDialog.h"
#include "domain/Diagnosis.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace dx {

class Database;
class QuestionnaireWidget;
class SceneGridWidget;

// Fills in one diagnosis on site: the questionnaire and the scene grid from the index data,
// the running score and level always in view, drafts saved automatically two seconds after
// the last change (a laptop closed mid-visit loses at most that), submit and confirm.
class DiagnosisFormDialog : public QDialog
{
    Q_OBJECT
public:
    DiagnosisFormDialog(std::shared_ptr<Database> db, qint64 diagnosisId, QWidget* parent = nullptr);
    ~DiagnosisFormDialog() override;

    const Diagnosis& diagnosis() const { return m_diagnosis; }
    bool saveNow();   // saves a pending change; false (with a message shown) when it failed

protected:
    void done(int result) override;

private:
    void buildHeader(QWidget* parent, QVBoxLayout* layout);
    void load();
    Diagnosis collect() const;
    // After a version conflict: the edit and the stored diagnosis side by side (ConflictDialog).
    ConflictHandling<Diagnosis> conflictHandling();
    QVector<ConflictField> conflictFields(const Diagnosis& mine, const Diagnosis& theirs) const;
    void takeStored(const Diagnosis& stored);   // "take theirs": the editor shows the stored version
    void onChanged();
    void recompute();
    void submit();
    void confirm();
    void updateState();
    void showError(const QString& message);

    std::shared_ptr<Database> m_db;
    Diagnosis m_diagnosis;
    AssessmentIndex m_index;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_conflictPending = false;   // a conflict was left unresolved: no autosave until Save

    QLabel* m_error;
    QComboBox* m_kind;
    QDateEdit* m_visitDate;
    QLineEdit* m_provider;
    QLineEdit* m_assessor;
    QLabel* m_score;
    QLabel* m_level;
    QLabel* m_status;
    QLabel* m_saved;
    QuestionnaireWidget* m_questionnaire = nullptr;
    SceneGridWidget* m_scenes = nullptr;
    QDoubleSpinBox* m_totalOnly = nullptr;
    QPlainTextEdit* m_findings;
    QPlainTextEdit* m_recommendations;
    QTextBrowser* m_gap;
    QPushButton* m_saveButton;
    QPushButton* m_submitButton;
    QPushButton* m_confirmButton;
    QTimer* m_autosave;
};

} // namespace dx
