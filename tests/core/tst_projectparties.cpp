// A project's "N" of "1+1+N": product vendors and the "小快轻准" products used. Stored with the
// project in one transaction and audited as lists; a product must come from one of the parties;
// rejected products and removed providers cannot be added (but one already on a project stays).

#include "TestSupport.h"
#include "tst_assessmentfixture.h"

#include "assessment/AssessmentIndex.h"
#include "domain/CostCategory.h"
#include "repo/AuditRepository.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ProjectRepository.h"
#include "repo/ProviderRepository.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>
#include <memory>

using namespace dx;

class TestProjectParties : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createStoresVendorsAndProducts();
    void updateReplacesListsAndAudits();
    void productMustComeFromAParty();
    void rejectedProductRefused();
    void removedVendorRefusedButKept();
    void failedUpdateKeepsLinks();
    void costCategoriesRoundTrip();

private:
    Provider provider(int index, ProviderRole role);
    Product product(qint64 providerId, const QString& name, ReviewStatus status = ReviewStatus::Approved);
    Project sampleProject() const;
    qint64 linkCount(const QString& table) const;

    std::unique_ptr<test::TempDatabase> m_db;
    qint64 m_enterpriseId = 0;
    qint64 m_baselineId = 0;
    Provider m_traction, m_vendorA, m_vendorB;
    Product m_mes, m_erp, m_tractionApp;
};

Provider TestProjectParties::provider(int index, ProviderRole role)
{
    Provider p;
    p.name = QStringLiteral("测试服务商%1有限公司").arg(index);
    p.creditCode = test::makeCreditCode(QStringLiteral("445203"), 60000000 + index);
    p.roles = {role};
    p.admittedOn = QDate(2024, 4, 1);
    auto r = ProviderRepository(**m_db).create(p);
    if (!r)
        qFatal("provider: %s", qPrintable(r.message()));
    return r.value();
}

Product TestProjectParties::product(qint64 providerId, const QString& name, ReviewStatus status)
{
    Product p;
    p.providerId = providerId;
    p.name = name;
    p.category = QStringLiteral("生产管控");
    p.price = Money::fromWan(8);
    p.reviewBatch = QStringLiteral("第1批");
    p.reviewStatus = status;
    if (status == ReviewStatus::Rejected)
        p.reviewReason = QStringLiteral("材料不全");
    auto r = ProviderRepository(**m_db).createProduct(p);
    if (!r)
        qFatal("product: %s", qPrintable(r.message()));
    return r.value();
}

void TestProjectParties::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    auto e = EnterpriseRepository(**m_db).create(test::sampleEnterprise(1));
    QVERIFY2(e, qPrintable(e.message()));
    m_enterpriseId = e->id;
    auto index = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024"));
    QVERIFY(index);
    DiagnosisRepository diagnoses(**m_db);
    Diagnosis d;
    d.enterpriseId = m_enterpriseId;
    d.visitDate = QDate(2024, 2, 20);
    auto draft = diagnoses.createDraft(d);
    QVERIFY2(draft, qPrintable(draft.message()));
    Diagnosis filled = draft.value();
    filled.answers = test::answersFrom(test::items40());
    auto saved = diagnoses.save(filled);
    QVERIFY2(saved, qPrintable(saved.message()));
    auto submitted = diagnoses.submit(saved->id, saved->version);
    QVERIFY2(submitted, qPrintable(submitted.message()));
    auto confirmed = diagnoses.confirm(submitted->id, submitted->version);
    QVERIFY2(confirmed, qPrintable(confirmed.message()));
    m_baselineId = confirmed->id;
    m_traction = provider(1, ProviderRole::Traction);
    m_vendorA = provider(2, ProviderRole::ProductVendor);
    m_vendorB = provider(3, ProviderRole::ProductVendor);
    m_mes = product(m_vendorA.id, QStringLiteral("轻量化MES"));
    m_erp = product(m_vendorB.id, QStringLiteral("云ERP"));
    m_tractionApp = product(m_traction.id, QStringLiteral("设备联网小程序"));
}

void TestProjectParties::cleanup()
{
    m_db.reset();
}

Project TestProjectParties::sampleProject() const
{
    Project p;
    p.enterpriseId = m_enterpriseId;
    p.title = QStringLiteral("车间数字化改造");
    p.baselineDiagnosisId = m_baselineId;
    p.tractionProviderId = m_traction.id;
    p.contractSignedOn = QDate(2024, 4, 15);
    p.contractAmount = Money::fromWan(60);
    return p;
}

