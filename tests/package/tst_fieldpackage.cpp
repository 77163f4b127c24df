// Field packages end to end: a bureau exports a provider's package, a laptop opens it, edits
// offline and returns what changed, the bureau merges it (update, parallel update, conflict,
// new diagnosis with evidence), a duplicate import changes nothing, and the conflict is settled.

#include "PackageFixture.h"
#include "package/PackageFile.h"
#include "package/PackageImport.h"
#include "assessment/AssessmentIndex.h"
#include "assessment/Scoring.h"
#include "repo/AttachmentRepository.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace dx;
using namespace dx::test;

class TestFieldPackage : public QObject
{
    Q_OBJECT

private:
    static qint64 count(const Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    static Enterprise byCode(const Database& db, const QString& code) { return EnterpriseRepository(db).findByCreditCode(code).value(); }

private slots:
    void roundTrip()
    {
        Bureau bureau(150);
        const QString provider = bureau.busiestProvider();
        QVERIFY(!provider.isEmpty());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.dxpkg"));
        auto exported = PackageExport::run(*bureau, {provider, {}, {}, QStringLiteral("揭阳市工业和信息化局")}, out);
        QVERIFY2(exported, qPrintable(exported.message()));
        QVERIFY(exported->enterprises >= 3);
        QCOMPARE(exported->expiresOn, fixtureNow().date().addDays(30));
        const auto assigned = PackageRepository(*bureau).enterprisesForProvider(PackageRepository(*bureau).providerIdByCode(provider).value());
        QCOMPARE(exported->enterprises, int(assigned->size()));

        // Only what the visits need: no grants, no provider phones.
        auto contents = PackageFile::readFile(out, PackageManifest::Kind::Field, [](const PackageManifest& m) -> Result<QByteArray> {
            return QByteArray::fromBase64(m.signerKey.toLatin1());
        });
        QVERIFY2(contents, qPrintable(contents.message()));
        QVERIFY(!contents->members.contains(QStringLiteral("documents/grants.json")));
        QVERIFY(!contents->members.value(QStringLiteral("documents/providers.json")).contains("contact_phone"));
        QVERIFY(contents->members.contains(QStringLiteral("indices/miit-sme-dx-2024.json")));

        Laptop laptop(out, dir.filePath(QStringLiteral("field.sqlite")));
        QVERIFY2(laptop.opened, qPrintable(laptop.opened.message()));
        QVERIFY(laptop.db);
        QVERIFY(FieldPackage::isFieldDatabase(*laptop.db));
        // Both sides record the package by the hash of its signed manifest.
        const QString sentHash = PackageRepository(*bureau).issue(exported->packageId)->manifestSha256;
        QCOMPARE(sentHash.size(), 64);
        QCOMPARE(PackageRepository(*laptop.db).fieldIssue()->manifestSha256, sentHash);
        QVERIFY(!FieldPackage::isFieldDatabase(*bureau));
        QCOMPARE(laptop.opened->enterprises, exported->enterprises);
        QCOMPARE(count(*laptop.db, QStringLiteral("SELECT COUNT(*) FROM enterprises")), qint64(exported->enterprises));
        QCOMPARE(count(*laptop.db, QStringLiteral("SELECT COUNT(*) FROM diagnoses")), qint64(exported->diagnoses));

        // Nothing changed yet: the return is empty.
        auto empty = FieldPackage::exportReturn(*laptop.db, dir.filePath(QStringLiteral("empty.dxret")));
        QVERIFY2(empty, qPrintable(empty.message()));
        QCOMPARE(empty->enterprises + empty->diagnoses + empty->attachments + empty->notReturned, 0);

        // Offline edits on the laptop, and meanwhile at the bureau.
        const QVector<qint64> ids = assigned.value();
        const QString c1 = EnterpriseRepository(*bureau).get(ids[0])->creditCode;
        const QString c2 = EnterpriseRepository(*bureau).get(ids[1])->creditCode;
        const QString c3 = EnterpriseRepository(*bureau).get(ids[2])->creditCode;
        EnterpriseRepository fieldRepo(*laptop.db), bureauRepo(*bureau);
        Enterprise e1 = byCode(*laptop.db, c1);
        e1.contactName = QStringLiteral("王现场");
        QVERIFY(fieldRepo.update(e1));
        Enterprise e2 = byCode(*laptop.db, c2);
        e2.notes = QStringLiteral("车间已上MES");
        QVERIFY(fieldRepo.update(e2));
        Enterprise b2 = byCode(*bureau, c2);
        b2.employees += 17;
        QVERIFY(bureauRepo.update(b2));
        Enterprise e3 = byCode(*laptop.db, c3);
        e3.contactPhone = QStringLiteral("13800000001");
        QVERIFY(fieldRepo.update(e3));
        Enterprise b3 = byCode(*bureau, c3);
        const QString bureauPhone = QStringLiteral("13900000002");
        b3.contactPhone = bureauPhone;
        QVERIFY(bureauRepo.update(b3));

        Diagnosis d;
        d.enterpriseId = byCode(*laptop.db, c1).id;
        d.assessor = QStringLiteral("李诊断");
        auto draft = DiagnosisRepository(*laptop.db).createDraft(d);
        QVERIFY2(draft, qPrintable(draft.message()));
        const QString photo = dir.filePath(QStringLiteral("现场照片.jpg"));
        QVERIFY(writeAll(photo, QByteArray("JPEG-bytes-of-the-workshop")));
        QVERIFY(AttachmentRepository(*laptop.db).add(QStringLiteral("diagnoses"), draft->id, photo, QStringLiteral("photo"), 1 << 20));

        const QString ret = dir.filePath(QStringLiteral("return.dxret"));
        auto returned = FieldPackage::exportReturn(*laptop.db, ret);
        QVERIFY2(returned, qPrintable(returned.message()));
        QCOMPARE(returned->enterprises, 3);
        QCOMPARE(returned->diagnoses, 1);
        QCOMPARE(returned->attachments, 1);
        QCOMPARE(returned->notReturned, 0);

        const qint64 auditBefore = count(*bureau, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        auto imported = PackageImport::run(*bureau, ret);
        QVERIFY2(imported, qPrintable(imported.message()));
        QCOMPARE(imported->duplicate, false);
        QCOMPARE(imported->added, 2);
        QCOMPARE(imported->updated, 1);
        QCOMPARE(imported->parallel, 1);
        QCOMPARE(imported->conflicts, 1);
        QVERIFY(count(*bureau, QStringLiteral("SELECT COUNT(*) FROM audit_log")) > auditBefore);

        QCOMPARE(byCode(*bureau, c1).contactName, QStringLiteral("王现场"));
        QCOMPARE(byCode(*bureau, c2).notes, QStringLiteral("车间已上MES"));
        QCOMPARE(byCode(*bureau, c2).employees, b2.employees);        // the bureau's change kept
        QCOMPARE(byCode(*bureau, c3).contactPhone, bureauPhone);      // not overwritten
        auto diagnosisIds = PackageRepository(*bureau).idsOf(QStringLiteral("diagnoses"), {draft->uuid});
        QVERIFY(diagnosisIds->contains(draft->uuid));
        auto evidence = AttachmentRepository(*bureau).list(QStringLiteral("diagnoses"), diagnosisIds->value(draft->uuid));
        QCOMPARE(evidence->size(), 1);
        QCOMPARE(evidence->first().fileName, QStringLiteral("现场照片.jpg"));
        QCOMPARE(AttachmentRepository(*bureau).content(evidence->first().id).value(), QByteArray("JPEG-bytes-of-the-workshop"));

        auto queue = PackageRepository(*bureau).conflicts();
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().field, QStringLiteral("contact_phone"));
        QCOMPARE(queue->first().bureau.toString(), bureauPhone);
        QCOMPARE(queue->first().fieldValue.toString(), QStringLiteral("13800000001"));

        // The same package again changes nothing.
        const int v1 = byCode(*bureau, c1).version;
        const qint64 auditAfter = count(*bureau, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        auto again = PackageImport::run(*bureau, ret);
        QVERIFY2(again, qPrintable(again.message()));
        QVERIFY(again->duplicate);
        QCOMPARE(byCode(*bureau, c1).version, v1);
        QCOMPARE(count(*bureau, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditAfter);
        QCOMPARE(PackageRepository(*bureau).conflicts()->size(), 1);

        // A second return from the same laptop (made after the first) adds nothing either:
        // every change in it has been seen.
        auto second = FieldPackage::exportReturn(*laptop.db, dir.filePath(QStringLiteral("second.dxret")));
        QVERIFY(second);
        auto secondImport = PackageImport::run(*bureau, dir.filePath(QStringLiteral("second.dxret")));
        QVERIFY2(secondImport, qPrintable(secondImport.message()));
        QCOMPARE(secondImport->added + secondImport->updated + secondImport->parallel + secondImport->conflicts, 0);
        QCOMPARE(byCode(*bureau, c1).version, v1);

        // The officer takes the field's phone number.
        QVERIFY(PackageImport::resolve(*bureau, queue->first().id, true));
        QCOMPARE(byCode(*bureau, c3).contactPhone, QStringLiteral("13800000001"));
        QCOMPARE(PackageRepository(*bureau).conflicts()->size(), 0);
        const Status twice = PackageImport::resolve(*bureau, queue->first().id, false);
        QCOMPARE(twice.code(), ErrorCode::Conflict);
    }

    void keepBureauValueAndStaleResolution()
    {
        FieldTrip trip(80, 11);
        QVERIFY(trip.ok());
        Bureau& bureau = trip.bureau;
        Laptop& laptop = trip.laptop;
        QTemporaryDir& dir = trip.dir;
        const QString code = EnterpriseRepository(*laptop.db).get(1)->creditCode;
        Enterprise f = byCode(*laptop.db, code);
        f.name += QStringLiteral("（现场）");
        QVERIFY(EnterpriseRepository(*laptop.db).update(f));
        Enterprise b = byCode(*bureau, code);
        b.name += QStringLiteral("（局）");
        QVERIFY(EnterpriseRepository(*bureau).update(b));
        QVERIFY(FieldPackage::exportReturn(*laptop.db, dir.filePath(QStringLiteral("r"))));
        auto imported = PackageImport::run(*bureau, dir.filePath(QStringLiteral("r")));
        QVERIFY2(imported, qPrintable(imported.message()));
        QCOMPARE(imported->conflicts, 1);
        const qint64 conflictId = PackageRepository(*bureau).conflicts()->first().id;

        // The bureau edits the same field again: taking the field's value now is refused.
        Enterprise b2 = byCode(*bureau, code);
        b2.name = QStringLiteral("又改了");
        QVERIFY(EnterpriseRepository(*bureau).update(b2));
        QCOMPARE(PackageImport::resolve(*bureau, conflictId, true).code(), ErrorCode::Conflict);
        QCOMPARE(byCode(*bureau, code).name, QStringLiteral("又改了"));
        QVERIFY(PackageImport::resolve(*bureau, conflictId, false));
        QCOMPARE(byCode(*bureau, code).name, QStringLiteral("又改了"));
        QVERIFY(PackageRepository(*bureau).conflicts()->isEmpty());
    }

    // Two people answering one draft questionnaire: different items merge, the same item
    // answered differently is queued as that item alone, and taking the field's answer rescores.
    void answersMergeItemByItem()
    {
        Bureau bureau(80, 17);
        const QString provider = bureau.busiestProvider();
        PackageRepository repo(*bureau);
        const qint64 enterprise = repo.enterprisesForProvider(repo.providerIdByCode(provider).value())->first();
        const AssessmentIndex index = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024")).value();
        QVector<const IndexItem*> single;
        for (const IndexDimension& dim : index.dimensions)
            for (const IndexIndicator& ind : dim.indicators)
                for (const IndexItem& item : ind.items)
                    if ((item.kind == ItemKind::Single || item.kind == ItemKind::Multi) && item.options.size() >= 2)
                        single << &item;
        QVERIFY(single.size() >= 3);
        Diagnosis d;
        d.enterpriseId = enterprise;
        d.indexId = index.id;
        d.indexVersion = index.version;
        auto draft = DiagnosisRepository(*bureau).createDraft(d);
        QVERIFY2(draft, qPrintable(draft.message()));

        QTemporaryDir dir;
        QVERIFY(PackageExport::run(*bureau, {provider, {}, {}, {}}, dir.filePath(QStringLiteral("p"))));
        Laptop laptop(dir.filePath(QStringLiteral("p")), dir.filePath(QStringLiteral("f.sqlite")));
        QVERIFY2(laptop.opened, qPrintable(laptop.opened.message()));
        const auto answer = [](const Database& db, const QString& uuid, const IndexItem* a, const IndexItem* shared, int option) {
            const qint64 id = PackageRepository(db).idsOf(QStringLiteral("diagnoses"), {uuid})->value(uuid);
            Diagnosis x = DiagnosisRepository(db).get(id).value();
            x.answers.items.insert(a->id, ItemAnswer{{a->options.first().id}, {}});
            x.answers.items.insert(shared->id, ItemAnswer{{shared->options.at(option).id}, {}});
            return DiagnosisRepository(db).save(x).isOk();
        };
        QVERIFY(answer(*laptop.db, draft->uuid, single[0], single[2], 0));
        QVERIFY(answer(*bureau, draft->uuid, single[1], single[2], 1));
        QVERIFY(FieldPackage::exportReturn(*laptop.db, dir.filePath(QStringLiteral("r"))));
        auto imported = PackageImport::run(*bureau, dir.filePath(QStringLiteral("r")));
        QVERIFY2(imported, qPrintable(imported.message()));
        QCOMPARE(imported->parallel, 1);
        QCOMPARE(imported->conflicts, 1);
        const auto queue = PackageRepository(*bureau).conflicts();
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().field, QStringLiteral("answers/items/") + single[2]->id);

        Diagnosis merged = DiagnosisRepository(*bureau).get(draft->id).value();
        QCOMPARE(merged.answers.items.value(single[0]->id).options, QStringList{single[0]->options.first().id});   // the field's
        QCOMPARE(merged.answers.items.value(single[1]->id).options, QStringList{single[1]->options.first().id});   // the bureau's
        QCOMPARE(merged.answers.items.value(single[2]->id).options, QStringList{single[2]->options.at(1).id});     // kept
        QVERIFY(PackageImport::resolve(*bureau, queue->first().id, true));
        Diagnosis resolved = DiagnosisRepository(*bureau).get(draft->id).value();
        QCOMPARE(resolved.answers.items.value(single[2]->id).options, QStringList{single[2]->options.at(0).id});
        QCOMPARE(resolved.answers.items.value(single[0]->id).options, QStringList{single[0]->options.first().id});
        QCOMPARE(resolved.totalScore, Scoring::score(index, resolved.answers).total);
    }

    // A confirmed diagnosis corrected in the field: the revision comes back and supersedes the
    // original, which otherwise stays read-only.
    void fieldRevisionSupersedes()
    {
        FieldTrip trip(80, 19);
        QVERIFY(trip.ok());
        QSqlQuery q(trip.laptop.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, uuid FROM diagnoses WHERE status = 2 AND superseded = 0 LIMIT 1")) && q.next());
        const qint64 original = q.value(0).toLongLong();
        const QString originalUuid = q.value(1).toString();
        q.finish();
        DiagnosisRepository field(*trip.laptop.db);
        auto revision = field.revise(original);
        QVERIFY2(revision, qPrintable(revision.message()));
        revision.value().findings = QStringLiteral("现场复核后更正");
        auto saved = field.save(revision.value());
        QVERIFY2(saved, qPrintable(saved.message()));
        auto submitted = field.submit(saved->id, saved->version);
        QVERIFY2(submitted, qPrintable(submitted.message()));
        QVERIFY(field.confirm(submitted->id, submitted->version));
        QVERIFY(field.get(original)->superseded);

        QVERIFY(FieldPackage::exportReturn(*trip.laptop.db, trip.dir.filePath(QStringLiteral("r"))));
        auto imported = PackageImport::run(*trip.bureau, trip.dir.filePath(QStringLiteral("r")));
        QVERIFY2(imported, qPrintable(imported.message()));
        QCOMPARE(imported->added, 1);
        QCOMPARE(imported->conflicts, 0);
        const qint64 bureauOriginal = PackageRepository(*trip.bureau).idsOf(QStringLiteral("diagnoses"), {originalUuid})->value(originalUuid);
        QVERIFY(DiagnosisRepository(*trip.bureau).get(bureauOriginal)->superseded);
        const qint64 bureauRevision = PackageRepository(*trip.bureau).idsOf(QStringLiteral("diagnoses"), {revision->uuid})->value(revision->uuid);
        QCOMPARE(DiagnosisRepository(*trip.bureau).get(bureauRevision)->revisionOf, bureauOriginal);
        QCOMPARE(DiagnosisRepository(*trip.bureau).get(bureauRevision)->findings, QStringLiteral("现场复核后更正"));
    }

    // Projects are the bureau's: a change made to one on the laptop is not sent back, and the
    // return says so.
    void projectEditsAreNotReturnedButCounted()
    {
        FieldTrip trip(150, 7);
        QVERIFY(trip.ok());
        QVERIFY(trip.exported->projects > 0);
        QSqlQuery q(trip.laptop.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE projects SET notes = '现场改的', version = version + 1 WHERE id = (SELECT MIN(id) FROM projects)")));
        QVERIFY(q.exec(QStringLiteral("SELECT MIN(id) FROM projects")) && q.next());
        const QString contract = trip.dir.filePath(QStringLiteral("合同.pdf"));
        QVERIFY(writeAll(contract, QByteArray("%PDF-1.4 contract")));
        QVERIFY(AttachmentRepository(*trip.laptop.db).add(QStringLiteral("projects"), q.value(0).toLongLong(), contract,
                                                          QStringLiteral("contract"), 1 << 20));
        auto returned = FieldPackage::exportReturn(*trip.laptop.db, trip.dir.filePath(QStringLiteral("r")));
        QVERIFY2(returned, qPrintable(returned.message()));
        QCOMPARE(returned->notReturned, 2);
        QCOMPARE(returned->enterprises + returned->diagnoses + returned->attachments, 0);
        // The return still imports.
        auto imported = PackageImport::run(*trip.bureau, trip.dir.filePath(QStringLiteral("r")));
        QVERIFY2(imported, qPrintable(imported.message()));
    }

    // An enterprise registered on the laptop is added at the bureau; one whose credit code the
    // register already holds refuses the whole package with the reason, and nothing is written.
    void enterprisesNewInTheField()
    {
        FieldTrip trip(60, 23);
        QVERIFY(trip.ok());
        Bureau& bureau = trip.bureau;
        auto fresh = EnterpriseRepository(*trip.laptop.db).create(sampleEnterprise(90001, QStringLiteral("现场新登记企业")));
        QVERIFY2(fresh, qPrintable(fresh.message()));
        QVERIFY(FieldPackage::exportReturn(*trip.laptop.db, trip.dir.filePath(QStringLiteral("r1"))));
        auto added = PackageImport::run(*bureau, trip.dir.filePath(QStringLiteral("r1")));
        QVERIFY2(added, qPrintable(added.message()));
        QCOMPARE(added->added, 1);
        QCOMPARE(byCode(*bureau, fresh->creditCode).name, QStringLiteral("现场新登记企业"));

        // The next one the bureau registered itself meanwhile.
        QVERIFY(EnterpriseRepository(*trip.laptop.db).create(sampleEnterprise(90002, QStringLiteral("现场又登记一家"))));
        QVERIFY(FieldPackage::exportReturn(*trip.laptop.db, trip.dir.filePath(QStringLiteral("r"))));
        QVERIFY(EnterpriseRepository(*bureau).create(sampleEnterprise(90002, QStringLiteral("局里登记的同一企业"))));
        const qint64 before = count(*bureau, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        auto refused = PackageImport::run(*bureau, trip.dir.filePath(QStringLiteral("r")));
        QVERIFY(!refused);
        QCOMPARE(refused.code(), ErrorCode::Duplicate);
        QVERIFY(refused.message().contains(QStringLiteral("局里登记的同一企业")));
        QCOMPARE(count(*bureau, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
        QCOMPARE(count(*bureau, QStringLiteral("SELECT COUNT(*) FROM package_imports")), 1);
    }

    void expiredPackagesRefused()
    {
        Bureau bureau(60, 3);
        const QString provider = bureau.busiestProvider();
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("p"));
        QVERIFY(PackageExport::run(*bureau, {provider, {}, fixtureNow().date().addDays(5), {}}, out));
        // Opening after the expiry date: refused, no database left behind.
        auto late = FieldPackage::open(out, dir.filePath(QStringLiteral("late.sqlite")), fixtureNow().date().addDays(6));
        QVERIFY(!late);
        QVERIFY(late.message().contains(QStringLiteral("expired")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("late.sqlite"))));

        Laptop laptop(out, dir.filePath(QStringLiteral("f.sqlite")));
        QVERIFY2(laptop.opened, qPrintable(laptop.opened.message()));
        QVERIFY(FieldPackage::exportReturn(*laptop.db, dir.filePath(QStringLiteral("r"))));
        bureau.clock.set(fixtureNow().addDays(6));
        auto imported = PackageImport::run(*bureau, dir.filePath(QStringLiteral("r")));
        QVERIFY(!imported);
        QVERIFY(imported.message().contains(QStringLiteral("expired")));
        laptop.clock.set(fixtureNow().addDays(6));
        QVERIFY(!FieldPackage::exportReturn(*laptop.db, dir.filePath(QStringLiteral("r2"))));
    }

    void otherBureauRefused()
    {
        Bureau bureau(60, 5);
        Bureau other(60, 5);   // the same city, another database and key
        const QString provider = bureau.busiestProvider();
        QTemporaryDir dir;
        QVERIFY(PackageExport::run(*bureau, {provider, {}, {}, {}}, dir.filePath(QStringLiteral("p"))));
        QVERIFY(PackageExport::run(*other, {provider, {}, {}, QStringLiteral("另一个局")}, dir.filePath(QStringLiteral("q"))));
        Laptop laptop(dir.filePath(QStringLiteral("p")), dir.filePath(QStringLiteral("f.sqlite")));
        QVERIFY(laptop.db);
        QVERIFY(FieldPackage::exportReturn(*laptop.db, dir.filePath(QStringLiteral("r"))));
        const qint64 audit = count(*other, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        auto imported = PackageImport::run(*other, dir.filePath(QStringLiteral("r")));
        QVERIFY(!imported);
        QVERIFY2(imported.message().contains(QStringLiteral("another bureau")), qPrintable(imported.message()));
        QCOMPARE(count(*other, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
        // A bureau's own field package is not a return package.
        auto wrongKind = PackageImport::run(*bureau, dir.filePath(QStringLiteral("p")));
        QVERIFY(!wrongKind);
        QVERIFY(wrongKind.message().contains(QStringLiteral("field package")));
    }

    void unknownProviderAndEmptyAssignment()
    {
        Bureau bureau(30, 9);
        QTemporaryDir dir;
        auto none = PackageExport::run(*bureau, {QStringLiteral("91440000000000000X"), {}, {}, {}}, dir.filePath(QStringLiteral("p")));
        QVERIFY(!none);
        QCOMPARE(none.code(), ErrorCode::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("p"))));
    }
};

QTEST_GUILESS_MAIN(TestFieldPackage)
#include "tst_fieldpackage.moc"
