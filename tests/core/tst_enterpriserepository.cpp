// EnterpriseRepository writes: create/get, optimistic versions, validation, duplicates,
// the audit trail, archiving and phone reveals. (The bulk insert is in tst_enterprisebulk;
// listing, sorting, filtering and search in tst_enterprisepage.)

#include "EnterpriseFixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace dx;

class TestEnterpriseRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createGetRoundTrip();
    void createMinimal();
    void updateIncrementsVersion();
    void updateWithoutChangesKeepsVersion();
    void staleUpdateConflicts();
    void duplicateCreditCode();
    void validationWritesNothing_data();
    void validationWritesNothing();
    void archiveAndRestore();
    void archivedHiddenByDefault();
    void logReveal();

private:
    std::unique_ptr<test::EnterpriseFixture> f;
};

void TestEnterpriseRepository::init()
{
    f = std::make_unique<test::EnterpriseFixture>();
}

void TestEnterpriseRepository::cleanup()
{
    f.reset();
}

void TestEnterpriseRepository::createGetRoundTrip()
{
    const QString code = test::makeCreditCode(QStringLiteral("445281"), 77);
    Enterprise in;
    in.name = QStringLiteral("  揭阳市普宁全字段测试实业有限公司 ");
    in.creditCode = QStringLiteral(" ") + code.left(9).toLower() + QStringLiteral(" ") + code.mid(9);
    in.districtCode = QStringLiteral("445281");
    in.industryCode = QStringLiteral("29");
    in.clusterId = f->clusterId(QStringLiteral("塑胶"));
    QVERIFY(in.clusterId > 0);
    in.aboveScale = true;
    in.employees = 321;
    in.revenue = Money::fromFen(1234567891);
    in.tier = Tier::LittleGiant;
    in.tierValidUntil = QDate(2026, 6, 30);
    in.contactName = QStringLiteral(" 陈伟 ");
    in.contactPhone = QStringLiteral("0663-8123456");
    in.commissioner = QStringLiteral("林晓");
    in.notes = QStringLiteral("第一行\n\"引号\" 'single' 100%_ \\");

    auto created = f->repo->create(in);
    QVERIFY2(created, qPrintable(created.message()));
    QVERIFY(created->id > 0);
    QCOMPARE(created->version, 1);
    QVERIFY(!created->uuid.isEmpty());

    auto got = f->repo->get(created->id);
    QVERIFY2(got, qPrintable(got.message()));
    const Enterprise& e = got.value();
    QCOMPARE(e.id, created->id);
    QCOMPARE(e.uuid, created->uuid);
    QCOMPARE(e.version, 1);
    QCOMPARE(e.createdAt, test::iso(test::kFixtureStart));
    QCOMPARE(e.updatedAt, test::iso(test::kFixtureStart));
    QCOMPARE(e.updatedBy, QStringLiteral("tester"));
    QCOMPARE(e.name, QStringLiteral("揭阳市普宁全字段测试实业有限公司"));
    QCOMPARE(e.creditCode, code);
    QCOMPARE(e.districtCode, in.districtCode);
    QCOMPARE(e.industryCode, in.industryCode);
    QCOMPARE(e.clusterId, in.clusterId);
    QCOMPARE(e.aboveScale, true);
    QCOMPARE(e.employees, 321);
    QCOMPARE(e.revenue, Money::fromFen(1234567891));
    QCOMPARE(e.tier, Tier::LittleGiant);
    QCOMPARE(e.tierValidUntil, QDate(2026, 6, 30));
    QCOMPARE(e.contactName, QStringLiteral("陈伟"));
    QCOMPARE(e.contactPhone, in.contactPhone);
    QCOMPARE(e.commissioner, in.commissioner);
    QCOMPARE(e.notes, in.notes);
    QCOMPARE(e.archived, false);
    // What create returned is what get reads.
    QCOMPARE(created->auditFields(), e.auditFields());

    auto byCode = f->repo->findByCreditCode(code.toLower());
    QVERIFY(byCode);
    QCOMPARE(byCode->id, e.id);
    QCOMPARE(f->repo->findByCreditCode(test::makeCreditCode(QStringLiteral("445281"), 78)).code(), ErrorCode::NotFound);
    QCOMPARE(f->repo->get(e.id + 1000).code(), ErrorCode::NotFound);
}

