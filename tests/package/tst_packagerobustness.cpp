// Hostile and damaged packages: every one refused with a message, and nothing written — no field
// database created, no row added at the bureau.

#include "PackageFixture.h"
#include "package/PackageFile.h"
#include "package/PackageImport.h"
#include "package/PackageZip.h"
#include "repo/EnterpriseRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace dx;
using namespace dx::test;

class TestPackageRobustness : public QObject
{
    Q_OBJECT

    std::unique_ptr<Bureau> m_bureau;
    QTemporaryDir m_dir;
    QString m_field;    // a genuine field package
    QString m_return;   // a genuine return package with one changed enterprise
    int m_opened = 0;

    qint64 bureauRows() const
    {
        QSqlQuery q((**m_bureau).connection());
        return q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM audit_log) + (SELECT COUNT(*) FROM package_imports)")) && q.next()
            ? q.value(0).toLongLong()
            : -1;
    }
    // Opens `bytes` as a field package; must fail with a message and leave no database.
    QString refusedOpen(const QByteArray& bytes)
    {
        const QString pkg = m_dir.filePath(QStringLiteral("bad%1.dxpkg").arg(++m_opened));
        const QString db = m_dir.filePath(QStringLiteral("bad%1.sqlite").arg(m_opened));
        if (!writeAll(pkg, bytes))
            return QStringLiteral("cannot write");
        auto opened = FieldPackage::open(pkg, db, fixtureNow().date());
        if (opened || opened.message().isEmpty() || QFile::exists(db))
            return QString();
        return opened.message();
    }
    // Re-signs a field package whose members were changed, with the bureau's real key.
    QByteArray resigned(const std::function<void(QVector<ZipMember>&)>& change)
    {
        auto members = PackageZip::read(fileBytes(m_field), {});
        auto manifest = PackageManifest::fromJson(members->first().data);
        QVector<ZipMember> rest = members.value().mid(2);
        change(rest);
        const QString path = m_dir.filePath(QStringLiteral("resigned.dxpkg"));
        const auto key = PackageRepository(**m_bureau).key(QStringLiteral("bureau")).value();
        if (!PackageFile::write(path, manifest.value(), rest, key.keys.secretKey))
            return {};
        return fileBytes(path);
    }

