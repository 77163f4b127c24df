// The bad-input catalogue: what a user or a script can get wrong across the surface — command
// arguments, import files of every kind, index and policy documents, database files that are
// not ours, newer, damaged, locked, read-only, or a disk that fills up. Each gets a clear message
// (no crash, no Qt or SQL noise alone), a non-zero exit for a command, and leaves the database
// as it was: the same rows in every table (a content hash before and after), and a file that is
// not a usable database byte for byte the same.
#include "TestSupport.h"

#include "assessment/AssessmentIndex.h"
#include "db/Migrations.h"
#include "domain/Diagnosis.h"
#include "grants/SubsidyPolicy.h"
#include "package/PackageFormat.h"
#include "package/RecordSchema.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace dx;

namespace {

// Every row of every table, in rowid order: equal when nothing was written.
QByteArray contentHash(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hash"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return "cannot open: " + db.lastError().text().toUtf8();
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& t : names) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t)))
                return "cannot read " + t.toUtf8();
            hash.addData(t.toUtf8());
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    hash.addData(q.value(i).toString().toUtf8() + '\x1f');
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hash"));
    return hash.result().toHex();
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "(no file)";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

QByteArray csv(const QStringList& lines)
{
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

enum class Condition { None, Locked, ReadOnly, DiskFull };

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;
    QByteArray m_baseHash;
    int m_rows = 0;

    QString file(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Traversable by an unprivileged user (the read-only row drops to one when run as root).
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                QFileDevice::ExeGroup);
        m_base = file(QStringLiteral("base.sqlite"));
        QProcess p;
        p.start(QStringLiteral(DX_DXDESK), {QStringLiteral("demo"), QStringLiteral("--enterprises"), QStringLiteral("300"),
                                            QStringLiteral("--db"), m_base});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        m_baseHash = contentHash(m_base);

        const QString good = test::makeCreditCode(QStringLiteral("445202"), 7001);
        const QString header = QStringLiteral("企业名称,统一社会信用代码,所属区县,行业,从业人员（人）,营业收入（万元）");
        write(file(QStringLiteral("text.txt")), "this is a note, not a database\n");
        write(file(QStringLiteral("empty.csv")), "");
        write(file(QStringLiteral("header-only.csv")), csv({header}));
        write(file(QStringLiteral("bad-check.csv")), csv({header, QStringLiteral("揭阳市甲有限公司,914452000000000000,榕城区,17,10,1")}));
        write(file(QStringLiteral("bad-district.csv")), csv({header, QStringLiteral("揭阳市乙有限公司,%1,火星区,17,10,1").arg(good)}));
        write(file(QStringLiteral("duplicates.csv")), csv({header, QStringLiteral("揭阳市丙有限公司,%1,榕城区,17,10,1").arg(good),
                                                           QStringLiteral("揭阳市丙有限公司二,%1,榕城区,17,10,1").arg(good)}));
        write(file(QStringLiteral("negative.csv")), csv({header, QStringLiteral("揭阳市丁有限公司,%1,榕城区,17,-10,1").arg(good)}));
        write(file(QStringLiteral("bad-revenue.csv")), csv({header, QStringLiteral("揭阳市戊有限公司,%1,榕城区,17,10,很多").arg(good)}));
        write(file(QStringLiteral("no-name.csv")), csv({header, QStringLiteral(",%1,榕城区,17,10,1").arg(good)}));
        write(file(QStringLiteral("unknown-columns.csv")), csv({QStringLiteral("甲,乙,丙"), QStringLiteral("1,2,3")}));
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919) % 256);
        write(file(QStringLiteral("garbage.csv")), garbage);
        write(file(QStringLiteral("not-a-zip.xlsx")), "企业名称,统一社会信用代码\n");
        QFile xlsx(QStringLiteral(DX_SOURCE_DIR "/tests/exchange/data/ledger-libreoffice.xlsx"));
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        write(file(QStringLiteral("truncated.xlsx")), xlsx.read(400));
        write(file(QStringLiteral("ledger.txt")), csv({header}));
        write(file(QStringLiteral("broken-zip.xlsx")), QByteArray("PK\x03\x04", 4) + garbage.left(300));
        write(file(QStringLiteral("providers.csv")), csv({QStringLiteral("服务商名称,统一社会信用代码"), QStringLiteral("某科技有限公司,123")}));
        write(file(QStringLiteral("grants.csv")), csv({QStringLiteral("企业名称,申请金额"), QStringLiteral("不存在的企业,-5")}));
        write(file(QStringLiteral("payments.csv")), csv({QStringLiteral("项目,金额"), QStringLiteral("不存在的项目,abc")}));
        write(file(QStringLiteral("cost-lines.csv")), garbage.left(100));
        write(file(QStringLiteral("invoices.csv")), csv({QStringLiteral("发票号")}));
        QDir().mkpath(file(QStringLiteral("folder.csv")));

        // Database files that are not usable: another program's, a newer schema, damaged.
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(file(QStringLiteral("foreign.sqlite")));
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (x)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        QVERIFY(QFile::copy(m_base, file(QStringLiteral("newer.sqlite"))));
        QVERIFY(QFile::copy(m_base, file(QStringLiteral("damaged.sqlite"))));
        {
            QFile f(file(QStringLiteral("newer.sqlite")));
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(60);
            const int v = Migrations::latestVersion() + 1;
            const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
            f.write(bytes, 4);
        }
        {
            QFile f(file(QStringLiteral("damaged.sqlite")));
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            f.write(QByteArray(8192, '\x5a'));
        }
        write(file(QStringLiteral("existing-backup.sqlite")), "keep me\n");
    }

    void commands_data()
    {
        QTest::addColumn<QStringList>("args");          // {db} is a fresh copy of the demo city
        QTest::addColumn<QString>("expected");          // a regular expression the message matches
        QTest::addColumn<QString>("untouched");         // a file that must stay byte for byte ("" = none)
        QTest::addColumn<int>("condition");
        const QString dir = m_dir.path() + QLatin1Char('/');
        auto row = [&](const char* name, const QString& args, const QString& expected, const QString& untouched = QString(),
                       Condition condition = Condition::None) {
            QStringList list = args.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (QString& a : list)
                a.replace(QStringLiteral("@"), dir).replace(QStringLiteral("~"), QStringLiteral(" "));
            QTest::newRow(name) << list << expected << (untouched.isEmpty() ? QString() : dir + untouched) << int(condition);
        };
        // Command-line arguments.
        row("unknown command", "frobnicate --db {db}", "unknown command");
        row("demo without a size", "demo --db {db}", "--enterprises needs a positive number");
        row("demo negative size", "demo --enterprises -5 --db {db}", "--enterprises needs a positive number");
        row("demo size not a number", "demo --enterprises 十 --db {db}", "--enterprises needs a positive number");
        row("demo zero", "demo --enterprises 0 --db {db}", "--enterprises needs a positive number");
        row("demo bad seed", "demo --enterprises 10 --seed -1 --db {db}", "--seed needs");
        row("demo extra argument", "demo --enterprises 10 extra --db {db}", "unexpected argument");
        row("demo unknown option", "demo --enterprises 10 --colour --db {db}", "[Uu]nknown option");
        row("list limit zero", "list --limit 0 --db {db}", "--limit needs a positive number");
        row("list limit text", "list --limit many --db {db}", "--limit needs a positive number");
        row("option without value", "list --db", "[Mm]issing value");
        row("check a missing file", "check --db @missing.sqlite", "does not exist");
        row("stats bad date", "stats --as-of 2024-13-45 --db {db}", "--as-of needs a date");
        row("stats unknown cluster", "stats --cluster 不存在的集群 --db {db}", "no cluster is named");
        row("stats unknown district", "stats --district 火星区 --db {db}", "no district is named");
        row("import without a kind", "import --db {db}", "kind|KIND");
        row("import unknown kind", "import widgets @ledger.txt --db {db}", "what to import");
        row("import without a file", "import enterprises --db {db}", "file|FILE");
        row("import a missing file", "import enterprises @missing.csv --db {db}", "missing\\.csv");
        row("import a folder", "import enterprises @folder.csv --db {db}", "folder\\.csv");
        row("export without --out", "export enterprises --db {db}", "--out");
        row("export to an unknown format", "export enterprises --out @list.doc --db {db}", "\\.doc|xlsx|csv");
        row("report without a kind", "report --out @r.pdf --db {db}", "report needs a kind");
        row("report dossier without enterprise", "report dossier --out @d.pdf --db {db}", "--enterprise");
        row("report unknown enterprise", "report dossier --enterprise 91445202MA4W9XYZ0C --out @d.pdf --db {db}",
            "[Nn]o enterprise has the credit code");
        row("report bad month", "report monthly --month 2024-13 --out @m.pdf --db {db}", "--month YYYY-MM");
        row("report without --out", "report monthly --month 2024-05 --db {db}", "--out FILE.pdf is required");
        row("backup over an existing file", "backup --out @existing-backup.sqlite --db {db}", "already exists",
            "existing-backup.sqlite");
        row("backup of a missing database", "backup --db @missing.sqlite", "does not exist");
        row("restore without a file", "restore --db {db}", "needs the backup file");
        row("restore a missing file", "restore @missing.sqlite --db {db}", "does not exist");
        row("restore a text file", "restore @text.txt --db {db}", "not an SQLite file", "text.txt");
        row("restore another program's database", "restore @foreign.sqlite --db {db}", "not a DX Desk database",
            "foreign.sqlite");
        row("restore a newer database", "restore @newer.sqlite --db {db}", "newer DX Desk", "newer.sqlite");
        row("restore a damaged backup", "restore @damaged.sqlite --db {db}", "damaged", "damaged.sqlite");
        row("restore the database onto itself", "restore {db} --db {db}", "the database itself");
        // Import files.
        row("empty csv", "import enterprises @empty.csv --db {db}", "empty|no rows of data");
        row("csv with a header only", "import enterprises @header-only.csv --db {db}", "no rows of data");
        row("wrong check character", "import enterprises @bad-check.csv --db {db}", "check character is wrong.*Nothing was imported");
        row("unknown district", "import enterprises @bad-district.csv --db {db}", "Not a known district.*Nothing was imported");
        row("duplicate codes in the file", "import enterprises @duplicates.csv --db {db}", "same credit code as row 2.*Nothing was imported");
        row("negative employees", "import enterprises @negative.csv --db {db}", "negative.*Nothing was imported");
        row("revenue in words", "import enterprises @bad-revenue.csv --db {db}", "not an amount.*Nothing was imported");
        row("row without a name", "import enterprises @no-name.csv --db {db}", "name is missing.*Nothing was imported");
        row("unknown columns", "import enterprises @unknown-columns.csv --db {db}", "column|企业名称|header");
        row("binary garbage as csv", "import enterprises @garbage.csv --db {db}", ".");
        row("text saved as .xlsx", "import enterprises @not-a-zip.xlsx --db {db}", "no rows of data");
        row("truncated xlsx", "import enterprises @truncated.xlsx --db {db}", "xlsx|Excel|zip|workbook|damaged");
        row("a .txt holding only a header", "import enterprises @ledger.txt --db {db}", "no rows of data");
        row("a broken zip as .xlsx", "import enterprises @broken-zip.xlsx --db {db}", "xlsx|Excel|zip|workbook|damaged|read");
        row("bad provider ledger", "import providers @providers.csv --db {db}", ".");
        row("bad grant ledger", "import grants @grants.csv --db {db}", ".");
        row("bad payment ledger", "import payments @payments.csv --db {db}", ".");
        row("garbage cost lines", "import cost-lines @cost-lines.csv --db {db}", ".");
        row("invoices without data", "import invoices @invoices.csv --db {db}", ".");
        // Database files.
        row("a text file as database", "list --db @text.txt", "not an SQLite file", "text.txt");
        row("another program's database", "list --db @foreign.sqlite", "another program", "foreign.sqlite");
        row("a newer database", "list --db @newer.sqlite", "newer DX Desk", "newer.sqlite");
        row("a damaged database", "list --db @damaged.sqlite", "damaged", "damaged.sqlite");
        row("import into a newer database", "demo --enterprises 5 --db @newer.sqlite", "newer DX Desk", "newer.sqlite");
        row("a folder as database", "list --db @folder.csv", "is a folder");
        // Conditions of the file system and of other writers.
        row("locked database", "demo --enterprises 50 --db {db}", "locked|busy", QString(), Condition::Locked);
        row("read-only database", "demo --enterprises 50 --db {db}", "read-?only|unable to open|cannot open|Cannot open",
            QString(), Condition::ReadOnly);
        row("disk full", "demo --enterprises 4000 --db {db}", "full|disk|I/O|write", QString(), Condition::DiskFull);
    }

    void commands()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QFETCH(QString, untouched);
        QFETCH(int, condition);
        const QString rowDir = file(QStringLiteral("row-%1").arg(++m_rows));
        QVERIFY(QDir().mkpath(rowDir));
        QFile::setPermissions(rowDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QString db = rowDir + QStringLiteral("/city.sqlite");
        QVERIFY(QFile::copy(m_base, db));
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        for (QString& a : args)
            a.replace(QStringLiteral("{db}"), db);
        const QByteArray untouchedBefore = untouched.isEmpty() ? QByteArray() : fileHash(untouched);

        QSqlDatabase lock;
        if (Condition(condition) == Condition::Locked) {
            lock = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
            lock.setDatabaseName(db);
            QVERIFY(lock.open());
            QVERIFY(QSqlQuery(lock).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), rowDir + QStringLiteral("/config"));
        env.insert(QStringLiteral("HOME"), rowDir);
        // Reports run a QGuiApplication, which wants a private runtime folder.
        QDir().mkpath(rowDir + QStringLiteral("/runtime"));
        QFile::setPermissions(rowDir + QStringLiteral("/runtime"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), rowDir + QStringLiteral("/runtime"));
        p.setProcessEnvironment(env);
        const qint64 limit = QFileInfo(db).size() + 256 * 1024;
        p.setChildProcessModifier([condition, limit] {
            if (Condition(condition) == Condition::ReadOnly && ::geteuid() == 0) {
                // Root writes any file: an unprivileged user sees the file read-only.
                if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(99);
            }
            if (Condition(condition) == Condition::DiskFull) {
                // No file may grow past the limit: writes fail with EFBIG, as on a full disk.
                std::signal(SIGXFSZ, SIG_IGN);
                struct rlimit rl = {rlim_t(limit), rlim_t(limit)};
                ::setrlimit(RLIMIT_FSIZE, &rl);
            }
        });
        p.start(QStringLiteral(DX_DXDESK), args);
        QVERIFY(p.waitForFinished(120000));
        if (lock.isValid()) {
            QSqlQuery(lock).exec(QStringLiteral("ROLLBACK"));
            lock.close();
            lock = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("lock"));
        }
        const QString message = QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput()).trimmed();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit, qPrintable(QStringLiteral("crashed: ") + message));
        QVERIFY2(p.exitCode() != 0 && p.exitCode() != 99, qPrintable(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(message)));
        QVERIFY2(message.contains(QRegularExpression(expected, QRegularExpression::DotMatchesEverythingOption)), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("QSql")) && !message.contains(QLatin1String("Segmentation")), qPrintable(message));
        QCOMPARE(contentHash(db), m_baseHash);
        if (!untouched.isEmpty())
            QCOMPARE(fileHash(untouched), untouchedBefore);
    }

    void documents_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QFile shipped(QStringLiteral(DX_SOURCE_DIR "/resources/indices/miit-2024.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QByteArray index = shipped.readAll();
        QFile policyFile(QStringLiteral(DX_SOURCE_DIR "/resources/policies/suqian-upgrade.json"));
        QVERIFY(policyFile.open(QIODevice::ReadOnly));
        const QByteArray policy = policyFile.readAll();
        QTest::newRow("index: empty") << "index" << QByteArray();
        QTest::newRow("index: not JSON") << "index" << QByteArray("指标体系");
        QTest::newRow("index: an array") << "index" << QByteArray("[1, 2, 3]");
        QTest::newRow("index: an empty object") << "index" << QByteArray("{}");
        QTest::newRow("index: cut in half") << "index" << index.left(index.size() / 2);
        QTest::newRow("index: no dimensions") << "index" << QByteArray(R"({"id": "x", "version": "1", "dimensions": []})");
        // Found by fuzzing (tests/fuzz/regressions/index): numbers of points that do not fit in
        // milli-points, or whose sum overflows, were converted before they were checked.
        QTest::newRow("index: 1e300 points") << "index" << QByteArray(R"({"id": "x", "version": "1", "totalPoints": 1e300})");
        QTest::newRow("index: option points overflowing their sum")
            << "index" << QByteArray(R"({"id": "x", "version": "1", "totalPoints": 5e15, "dimensions": [{"id": "d", "points": 5e15,
                "indicators": [{"id": "i", "points": 5e15, "items": [{"id": "a", "kind": "multi", "points": 5e15,
                "options": [{"id": "o", "points": 5e15}, {"id": "p", "points": 5e15}, {"id": "q", "points": 5e15}]}]}]}]})");
        // And in field packages (tests/fuzz/regressions/package): a member size and a whole-number
        // field of 1e300.
        QFile manifest(QStringLiteral(DX_SOURCE_DIR "/tests/fuzz/regressions/package/manifest-size-1e300.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QTest::newRow("package manifest: member size 1e300") << "manifest" << manifest.readAll();
        QTest::newRow("package record: size_bytes 1e300")
            << "attachments" << QByteArray(R"({"table": "attachments", "records": [{"uuid": "3f1c8a2e-5b7d-4c9e-8a10-2b3c4d5e6f70",
                "version": 1, "fields": {"owner_table": "diagnoses", "owner_id": "3f1c8a2e-5b7d-4c9e-8a10-2b3c4d5e6f71",
                "file_name": "a.txt", "kind": "evidence", "size_bytes": 1e300, "sha256": "00"}}]})");
        QTest::newRow("policy: empty") << "policy" << QByteArray();
        QTest::newRow("policy: not JSON") << "policy" << QByteArray("{rate: 30%}");
        QTest::newRow("policy: an empty object") << "policy" << QByteArray("{}");
        QTest::newRow("policy: cut in half") << "policy" << policy.left(policy.size() / 2);
        QByteArray negative = policy;
        negative.replace("\"rateBasisPoints\": ", "\"rateBasisPoints\": -");
        QTest::newRow("policy: negative rate") << "policy" << negative;
        QByteArray overCap = policy;
        overCap.replace("\"cap\": \"", "\"cap\": \"-");
        QTest::newRow("policy: negative cap") << "policy" << overCap;
        QTest::newRow("policy: unknown kind") << "policy" << QByteArray(R"({"format": 1, "name": "x", "kind": "lottery"})");
    }

    void documents()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        const Status s = kind == QLatin1String("index")      ? AssessmentIndex::fromJson(bytes, QStringLiteral("bad.json")).status()
                       : kind == QLatin1String("policy")     ? SubsidyPolicy::fromJson(bytes).status()
                       : kind == QLatin1String("manifest")   ? PackageManifest::fromJson(bytes).status()
                                                             : RecordSchema::validateDocument(*RecordSchema::table(kind), bytes).status();
        QVERIFY(!s.isOk());
        QVERIFY(!s.message().trimmed().isEmpty());
    }

    // A diagnosis's answers are read without refusal (they are the assessor's work), but a total
    // no index can have, as a damaged or hostile return package may carry, is no total: found by
    // fuzzing (tests/fuzz/regressions/answers), it used to be converted to milli-points unchecked.
    void answersTotalOutOfRange()
    {
        QVERIFY(!answersFromJson(QByteArrayLiteral(R"({"totalOnly": 1e300})")).totalOnly.has_value());
        QVERIFY(!answersFromJson(QByteArrayLiteral(R"({"totalOnly": -1e19})")).totalOnly.has_value());
        QCOMPARE(answersFromJson(QByteArrayLiteral(R"({"totalOnly": 62.5})")).totalOnly, std::optional<MilliPoints>(62500));
    }

    // The stored form of answers reads back to the same text, even for an item id that is half a
    // surrogate pair (found by fuzzing: it was written as UTF-8 it has no form in, and came back
    // as another character in another order, so equal answers compared unequal).
    void answersStoredFormStable()
    {
        const QByteArray stored = answersToJson(answersFromJson(QByteArrayLiteral(R"({"items": {"a": {}, "\ud800": {}}})")));
        QVERIFY2(stored.contains("\\ud800"), stored.constData());
        QCOMPARE(answersToJson(answersFromJson(stored)), stored);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
