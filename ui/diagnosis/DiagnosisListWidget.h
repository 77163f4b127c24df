#pragma once

#include <QWidget>
#include <memory>

class QPushButton;
class QTreeWidget;

namespace dx {

class Database;

// An enterprise's diagnoses (date, kind, status, score, level), with new, open, revise and
// compare. Lives in the enterprise editor.
class DiagnosisListWidget : public QWidget
{
    Q_OBJECT
public:
    DiagnosisListWidget(std::shared_ptr<Database> db, qint64 enterpriseId, QWidget* parent = nullptr);
    void reload();
    QTreeWidget* view() const { return m_view; }

public slots:
    void newDiagnosis();
    void openCurrent();
    void reviseCurrent();
    void compareSelected();

private:
    void open(qint64 id);
    QList<qint64> selectedIds() const;
    void updateButtons();

    std::shared_ptr<Database> m_db;
    qint64 m_enterpriseId;
    QTreeWidget* m_view;
    QPushButton* m_open;
    QPushButton* m_revise;
    QPushButton* m_compare;
    QPushButton* m_report;
};

} // namespace dx
