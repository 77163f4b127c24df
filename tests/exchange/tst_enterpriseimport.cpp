// The enterprise ledger import as an officer meets it: a sheet with a title row above the
// headers, headers in the bureau's own words, numbers and dates written every way, bad rows.
// The dry run finds every problem by row and column and writes nothing; the import is all or
// nothing (or the valid rows, when chosen); registered enterprises change only when asked,
// through the versioned, audited path; a cancelled import leaves the database as it was.
#include "TestSupport.h"
#include "exchange/CsvReader.h"
#include "exchange/EnterpriseImport.h"
#include "exchange/ImportMapping.h"
#include "exchange/Table.h"
#include "exchange/TableFile.h"
#include "repo/ClusterRepository.h"
#include "repo/EnterpriseRepository.h"
#include "util/Settings.h"

#include <QSqlQuery>
#include <QStringEncoder>
#include <QtTest>

using namespace dx;

namespace {

Table csvTable(const QString& text)
{
    auto doc = CsvReader::readBytes(text.toUtf8());
    return doc ? doc->table : Table();
}

QString code(int i)
{
    return test::makeCreditCode(QStringLiteral("445202"), 7000 + i);
}

// A ledger as bureaus keep it: a title row, then the headers, then the data.
QString ledger()
{
    QStringList lines{
        QStringLiteral("揭阳市中小企业数字化转型试点企业台账（2025年）,,,,,,,,"),
        QStringLiteral("企业名称,统一社会信用代码,所属区县,行业,是否规上,从业人员（人）,营业收入（万元）,专精特新梯度,梯度有效期,联系电话"),
        QStringLiteral("揭阳市甲纺织有限公司,%1,榕城区,17,是,\"1,234\",\"1,234.5\",专精特新中小企业,2026年7月18日,138 1234 5678").arg(code(1)),
        QStringLiteral("揭阳市乙塑胶有限公司,%1,445203,C29 橡胶和塑料制品业,规下,１２０,12万元,,2026/7/18,").arg(code(2)),
        QStringLiteral("揭阳市丙五金厂,%1,揭阳市揭西县,33,否,80人,0.5,创新型中小企业,20260718,").arg(code(3)),
        QStringLiteral(",,,,,,,,,"),   // an empty line is not a row
        QStringLiteral("揭阳市丁食品厂,914452000000000000,榕城区,13,是,10,1,,,"),   // wrong check character
        QStringLiteral("揭阳市戊电子厂,%1,火星区,39,是,10,1,,,").arg(code(5)),          // unknown district
        QStringLiteral("揭阳市己纺织厂,%1,榕城区,17,也许,十,abc,,明天,电话").arg(code(6)), // five bad cells
        QStringLiteral("揭阳市甲纺织有限公司（重复）,%1,榕城区,17,是,10,1,,,").arg(code(1)),   // same code as row 3
    };
    return lines.join(QStringLiteral("\r\n"));
}

} // namespace