private slots:
    void initTestCase()
    {
        m_bureau = std::make_unique<Bureau>(60, 21);
        m_field = m_dir.filePath(QStringLiteral("field.dxpkg"));
        QVERIFY(PackageExport::run(**m_bureau, {m_bureau->busiestProvider(), {}, {}, {}}, m_field));
        Laptop laptop(m_field, m_dir.filePath(QStringLiteral("laptop.sqlite")));
        QVERIFY2(laptop.opened, qPrintable(laptop.opened.message()));
        Enterprise e = EnterpriseRepository(*laptop.db).get(1).value();
        e.notes = QStringLiteral("现场记录");
        QVERIFY(EnterpriseRepository(*laptop.db).update(e));
        m_return = m_dir.filePath(QStringLiteral("return.dxret"));
        QVERIFY(FieldPackage::exportReturn(*laptop.db, m_return));
    }

    void tamperedByteRefused_data()
    {
        QTest::addColumn<double>("where");
        for (double at : {0.02, 0.1, 0.25, 0.5, 0.75, 0.9, 0.98})
            QTest::newRow(qPrintable(QString::number(at))) << at;
    }
    void tamperedByteRefused()
    {
        QFETCH(double, where);
        QByteArray bytes = fileBytes(m_return);
        const int at = int(bytes.size() * where);
        bytes[at] = char(bytes[at] ^ 0x20);
        const qint64 before = bureauRows();
        auto imported = PackageImport::runBytes(**m_bureau, bytes);
        QVERIFY(!imported);
        QVERIFY(!imported.message().isEmpty());
        QCOMPARE(bureauRows(), before);
    }

    // Every byte is covered by the signature, zip bookkeeping included: a sweep of single-bit
    // changes across both kinds of package, each refused.
    void everyByteMatters()
    {
        for (const QString& path : {m_return, m_field}) {
            const QByteArray original = fileBytes(path);
            const int step = qMax(1, int(original.size() / 300));
            for (int at = 0; at < original.size(); at += step) {
                QByteArray bytes = original;
                bytes[at] = char(bytes[at] ^ 0x01);
                const auto kind = path == m_field ? PackageManifest::Kind::Field : PackageManifest::Kind::Return;
                const auto read = PackageFile::read(bytes, kind, [](const PackageManifest& m) -> Result<QByteArray> {
                    return QByteArray::fromBase64(m.signerKey.toLatin1());
                });
                QVERIFY2(!read && !read.message().isEmpty(), qPrintable(QStringLiteral("byte %1 of %2").arg(at).arg(path)));
            }
        }
    }

    void alteredMemberRefused()
    {
        // The zip is rebuilt soundly with one member changed; the old signatures stay.
        const QByteArray original = fileBytes(m_return);
        auto members = PackageZip::read(original, {});
        QVERIFY(members);
        for (ZipMember& m : members.value())
            if (m.name == QLatin1String("documents/enterprises.json"))
                m.data.replace("现场记录", "篡改记录");
        const QString path = m_dir.filePath(QStringLiteral("altered.dxret"));
        QVERIFY(PackageZip::write(path, members.value()));
        QVERIFY(writeAll(path, fileBytes(path) + original.right(8 + 64)));
        auto imported = PackageImport::run(**m_bureau, path);
        QVERIFY(!imported);
        QVERIFY2(imported.message().contains(QStringLiteral("altered")), qPrintable(imported.message()));
    }

    void truncatedRefused_data()
    {
        QTest::addColumn<double>("keep");
        for (double k : {0.0, 0.1, 0.5, 0.9, 0.999})
            QTest::newRow(qPrintable(QString::number(k))) << k;
    }
    void truncatedRefused()
    {
        QFETCH(double, keep);
        const QByteArray bytes = fileBytes(m_field);
        const QString message = refusedOpen(bytes.left(int(bytes.size() * keep)));
        QVERIFY2(!message.isEmpty(), "a cut-off package was accepted or left a database");
        const qint64 before = bureauRows();
        const QByteArray ret = fileBytes(m_return);
        QVERIFY(!PackageImport::runBytes(**m_bureau, ret.left(int(ret.size() * keep))));
        QCOMPARE(bureauRows(), before);
    }

    void hostileMemberNamesRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../evil.sh");
        QTest::newRow("nested parent") << QStringLiteral("attachments/../../evil");
        QTest::newRow("absolute") << QStringLiteral("/etc/cron.d/evil");
        QTest::newRow("windows") << QStringLiteral("C:\\Windows\\evil.dll");
        QTest::newRow("backslash parent") << QStringLiteral("..\\evil");
        QTest::newRow("unlisted document") << QStringLiteral("documents/grants.json");
    }
    void hostileMemberNamesRefused()
    {
        QFETCH(QString, name);
        // Signed with the genuine key, so only the name check can stop it.
        const QByteArray bytes = resigned([&](QVector<ZipMember>& members) { members.push_back({name, QByteArray("payload")}); });
        QVERIFY(!bytes.isEmpty());
        const QString message = refusedOpen(bytes);
        QVERIFY2(!message.isEmpty(), qPrintable(name));
    }

    void hostileAttachmentFileNamesRefused_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("parent") << QStringLiteral("../../.bashrc");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("windows") << QStringLiteral("C:\\boot.ini");
        QTest::newRow("control") << QStringLiteral("a\nb.jpg");
    }
    void hostileAttachmentFileNamesRefused()
    {
        QFETCH(QString, fileName);
        const QByteArray content("photo");
        const QString uuid = QStringLiteral("0b9b7c1e-8f5e-4d2a-9d1c-3f1e2a4b5c6d");
        const QByteArray bytes = resigned([&](QVector<ZipMember>& members) {
            QString owner;
            for (ZipMember& m : members)
                if (m.name == QLatin1String("documents/diagnoses.json"))
                    owner = QJsonDocument::fromJson(m.data).object().value(QStringLiteral("records")).toArray().first()
                                .toObject().value(QStringLiteral("uuid")).toString();
            const QJsonObject record{{QStringLiteral("uuid"), uuid}, {QStringLiteral("version"), 1},
                                     {QStringLiteral("fields"),
                                      QJsonObject{{QStringLiteral("owner_table"), QStringLiteral("diagnoses")},
                                                  {QStringLiteral("owner_id"), owner},
                                                  {QStringLiteral("file_name"), fileName},
                                                  {QStringLiteral("kind"), QStringLiteral("photo")},
                                                  {QStringLiteral("size_bytes"), content.size()},
                                                  {QStringLiteral("sha256"), PackageCrypto::sha256Hex(content)}}}};
            for (ZipMember& m : members)
                if (m.name == QLatin1String("documents/attachments.json"))
                    m.data = PackageDocs::document(QStringLiteral("attachments"), {record});
            members.push_back({PackageNames::attachment(uuid), content});
        });
        QVERIFY(!bytes.isEmpty());
        const QString message = refusedOpen(bytes);
        QVERIFY2(message.contains(QStringLiteral("file name")), qPrintable(message));
    }

    void badDocumentsRefused_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("wrong type") << QByteArray("\"employees\":") << QByteArray("\"employees\":\"many\",\"x\":");
        QTest::newRow("unknown field") << QByteArray("\"notes\":") << QByteArray("\"secret\":1,\"notes\":");
        QTest::newRow("not json") << QByteArray("{") << QByteArray("[[[");
    }
    void badDocumentsRefused()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        const QByteArray bytes = resigned([&](QVector<ZipMember>& members) {
            for (ZipMember& m : members)
                if (m.name == QLatin1String("documents/enterprises.json"))
                    m.data.replace(from, to);
        });
        QVERIFY(!refusedOpen(bytes).isEmpty());
    }

    void notAPackage()
    {
        QVERIFY(!refusedOpen(QByteArray()).isEmpty());
        QVERIFY(!refusedOpen(QByteArray("name,credit_code\n")).isEmpty());
        QVERIFY(refusedOpen(QByteArray("PK\x03\x04 garbage")).contains(QStringLiteral("incomplete")));
    }

    void pinnedBureauKey()
    {
        const QString right = PackageCrypto::fingerprint(PackageRepository(**m_bureau).key(QStringLiteral("bureau"))->keys.publicKey);
        const QString wrong = PackageCrypto::fingerprint(PackageCrypto::generateKeys().publicKey);
        auto refused = FieldPackage::open(m_field, m_dir.filePath(QStringLiteral("pinned-wrong.sqlite")), fixtureNow().date(), wrong);
        QVERIFY(!refused);
        QVERIFY(refused.message().contains(wrong));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("pinned-wrong.sqlite"))));
        auto opened = FieldPackage::open(m_field, m_dir.filePath(QStringLiteral("pinned.sqlite")), fixtureNow().date(), right.toLower());
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(opened->bureauFingerprint, right);
    }

    void existingDatabaseNotOverwritten()
    {
        const QString db = m_dir.filePath(QStringLiteral("existing.sqlite"));
        QVERIFY(writeAll(db, QByteArray("keep me")));
        auto opened = FieldPackage::open(m_field, db, fixtureNow().date());
        QVERIFY(!opened);
        QCOMPARE(fileBytes(db), QByteArray("keep me"));
    }
};

QTEST_GUILESS_MAIN(TestPackageRobustness)
#include "tst_packagerobustness.moc"
