// The register's export and its import are inverses: a city exported to .xlsx or .csv and
// imported into an empty database gives the same enterprises, field by field; imported back
// into the database it came from, every row is unchanged. Phones leave masked unless chosen.
#include "TestSupport.h"
#include "demo/DemoCityGenerator.h"
#include "exchange/EnterpriseExport.h"
#include "exchange/EnterpriseImport.h"
#include "exchange/TableFile.h"
#include "repo/EnterpriseRepository.h"
#include "util/Settings.h"

#include <QtTest>

using namespace dx;

namespace {
QHash<QString, QVariantMap> fieldsByCode(const Database& db)
{
    QHash<QString, QVariantMap> out;
    EnterpriseFilter all;
    all.archived = ArchivedFilter::All;
    EnterpriseRepository(db).forEach(all, [&out](const Enterprise& e) {
        out.insert(e.creditCode, e.auditFields());   // both databases seed the same clusters in order
        return true;
    });
    return out;
}

Result<ImportPlan> importInto(EnterpriseImport& importer, const QString& path)
{
    auto table = TableFile::read(path, 0);
    if (!table)
        return table.status();
    ImportOptions options;
    options.headerRow = ImportMapping::guessHeaderRow(table.value(), EnterpriseImport::fieldList());
    const ImportMapping mapping = ImportMapping::match(ImportMapping::headersOf(table.value(), options.headerRow), EnterpriseImport::fieldList());
    return importer.dryRun(table.value(), mapping, options);
}
} // namespace

class TestEnterpriseExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Settings::useFile(m_source.dir() + QStringLiteral("/settings.ini"));
        QVERIFY(DemoCityGenerator::populate(*m_source, 400, 3).isOk());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << QStringLiteral("city.xlsx");
        QTest::newRow("csv") << QStringLiteral("city.csv");
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        const QString path = m_source.dir() + QLatin1Char('/') + file;
        EnterpriseExportOptions options;
        options.unmaskPhones = true;
        EnterpriseFilter all;
        all.archived = ArchivedFilter::All;
        auto written = EnterpriseExport(*m_source).write(all, path, options);
        QVERIFY2(written.isOk(), qPrintable(written.message()));
        QCOMPARE(written.value(), 400);

        // Into an empty database: the same records.
        test::TempDatabase target;
        EnterpriseImport importer(*target);
        auto plan = importInto(importer, path);
        QVERIFY2(plan.isOk(), qPrintable(plan.message()));
        QVERIFY2(plan->issues.isEmpty(), qPrintable(plan->issues.value(0).reason));
        QCOMPARE(plan->count(ImportAction::Create), 400);
        auto outcome = importer.apply(plan.value(), ImportOptions{}, file);
        QVERIFY2(outcome.isOk(), qPrintable(outcome.message()));
        const auto before = fieldsByCode(*m_source);
        const auto after = fieldsByCode(*target);
        QCOMPARE(after.size(), before.size());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVariantMap expected = it.value();
            QVariantMap actual = after.value(it.key());
            expected.remove(QStringLiteral("archived"));   // archiving is not a ledger column
            actual.remove(QStringLiteral("archived"));
            QCOMPARE(actual, expected);
        }

        // Back into the database it came from: nothing new, nothing changed.
        EnterpriseImport again(*m_source);
        auto same = importInto(again, path);
        QVERIFY(same.isOk());
        QCOMPARE(same->count(ImportAction::Unchanged), 400);
    }

    void phonesStayMaskedUnlessChosen()
    {
        const QString path = m_source.dir() + QStringLiteral("/masked.csv");
        QVERIFY(EnterpriseExport(*m_source).write(EnterpriseFilter{}, path, EnterpriseExportOptions{}).isOk());
        auto table = TableFile::read(path, 0);
        QVERIFY(table.isOk());
        const int phone = int(ImportMapping::headersOf(table.value(), 0).indexOf(
            EnterpriseImport::fieldList().at(11).label));   // contact_phone
        QVERIFY(phone > 0);
        int masked = 0;
        for (int r = 1; r < table->rowCount(); ++r)
            masked += table->text(r, phone).contains(QLatin1String("****")) ? 1 : 0;
        QVERIFY(masked > 0);
        // Imported back, a masked number never replaces the stored one.
        EnterpriseImport importer(*m_source);
        auto plan = importInto(importer, path);
        QVERIFY(plan.isOk());
        QCOMPARE(plan->count(ImportAction::Update), 0);
    }

private:
    test::TempDatabase m_source;
};

QTEST_GUILESS_MAIN(TestEnterpriseExport)
#include "tst_enterpriseexport.moc"
