#pragma once

#include <QDialog>
#include <memory>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QLabel;

namespace dx {

class Database;

// The bureau's export: a provider, the enterprises to visit (its assigned ones ticked; more by
// credit code), the expiry date, then the package file.
class PackageExportDialog : public QDialog
{
    Q_OBJECT

public:
    PackageExportDialog(std::shared_ptr<Database> db, QWidget* parent = nullptr);

private:
    void loadEnterprises();
    void exportPackage();

    std::shared_ptr<Database> m_db;
    QComboBox* m_provider;
    QListWidget* m_enterprises;
    QLineEdit* m_extra;
    QDateEdit* m_expires;
    QLabel* m_summary;
};

} // namespace dx
