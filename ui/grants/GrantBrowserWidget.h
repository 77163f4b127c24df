#pragma once

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QTreeWidget;

namespace dx {

class Database;
class GrantTableModel;

// Subsidies as a main-window area: the fund ledger on top (total, committed, paid, remaining
// and the split limit of each fund), the grants below, searchable and filtered by fund, policy,
// state and cluster. Enter opens a grant; new applications and the funds and policies are one
// button away.
class GrantBrowserWidget : public QWidget
{
    Q_OBJECT
public:
    explicit GrantBrowserWidget(std::shared_ptr<Database> db, QWidget* parent = nullptr);
    GrantTableModel* model() const { return m_model; }
    void reload();
    void openCurrent();
    void newApplication();
    void manageFunds();

private:
    void applyFilter();
    void fillLedger();
    void fillChoices();

    std::shared_ptr<Database> m_db;
    GrantTableModel* m_model;
    QTreeWidget* m_ledger;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_fund;
    QComboBox* m_policy;
    QComboBox* m_state;
    QComboBox* m_cluster;
    QLabel* m_count;
    QLabel* m_error;
    QTimer* m_delay;
};

} // namespace dx
