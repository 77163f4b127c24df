#pragma once

#include <QList>
#include <QMainWindow>
#include <memory>

class QLabel;
class QTabWidget;
class QUndoGroup;

namespace dx {

class BackupStatus;
class Database;
class EnterpriseListWidget;

// Assembles the areas (today: the enterprise register) and the menus; owns nothing else.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    EnterpriseListWidget* enterpriseList() const { return m_enterprises; }
    // On the first start with an empty database, offers the demonstration city.
    void offerDemoIfEmpty();
    // A file too large to check at open (Database::OpenOptions) is checked off the GUI thread now.
    void checkDatabaseInBackground();
    void startEmptyDatabase();   // a new, empty database: a demonstration city, our ledger, or nothing
    void dailyBackupInBackground();   // the first start of a day backs the database up (BackupStatus)

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void setDatabase(std::shared_ptr<Database> db);
    void openDatabase();
    void connectToServer();
    void newDatabase();
    void backupDatabase();
    void restoreFromBackup();
    void loadDemo();
    void editClusters();
    void editUsers();
    // What the signed-in user's role allows (Database::access): areas shown, actions enabled.
    void applyAccess();
    enum class Area { Register, Projects, Pool, Subsidies, Dashboard };
    void showArea(Area area);
    void setLanguage(const QString& code);
    void about();

    std::shared_ptr<Database> m_db;
    EnterpriseListWidget* m_enterprises = nullptr;
    QLabel* m_dbLabel;
    QLabel* m_roleLabel;
    QWidget* m_areaWidgets[5] = {};
    QList<QAction*> m_registerActions;   // need Access::canEditRegister
    QList<QAction*> m_caseActions;       // need Access::canEditCases
    QAction* m_usersAction = nullptr;
    QTabWidget* m_areas = nullptr;
    QUndoGroup* m_undoGroup;
    BackupStatus* m_backupStatus;
};

} // namespace dx
