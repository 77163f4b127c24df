// The window follows the signed-in user's role (issue 12): an administrator manages users in
// Settings › Users and roles…; a provider's staff get no Subsidies and no Dashboard and cannot
// add enterprises; a viewer can open everything and change nothing.

#include "GuiSupport.h"
#include "ModalScript.h"
#include "TestSupport.h"
#include "app/MainWindow.h"
#include "app/UsersDialog.h"
#include "repo/ProviderRepository.h"
#include "repo/UserRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace dx;
using namespace dx::test;

namespace {

QAction* actionNamed(const QWidget& window, const QString& text)
{
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text() == text)
            return a;
    return nullptr;
}

QStringList tabTitles(const MainWindow& window)
{
    QStringList out;
    auto* areas = window.findChild<QTabWidget*>(QStringLiteral("areas"));
    for (int i = 0; areas && i < areas->count(); ++i)
        out << areas->tabText(i);
    return out;
}

DatabasePtr openAs(const QString& path, const QString& user)
{
    OpenOptions o;
    o.user = user;
    return Database::open(path, o).value();
}

} // namespace

class TestRolesGui : public QObject
{
    Q_OBJECT

private slots:
    void administratorAddsAUser()
    {
        TempDatabase db;
        isolateGui(db.dir());
        MainWindow window(db.db());
        QCOMPARE(tabTitles(window).size(), 5);
        for (const char* button : {"newGrantButton", "newProviderButton", "newButton"})
            QVERIFY2(window.findChild<QPushButton*>(QLatin1String(button))->isEnabled(), button);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("roleLabel"))->text().contains(QLatin1String("tester")));
        auto* users = window.findChild<QAction*>(QStringLiteral("usersAction"));
        QVERIFY(users && users->isEnabled());
        bool ran = false;
        whenModal<UsersDialog>(
            [](UsersDialog* dialog) {
                dialog->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(QStringLiteral("zhang"));
                auto* role = dialog->findChild<QComboBox*>(QStringLiteral("roleCombo"));
                role->setCurrentIndex(role->findData(int(Role::Officer)));
                dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
                auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("usersTable"));
                QCOMPARE(table->rowCount(), 1);
                QCOMPARE(table->item(0, 0)->text(), QStringLiteral("zhang"));
                QCOMPARE(table->item(0, 2)->text(), roleName(Role::Officer));
                // A second administrator who is not the one signed in would lock them out: refused, shown.
                const auto buttons = dialog->findChildren<QPushButton*>();
                for (QPushButton* b : buttons)
                    if (b->text() == QStringLiteral("&New user"))
                        b->click();
                dialog->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(QStringLiteral("li"));
                role->setCurrentIndex(role->findData(int(Role::Administrator)));
                dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
                auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
                QVERIFY(!error->isHidden());
                QVERIFY2(error->text().contains(QLatin1String("administrator")), qPrintable(error->text()));
                QCOMPARE(table->rowCount(), 1);
                dialog->reject();
            },
            &ran);
        users->trigger();
        QVERIFY(ran);
        QCOMPARE(UserRepository(*db).list()->size(), 1);
    }

    void providersAndViewersGetLess()
    {
        TempDatabase db;
        isolateGui(db.dir());
        Provider p;
        p.name = QStringLiteral("测试牵引单位有限公司");
        p.creditCode = makeCreditCode(QStringLiteral("445203"), 50000001);
        p.roles = {ProviderRole::Traction};
        auto provider = ProviderRepository(*db).create(p);
        QVERIFY(provider);
        UserRepository users(*db);
        for (const auto& [login, role] : QList<QPair<QString, Role>>{
                 {QStringLiteral("tester"), Role::Administrator}, {QStringLiteral("chen"), Role::Provider}, {QStringLiteral("zhao"), Role::Viewer}}) {
            User u;
            u.login = login;
            u.role = role;
            u.providerId = provider->id;
            QVERIFY(users.save(u));
        }
        {
            MainWindow window(openAs(db.location(), QStringLiteral("chen")));
            const QStringList tabs = tabTitles(window);
            QCOMPARE(tabs.size(), 3);
            QVERIFY(!tabs.contains(QStringLiteral("Subsidies")));
            QVERIFY(!tabs.contains(QStringLiteral("Dashboard")));
            QVERIFY(!actionNamed(window, QStringLiteral("&New enterprise…"))->isEnabled());
            QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("newButton"))->isEnabled());
            QVERIFY(actionNamed(window, QStringLiteral("&Edit enterprise…"))->isEnabled());
            QVERIFY(!window.findChild<QAction*>(QStringLiteral("usersAction"))->isEnabled());
            QVERIFY(window.findChild<QLabel*>(QStringLiteral("roleLabel"))->text().contains(roleName(Role::Provider)));
        }
        {
            MainWindow window(openAs(db.location(), QStringLiteral("zhao")));
            QCOMPARE(tabTitles(window).size(), 5);
            QVERIFY(!actionNamed(window, QStringLiteral("&Edit enterprise…"))->isEnabled());
            QVERIFY(!actionNamed(window, QStringLiteral("&Enterprises…"))->isEnabled());   // File › Import
            // The areas' own write buttons follow too.
            for (const char* button : {"newGrantButton", "newProviderButton", "standingButton", "newProductButton"})
                QVERIFY2(!window.findChild<QPushButton*>(QLatin1String(button))->isEnabled(), button);
            QVERIFY(!window.findChild<QAction*>(QStringLiteral("usersAction"))->isEnabled());
        }
    }
};

QTEST_MAIN(TestRolesGui)
#include "tst_rolesgui.moc"
