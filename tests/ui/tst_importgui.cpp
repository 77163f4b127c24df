// The import dialog as an officer uses it: a ledger with a title row, headers found in row 2,
// a column the officer maps by hand (and finds remembered the next time), the dry-run report
// with the bad row, nothing importable until the valid rows are chosen, then the import.
#include "GuiSupport.h"
#include "TestSupport.h"
#include "exchange/ImportTarget.h"
#include "exchange/ImportDialog.h"
#include "repo/EnterpriseRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace dx;

class TestImportGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateGui(m_db.dir());
        m_path = m_db.dir() + QStringLiteral("/台账.csv");
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QStringList lines{
            QStringLiteral("2025年试点企业台账,,,"),
            QStringLiteral("单位,统一社会信用代码,所属区县,从业人员"),
            QStringLiteral("揭阳市甲纺织有限公司,%1,榕城区,120").arg(test::makeCreditCode(QStringLiteral("445202"), 1)),
            QStringLiteral("揭阳市乙塑胶有限公司,%1,榕城区,80").arg(test::makeCreditCode(QStringLiteral("445202"), 2)),
            QStringLiteral("揭阳市丙五金厂,91445200000000000X,榕城区,十"),
        };
        f.write(lines.join(QStringLiteral("\n")).toUtf8());
    }

    void mapDryRunAndImportTheValidRows()
    {
        ImportDialog dialog(m_db.db(), QStringLiteral("enterprises"));
        dialog.show();
        QVERIFY(dialog.openFile(m_path));
        QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("importHeaderRow"))->value(), 2);
        auto* next = dialog.findChild<QPushButton*>(QStringLiteral("importNext"));
        QTest::mouseClick(next, Qt::LeftButton);

        // "单位" matches no field: the name is missing and Next is disabled until it is mapped.
        auto* nameCombo = dialog.findChild<QComboBox*>(QStringLiteral("importField0"));
        QVERIFY(nameCombo);
        QCOMPARE(nameCombo->currentData().toString(), QString());
        QVERIFY(!next->isEnabled());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("importMissing"))->text().isEmpty());
        nameCombo->setCurrentIndex(nameCombo->findData(QStringLiteral("name")));
        emit nameCombo->activated(nameCombo->currentIndex());
        QVERIFY(next->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("importMissing"))->text().isEmpty());

        QTest::mouseClick(next, Qt::LeftButton);   // the dry run
        QCOMPARE(dialog.plan().count(ImportAction::Create), 2);
        QCOMPARE(dialog.plan().count(ImportAction::Invalid), 1);
        auto* issues = dialog.findChild<QTableView*>(QStringLiteral("importIssues"));
        QCOMPARE(issues->model()->rowCount(), 2);   // the check character and the employees of row 5
        QCOMPARE(issues->model()->index(0, 0).data().toInt(), 5);
        auto* run = dialog.findChild<QPushButton*>(QStringLiteral("importRun"));
        QVERIFY(!run->isEnabled());   // nothing while a row is invalid
        QCOMPARE(count(), qint64(0));
        dialog.findChild<QCheckBox*>(QStringLiteral("importSkipInvalid"))->setChecked(true);
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QCOMPARE(dialog.outcome().created, 2);
        QCOMPARE(count(), qint64(2));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void theMappingIsRemembered()
    {
        ImportDialog dialog(m_db.db(), QStringLiteral("enterprises"));
        dialog.show();
        QVERIFY(dialog.openFile(m_path));
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("importField0"))->currentData().toString(), QStringLiteral("name"));
    }

    void anUnreadableFileSaysWhy()
    {
        const QString path = m_db.dir() + QStringLiteral("/empty.csv");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        ImportDialog dialog(m_db.db(), QStringLiteral("enterprises"));
        QVERIFY(!dialog.openFile(path));
        QVERIFY(!MessageBox::lastText().isEmpty());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importNext"))->isEnabled());
    }

private:
    qint64 count() const
    {
        return EnterpriseRepository(*m_db).count(EnterpriseFilter{}).value();
    }
    test::TempDatabase m_db;
    QString m_path;
};

QTEST_MAIN(TestImportGui)
#include "tst_importgui.moc"
