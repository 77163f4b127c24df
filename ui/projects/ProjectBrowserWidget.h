#pragma once

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace dx {

class Database;
class ProjectTableModel;

// The city's projects: search by enterprise, filter by state, show only those needing
// attention (overdue milestones, stuck in a state); Enter opens the project.
class ProjectBrowserWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectBrowserWidget(std::shared_ptr<Database> db, QWidget* parent = nullptr);
    ProjectTableModel* model() const { return m_model; }
    void reload();

private:
    void applyFilter();
    void openCurrent();

    std::shared_ptr<Database> m_db;
    ProjectTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_state;
    QCheckBox* m_flagged;
    QLabel* m_count;
    QTimer* m_delay;
};

} // namespace dx
