// Database::open and Migrations: a new file, an upgrade from version 1 with its backup, and
// the files that must be refused without being touched.

#include "TestSupport.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "demo/DemoCityGenerator.h"
#include "repo/ClusterRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ReferenceRepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace dx;

namespace {

int s_rawCounter = 0;

// Runs statements on a connection of its own (not Database's), then closes and removes it,
// so Database::open afterwards sees a file nobody holds. Returns the first column of the
// last statement's first row.
QVariant raw(const QString& path, const QStringList& statements, bool* ok = nullptr)
{
    const QString name = QStringLiteral("tst_migrations-raw-%1").arg(++s_rawCounter);
    QVariant result;
    bool allOk = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        allOk = db.open();
        if (allOk) {
            QSqlQuery q(db);
            for (const QString& sql : statements) {
                if (!q.exec(sql)) {
                    allOk = false;
                    break;
                }
                result = q.next() ? q.value(0) : QVariant();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (ok)
        *ok = allOk;
    return result;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

OpenOptions options(int targetVersion = 0)
{
    OpenOptions o;
    o.user = QStringLiteral("tester");
    o.targetVersion = targetVersion;
    return o;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabase();
    void reopenIsNoOp();
    void upgradeFromVersion1();
    void allowMigrationFalseKeepsOldSchema();
    void refusesNewerSchema();
    void refusesTextFile();
    void refusesOtherSqliteDatabase();
    void refusesDamagedFile();
    void missingFileWithoutCreate();
    void refusesFolder();
};

void TestMigrations::freshDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
    auto opened = Database::open(path, options());
    QVERIFY2(opened, qPrintable(opened.message()));
    const DatabasePtr db = opened.value();

    QVERIFY(Migrations::latestVersion() >= 2);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(scalar(*db, QStringLiteral("PRAGMA user_version")).toInt(), Migrations::latestVersion());
    QCOMPARE(scalar(*db, QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString().toLower(), QStringLiteral("wal"));
    QVERIFY(db->migrationBackupPath().isEmpty());   // nothing to back up in a new file
    QCOMPARE(db->path(), QFileInfo(path).absoluteFilePath());

    // Reference data seeded in the same step.
    auto districts = ReferenceRepository(*db).districts();
    QVERIFY(districts);
    bool rongcheng = false;
    for (const District& d : districts.value())
        rongcheng = rongcheng || (d.code == QLatin1String("445202") && d.name == QStringLiteral("榕城区")
                                  && d.parentCode == QLatin1String("445200"));
    QVERIFY(rongcheng);

    auto industries = ReferenceRepository(*db).industries();
    QVERIFY(industries);
    bool rubber = false;
    for (const Industry& i : industries.value())
        rubber = rubber || (i.code == QLatin1String("29") && i.name == QStringLiteral("橡胶和塑料制品业"));
    QVERIFY(rubber);

    auto clusters = ClusterRepository(*db).list();
    QVERIFY(clusters);
    bool textiles = false;
    for (const Cluster& c : clusters.value())
        textiles = textiles || (c.name == QStringLiteral("纺织服装") && c.industryCodes.contains(QStringLiteral("17")));
    QVERIFY(textiles);

    // The version 2 objects exist.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'enterprises_fts'")).toInt(), 1);
    // And those of version 5 (subsidies), with the columns every table carries.
    QVERIFY(Migrations::latestVersion() >= 5);
    for (const char* table : {"funds", "policies", "policy_versions", "grants", "grant_payments"}) {
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                 .arg(QLatin1String(table))).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name IN "
                                            "('uuid', 'version', 'created_at', 'updated_at', 'updated_by')")
                                 .arg(QLatin1String(table))).toInt(), 5);
    }
    QVERIFY(EnterpriseRepository(*db).count({}).value() == 0);
}

