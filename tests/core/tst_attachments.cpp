// Evidence documents: stored with their SHA-256, read back verified, refused with a clear
// message when too large, empty, missing or attached to something that cannot own them.
#include "TestSupport.h"
#include "repo/AttachmentRepository.h"
#include "repo/AuditRepository.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtTest>

using namespace dx;

namespace {
// A diagnosis to attach documents to.
qint64 owner(Database& db)
{
    auto e = EnterpriseRepository(db).create(test::sampleEnterprise(3));
    Diagnosis d;
    d.enterpriseId = e ? e->id : 0;
    auto draft = DiagnosisRepository(db).createDraft(d);
    return draft ? draft->id : 0;
}
}

class TestAttachments : public QObject
{
    Q_OBJECT
private slots:
    void roundTripWithHash()
    {
        test::TempDatabase db;
        QByteArray data;
        for (int i = 0; i < 70000; ++i)
            data.append(char(i * 31 % 251));   // binary, not text
        const QString source = db.dir() + QStringLiteral("/合同扫描件.pdf");
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();

        AttachmentRepository repo(*db);
        const qint64 id = owner(*db);
        QVERIFY(id > 0);
        auto added = repo.add(QStringLiteral("diagnoses"), id, source, QStringLiteral("contract"), 1024 * 1024);
        QVERIFY2(added.isOk(), qPrintable(added.message()));
        QCOMPARE(added->fileName, QStringLiteral("合同扫描件.pdf"));
        QCOMPARE(added->size, qint64(data.size()));
        QCOMPARE(added->sha256, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));

        auto list = repo.list(QStringLiteral("diagnoses"), id);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().sha256, added->sha256);
        QCOMPARE(repo.content(added->id).value(), data);

        const QString copy = db.dir() + QStringLiteral("/copy.pdf");
        QVERIFY(repo.exportTo(added->id, copy).isOk());
        QFile c(copy);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll(), data);

        // The owner's history records the document.
        auto history = AuditRepository(*db).history(QStringLiteral("diagnoses"), id);
        QCOMPARE(history->first().action, QStringLiteral("attach"));
        QCOMPARE(history->first().changes.value(QStringLiteral("sha256")).toString(), added->sha256);
    }

    void damageIsDetected()
    {
        test::TempDatabase db;
        const QString source = db.dir() + QStringLiteral("/photo.jpg");
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
        f.close();
        auto added = AttachmentRepository(*db).add(QStringLiteral("diagnoses"), owner(*db), source, QStringLiteral("photo"), 1 << 20);
        QVERIFY(added.isOk());
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("UPDATE attachments SET content = ?"));   // a damaged page
        q.addBindValue(QByteArray::fromHex("00112233"));
        QVERIFY(q.exec());
        auto read = AttachmentRepository(*db).content(added->id);
        QCOMPARE(read.code(), ErrorCode::Validation);
        QVERIFY2(read.message().contains(QStringLiteral("SHA-256")), qPrintable(read.message()));
        const QString copy = db.dir() + QStringLiteral("/copy.jpg");
        QVERIFY(!AttachmentRepository(*db).exportTo(added->id, copy).isOk());
        QVERIFY(!QFile::exists(copy));   // nothing half-written
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("ownerTable");
        QTest::addColumn<int>("bytes");      // -1: no file at all
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("too large") << QStringLiteral("diagnoses") << 3000 << qint64(2000) << QStringLiteral("larger than");
        QTest::newRow("empty") << QStringLiteral("diagnoses") << 0 << qint64(2000) << QStringLiteral("empty");
        QTest::newRow("missing") << QStringLiteral("diagnoses") << -1 << qint64(2000) << QStringLiteral("does not exist");
        QTest::newRow("unknown owner") << QStringLiteral("grants") << 10 << qint64(2000) << QStringLiteral("projects and diagnoses");
    }

    void refusals()
    {
        QFETCH(QString, ownerTable);
        QFETCH(int, bytes);
        QFETCH(qint64, limit);
        QFETCH(QString, expected);
        test::TempDatabase db;
        const QString path = db.dir() + QStringLiteral("/file.bin");
        if (bytes >= 0) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(bytes, 'a'));
        }
        const qint64 ownerId = owner(*db);
        auto r = AttachmentRepository(*db).add(ownerTable, ownerId, path, QStringLiteral("other"), limit);
        QVERIFY(!r.isOk());
        QVERIFY2(r.message().contains(expected), qPrintable(r.message()));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM attachments")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
