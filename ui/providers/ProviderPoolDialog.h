#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QTreeWidget;

namespace dx {

class Database;

// The city's resource pool (资源池): every provider with its roles, admission batch, standing
// and scorecard (enterprises served, projects filed/accepted/not accepted, milestones on time,
// average level uplift), and the "小快轻准" products of the selected provider.
class ProviderPoolDialog : public QDialog
{
    Q_OBJECT
public:
    ProviderPoolDialog(std::shared_ptr<Database> db, QWidget* parent = nullptr);
    void reload();

private:
    void showProducts();
    void editStanding();

    std::shared_ptr<Database> m_db;
    QTreeWidget* m_providers;
    QTreeWidget* m_products;
    QLabel* m_error;
};

} // namespace dx
