// File › Verify audit trail… in the main window: the check runs off the GUI thread and says
// "intact", or names the row edited behind the application's back.

#include "GuiSupport.h"
#include "TestSupport.h"
#include "app/MainWindow.h"
#include "repo/EnterpriseRepository.h"

#include <QAction>
#include <QSqlQuery>
#include <QtTest>

using namespace dx;

class TestAuditTrailGui : public QObject
{
    Q_OBJECT

private slots:
    void verifyFromTheMenu()
    {
        test::TempDatabase db;
        test::isolateGui(db.dir());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(EnterpriseRepository(*db).create(test::sampleEnterprise(i)));
        MainWindow window(db.db());
        auto* verify = window.findChild<QAction*>(QStringLiteral("verifyAuditTrailAction"));
        QVERIFY(verify);
        verify->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("The audit trail is intact: 3 rows checked")),
                 qPrintable(MessageBox::lastText()));

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'someone else' WHERE id = 2")));
        verify->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("The chain breaks at audit row 2 (enterprises, record 2,"))
                     && MessageBox::lastText().contains(QStringLiteral("content changed")),
                 qPrintable(MessageBox::lastText()));
    }
};

QTEST_MAIN(TestAuditTrailGui)
#include "tst_audittrailgui.moc"
