// The register's table model: lazily paged, sorted and filtered in SQL, and a well-behaved
// QAbstractItemModel (QAbstractItemModelTester) while it does so.
#include "TestSupport.h"
#include "demo/DemoCityGenerator.h"
#include "enterprises/EnterpriseTableModel.h"
#include "repo/EnterpriseRepository.h"
#include "util/Settings.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace dx;

class TestEnterpriseModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(DemoCityGenerator::populate(*m_db, 650, 11).isOk());
    }

    void pagesArriveOnDemand()
    {
        EnterpriseTableModel model(m_db.db());
        QCOMPARE(model.rowCount(), EnterpriseTableModel::PageSize);   // one page, not the table
        QVERIFY(model.canFetchMore({}));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 650);
        QTRY_COMPARE(model.totalCount(), qint64(650));
        // Every id once.
        QSet<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.idAt(r));
        QCOMPARE(ids.size(), 650);
    }

    void sortsInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("name asc") << int(EnterpriseTableModel::Name) << int(Qt::AscendingOrder);
        QTest::newRow("name desc") << int(EnterpriseTableModel::Name) << int(Qt::DescendingOrder);
        QTest::newRow("employees asc") << int(EnterpriseTableModel::Employees) << int(Qt::AscendingOrder);
        QTest::newRow("credit code desc") << int(EnterpriseTableModel::CreditCode) << int(Qt::DescendingOrder);
    }

    void sortsInSql()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        EnterpriseTableModel model(m_db.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column, Qt::SortOrder(order));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 650);
        EnterpriseRepository repo(*m_db);
        for (int r = 1; r < model.rowCount(); ++r) {
            const Enterprise a = repo.get(model.idAt(r - 1)).value();
            const Enterprise b = repo.get(model.idAt(r)).value();
            if (column == EnterpriseTableModel::Employees)
                QVERIFY2(order == Qt::AscendingOrder ? a.employees <= b.employees : a.employees >= b.employees, qPrintable(QString::number(r)));
            else if (column == EnterpriseTableModel::Name)
                QVERIFY(order == Qt::AscendingOrder ? a.name <= b.name : a.name >= b.name);
            else
                QVERIFY(order == Qt::AscendingOrder ? a.creditCode < b.creditCode : a.creditCode > b.creditCode);
        }
    }

    void filtersAndCounts()
    {
        EnterpriseTableModel model(m_db.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EnterpriseFilter f;
        f.aboveScale = 1;
        model.setFilter(f);
        while (model.canFetchMore({}))
            model.fetchMore({});
        const int above = model.rowCount();
        QVERIFY(above > 0 && above < 650);
        QTRY_COMPARE(model.totalCount(), qint64(above));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, EnterpriseTableModel::Scale).data().toString(), QStringLiteral("Above scale"));
    }

    void phoneIsMasked()
    {
        EnterpriseTableModel model(m_db.db());
        const QString shown = model.index(0, EnterpriseTableModel::Phone).data().toString();
        QCOMPARE(shown.size(), 11);
        QCOMPARE(shown.mid(3, 4), QStringLiteral("****"));
    }

private:
    QTemporaryDir m_dir;
    test::TempDatabase m_db;
};

QTEST_MAIN(TestEnterpriseModel)
#include "tst_enterprisemodel.moc"