void TestMigrations::reopenIsNoOp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.sqlite"));
    {
        auto first = Database::open(path, options());
        QVERIFY(first);
        QVERIFY(EnterpriseRepository(*first.value()).create(test::sampleEnterprise(1)));
    }
    auto second = Database::open(path, options());
    QVERIFY2(second, qPrintable(second.message()));
    QCOMPARE(second.value()->schemaVersion(), Migrations::latestVersion());
    QVERIFY(second.value()->migrationBackupPath().isEmpty());
    QCOMPARE(EnterpriseRepository(*second.value()).count({}).value(), qint64(1));
    // Reference data is seeded once, not on every open.
    QCOMPARE(scalar(*second.value(), QStringLiteral("SELECT count(*) FROM districts WHERE code = '445202'")).toInt(), 1);
}

void TestMigrations::upgradeFromVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const Enterprise sample = test::sampleEnterprise(3, QStringLiteral("揭阳市榕城区老版本纺织有限公司"));
    qint64 id = 0;
    {
        auto v1 = Database::open(path, options(1));
        QVERIFY2(v1, qPrintable(v1.message()));
        DatabasePtr db = v1.value();
        QCOMPARE(db->schemaVersion(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'enterprises_fts'")).toInt(), 0);
        auto created = EnterpriseRepository(*db).create(sample);
        QVERIFY2(created, qPrintable(created.message()));
        id = created->id;
    }   // every reference to the Database is gone here: the file is closed
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);

    auto opened = Database::open(path, options());
    QVERIFY2(opened, qPrintable(opened.message()));
    DatabasePtr db = opened.value();
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());

    // The backup taken before the upgrade is a version-1 database with the data.
    const QString backup = db->migrationBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY2(QFile::exists(backup), qPrintable(backup));
    QVERIFY(backup != db->path());
    QVERIFY(backup.contains(QStringLiteral(".v1-before-upgrade-")));
    QCOMPARE(raw(backup, {QStringLiteral("PRAGMA user_version")}).toInt(), 1);
    QCOMPARE(raw(backup, {QStringLiteral("PRAGMA application_id")}).toInt(), Database::ApplicationId);
    QCOMPARE(raw(backup, {QStringLiteral("SELECT name FROM enterprises WHERE credit_code = '%1'")
                              .arg(sample.creditCode)}).toString(), sample.name);
    QCOMPARE(raw(backup, {QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'enterprises_fts'")}).toInt(), 0);

    // Data intact after the upgrade.
    EnterpriseRepository repo(*db);
    auto stored = repo.get(id);
    QVERIFY2(stored, qPrintable(stored.message()));
    QCOMPARE(stored->name, sample.name);
    QCOMPARE(stored->creditCode, sample.creditCode);
    QCOMPARE(stored->version, 1);

    // The search index was built over rows written before it existed: ≥ 3 characters use FTS.
    for (const QString& text : {QStringLiteral("老版本"), QStringLiteral("榕城区老版本纺织"), sample.creditCode.mid(4, 8)}) {
        EnterpriseFilter f;
        f.search = text;
        auto rows = repo.page(f, EnterpriseSortKey::Name, Qt::AscendingOrder, std::nullopt, 10);
        QVERIFY2(rows, qPrintable(rows.message()));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().id, id);
    }
    // And it follows new writes.
    auto second = repo.create(test::sampleEnterprise(4, QStringLiteral("揭阳市新版本塑胶有限公司")));
    QVERIFY(second);
    EnterpriseFilter f;
    f.search = QStringLiteral("新版本");
    QCOMPARE(repo.count(f).value(), qint64(1));
}

void TestMigrations::allowMigrationFalseKeepsOldSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.sqlite"));
    {
        auto v1 = Database::open(path, options(1));
        QVERIFY(v1);
    }
    OpenOptions o = options();
    o.allowMigration = false;
    {
        auto opened = Database::open(path, o);
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(opened.value()->schemaVersion(), 1);
        QVERIFY(opened.value()->migrationBackupPath().isEmpty());
    }
    QCOMPARE(raw(path, {QStringLiteral("PRAGMA user_version")}).toInt(), 1);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*before-upgrade*")}, QDir::Files).size(), 0);
}