class TestEnterpriseImport : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        Settings::useFile(m_db->dir() + QStringLiteral("/settings.ini"));
        m_table = csvTable(ledger());
        m_import = std::make_unique<EnterpriseImport>(**m_db);   // the dry run and its import: one object
        QVERIFY(m_table.rowCount() > 0);
    }

    void headersFoundBelowTheTitle()
    {
        const QVector<ImportField> fields = EnterpriseImport::fieldList();
        QCOMPARE(ImportMapping::guessHeaderRow(m_table, fields), 1);
        const ImportMapping m = ImportMapping::match(ImportMapping::headersOf(m_table, 1), fields);
        QCOMPARE(m.fieldAt(0), QStringLiteral("name"));
        QCOMPARE(m.fieldAt(1), QStringLiteral("credit_code"));
        QCOMPARE(m.fieldAt(2), QStringLiteral("district"));
        QCOMPARE(m.fieldAt(3), QStringLiteral("industry"));
        QCOMPARE(m.fieldAt(4), QStringLiteral("above_scale"));
        QCOMPARE(m.fieldAt(5), QStringLiteral("employees"));   // "从业人员（人）": the unit in brackets
        QCOMPARE(m.fieldAt(6), QStringLiteral("revenue"));
        QCOMPARE(m.fieldAt(7), QStringLiteral("tier"));
        QCOMPARE(m.fieldAt(8), QStringLiteral("tier_valid_until"));
        QCOMPARE(m.fieldAt(9), QStringLiteral("contact_phone"));
        QVERIFY(m.missingRequired(fields).isEmpty());
    }

    void mappingRememberedForTheSameHeaders()
    {
        const QVector<ImportField> fields = EnterpriseImport::fieldList();
        const QStringList headers{QStringLiteral("单位"), QStringLiteral("代码"), QStringLiteral("备注")};
        ImportMapping m = ImportMapping::match(headers, fields);
        QVERIFY(!m.missingRequired(fields).isEmpty());   // "单位" and "代码" mean nothing by themselves
        m.setField(0, QStringLiteral("name"));
        m.setField(1, QStringLiteral("credit_code"));
        m.remember(EnterpriseImport::kindName(), headers);
        ImportMapping again;
        QVERIFY(ImportMapping::recall(EnterpriseImport::kindName(), headers, fields, &again));
        QCOMPARE(again.fieldAt(0), QStringLiteral("name"));
        QCOMPARE(again.fieldAt(1), QStringLiteral("credit_code"));
        QCOMPARE(again.fieldAt(2), QStringLiteral("notes"));
        ImportMapping other;
        QVERIFY(!ImportMapping::recall(EnterpriseImport::kindName(), headers + QStringList{QStringLiteral("x")}, fields, &other));
        // Giving a field to another column takes it from the first.
        again.setField(2, QStringLiteral("name"));
        QCOMPARE(again.fieldAt(0), QString());
        QCOMPARE(again.columnOf(QStringLiteral("name")), 2);
    }

    void dryRunFindsEveryProblemAndWritesNothing()
    {
        const qint64 before = count();
        auto plan = dryRun();
        QVERIFY2(plan.isOk(), qPrintable(plan.message()));
        QCOMPARE(count(), before);
        QCOMPARE(plan->dataRows(), 7);   // the empty line is not counted
        QCOMPARE(plan->count(ImportAction::Create), 3);
        QCOMPARE(plan->count(ImportAction::Invalid), 4);
        auto issuesOfRow = [&](int row) {
            QStringList columns;
            for (const ImportIssue& i : plan->issues)
                if (i.row == row)
                    columns << i.column;
            return columns;
        };
        QCOMPARE(issuesOfRow(7), QStringList{QStringLiteral("统一社会信用代码")});
        QCOMPARE(issuesOfRow(8), QStringList{QStringLiteral("所属区县")});
        QCOMPARE(issuesOfRow(9).size(), 5);   // 规上, 人数, 收入, 有效期, 电话: nothing passes silently
        QCOMPARE(issuesOfRow(10), QStringList{QStringLiteral("统一社会信用代码")});
        for (const ImportIssue& i : plan->issues)
            if (i.row == 10)
                QVERIFY2(i.reason.contains(QLatin1String("3")), qPrintable(i.reason));   // names row 3
        for (const ImportIssue& i : plan->issues)
            QVERIFY2(!i.reason.isEmpty(), "every problem says why");

        // The values as they were meant.
        QVERIFY(m_import->record(plan->rows.at(0).row) && m_import->record(plan->rows.at(2).row));
        const Enterprise& a = *m_import->record(plan->rows.at(0).row);
        QCOMPARE(a.employees, 1234);
        QCOMPARE(a.revenue, Money::fromYuan(12345000));   // 1,234.5 万元
        QCOMPARE(a.tier, Tier::Specialized);
        QCOMPARE(a.tierValidUntil, QDate(2026, 7, 18));
        QVERIFY(a.aboveScale);
        QCOMPARE(a.districtCode, QStringLiteral("445202"));
        QVERIFY(a.clusterId > 0);   // 纺织服装 suggested from industry 17
        const Enterprise& b = *m_import->record(plan->rows.at(1).row);
        QCOMPARE(b.districtCode, QStringLiteral("445203"));
        QCOMPARE(b.industryCode, QStringLiteral("29"));
        QCOMPARE(b.employees, 120);   // full-width digits
        QCOMPARE(b.revenue, Money::fromWan(12));
        QVERIFY(!b.aboveScale);
        QCOMPARE(b.tierValidUntil, QDate(2026, 7, 18));
        const Enterprise& c = *m_import->record(plan->rows.at(2).row);
        QCOMPARE(c.districtCode, QStringLiteral("445222"));   // "揭阳市揭西县"
        QCOMPARE(c.employees, 80);
        QCOMPARE(c.revenue, Money::fromYuan(5000));
        QCOMPARE(c.tier, Tier::Innovative);
    }

    void invalidRowsImportNothing()
    {
        const qint64 before = count();
        const qint64 audits = auditCount();
        auto plan = dryRun();
        QVERIFY(plan.isOk());
        ImportOptions options;
        options.headerRow = 1;
        QVERIFY(!plan->writesAnything(options));
        auto outcome = (*m_import).apply(plan.value(), options, QStringLiteral("台账.csv"));
        QVERIFY(!outcome.isOk());
        QCOMPARE(outcome.code(), ErrorCode::Validation);
        QVERIFY(outcome.message().contains(QLatin1String("4")));
        QCOMPARE(count(), before);
        QCOMPARE(auditCount(), audits);
    }

    void validRowsWhenChosen()
    {
        auto plan = dryRun();
        QVERIFY(plan.isOk());
        ImportOptions options;
        options.headerRow = 1;
        options.skipInvalid = true;
        QVERIFY(plan->writesAnything(options));
        auto outcome = (*m_import).apply(plan.value(), options, QStringLiteral("台账.csv"));
        QVERIFY2(outcome.isOk(), qPrintable(outcome.message()));
        QCOMPARE(outcome->created, 3);
        QCOMPARE(outcome->skipped, 4);
        QCOMPARE(count(), qint64(3));
        auto stored = EnterpriseRepository(**m_db).findByCreditCode(code(2));
        QVERIFY(stored.isOk());
        QCOMPARE(stored->name, QStringLiteral("揭阳市乙塑胶有限公司"));
        // Each new enterprise has its audit row naming the file.
        QSqlQuery q((*m_db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'enterprises' AND changes LIKE '%台账.csv%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    void registeredEnterprisesChangeOnlyWhenAsked()
    {
        Enterprise existing = test::sampleEnterprise(1, QStringLiteral("揭阳市甲纺织有限公司"));
        existing.creditCode = code(1);
        existing.employees = 10;
        existing.contactPhone = QStringLiteral("13900000000");
        existing.notes = QStringLiteral("走访记录：2024年已诊断");
        auto created = EnterpriseRepository(**m_db).create(existing);
        QVERIFY2(created.isOk(), qPrintable(created.message()));
        const Table table = csvTable(QStringLiteral("企业名称,统一社会信用代码,从业人员,联系电话,备注\n揭阳市甲纺织有限公司,%1,1234,,\n").arg(code(1)));
        const ImportMapping mapping = ImportMapping::match(ImportMapping::headersOf(table, 0), EnterpriseImport::fieldList());
        ImportOptions options;
        auto plan = (*m_import).dryRun(table, mapping, options);
        QVERIFY2(plan.isOk(), qPrintable(plan.message()));
        QCOMPARE(plan->count(ImportAction::Update), 1);
        QCOMPARE(plan->rows.at(0).changedFields.size(), 1);   // only the employees: empty cells change nothing

        // Not asked: nothing changes.
        auto outcome = (*m_import).apply(plan.value(), options, QStringLiteral("a.csv"));
        QVERIFY(outcome.isOk());
        QCOMPARE(outcome->updated, 0);
        QCOMPARE(EnterpriseRepository(**m_db).get(created->id)->employees, 10);

        // Asked: a new version, audited, the other fields kept.
        options.updateExisting = true;
        outcome = (*m_import).apply(plan.value(), options, QStringLiteral("a.csv"));
        QVERIFY2(outcome.isOk(), qPrintable(outcome.message()));
        QCOMPARE(outcome->updated, 1);
        auto after = EnterpriseRepository(**m_db).get(created->id);
        QCOMPARE(after->employees, 1234);
        QCOMPARE(after->version, created->version + 1);
        QCOMPARE(after->contactPhone, QStringLiteral("13900000000"));
        QCOMPARE(after->notes, existing.notes);
        QSqlQuery q((*m_db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE record_id = %1 AND action = 'update'").arg(created->id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // The same file again: unchanged, nothing written.
        auto again = (*m_import).dryRun(table, mapping, options);
        QVERIFY(again.isOk());
        QCOMPARE(again->count(ImportAction::Unchanged), 1);
        QVERIFY(!again->writesAnything(options));
    }

    void cancelledImportLeavesTheDatabaseAsItWas()
    {
        QString text = QStringLiteral("企业名称,统一社会信用代码\n");
        for (int i = 0; i < 3000; ++i)
            text += QStringLiteral("揭阳市批量%1有限公司,%2\n").arg(i).arg(code(100 + i));
        const Table table = csvTable(text);
        const ImportMapping mapping = ImportMapping::match(ImportMapping::headersOf(table, 0), EnterpriseImport::fieldList());
        ImportOptions options;
        auto plan = (*m_import).dryRun(table, mapping, options);
        QVERIFY(plan.isOk());
        QCOMPARE(plan->count(ImportAction::Create), 3000);
        std::atomic_bool cancel{false};
        const qint64 audits = auditCount();
        auto outcome = (*m_import).apply(plan.value(), options, QStringLiteral("big.csv"), [&cancel](int done, int) {
            if (done >= 1000)
                cancel = true;
        }, &cancel);
        QVERIFY(!outcome.isOk());
        QCOMPARE(outcome.code(), ErrorCode::Cancelled);
        QCOMPARE(count(), qint64(0));
        QCOMPARE(auditCount(), audits);
    }

    void gb18030FileReadsTheSame()
    {
        auto encoder = QStringEncoder("GB18030");
        QVERIFY(encoder.isValid());
        const QByteArray bytes = encoder.encode(ledger());
        auto doc = CsvReader::readBytes(bytes);
        QVERIFY2(doc.isOk(), qPrintable(doc.message()));
        QCOMPARE(doc->table.text(2, 0), QStringLiteral("揭阳市甲纺织有限公司"));
        const ImportMapping mapping = ImportMapping::match(ImportMapping::headersOf(doc->table, 1), EnterpriseImport::fieldList());
        ImportOptions options;
        options.headerRow = 1;
        auto plan = (*m_import).dryRun(doc->table, mapping, options);
        QVERIFY(plan.isOk());
        QCOMPARE(plan->count(ImportAction::Create), 3);
    }

    // A register exported in English reads back under any UI language.
    void tierNamesInEitherLanguage()
    {
        const Table table = csvTable(QStringLiteral("Enterprise name,Credit code,专精特新 tier\n甲,%1,Little giant\n乙,%2,专精特新\"小巨人\"企业\n丙,%3,Innovative SME\n")
                                         .arg(code(41), code(42), code(43)));
        const ImportMapping mapping = ImportMapping::match(ImportMapping::headersOf(table, 0), EnterpriseImport::fieldList());
        auto plan = m_import->dryRun(table, mapping, ImportOptions{});
        QVERIFY2(plan.isOk(), qPrintable(plan.message()));
        QVERIFY2(plan->issues.isEmpty(), qPrintable(plan->issues.value(0).reason));
        QCOMPARE(m_import->record(2)->tier, Tier::LittleGiant);
        QCOMPARE(m_import->record(3)->tier, Tier::LittleGiant);
        QCOMPARE(m_import->record(4)->tier, Tier::Innovative);
    }

    // A workbook saved by LibreOffice Calc (tests/exchange/data/README.md): its second sheet,
    // headers below a title, a date cell, a number in 万元, and a formula error reported.
    void libreOfficeWorkbook()
    {
        const QString path = QStringLiteral(DX_SOURCE_DIR "/tests/exchange/data/ledger-libreoffice.xlsx");
        auto sheets = TableFile::sheetNames(path);
        QVERIFY2(sheets.isOk(), qPrintable(sheets.message()));
        QCOMPARE(sheets.value(), (QStringList{QStringLiteral("说明"), QStringLiteral("企业台账")}));
        auto table = TableFile::read(path, 1);
        QVERIFY2(table.isOk(), qPrintable(table.message()));
        const QVector<ImportField> fields = EnterpriseImport::fieldList();
        ImportOptions options;
        options.headerRow = ImportMapping::guessHeaderRow(table.value(), fields);
        QCOMPARE(options.headerRow, 1);
        const ImportMapping mapping = ImportMapping::match(ImportMapping::headersOf(table.value(), 1), fields);
        auto plan = m_import->dryRun(table.value(), mapping, options);
        QVERIFY2(plan.isOk(), qPrintable(plan.message()));
        QCOMPARE(plan->count(ImportAction::Create), 2);
        QCOMPARE(plan->issues.size(), 1);
        QCOMPARE(plan->issues.first().row, 4);
        QCOMPARE(plan->issues.first().value, QStringLiteral("#VALUE!"));
        const Enterprise* first = m_import->record(3);
        QVERIFY(first);
        QCOMPARE(first->tierValidUntil, QDate(2026, 7, 18));   // a date cell, not text
        QCOMPARE(first->revenue, Money::fromYuan(12345000));   // 1234.5 万元
        QCOMPARE(first->industryCode, QStringLiteral("17"));   // a number cell
        QCOMPARE(first->employees, 120);
    }

private:
    Result<ImportPlan> dryRun()
    {
        ImportOptions options;
        options.headerRow = 1;
        const ImportMapping mapping = ImportMapping::match(ImportMapping::headersOf(m_table, 1), EnterpriseImport::fieldList());
        return (*m_import).dryRun(m_table, mapping, options);
    }
    qint64 count() const
    {
        return EnterpriseRepository(**m_db).count(EnterpriseFilter::everyone()).value();
    }
    qint64 auditCount() const
    {
        QSqlQuery q((*m_db)->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : -1;
    }

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<EnterpriseImport> m_import;
    Table m_table;
};

QTEST_GUILESS_MAIN(TestEnterpriseImport)
#include "tst_enterpriseimport.moc"
