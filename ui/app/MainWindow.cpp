#include "MainWindow.h"

#include "ConnectDialog.h"
#include "UsersDialog.h"

#include "AuditTrailCheck.h"
#include "BackupStatus.h"
#include "DemoLoader.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "enterprises/EnterpriseListWidget.h"
#include "enterprises/EnterpriseTableModel.h"
#include "exchange/RegisterExchange.h"
#include "exchange/ViewExport.h"
#include "dashboard/DashboardWidget.h"
#include "grants/GrantBrowserWidget.h"
#include "projects/ProjectBrowserWidget.h"
#include "providers/ProviderPoolWidget.h"
#include "reference/ClusterDialog.h"
#include "package/PackageMenu.h"
#include "reports/ReportsMenu.h"
#include "repo/EnterpriseRepository.h"
#include "util/Settings.h"

#include <QActionGroup>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace dx {

MainWindow::MainWindow(std::shared_ptr<Database> db, QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("DX Desk"));
    m_dbLabel = new QLabel(this);
    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_undoGroup = new QUndoGroup(this);
    statusBar()->addPermanentWidget(m_roleLabel);
    statusBar()->addPermanentWidget(m_dbLabel);
    m_backupStatus = new BackupStatus(this);
    format::setMoneyInYuan(Settings::value(Settings::Key::MoneyInYuan).toBool());
    buildMenus();
    setDatabase(std::move(db));
    if (!restoreGeometry(Settings::value(Settings::Key::MainWindowGeometry).toByteArray()))
        resize(1360, 820);
    restoreState(Settings::value(Settings::Key::MainWindowState).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings::setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::MainWindowState, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    file->addAction(tr("&Open database…"), QKeySequence::Open, this, &MainWindow::openDatabase);
    file->addAction(tr("Connect to a &shared database…"), this, &MainWindow::connectToServer);
    file->addAction(tr("&Back up database…"), this, &MainWindow::backupDatabase);
    file->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreFromBackup);
    file->addAction(tr("&Verify audit trail…"), this, [this] { AuditTrailCheck::run(this, m_db); })
        ->setObjectName(QStringLiteral("verifyAuditTrailAction"));
    file->addSeparator();
    // One import machinery, one entry per kind of ledger (the other areas reload when shown).
    QMenu* imports = file->addMenu(tr("&Import"));
    const QList<QPair<QString, QString>> kinds{{QStringLiteral("enterprises"), tr("&Enterprises…")},
                                               {QStringLiteral("providers"), tr("Service &providers…")},
                                               {QStringLiteral("cost-lines"), tr("Project &cost lines…")},
                                               {QStringLiteral("invoices"), tr("Project &invoices…")},
                                               {QStringLiteral("payments"), tr("Project pa&yments…")},
                                               {QStringLiteral("grants"), tr("&Grant applications…")}};
    for (const auto& [kind, text] : kinds) {
        QAction* a = imports->addAction(text, this, [this, kind = kind] {
            if (registerExchange::importLedger(this, m_db, kind))
                m_enterprises->reload();
        });
        if (kind == QLatin1String("enterprises"))
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        m_caseActions << a;
    }
    file->addAction(tr("E&xport the register…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                    [this] { registerExchange::exportList(this, m_db, m_enterprises->model()->filter()); });
    file->addAction(tr("Export the &current list…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this,
                    [this] { viewExport::exportFromArea(this, m_areas->currentWidget()); });
    file->addSeparator();
    m_caseActions << file->addAction(tr("Load &demonstration city…"), this, &MainWindow::loadDemo);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("E&dit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* enterprises = menuBar()->addMenu(tr("&Enterprises"));
    m_caseActions << enterprises->addAction(tr("&New enterprise…"), QKeySequence::New, this, [this] { m_enterprises->newEnterprise(); });
    m_registerActions << enterprises->addAction(tr("&Edit enterprise…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                                [this] { m_enterprises->editCurrent(); });
    m_caseActions << enterprises->addAction(tr("&Archive or restore"), QKeySequence(Qt::CTRL | Qt::Key_Delete), this,
                                            [this] { m_enterprises->toggleArchiveCurrent(); });
    enterprises->addAction(tr("&Find…"), this, [this] { m_enterprises->focusSearch(); });
    enterprises->addAction(tr("&Reload"), QKeySequence::Refresh, this, [this] { m_enterprises->reload(); });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Enterprise &register"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] { showArea(Area::Register); });
    view->addAction(tr("&Projects"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] { showArea(Area::Projects); });
    view->addAction(tr("R&esource pool"), QKeySequence(Qt::CTRL | Qt::Key_3), this, [this] { showArea(Area::Pool); });
    view->addAction(tr("&Subsidies"), QKeySequence(Qt::CTRL | Qt::Key_4), this, [this] { showArea(Area::Subsidies); });
    view->addAction(tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_5), this, [this] { showArea(Area::Dashboard); });

    QMenu* data = menuBar()->addMenu(tr("&Reference data"));
    m_caseActions << data->addAction(tr("Industry &clusters…"), this, &MainWindow::editClusters);
    data->addAction(tr("Service &providers and products"), this, [this] { showArea(Area::Pool); });

    menuBar()->addMenu(new ReportsMenu([this] { return m_db; }, [this] { return m_enterprises; }, this));
    // Field packages (issue 9): out to a provider's laptop and back; opening one switches the
    // window to the new field database.
    menuBar()->addMenu(new PackageMenu([this] { return m_db; },
                                       [this](std::shared_ptr<Database> db) {
                                           setDatabase(std::move(db));
                                           Settings::setValue(Settings::Key::DatabasePath, m_db->path());
                                       },
                                       this));

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    m_usersAction = settings->addAction(tr("&Users and roles…"), this, &MainWindow::editUsers);
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    settings->addSeparator();
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString current = Settings::value(Settings::Key::Language).toString();
    const QList<QPair<QString, QString>> languages = {
        {QString(), tr("Follow the system")}, {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}, {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, label] : languages) {
        QAction* a = language->addAction(label, this, [this, code = code] { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
    }

    // Officers think in 万元; a ledger cross-checked against bank slips is easier in 元.
    QAction* yuan = settings->addAction(tr("Amounts in &yuan (元) instead of 10k yuan (万元)"));
    yuan->setCheckable(true);
    yuan->setChecked(format::moneyInYuan());
    connect(yuan, &QAction::toggled, this, [this](bool on) {
        Settings::setValue(Settings::Key::MoneyInYuan, on);
        format::setMoneyInYuan(on);
        const int area = m_areas->currentIndex();
        setDatabase(m_db);   // rebuilds the areas, so every list shows the new unit
        m_areas->setCurrentIndex(area);
    });

    // The programme's target share of 规上 enterprises at 二级 or above (90 % unless a city sets its own).
    settings->addAction(tr("Programme &target for 规上 enterprises…"), this, [this] {
        bool ok = false;
        const int percent = QInputDialog::getInt(this, tr("Programme target"),
                                                 tr("Share of 规上 enterprises to reach 二级 or above (%):"),
                                                 Settings::value(Settings::Key::AboveScaleTargetPercent).toInt(), 1, 100, 1, &ok);
        if (!ok)
            return;
        Settings::setValue(Settings::Key::AboveScaleTargetPercent, percent);
        const int area = m_areas->currentIndex();
        setDatabase(m_db);   // the dashboard's gap column follows
        m_areas->setCurrentIndex(area);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DX Desk"), this, &MainWindow::about);
}

void MainWindow::setDatabase(std::shared_ptr<Database> db)
{
    m_db = std::move(db);
    // One tab per area; replacing the central widget deletes the old areas (and their hold on
    // the old database).
    auto* areas = new QTabWidget(this);
    areas->setObjectName(QStringLiteral("areas"));
    areas->setDocumentMode(true);
    auto* list = new EnterpriseListWidget(m_db, areas);
    connect(list, &EnterpriseListWidget::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    auto* projects = new ProjectBrowserWidget(m_db, areas);
    areas->addTab(list, tr("Enterprise register"));
    areas->addTab(projects, tr("Projects"));
    auto* pool = new ProviderPoolWidget(m_db, areas);
    areas->addTab(pool, tr("Resource pool"));
    // A provider's staff see no grants and no city-wide figures (Access::canSeeGrants).
    GrantBrowserWidget* grants = nullptr;
    DashboardWidget* dashboard = nullptr;
    if (m_db->access().canSeeGrants()) {
        grants = new GrantBrowserWidget(m_db, areas);
        areas->addTab(grants, tr("Subsidies"));
        dashboard = new DashboardWidget(m_db, areas);
        areas->addTab(dashboard, tr("Dashboard"));
        // A bar or a count of the dashboard opens the register on the enterprises behind it.
        connect(dashboard, &DashboardWidget::showEnterprises, this, [areas, list](const ProgressFilter& scope, ProgressStage stage) {
            list->showProgress(scope, stage);
            areas->setCurrentWidget(list);
        });
    }
    m_areaWidgets[int(Area::Register)] = list;
    m_areaWidgets[int(Area::Projects)] = projects;
    m_areaWidgets[int(Area::Pool)] = pool;
    m_areaWidgets[int(Area::Subsidies)] = grants;
    m_areaWidgets[int(Area::Dashboard)] = dashboard;
    // The project list, the pool's scorecards and the grants follow changes made elsewhere;
    // each loads when shown.
    connect(areas, &QTabWidget::currentChanged, this, [areas, projects, pool, grants, dashboard](int index) {
        if (areas->widget(index) == projects)
            projects->reload();
        if (areas->widget(index) == pool)
            pool->reload();
        if (grants && areas->widget(index) == grants)
            grants->reload();
        if (dashboard && areas->widget(index) == dashboard)
            dashboard->reload();
    });
    setCentralWidget(areas);
    m_areas = areas;
    m_enterprises = list;
    m_undoGroup->addStack(list->undoStack());
    m_undoGroup->setActiveStack(list->undoStack());
    m_backupStatus->setDatabase(m_db);
    m_dbLabel->setText(QDir::toNativeSeparators(m_db->path()));
    m_dbLabel->setToolTip(tr("Database file; schema version %1").arg(m_db->schemaVersion()));
    applyAccess();
    if (!m_db->migrationBackupPath().isEmpty())
        statusBar()->showMessage(tr("The database was upgraded; a copy of the old file was kept as %1.")
                                     .arg(QDir::toNativeSeparators(m_db->migrationBackupPath())));
}

void MainWindow::offerDemoIfEmpty()
{
    if (Settings::value(Settings::Key::DemoOffered).toBool())
        return;
    auto count = EnterpriseRepository(*m_db).count(EnterpriseFilter::everyone());
    if (!count || count.value() > 0)
        return;
    Settings::setValue(Settings::Key::DemoOffered, true);
    startEmptyDatabase();
}

void MainWindow::startEmptyDatabase()
{
    bool importLedger = false;
    if (loadDemoCity(this, m_db, true, &importLedger))
        m_enterprises->reload();
    else if (importLedger && registerExchange::importLedger(this, m_db, QStringLiteral("enterprises")))
        m_enterprises->reload();
}

void MainWindow::loadDemo()
{
    if (loadDemoCity(this, m_db, false)) {
        m_enterprises->reload();
        statusBar()->showMessage(tr("The demonstration enterprises were added."), 8000);
    }
}

void MainWindow::checkDatabaseInBackground()
{
    if (!m_db->isFile() || m_db->checkedOnOpen())   // a server keeps its own files consistent
        return;
    statusBar()->showMessage(tr("Checking the database file in the background…"));
    auto* watcher = new QFutureWatcher<Result<QStringList>>(this);
    const std::shared_ptr<Database> db = m_db;
    connect(watcher, &QFutureWatcher<Result<QStringList>>::finished, this, [this, watcher, db] {
        watcher->deleteLater();
        const Result<QStringList> check = watcher->result();
        if (check.isOk() && check.value() == QStringList{QStringLiteral("ok")}) {
            statusBar()->showMessage(tr("Database file checked: no damage found."), 8000);
            return;
        }
        statusBar()->clearMessage();
        MessageBox::critical(this, tr("The database file is damaged"),
                             tr("The check of %1 found damage: %2\n\nStop editing, keep a copy of the file as it is, and go back to "
                                "the latest backup. The check itself changed nothing.")
                                 .arg(db->path(), check.isOk() ? check.value().mid(0, 3).join(QStringLiteral("; ")) : check.message()));
    });
    watcher->setFuture(QtConcurrent::run([db] {
        Result<QStringList> r = db->checkIntegrity(false);
        db->releaseThreadConnection();
        return r;
    }));
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_db->path()).absolutePath(),
                                                      tr("DX Desk databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    OpenOptions options;
    options.createIfMissing = false;
    auto opened = Database::open(path, options);
    if (!opened) {
        MessageBox::critical(this, tr("Open database"), opened.message());
        return;
    }
    setDatabase(opened.value());
    Settings::setValue(Settings::Key::DatabasePath, path);
    checkDatabaseInBackground();
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(m_db->path(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    OpenOptions options;
    options.password = dialog.password();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Database::open(dialog.url(), options);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        MessageBox::critical(this, tr("Connect to a shared database"), opened.message());
        return;
    }
    setDatabase(opened.value());
    Settings::setValue(Settings::Key::DatabasePath, dialog.url());   // the address only, never the password
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QFileInfo(m_db->path()).absolutePath(),
                                                      tr("DX Desk databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New database"),
                            tr("%1 already exists. Choose another name; DX Desk never overwrites a file.").arg(path));
        return;
    }
    auto opened = Database::open(path);
    if (!opened) {
        MessageBox::critical(this, tr("New database"), opened.message());
        return;
    }
    setDatabase(opened.value());
    Settings::setValue(Settings::Key::DatabasePath, path);
    startEmptyDatabase();
}

void MainWindow::backupDatabase()
{
    const QString suggested = QStringLiteral("%1-%2.sqlite")
                                  .arg(QFileInfo(m_db->path()).completeBaseName(),
                                       QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up database"),
                                                      QFileInfo(m_db->path()).absoluteDir().filePath(suggested),
                                                      tr("DX Desk databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    m_backupStatus->writeInBackground(path);
}

void MainWindow::dailyBackupInBackground()
{
    m_backupStatus->dailyInBackground();
}

void MainWindow::restoreFromBackup()
{
    if (auto restored = m_backupStatus->restore())
        setDatabase(std::move(restored));
}

void MainWindow::editClusters()
{
    ClusterDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_enterprises->reloadReferenceData();
        m_enterprises->reload();
    }
}

void MainWindow::showArea(Area area)
{
    if (QWidget* w = m_areaWidgets[int(area)])
        m_areas->setCurrentWidget(w);
    else
        statusBar()->showMessage(tr("Your role (%1) does not include this area.").arg(roleName(m_db->access().role)), 8000);
}

void MainWindow::applyAccess()
{
    const Access& access = m_db->access();
    for (QAction* a : std::as_const(m_registerActions))
        a->setEnabled(access.canEditRegister());
    for (QAction* a : std::as_const(m_caseActions))
        a->setEnabled(access.canEditCases());
    m_usersAction->setEnabled(access.canManageUsers());
    m_roleLabel->setText(tr("%1 · %2").arg(access.login, roleName(access.role)));
    m_roleLabel->setToolTip(access.readOnly() ? tr("You can look at everything here and change nothing.")
                            : access.role == Role::Provider
                                ? tr("You work on the enterprises assigned to your service provider; grants are not shown.")
                                : QString());
}

void MainWindow::editUsers()
{
    UsersDialog dialog(m_db, this);
    dialog.exec();
    // Whoever is signed in may have changed standing (on a file the register decides).
    if (auto access = UserRepository(*m_db).currentAccess(); access && access->role != m_db->access().role)
        statusBar()->showMessage(tr("Your role changes to %1 the next time this database is opened.").arg(roleName(access->role)), 10000);
}

void MainWindow::setLanguage(const QString& code)
{
    Settings::setValue(Settings::Key::Language, code);
    MessageBox::information(this, tr("Language"), tr("The language changes the next time DX Desk starts."));
}

void MainWindow::about()
{
    MessageBox::information(this, tr("About DX Desk"),
                            tr("DX Desk %1\nCase desk for SME digital transformation (中小企业数字化转型).\n\nDatabase: %2\nSchema version: %3")
                                .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(m_db->path()))
                                .arg(m_db->schemaVersion()));
}

} // namespace dx
