// The other ledgers through the same machinery: service providers, a project's cost lines,
// invoices and payments, and grant applications. Each finds its records by the keys officers
// write (credit codes, project titles, invoice numbers, policy names), refuses what the editor
// would refuse, never files the same line twice, and writes through the audited paths.
#include "TestSupport.h"
#include "demo/DemoCityGenerator.h"
#include "exchange/CsvReader.h"
#include "exchange/ImportTarget.h"
#include "exchange/Table.h"
#include "repo/GrantRepository.h"
#include "repo/PolicyRepository.h"
#include "repo/ProjectRepository.h"
#include "repo/ProviderRepository.h"
#include "util/Settings.h"
#include "workflow/ProjectWorkflow.h"

#include <QSqlQuery>
#include <QtTest>

using namespace dx;

namespace {

struct Run
{
    std::unique_ptr<ImportTarget> target;
    Result<ImportPlan> plan = Status::error(ErrorCode::Validation, QStringLiteral("not run"));
};

Run dryRun(const Database& db, const QString& kind, const QString& csv)
{
    Run r;
    r.target = ImportTarget::create(kind, db);
    auto doc = CsvReader::readBytes(csv.toUtf8());
    if (!doc || !r.target)
        return r;
    const ImportMapping mapping = ImportMapping::match(ImportMapping::headersOf(doc->table, 0), r.target->fields());
    r.plan = r.target->dryRun(doc->table, mapping, ImportOptions{});
    return r;
}

QStringList reasonsOfRow(const ImportPlan& plan, int row)
{
    QStringList reasons;
    for (const ImportIssue& i : plan.issues)
        if (i.row == row)
            reasons << i.column + QLatin1Char(':') + i.reason;
    return reasons;
}

} // namespace

