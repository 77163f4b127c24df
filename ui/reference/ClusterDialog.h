#pragma once

#include <QDialog>
#include <memory>

class QTableWidget;
class QLabel;

namespace dx {

class Database;

// The city's industry clusters (产业集群/细分行业) and the GB/T 4754 codes each covers.
// Edits are saved together in one transaction; clusters are archived, never deleted.
class ClusterDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ClusterDialog(std::shared_ptr<Database> db, QWidget* parent = nullptr);
    void accept() override;

private:
    void load();
    void addRow();
    std::shared_ptr<Database> m_db;
    QTableWidget* m_table;
    QLabel* m_error;
};

} // namespace dx
