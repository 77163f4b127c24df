#pragma once

#include <QList>
#include <QMenu>
#include <functional>
#include <memory>

namespace dx {

class Database;

// The main window's Field packages menu. The bureau exports a provider's package, imports the
// return and reviews conflicts; on the laptop the provider opens a package (the window switches
// to the new field database) and exports the return. MainWindow only adds the menu.
class PackageMenu : public QMenu
{
    Q_OBJECT

public:
    using DatabaseFn = std::function<std::shared_ptr<Database>()>;
    using SwitchFn = std::function<void(std::shared_ptr<Database>)>;
    PackageMenu(DatabaseFn db, SwitchFn switchTo, QWidget* parent);

private:
    void exportPackage();
    void openPackage();
    void exportReturn();
    void importReturn();
    void reviewConflicts();
    void updateActions();

    DatabaseFn m_db;
    SwitchFn m_switchTo;
    QAction* m_return = nullptr;
    QList<QAction*> m_bureau;
};

} // namespace dx