qint64 TestProjectParties::linkCount(const QString& table) const
{
    QSqlQuery q((*m_db)->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestProjectParties::createStoresVendorsAndProducts()
{
    Project p = sampleProject();
    p.vendorIds = {m_vendorA.id};
    p.productIds = {m_mes.id, m_tractionApp.id};   // the traction unit's own product counts too
    auto created = ProjectRepository(**m_db).create(p);
    QVERIFY2(created, qPrintable(created.message()));
    auto loaded = ProjectRepository(**m_db).get(created->id);
    QVERIFY(loaded);
    QCOMPARE(loaded->vendorIds, QList<qint64>{m_vendorA.id});
    QCOMPARE(loaded->productIds, (QList<qint64>{m_mes.id, m_tractionApp.id}));
    QCOMPARE(linkCount(QStringLiteral("project_vendors")), 1);
    QCOMPARE(linkCount(QStringLiteral("project_products")), 2);
    auto history = AuditRepository(**m_db).history(ProjectRepository::tableName(), created->id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().changes.value(QStringLiteral("product_ids")).toArray().at(1).toString(),
             QStringLiteral("%1,%2").arg(m_mes.id).arg(m_tractionApp.id));
}

void TestProjectParties::updateReplacesListsAndAudits()
{
    Project p = sampleProject();
    p.vendorIds = {m_vendorA.id};
    p.productIds = {m_mes.id};
    auto created = ProjectRepository(**m_db).create(p);
    QVERIFY2(created, qPrintable(created.message()));
    Project edit = created.value();
    edit.vendorIds = {m_vendorB.id};
    edit.productIds = {m_erp.id};
    auto updated = ProjectRepository(**m_db).update(edit);
    QVERIFY2(updated, qPrintable(updated.message()));
    QCOMPARE(updated->vendorIds, QList<qint64>{m_vendorB.id});
    QCOMPARE(updated->productIds, QList<qint64>{m_erp.id});
    QCOMPARE(updated->version, created->version + 1);
    QCOMPARE(linkCount(QStringLiteral("project_vendors")), 1);
    auto history = AuditRepository(**m_db).history(ProjectRepository::tableName(), created->id);
    QVERIFY(history);
    QJsonArray vendors;
    for (const AuditEntry& entry : history.value())
        if (entry.action == QStringLiteral("update"))
            vendors = entry.changes.value(QStringLiteral("vendor_ids")).toArray();
    QCOMPARE(vendors.at(0).toString(), QString::number(m_vendorA.id));
    QCOMPARE(vendors.at(1).toString(), QString::number(m_vendorB.id));
}

void TestProjectParties::productMustComeFromAParty()
{
    Project p = sampleProject();
    p.vendorIds = {m_vendorA.id};
    p.productIds = {m_erp.id};   // vendor B's product, but B is not a party
    auto created = ProjectRepository(**m_db).create(p);
    QVERIFY(!created);
    QCOMPARE(created.status().code(), ErrorCode::Validation);
    QVERIFY2(created.message().contains(m_vendorB.name), qPrintable(created.message()));
    QCOMPARE(linkCount(QStringLiteral("projects")), 0);
    QCOMPARE(linkCount(QStringLiteral("project_products")), 0);
}

void TestProjectParties::rejectedProductRefused()
{
    const Product rejected = product(m_vendorA.id, QStringLiteral("未入选产品"), ReviewStatus::Rejected);
    Project p = sampleProject();
    p.vendorIds = {m_vendorA.id};
    p.productIds = {rejected.id};
    auto created = ProjectRepository(**m_db).create(p);
    QVERIFY(!created);
    QVERIFY2(created.message().contains(rejected.name), qPrintable(created.message()));
    QCOMPARE(linkCount(QStringLiteral("projects")), 0);
}

void TestProjectParties::removedVendorRefusedButKept()
{
    Project p = sampleProject();
    p.vendorIds = {m_vendorA.id};
    auto created = ProjectRepository(**m_db).create(p);
    QVERIFY2(created, qPrintable(created.message()));
    // Both vendors are removed from the pool afterwards.
    for (Provider v : {m_vendorA, m_vendorB}) {
        auto stored = ProviderRepository(**m_db).get(v.id);
        QVERIFY(stored);
        Provider removed = stored.value();
        removed.poolStatus = PoolStatus::Removed;
        removed.statusReason = QStringLiteral("年度考核不合格");
        removed.statusOn = QDate(2024, 6, 1);
        QVERIFY(ProviderRepository(**m_db).update(removed));
    }
    // A removed vendor already on the project does not block other edits…
    Project edit = created.value();
    edit.notes = QStringLiteral("补充说明");
    auto kept = ProjectRepository(**m_db).update(edit);
    QVERIFY2(kept, qPrintable(kept.message()));
    QCOMPARE(kept->vendorIds, QList<qint64>{m_vendorA.id});
    // …but one cannot be added.
    Project add = kept.value();
    add.vendorIds << m_vendorB.id;
    auto refused = ProjectRepository(**m_db).update(add);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(m_vendorB.name), qPrintable(refused.message()));
}

void TestProjectParties::failedUpdateKeepsLinks()
{
    Project p = sampleProject();
    p.vendorIds = {m_vendorA.id};
    p.productIds = {m_mes.id};
    auto created = ProjectRepository(**m_db).create(p);
    QVERIFY2(created, qPrintable(created.message()));
    Project stale = created.value();
    Project first = created.value();
    first.notes = QStringLiteral("先保存");
    QVERIFY(ProjectRepository(**m_db).update(first));
    stale.vendorIds = {m_vendorB.id};
    stale.productIds = {m_erp.id};
    auto conflict = ProjectRepository(**m_db).update(stale);
    QVERIFY(!conflict);
    QCOMPARE(conflict.status().code(), ErrorCode::Conflict);
    auto loaded = ProjectRepository(**m_db).get(created->id);
    QVERIFY(loaded);
    QCOMPARE(loaded->vendorIds, QList<qint64>{m_vendorA.id});
    QCOMPARE(loaded->productIds, QList<qint64>{m_mes.id});
}

// Cost line categories are stored as keys and shown by name; a typed name maps back to its key,
// an unknown category is kept as typed.
void TestProjectParties::costCategoriesRoundTrip()
{
    QCOMPARE(costCategoryKeys().size(), 6);
    for (const QString& key : costCategoryKeys()) {
        QVERIFY(!costCategoryName(key).isEmpty());
        QCOMPARE(costCategoryKey(costCategoryName(key)), key);
        QCOMPARE(costCategoryKey(key), key);
    }
    QCOMPARE(costCategoryKey(QStringLiteral(" Cloud services ")), QStringLiteral("cloud"));
    QCOMPARE(costCategoryKey(QStringLiteral("等保测评")), QStringLiteral("等保测评"));
    QCOMPARE(costCategoryName(QStringLiteral("等保测评")), QStringLiteral("等保测评"));
}

QTEST_GUILESS_MAIN(TestProjectParties)
#include "tst_projectparties.moc"
