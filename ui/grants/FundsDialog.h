#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QTreeWidget;

namespace dx {

class Database;
struct Fund;

// The funds (奖补资金) and their policies: each fund with its source, period, total and split
// limits, the ledger per industry cluster of the selected fund, and its policies with their
// versions. Funds and policies are created and edited here (administrators' work).
class FundsDialog : public QDialog
{
    Q_OBJECT
public:
    FundsDialog(std::shared_ptr<Database> db, QWidget* parent = nullptr);
    void reload();
    void newFund();
    void editFund();
    void newPolicy();
    void editPolicy();

private:
    void showFund();
    qint64 currentFundId() const;
    bool editFundForm(const Fund& fund);

    std::shared_ptr<Database> m_db;
    QTreeWidget* m_funds;
    QTreeWidget* m_clusters;
    QTreeWidget* m_policies;
    QLabel* m_error;
};

} // namespace dx