class TestLedgerImports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Settings::useFile(m_db.dir() + QStringLiteral("/settings.ini"));
        QVERIFY(DemoCityGenerator::populate(*m_db, 1500, 21).isOk());
        // An enterprise with exactly one project in each of these states.
        QSqlQuery q((*m_db).connection());
        for (ProjectState state : {ProjectState::InProgress, ProjectState::Accepted}) {
            QVERIFY(q.exec(QStringLiteral("SELECT e.credit_code, p.id, p.title FROM projects p JOIN enterprises e ON e.id = p.enterprise_id "
                                          "WHERE p.state = %1 AND (SELECT count(*) FROM projects x WHERE x.enterprise_id = e.id) = 1 "
                                          "LIMIT 1")
                               .arg(int(state))));
            QVERIFY2(q.next(), "the demo city has such a project");
            m_code[int(state)] = q.value(0).toString();
            m_project[int(state)] = q.value(1).toLongLong();
        }
    }

    void everyKindHasATarget()
    {
        for (const QString& kind : ImportTarget::kinds()) {
            auto t = ImportTarget::create(kind, *m_db);
            QVERIFY2(t, qPrintable(kind));
            QCOMPARE(t->kind(), kind);
            QVERIFY(!t->fields().isEmpty());
        }
        QVERIFY(!ImportTarget::create(QStringLiteral("spreadsheets"), *m_db));
    }

    void providers()
    {
        auto existing = ProviderRepository(*m_db).list();
        QVERIFY(existing.isOk() && !existing->isEmpty());
        const Provider stored = existing->first();
        const QString newCode = test::makeCreditCode(QStringLiteral("445202"), 8801);
        const QString csv = QStringLiteral("服务商名称,统一社会信用代码,服务商类型,服务产业集群,入库批次,入库日期\n"
                                           "揭阳市数智科技有限公司,%1,牵引单位、集成服务商,纺织服装；塑胶,第3批,2025年3月1日\n"
                                           "揭阳市云帆软件有限公司,%2,咨询机构,火星集群,,\n"
                                           "%3,%4,,,第9批,\n")
                                .arg(newCode, test::makeCreditCode(QStringLiteral("445202"), 8802), stored.name, stored.creditCode);
        Run r = dryRun(*m_db, QStringLiteral("providers"), csv);
        QVERIFY2(r.plan.isOk(), qPrintable(r.plan.message()));
        QCOMPARE(r.plan->count(ImportAction::Create), 1);
        QCOMPARE(r.plan->count(ImportAction::Invalid), 1);
        QCOMPARE(reasonsOfRow(r.plan.value(), 3).size(), 2);   // unknown role, unknown cluster
        QCOMPARE(r.plan->count(ImportAction::Update), 1);      // only the batch changes
        ImportOptions options;
        options.skipInvalid = true;
        options.updateExisting = true;
        auto outcome = r.target->apply(r.plan.value(), options, QStringLiteral("服务商.csv"));
        QVERIFY2(outcome.isOk(), qPrintable(outcome.message()));
        QCOMPARE(outcome->created, 1);
        QCOMPARE(outcome->updated, 1);
        auto after = ProviderRepository(*m_db).get(stored.id);
        QCOMPARE(after->admissionBatch, QStringLiteral("第9批"));
        QCOMPARE(after->version, stored.version + 1);
        QCOMPARE(after->roles, stored.roles);   // an empty cell keeps what was stored
        bool found = false;
        const auto providers = ProviderRepository(*m_db).list();
        QVERIFY(providers.isOk());
        for (const Provider& p : providers.value())
            if (p.creditCode == newCode) {
                found = true;
                QCOMPARE(p.roles.size(), 2);
                QCOMPARE(p.clusterIds.size(), 2);
                QCOMPARE(p.admittedOn, QDate(2025, 3, 1));
            }
        QVERIFY(found);
    }

    void invoicesNeverTwice()
    {
        const QString code = m_code[int(ProjectState::Accepted)];
        const QString csv = QStringLiteral("统一社会信用代码,发票号码,开票日期,价税合计,不含税金额\n"
                                           "%1,INV-9001,2025-05-06,\"11,300\",\"10,000\"\n"
                                           "%1,INV-9002,2025/5/7,1.13万元,1万元\n"
                                           "%1,INV-9001,2025-05-08,100,90\n"
                                           "%1,INV-9003,2025-05-09,100,120\n"
                                           "914452000000000001,INV-9004,2025-05-09,100,90\n")
                                .arg(code);
        Run r = dryRun(*m_db, QStringLiteral("invoices"), csv);
        QVERIFY2(r.plan.isOk(), qPrintable(r.plan.message()));
        QCOMPARE(r.plan->count(ImportAction::Create), 2);
        QCOMPARE(r.plan->count(ImportAction::Invalid), 3);
        QVERIFY(reasonsOfRow(r.plan.value(), 4).join(QLatin1Char(' ')).contains(QLatin1String("2")));   // same as row 2
        QCOMPARE(reasonsOfRow(r.plan.value(), 5).size(), 1);   // excl. tax above the total
        QCOMPARE(reasonsOfRow(r.plan.value(), 6).size(), 1);   // no such enterprise (or a bad code)
        const int before = int(ProjectRepository(*m_db).invoices(m_project[int(ProjectState::Accepted)])->size());
        ImportOptions options;
        QVERIFY(!r.target->apply(r.plan.value(), options, QStringLiteral("发票.csv")).isOk());   // invalid rows: nothing
        QCOMPARE(int(ProjectRepository(*m_db).invoices(m_project[int(ProjectState::Accepted)])->size()), before);
        options.skipInvalid = true;
        auto outcome = r.target->apply(r.plan.value(), options, QStringLiteral("发票.csv"));
        QVERIFY2(outcome.isOk(), qPrintable(outcome.message()));
        QCOMPARE(outcome->created, 2);
        auto invoices = ProjectRepository(*m_db).invoices(m_project[int(ProjectState::Accepted)]);
        QCOMPARE(int(invoices->size()), before + 2);
        bool wan = false;
        for (const Invoice& i : invoices.value())
            if (i.number == QLatin1String("INV-9002")) {
                wan = true;
                QCOMPARE(i.amount, Money::fromYuan(11300));
                QCOMPARE(i.amountExclTax, Money::fromYuan(10000));
                QCOMPARE(i.issuedOn, QDate(2025, 5, 7));
            }
        QVERIFY(wan);
        // The same file again: both recorded already.
        Run again = dryRun(*m_db, QStringLiteral("invoices"), csv);
        QCOMPARE(again.plan->count(ImportAction::Unchanged), 2);
        QCOMPARE(again.plan->count(ImportAction::Create), 0);
    }

    void costLinesOnlyWhileTheProjectIsOpen()
    {
        const QString csv = QStringLiteral("统一社会信用代码,费用类别,费用明细,金额,是否可奖补\n"
                                           "%1,软件,MES 订阅,\"120,000\",是\n"
                                           "%1,培训,操作培训,8000,否\n"
                                           "%2,软件,ERP,50000,是\n"
                                           "%1,茶水,招待,100,否\n")
                                .arg(m_code[int(ProjectState::InProgress)], m_code[int(ProjectState::Accepted)]);
        Run r = dryRun(*m_db, QStringLiteral("cost-lines"), csv);
        QVERIFY2(r.plan.isOk(), qPrintable(r.plan.message()));
        QCOMPARE(r.plan->count(ImportAction::Create), 2);
        QCOMPARE(reasonsOfRow(r.plan.value(), 4).size(), 1);   // the accepted project's costs are closed
        QCOMPARE(reasonsOfRow(r.plan.value(), 5).size(), 1);   // not a cost category
        ImportOptions options;
        options.skipInvalid = true;
        auto outcome = r.target->apply(r.plan.value(), options, QStringLiteral("费用.csv"));
        QVERIFY2(outcome.isOk(), qPrintable(outcome.message()));
        int training = 0;
        const auto lines = ProjectRepository(*m_db).costLines(m_project[int(ProjectState::InProgress)]);
        QVERIFY(lines.isOk());
        for (const CostLine& c : lines.value())
            if (c.description == QStringLiteral("操作培训")) {
                ++training;
                QCOMPARE(c.category, QStringLiteral("training"));
                QVERIFY(!c.eligible);
                QCOMPARE(c.amount, Money::fromYuan(8000));
            }
        QCOMPARE(training, 1);
    }

    void paymentsByVoucher()
    {
        const QString csv = QStringLiteral("统一社会信用代码,付款凭证号,付款日期,付款金额（万元）\n%1,YH-2025-001,2025年6月1日,12\n")
                                .arg(m_code[int(ProjectState::Accepted)]);
        Run r = dryRun(*m_db, QStringLiteral("payments"), csv);
        QVERIFY2(r.plan.isOk(), qPrintable(r.plan.message()));
        QCOMPARE(r.plan->count(ImportAction::Create), 1);
        QVERIFY(r.target->apply(r.plan.value(), ImportOptions{}, QStringLiteral("付款.csv")).isOk());
        bool found = false;
        const auto payments = ProjectRepository(*m_db).payments(m_project[int(ProjectState::Accepted)]);
        QVERIFY(payments.isOk());
        for (const Payment& p : payments.value())
            if (p.reference == QLatin1String("YH-2025-001")) {
                found = true;
                QCOMPARE(p.amount, Money::fromWan(12));   // the header says 万元
            }
        QVERIFY(found);
    }

    void grantApplicationsFiledWithTheirExplanation()
    {
        auto policies = PolicyRepository(*m_db).list();
        QVERIFY(policies.isOk() && !policies->isEmpty());
        const PolicyInfo policy = policies->first();
        const QString code = m_code[int(ProjectState::Accepted)];
        GrantFilter mine;
        mine.policyId = policy.id;
        const qint64 before = GrantRepository(*m_db).count(mine).value();
        const QString csv = QStringLiteral("统一社会信用代码,奖补政策,申请金额（万元）,申请日期\n%1,%2,30,2025-07-01\n%1,不存在的政策,10,\n")
                                .arg(code, policy.name);
        Run r = dryRun(*m_db, QStringLiteral("grants"), csv);
        QVERIFY2(r.plan.isOk(), qPrintable(r.plan.message()));
        // The demo may already have filed this enterprise's application under this policy.
        const int fresh = r.plan->count(ImportAction::Create);
        QCOMPARE(fresh + r.plan->count(ImportAction::Unchanged), 1);
        QCOMPARE(r.plan->count(ImportAction::Invalid), 1);
        ImportOptions options;
        options.skipInvalid = true;
        auto outcome = r.target->apply(r.plan.value(), options, QStringLiteral("申请.csv"));
        QVERIFY2(outcome.isOk(), qPrintable(outcome.message()));
        QCOMPARE(GrantRepository(*m_db).count(mine).value(), before + fresh);
        Run again = dryRun(*m_db, QStringLiteral("grants"), csv);
        QCOMPARE(again.plan->count(ImportAction::Create), 0);
        QCOMPARE(again.plan->count(ImportAction::Unchanged), 1);
    }

private:
    test::TempDatabase m_db;
    QHash<int, QString> m_code;
    QHash<int, qint64> m_project;
};

QTEST_GUILESS_MAIN(TestLedgerImports)
#include "tst_ledgerimports.moc"
