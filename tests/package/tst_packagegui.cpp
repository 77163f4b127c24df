// The package dialogs driven by object name: the import summary names the outcomes, the review
// dialog shows both sides of a conflict and applies the decision chosen for the field.

#include "PackageFixture.h"
#include "app/MainWindow.h"
#include "package/ConflictReviewDialog.h"
#include "package/ImportSummaryDialog.h"
#include "package/PackageExportDialog.h"
#include "package/PackageImport.h"
#include "repo/EnterpriseRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>

using namespace dx;
using namespace dx::test;

class TestPackageGui : public QObject
{
    Q_OBJECT

private slots:
    void reviewTakesTheFieldsValue()
    {
        FieldTrip trip(60, 13);
        QVERIFY(trip.ok());
        Bureau& bureau = trip.bureau;
        Laptop& laptop = trip.laptop;
        QTemporaryDir& dir = trip.dir;
        const QString code = EnterpriseRepository(*laptop.db).get(1)->creditCode;
        Enterprise f = EnterpriseRepository(*laptop.db).findByCreditCode(code).value();
        f.contactName = QStringLiteral("现场联系人");
        QVERIFY(EnterpriseRepository(*laptop.db).update(f));
        Enterprise b = EnterpriseRepository(*bureau).findByCreditCode(code).value();
        b.contactName = QStringLiteral("局里联系人");
        QVERIFY(EnterpriseRepository(*bureau).update(b));
        QVERIFY(FieldPackage::exportReturn(*laptop.db, dir.filePath(QStringLiteral("r"))));
        auto imported = PackageImport::run(*bureau, dir.filePath(QStringLiteral("r")));
        QVERIFY2(imported, qPrintable(imported.message()));

        ImportSummaryDialog summary(imported.value());
        QVERIFY(summary.findChild<QLabel*>(QStringLiteral("summary"))->text().contains(QStringLiteral("1 records with conflicts")));
        QVERIFY(summary.findChild<QPushButton*>(QStringLiteral("reviewButton")));
        QCOMPARE(summary.findChild<QTableWidget*>(QStringLiteral("records"))->rowCount(), 1);

        ConflictReviewDialog review(bureau.db->db());
        auto* table = review.findChild<QTableWidget*>(QStringLiteral("conflicts"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, ConflictReviewDialog::FieldColumn)->text(), QStringLiteral("Contact"));
        QCOMPARE(table->item(0, ConflictReviewDialog::BureauColumn)->text(), QStringLiteral("局里联系人"));
        QCOMPARE(table->item(0, ConflictReviewDialog::FieldValueColumn)->text(), QStringLiteral("现场联系人"));
        QCOMPARE(table->item(0, ConflictReviewDialog::RecordColumn)->text(), b.name);
        auto* choice = qobject_cast<QComboBox*>(table->cellWidget(0, ConflictReviewDialog::ChoiceColumn));
        choice->setCurrentIndex(choice->findData(2));
        QTest::mouseClick(review.findChild<QPushButton*>(QStringLiteral("applyButton")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(EnterpriseRepository(*bureau).findByCreditCode(code)->contactName, QStringLiteral("现场联系人"));
    }

    // The main window carries the menu; a return package only exists in a field database.
    void mainWindowMenu()
    {
        FieldTrip trip(40, 29);
        QVERIFY(trip.ok());
        for (const auto& [db, field] : {qMakePair(trip.bureau.db->db(), false), qMakePair(trip.laptop.db, true)}) {
            MainWindow window(db);
            auto* menu = window.findChild<QMenu*>(QStringLiteral("packageMenu"));
            QVERIFY(menu);
            QMetaObject::invokeMethod(menu, "aboutToShow");
            QCOMPARE(menu->findChild<QAction*>(QStringLiteral("exportReturnAction"))->isEnabled(), field);
        }
    }

    void exportDialogListsAssignedEnterprises()
    {
        Bureau bureau(60, 13);
        PackageExportDialog dialog(bureau.db->db());
        auto* provider = dialog.findChild<QComboBox*>(QStringLiteral("provider"));
        provider->setCurrentIndex(provider->findData(bureau.busiestProvider()));
        PackageRepository repo(*bureau);
        const auto ids = repo.enterprisesForProvider(repo.providerIdByCode(bureau.busiestProvider()).value());
        QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("enterprises"))->count(), int(ids->size()));
    }
};

QTEST_MAIN(TestPackageGui)
#include "tst_packagegui.moc"
