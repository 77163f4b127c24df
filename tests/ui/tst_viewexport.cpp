// Exporting what a list shows: a lazy list fetched to the end under its filter, only the
// visible columns in their on-screen order, amounts as numbers with the unit in the header,
// rows the list hides left out, and the file read back as the officer would open it.
#include "GuiSupport.h"
#include "TestSupport.h"
#include "common/Format.h"
#include "demo/DemoCityGenerator.h"
#include "exchange/CsvReader.h"
#include "exchange/ViewExport.h"
#include "exchange/XlsxReader.h"
#include "grants/FundsDialog.h"
#include "grants/GrantBrowserWidget.h"
#include "grants/GrantTableModel.h"
#include "providers/ProviderPoolWidget.h"
#include "repo/EnterpriseRepository.h"
#include "enterprises/EnterpriseListWidget.h"
#include "enterprises/EnterpriseTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace dx;

class TestViewExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateGui(m_db.dir());
        QVERIFY(DemoCityGenerator::populate(*m_db, 600, 5).isOk());
    }

    void theWholeFilteredRegisterInScreenOrder()
    {
        EnterpriseListWidget list(m_db.db());
        list.show();
        auto* view = list.view();
        QVERIFY(!viewExport::title(view).isEmpty());
        QVERIFY(list.model()->rowCount() < 600);   // a page at a time
        // The officer hides the phone column and drags revenue to the front.
        view->setColumnHidden(EnterpriseTableModel::Phone, true);
        view->horizontalHeader()->moveSection(view->horizontalHeader()->visualIndex(EnterpriseTableModel::Revenue), 0);
        const QString path = m_db.dir() + QStringLiteral("/register.csv");
        const Status s = viewExport::write(view, path);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        auto doc = CsvReader::readFile(path);
        QVERIFY2(doc.isOk(), qPrintable(doc.message()));
        const Table& t = doc->table;
        QCOMPARE(t.rowCount(), 1 + 600);
        QCOMPARE(t.text(0, 0), format::withMoneyUnit(list.model()->headerData(EnterpriseTableModel::Revenue, Qt::Horizontal).toString()));
        const QString phoneHeader = list.model()->headerData(EnterpriseTableModel::Phone, Qt::Horizontal).toString();
        for (int c = 0; c < t.columnCount(); ++c)
            QVERIFY(t.text(0, c) != phoneHeader);
        // Revenue is a plain number in the chosen unit, equal to the stored fen.
        auto first = EnterpriseRepository(*m_db).findByCreditCode(t.text(1, 2));
        QVERIFY2(first.isOk(), qPrintable(t.text(1, 2)));
        QCOMPARE(qRound64(t.text(1, 0).toDouble() * 1000000.0), first->revenue.fen());
    }

    void grantsOfOneStateToXlsx()
    {
        GrantBrowserWidget browser(m_db.db());
        browser.show();
        browser.reload();
        auto* view = browser.findChild<QTableView*>(QStringLiteral("grantTable"));
        QVERIFY(view);
        const qint64 total = browser.model()->total();
        QVERIFY(total > 0);
        const QString path = m_db.dir() + QStringLiteral("/grants.xlsx");
        QVERIFY(viewExport::write(view, path).isOk());
        auto t = XlsxReader::readSheet(path, 0);
        QVERIFY2(t.isOk(), qPrintable(t.message()));
        QCOMPARE(qint64(t->rowCount()), 1 + total);
        // Money columns are numbers in the workbook.
        const int eligible = GrantTableModel::Eligible;
        QVERIFY(t->cell(1, eligible).number.has_value());
    }

    void rowsTheListHidesStayOut()
    {
        ProviderPoolWidget pool(m_db.db());
        pool.show();
        pool.reload();
        auto* providers = pool.findChild<QTreeWidget*>(QStringLiteral("providerView"));
        QVERIFY(providers && providers->topLevelItemCount() > 2);
        providers->topLevelItem(0)->setHidden(true);
        const QString path = m_db.dir() + QStringLiteral("/providers.csv");
        QVERIFY(viewExport::write(providers, path).isOk());
        auto doc = CsvReader::readFile(path);
        QVERIFY(doc.isOk());
        QCOMPARE(doc->table.rowCount(), 1 + providers->topLevelItemCount() - 1);
        QVERIFY(doc->table.text(1, 0) != providers->topLevelItem(0)->text(0));
    }

    void dialogListsByRightClickWithTheirChildren()
    {
        FundsDialog dialog(m_db.db());
        dialog.show();
        auto* policies = dialog.findChild<QTreeWidget*>(QStringLiteral("policyList"));
        QVERIFY(policies);
        QVERIFY(policies->findChild<QAction*>(QStringLiteral("exportListAction")));   // the context menu
        QCOMPARE(policies->contextMenuPolicy(), Qt::ActionsContextMenu);
        int rows = 0;
        for (int i = 0; i < policies->topLevelItemCount(); ++i)
            rows += 1 + policies->topLevelItem(i)->childCount();
        QVERIFY(rows > policies->topLevelItemCount());   // each policy has its versions
        const QString path = m_db.dir() + QStringLiteral("/policies.csv");
        QVERIFY(viewExport::write(policies, path).isOk());
        auto doc = CsvReader::readFile(path);
        QVERIFY(doc.isOk());
        QCOMPARE(doc->table.rowCount(), 1 + rows);
    }

    void anUnknownExtensionIsRefused()
    {
        GrantBrowserWidget browser(m_db.db());
        browser.reload();
        const Status s = viewExport::write(browser.findChild<QTableView*>(QStringLiteral("grantTable")), m_db.dir() + QStringLiteral("/x.pdf"));
        QVERIFY(!s.isOk());
        QVERIFY(s.message().contains(QLatin1String(".xlsx")));
    }

private:
    test::TempDatabase m_db;
};

QTEST_MAIN(TestViewExport)
#include "tst_viewexport.moc"