void TestMigrations::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto created = Database::open(path, options());
        QVERIFY(created);
    }
    bool ok = false;
    raw(path, {QStringLiteral("PRAGMA user_version = 999")}, &ok);
    QVERIFY(ok);
    QCOMPARE(raw(path, {QStringLiteral("PRAGMA user_version")}).toInt(), 999);
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    auto opened = Database::open(path, options());
    QVERIFY(!opened);
    QCOMPARE(opened.code(), ErrorCode::Validation);
    QVERIFY2(opened.message().contains(QStringLiteral("newer")), qPrintable(opened.message()));
    QVERIFY2(opened.message().contains(QStringLiteral("999")), qPrintable(opened.message()));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(raw(path, {QStringLiteral("PRAGMA user_version")}).toInt(), 999);
}

void TestMigrations::refusesTextFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.\nSecond line.\n");
    }
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path, options());
    QVERIFY(!opened);
    QCOMPARE(opened.code(), ErrorCode::Validation);
    QVERIFY2(opened.message().contains(QStringLiteral("not an SQLite file")), qPrintable(opened.message()));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestMigrations::refusesOtherSqliteDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    bool ok = false;
    raw(path, {QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)"),
               QStringLiteral("INSERT INTO recipes (title) VALUES ('dumplings')")},
        &ok);
    QVERIFY(ok);
    QCOMPARE(raw(path, {QStringLiteral("PRAGMA application_id")}).toInt(), 0);
    const QByteArray before = fileHash(path);

    auto opened = Database::open(path, options());
    QVERIFY(!opened);
    QCOMPARE(opened.code(), ErrorCode::Validation);
    QVERIFY2(opened.message().contains(QStringLiteral("another program")), qPrintable(opened.message()));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(raw(path, {QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'enterprises'")}).toInt(), 0);
}

void TestMigrations::refusesDamagedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto created = Database::open(path, options());
        QVERIFY(created);
        const Status populated = DemoCityGenerator::populate(*created.value(), 3000, 11);
        QVERIFY2(populated, qPrintable(populated.message()));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));   // checkpointed on close

    // Overwrite the root page of the enterprise-name index (an interior b-tree page with
    // 3000 rows) with 0xFF: a page type quick_check always reports. Found through a raw
    // connection so the offset is the same on every run.
    const int pageSize = raw(path, {QStringLiteral("PRAGMA page_size")}).toInt();
    const int pageCount = raw(path, {QStringLiteral("PRAGMA page_count")}).toInt();
    const int rootPage =
        raw(path, {QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'enterprises_sort_1'")}).toInt();
    QVERIFY(pageSize >= 512);
    QVERIFY2(rootPage > 1 && rootPage <= pageCount, qPrintable(QString::number(rootPage)));
    QVERIFY(pageCount > 10);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(rootPage - 1) * pageSize));
        QCOMPARE(f.write(QByteArray(pageSize, char(0xFF))), qint64(pageSize));
    }
    const QByteArray before = fileHash(path);

    auto opened = Database::open(path, options());
    QVERIFY2(!opened, "a damaged file was opened");
    const QString message = opened.message();
    QVERIFY2(opened.code() == ErrorCode::Validation || opened.code() == ErrorCode::Database, qPrintable(message));
    if (opened.code() == ErrorCode::Validation)
        QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
    QVERIFY(!message.isEmpty());
    QCOMPARE(fileHash(path), before);
}

void TestMigrations::missingFileWithoutCreate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/missing.sqlite"));
    OpenOptions o = options();
    o.createIfMissing = false;
    auto opened = Database::open(path, o);
    QVERIFY(!opened);
    QCOMPARE(opened.code(), ErrorCode::NotFound);
    QVERIFY(!opened.message().isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("sub"))));
}

void TestMigrations::refusesFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("folder.sqlite"));
    QVERIFY(QDir().mkpath(path));
    auto opened = Database::open(path, options());
    QVERIFY(!opened);
    QCOMPARE(opened.code(), ErrorCode::Io);
    QVERIFY(QFileInfo(path).isDir());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