void TestEnterpriseRepository::createMinimal()
{
    Enterprise in;
    in.name = QStringLiteral("最小字段企业");
    in.creditCode = test::makeCreditCode(QStringLiteral("445202"), 5);
    auto created = f->repo->create(in);
    QVERIFY2(created, qPrintable(created.message()));
    auto e = f->repo->get(created->id);
    QVERIFY(e);
    QCOMPARE(e->clusterId, qint64(0));
    QVERIFY(!e->tierValidUntil.isValid());
    QCOMPARE(e->tier, Tier::None);
    QVERIFY(e->districtCode.isEmpty());
    QVERIFY(e->notes.isEmpty());
    QCOMPARE(e->revenue, Money());
}

void TestEnterpriseRepository::updateIncrementsVersion()
{
    auto created = f->repo->create(test::sampleEnterprise(1));
    QVERIFY(created);
    Enterprise e = created.value();
    const QString oldName = e.name;
    e.name = QStringLiteral("揭阳市改名后纺织有限公司");
    e.employees = 999;
    f->clock.set(test::kFixtureStart.addSecs(3600));
    auto updated = f->repo->update(e);
    QVERIFY2(updated, qPrintable(updated.message()));
    QCOMPARE(updated->version, 2);

    auto got = f->repo->get(e.id);
    QCOMPARE(got->version, 2);
    QCOMPARE(got->name, e.name);
    QCOMPARE(got->employees, 999);
    QCOMPARE(got->createdAt, test::iso(test::kFixtureStart));
    QCOMPARE(got->updatedAt, test::iso(test::kFixtureStart.addSecs(3600)));

    const QVector<AuditEntry> h = f->history(e.id);
    QCOMPARE(h.size(), 2);
    QCOMPARE(h.at(1).action, QStringLiteral("create"));
    QCOMPARE(h.at(1).changes.value(QStringLiteral("name")).toArray().at(1).toString(), oldName);
    QVERIFY(h.at(1).changes.value(QStringLiteral("name")).toArray().at(0).isNull());
    QCOMPARE(h.at(0).action, QStringLiteral("update"));
    QCOMPARE(h.at(0).user, QStringLiteral("tester"));
    QCOMPARE(h.at(0).at, test::iso(test::kFixtureStart.addSecs(3600)));
    QStringList keys = h.at(0).changes.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("employees"), QStringLiteral("name")}));
    const QJsonArray name = h.at(0).changes.value(QStringLiteral("name")).toArray();
    QCOMPARE(name.at(0).toString(), oldName);
    QCOMPARE(name.at(1).toString(), e.name);
    const QJsonArray employees = h.at(0).changes.value(QStringLiteral("employees")).toArray();
    QCOMPARE(employees.at(0).toInt(), 51);
    QCOMPARE(employees.at(1).toInt(), 999);

    // A third version from the second.
    Enterprise again = updated.value();
    again.notes = QStringLiteral("回访");
    auto third = f->repo->update(again);
    QVERIFY(third);
    QCOMPARE(third->version, 3);
    QCOMPARE(f->repo->get(e.id)->version, 3);
}

void TestEnterpriseRepository::updateWithoutChangesKeepsVersion()
{
    auto created = f->repo->create(test::sampleEnterprise(1));
    QVERIFY(created);
    const qint64 audits = f->auditCount();
    auto same = f->repo->update(created.value());
    QVERIFY2(same, qPrintable(same.message()));
    QCOMPARE(same->version, 1);
    QCOMPARE(f->repo->get(created->id)->version, 1);
    QCOMPARE(f->auditCount(), audits);
}

void TestEnterpriseRepository::staleUpdateConflicts()
{
    auto created = f->repo->create(test::sampleEnterprise(1));
    QVERIFY(created);
    Enterprise mine = created.value();     // both users opened version 1
    Enterprise theirs = created.value();
    theirs.commissioner = QStringLiteral("郑敏");
    QVERIFY(f->repo->update(theirs));
    const qint64 audits = f->auditCount();

    mine.name = QStringLiteral("揭阳市过期编辑有限公司");
    auto stale = f->repo->update(mine);
    QVERIFY(!stale);
    QCOMPARE(stale.code(), ErrorCode::Conflict);
    QVERIFY2(stale.message().contains(QStringLiteral("tester")), qPrintable(stale.message()));
    auto got = f->repo->get(mine.id);
    QCOMPARE(got->version, 2);
    QCOMPARE(got->name, created->name);
    QCOMPARE(got->commissioner, QStringLiteral("郑敏"));
    QCOMPARE(f->auditCount(), audits);

    QCOMPARE(f->repo->setArchived(mine.id, 1, true).code(), ErrorCode::Conflict);
    QCOMPARE(f->repo->get(mine.id)->archived, false);

    Enterprise ghost = test::sampleEnterprise(2);
    ghost.id = mine.id + 500;
    ghost.version = 1;
    QCOMPARE(f->repo->update(ghost).code(), ErrorCode::NotFound);
}

