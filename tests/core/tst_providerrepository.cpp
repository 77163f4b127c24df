// Providers and products of the resource pool, and the provider scorecard.
#include "TestSupport.h"
#include "demo/DemoCityGenerator.h"
#include "repo/AuditRepository.h"
#include "repo/CaseStatsRepository.h"
#include "repo/ProjectRepository.h"
#include "repo/ProviderRepository.h"

#include <QSqlQuery>
#include <QtTest>

using namespace dx;

namespace {
Provider sampleProvider(int index)
{
    Provider p;
    p.name = QStringLiteral("测试牵引单位%1有限公司").arg(index);
    p.creditCode = test::makeCreditCode(QStringLiteral("445203"), 50000000 + index);
    p.roles = {ProviderRole::Traction};
    p.admissionBatch = QStringLiteral("第1批");
    p.admittedOn = QDate(2024, 4, 1);
    return p;
}

qint64 countRows(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    q.next();
    return q.value(0).toLongLong();
}
}

class TestProviderRepository : public QObject
{
    Q_OBJECT
private slots:
    void createGetUpdate()
    {
        test::TempDatabase db;
        ProviderRepository repo(*db);
        auto created = repo.create(sampleProvider(1));
        QVERIFY2(created.isOk(), qPrintable(created.message()));
        QCOMPARE(created->version, 1);
        QCOMPARE(created->roles, QList<ProviderRole>{ProviderRole::Traction});
        QCOMPARE(created->admittedOn, QDate(2024, 4, 1));

        Provider warned = created.value();
        warned.poolStatus = PoolStatus::Warned;
        auto refused = repo.update(warned);   // no reason, no date
        QCOMPARE(refused.code(), ErrorCode::Validation);
        warned.statusReason = QStringLiteral("交付延期");
        warned.statusOn = QDate(2025, 1, 10);
        auto saved = repo.update(warned);
        QVERIFY2(saved.isOk(), qPrintable(saved.message()));
        QCOMPARE(saved->version, 2);
        QCOMPARE(saved->poolStatus, PoolStatus::Warned);
        auto history = AuditRepository(*db).history(QStringLiteral("providers"), created->id);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->first().action, QStringLiteral("update"));
        QVERIFY(history->first().changes.contains(QStringLiteral("pool_status")));

        // A stale copy does not overwrite.
        Provider stale = created.value();
        stale.notes = QStringLiteral("旧版本");
        QCOMPARE(repo.update(stale).code(), ErrorCode::Conflict);
        QCOMPARE(repo.get(created->id)->notes, QString());
    }

    void validationWritesNothing_data()
    {
        QTest::addColumn<int>("broken");
        QTest::newRow("no name") << 0;
        QTest::newRow("bad credit code") << 1;
        QTest::newRow("no role") << 2;
        QTest::newRow("removed without reason") << 3;
    }

    void validationWritesNothing()
    {
        QFETCH(int, broken);
        test::TempDatabase db;
        Provider p = sampleProvider(2);
        switch (broken) {
        case 0: p.name = QStringLiteral("  "); break;
        case 1: p.creditCode = QStringLiteral("91330106MA27Y4U47Y"); break;
        case 2: p.roles.clear(); break;
        case 3: p.poolStatus = PoolStatus::Removed; break;
        }
        auto r = ProviderRepository(*db).create(p);
        QCOMPARE(r.code(), ErrorCode::Validation);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(countRows(*db, QStringLiteral("providers")), qint64(0));
        QCOMPARE(countRows(*db, QStringLiteral("audit_log")), qint64(0));
    }

    void duplicateCreditCodeNamesTheProvider()
    {
        test::TempDatabase db;
        ProviderRepository repo(*db);
        QVERIFY(repo.create(sampleProvider(3)).isOk());
        Provider again = sampleProvider(4);
        again.creditCode = sampleProvider(3).creditCode.toLower();
        auto r = repo.create(again);
        QCOMPARE(r.code(), ErrorCode::Duplicate);
        QVERIFY2(r.message().contains(sampleProvider(3).name), qPrintable(r.message()));
    }

    void products()
    {
        test::TempDatabase db;
        ProviderRepository repo(*db);
        auto provider = repo.create(sampleProvider(5));
        QVERIFY(provider.isOk());
        Product p;
        p.providerId = provider->id;
        p.name = QStringLiteral("轻量化MES");
        p.sceneIds = {QStringLiteral("production_control")};
        p.price = Money::fromYuan(19800);
        p.reviewStatus = ReviewStatus::Rejected;
        QCOMPARE(repo.createProduct(p).code(), ErrorCode::Validation);   // rejected without a reason
        p.reviewReason = QStringLiteral("功能与场景不符");
        auto created = repo.createProduct(p);
        QVERIFY2(created.isOk(), qPrintable(created.message()));
        Product orphan = p;
        orphan.providerId = 999;
        QCOMPARE(repo.createProduct(orphan).code(), ErrorCode::Validation);
        auto list = repo.products(provider->id);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().price, Money::fromYuan(19800));
        QCOMPARE(list->first().sceneIds, QStringList{QStringLiteral("production_control")});
        Product approved = list->first();
        approved.reviewStatus = ReviewStatus::Approved;
        auto saved = repo.updateProduct(approved);
        QVERIFY2(saved.isOk(), qPrintable(saved.message()));
        QCOMPARE(repo.products(provider->id)->first().reviewStatus, ReviewStatus::Approved);
    }

    void scorecardAgreesWithTheProjects()
    {
        test::TempDatabase db;
        QVERIFY(DemoCityGenerator::populate(*db, 1200, 3).isOk());
        auto providers = ProviderRepository(*db).list();
        QVERIFY(providers.isOk() && providers->size() > 10);
        const QDate asOf(2030, 1, 1);   // after everything
        auto scores = CaseStatsRepository(*db).providerScores(asOf);
        QVERIFY(scores.isOk());
        QVERIFY(!scores->isEmpty());
        // Recount one traction unit by hand from the project rows.
        const ProviderScore top = *std::max_element(scores->begin(), scores->end(), [](const ProviderScore& a, const ProviderScore& b) {
            return a.projectsFiled < b.projectsFiled;
        });
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT COUNT(DISTINCT enterprise_id), SUM(CASE WHEN filed_on <> '' THEN 1 ELSE 0 END), "
                                 "SUM(CASE WHEN state = 4 THEN 1 ELSE 0 END), SUM(CASE WHEN state = 5 THEN 1 ELSE 0 END) "
                                 "FROM projects WHERE traction_provider_id = ? OR integrator_provider_id = ?"));
        q.addBindValue(top.providerId);
        q.addBindValue(top.providerId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(top.enterprisesServed, q.value(0).toLongLong());
        QCOMPARE(top.projectsFiled, q.value(1).toLongLong());
        QCOMPARE(top.projectsAccepted, q.value(2).toLongLong());
        QCOMPARE(top.projectsFailed, q.value(3).toLongLong());
        QVERIFY(top.milestonesDue > 0);
        QVERIFY(top.onTimeRate() > 0.0 && top.onTimeRate() <= 1.0);
        if (top.projectsAccepted > 0)
            QVERIFY(top.averageUplift > 0.0);   // accepted projects reached at least the target from below
        // Product vendors without projects have no score line.
        for (const ProviderScore& s : scores.value())
            QVERIFY(s.projectsFiled + s.enterprisesServed > 0);
    }
};

QTEST_GUILESS_MAIN(TestProviderRepository)
#include "tst_providerrepository.moc"
