#pragma once

#include <QMenu>
#include <functional>
#include <memory>

namespace dx {

class Database;
class EnterpriseListWidget;

// The main window's Reports menu: the dossier of the register's current enterprise, the cluster
// progress report, the monthly summary, batch printing of dossiers and the bureau name printed
// in every header. MainWindow only adds it; the menu asks for the database and the register
// when used (the database may have been switched since).
class ReportsMenu : public QMenu
{
    Q_OBJECT

public:
    using DatabaseFn = std::function<std::shared_ptr<Database>()>;
    using RegisterFn = std::function<const EnterpriseListWidget*()>;   // the register as it is now
    ReportsMenu(DatabaseFn db, RegisterFn list, QWidget* parent);
    // The enterprises selected in the register.
    static QVector<qint64> selectedIn(const EnterpriseListWidget* list);

private:
    void dossier();
    void batch();
    void bureauName();

    DatabaseFn m_db;
    RegisterFn m_register;
};

} // namespace dx