void TestEnterpriseRepository::duplicateCreditCode()
{
    auto first = f->repo->create(test::sampleEnterprise(1, QStringLiteral("揭阳市先来纺织有限公司")));
    QVERIFY(first);
    const qint64 audits = f->auditCount();

    Enterprise copy = test::sampleEnterprise(2, QStringLiteral("揭阳市后到塑胶有限公司"));
    copy.creditCode = first->creditCode.toLower().insert(8, QLatin1Char(' '));   // same code, typed differently
    auto dup = f->repo->create(copy);
    QVERIFY(!dup);
    QCOMPARE(dup.code(), ErrorCode::Duplicate);
    QVERIFY2(dup.message().contains(QStringLiteral("揭阳市先来纺织有限公司")), qPrintable(dup.message()));
    QCOMPARE(f->enterpriseCount(), qint64(1));
    QCOMPARE(f->auditCount(), audits);

    // Changing another enterprise to the same code is refused the same way.
    auto second = f->repo->create(test::sampleEnterprise(2, QStringLiteral("揭阳市后到塑胶有限公司")));
    QVERIFY(second);
    Enterprise edit = second.value();
    edit.creditCode = first->creditCode;
    auto clash = f->repo->update(edit);
    QCOMPARE(clash.code(), ErrorCode::Duplicate);
    QVERIFY(clash.message().contains(QStringLiteral("揭阳市先来纺织有限公司")));
    QCOMPARE(f->repo->get(second->id)->creditCode, second->creditCode);
    QCOMPARE(f->repo->get(second->id)->version, 1);
}

void TestEnterpriseRepository::validationWritesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("bad check character") << "creditCode" << "91330106MA27Y4U47Y";
    QTest::newRow("forbidden letter") << "creditCode" << "91330106MA27Y4U4IR";
    QTest::newRow("short credit code") << "creditCode" << "91330106MA27Y4U47";
    QTest::newRow("empty credit code") << "creditCode" << "";
    QTest::newRow("empty name") << "name" << "";
    QTest::newRow("blank name") << "name" << " \t ";
    QTest::newRow("unknown district") << "districtCode" << "445299";
    QTest::newRow("unknown industry") << "industryCode" << "99";
    QTest::newRow("negative employees") << "employees" << "-1";
    QTest::newRow("negative revenue") << "revenueFen" << "-100";
    QTest::newRow("phone with letters") << "contactPhone" << "call me";
}

void TestEnterpriseRepository::validationWritesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    auto keep = f->repo->create(test::sampleEnterprise(1));
    QVERIFY(keep);
    const qint64 audits = f->auditCount();

    Enterprise e = test::sampleEnterprise(2);
    if (field == QLatin1String("creditCode")) e.creditCode = value;
    else if (field == QLatin1String("name")) e.name = value;
    else if (field == QLatin1String("districtCode")) e.districtCode = value;
    else if (field == QLatin1String("industryCode")) e.industryCode = value;
    else if (field == QLatin1String("employees")) e.employees = value.toInt();
    else if (field == QLatin1String("revenueFen")) e.revenue = Money::fromFen(value.toLongLong());
    else if (field == QLatin1String("contactPhone")) e.contactPhone = value;
    else QFAIL("unknown field");

    QCOMPARE(f->repo->validate(e).code(), ErrorCode::Validation);
    auto created = f->repo->create(e);
    QVERIFY(!created);
    QCOMPARE(created.code(), ErrorCode::Validation);
    QVERIFY(!created.message().isEmpty());
    QCOMPARE(f->enterpriseCount(), qint64(1));
    QCOMPARE(f->auditCount(), audits);

    // The same value refused on update, leaving the stored record as it was.
    Enterprise edit = keep.value();
    edit.name = e.name;
    edit.creditCode = field == QLatin1String("creditCode") ? e.creditCode : edit.creditCode;
    edit.districtCode = e.districtCode;
    edit.industryCode = e.industryCode;
    edit.employees = e.employees;
    edit.revenue = e.revenue;
    edit.contactPhone = e.contactPhone;
    QCOMPARE(f->repo->update(edit).code(), ErrorCode::Validation);
    QCOMPARE(f->repo->get(keep->id)->auditFields(), keep->auditFields());
    QCOMPARE(f->auditCount(), audits);
}

void TestEnterpriseRepository::archiveAndRestore()
{
    auto created = f->repo->create(test::sampleEnterprise(1));
    QVERIFY(created);
    auto archived = f->repo->setArchived(created->id, 1, true);
    QVERIFY2(archived, qPrintable(archived.message()));
    QCOMPARE(archived->version, 2);
    QVERIFY(f->repo->get(created->id)->archived);
    QVector<AuditEntry> h = f->history(created->id);
    QCOMPARE(h.first().action, QStringLiteral("archive"));
    QCOMPARE(h.first().changes.keys(), QStringList{QStringLiteral("archived")});
    QCOMPARE(h.first().changes.value(QStringLiteral("archived")).toArray(), (QJsonArray{false, true}));

    auto restored = f->repo->setArchived(created->id, 2, false);
    QVERIFY(restored);
    QCOMPARE(restored->version, 3);
    QVERIFY(!f->repo->get(created->id)->archived);
    h = f->history(created->id);
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.first().action, QStringLiteral("restore"));
    QCOMPARE(h.first().changes.value(QStringLiteral("archived")).toArray(), (QJsonArray{true, false}));
    QCOMPARE(f->repo->setArchived(created->id + 99, 1, true).code(), ErrorCode::NotFound);
}

void TestEnterpriseRepository::archivedHiddenByDefault()
{
    QVector<qint64> ids;
    for (int i = 1; i <= 3; ++i)
        ids << f->repo->create(test::sampleEnterprise(i)).value().id;
    QVERIFY(f->repo->setArchived(ids.at(1), 1, true));

    auto idsOf = [&](ArchivedFilter a) {
        EnterpriseFilter filter;
        filter.archived = a;
        QVector<qint64> out;
        const auto rows = f->repo->page(filter, EnterpriseSortKey::Name, Qt::AscendingOrder, std::nullopt, 50);
        for (const EnterpriseListRow& r : rows.value())
            out << r.id;
        std::sort(out.begin(), out.end());
        return out;
    };
    QCOMPARE(EnterpriseFilter().archived, ArchivedFilter::Active);
    QCOMPARE(f->repo->count(EnterpriseFilter()).value(), qint64(2));
    QCOMPARE(idsOf(ArchivedFilter::Active), (QVector<qint64>{ids.at(0), ids.at(2)}));
    QCOMPARE(idsOf(ArchivedFilter::Archived), (QVector<qint64>{ids.at(1)}));
    QCOMPARE(idsOf(ArchivedFilter::All), ids);
    EnterpriseFilter archivedOnly;
    archivedOnly.archived = ArchivedFilter::Archived;
    QCOMPARE(f->repo->count(archivedOnly).value(), qint64(1));
}

void TestEnterpriseRepository::logReveal()
{
    auto created = f->repo->create(test::sampleEnterprise(1));
    QVERIFY(created);
    const qint64 audits = f->auditCount();
    QVERIFY(f->repo->logReveal(created->id));
    QCOMPARE(f->auditCount(), audits + 1);
    const QVector<AuditEntry> h = f->history(created->id);
    QCOMPARE(h.first().action, QStringLiteral("reveal"));
    QCOMPARE(h.first().user, QStringLiteral("tester"));
    QCOMPARE(h.first().changes.value(QStringLiteral("field")).toString(), QStringLiteral("contact_phone"));
    QCOMPARE(f->repo->get(created->id)->version, 1);   // a reveal is not an edit

    QCOMPARE(f->repo->logReveal(created->id + 42).code(), ErrorCode::NotFound);
    QCOMPARE(f->auditCount(), audits + 1);
}

QTEST_GUILESS_MAIN(TestEnterpriseRepository)
#include "tst_enterpriserepository.moc"
