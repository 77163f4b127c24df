// The tamper-evident audit trail (issue 12): every audit row chained to the one before by a
// SHA-256 over its content. The chain verifies after every way rows are written (editor saves,
// bulk batches, two writers in one transaction, rollbacks, a migration from schema 7), and an
// edit, a deletion or a forged hash made directly in the database is found at the right row,
// in process and by `dxdesk audit verify`. The export carries what recomputes each hash.

#include "EnterpriseFixture.h"

#include "db/AuditChainSchema.h"
#include "db/Transaction.h"
#include "demo/DemoCityGenerator.h"
#include "exchange/AuditExport.h"
#include "exchange/TableFile.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace dx;

namespace {

const QJsonObject kSource{{QStringLiteral("source"), QStringLiteral("unit test")}};

bool exec(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editorSavesChain();
    void bulkBatchAndDemoChain();
    void twoWritersInOneTransactionShareTheChain();
    void rollbackLeavesNoHole();
    void editedRowFailsAtThatRow();
    void deletedRowFailsAtTheNextRow();
    void forgedHashFails();
    void anchorFindsDeletedNewestRows();
    void migratedFromSchema7Verifies();
    void exportRecomputes();
    void commandLine();

private:
    AuditVerification verify(const AuditAnchor& anchor = {}) const;
    void writeSome(int edits);

    std::unique_ptr<test::EnterpriseFixture> f;
};

void TestAuditChain::init()
{
    f = std::make_unique<test::EnterpriseFixture>();
}

void TestAuditChain::cleanup()
{
    f.reset();
}

AuditVerification TestAuditChain::verify(const AuditAnchor& anchor) const
{
    auto v = AuditRepository(**f->db).verify(anchor);
    if (!v)
        qWarning("%s", qPrintable(v.message()));
    if (v)
        return v.value();
    AuditVerification failed;   // never ok: the tests' QCOMPAREs then fail
    failed.problem = AuditVerification::Problem::ContentChanged;
    failed.rowsChecked = failed.row.id = -1;
    return failed;
}

// Creates three enterprises and edits the first `edits` times: 3 + edits audit rows.
void TestAuditChain::writeSome(int edits)
{
    for (int i = 1; i <= 3; ++i)
        QVERIFY(f->repo->create(test::sampleEnterprise(i)));
    auto e = f->repo->findByCreditCode(test::sampleEnterprise(1).creditCode);
    QVERIFY(e);
    Enterprise current = e.value();
    for (int i = 0; i < edits; ++i) {
        current.notes = QStringLiteral("第%1次走访").arg(i + 1);
        auto saved = f->repo->update(current);
        QVERIFY2(saved, qPrintable(saved.message()));
        current = saved.value();
    }
}

void TestAuditChain::editorSavesChain()
{
    writeSome(4);
    auto e = f->repo->findByCreditCode(test::sampleEnterprise(2).creditCode);
    QVERIFY(f->repo->setArchived(e->id, e->version, true));
    QCOMPARE(f->auditCount(), qint64(8));
    const AuditVerification v = verify();
    QVERIFY2(v.ok(), qPrintable(v.describe()));
    QCOMPARE(v.rowsChecked, qint64(8));
    QCOMPARE(v.lastId, qint64(8));
    // Stored as the chain says: the first row starts from the genesis, each links the one before.
    QCOMPARE(scalar(**f->db, QStringLiteral("SELECT count(*) FROM audit_log WHERE id = 1 AND prev_hash = ''")), qint64(1));
    QCOMPARE(scalar(**f->db, QStringLiteral("SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 "
                                            "WHERE b.prev_hash = a.hash AND length(a.hash) = 64")),
             qint64(7));
    QCOMPARE(v.lastHash.size(), 64);
}

void TestAuditChain::bulkBatchAndDemoChain()
{
    QVector<Enterprise> list;
    for (int i = 1; i <= 250; ++i)
        list << test::sampleEnterprise(i, QStringLiteral("揭阳市链式%1号五金有限公司").arg(i));
    QVERIFY(f->repo->insertMany(list, kSource));
    QVERIFY(f->repo->create(test::sampleEnterprise(400)));   // a single write after the bulk Writer
    // The demonstration city writes through many repositories and bulk Writers.
    const Status demo = DemoCityGenerator::populate(**f->db, 120, 7);
    QVERIFY2(demo, qPrintable(demo.message()));
    const AuditVerification v = verify();
    QVERIFY2(v.ok(), qPrintable(v.describe()));
    QCOMPARE(v.rowsChecked, f->auditCount());
    QVERIFY(v.rowsChecked > 251 + 120);
}

void TestAuditChain::twoWritersInOneTransactionShareTheChain()
{
    writeSome(0);
    QSqlDatabase conn = (*f->db)->connection();
    {
        Transaction tx(conn);
        AuditRepository::Writer a(**f->db, conn);
        AuditRepository::Writer b(**f->db, conn);
        QVERIFY(a.record(QStringLiteral("enterprises"), 1, QString(), QStringLiteral("reveal"), kSource));
        QVERIFY(b.record(QStringLiteral("enterprises"), 2, QString(), QStringLiteral("reveal"), kSource));
        QVERIFY(AuditRepository(**f->db).record(conn, QStringLiteral("enterprises"), 3, QString(), QStringLiteral("reveal"), kSource));
        QVERIFY(a.record(QStringLiteral("enterprises"), 1, QString(), QStringLiteral("reveal"), kSource));
        // A Writer serialises a run of equal changes once: a different one in between, and the
        // first again, each stored as given.
        const QJsonObject other{{QStringLiteral("field"), QStringLiteral("联系电话")}};
        QVERIFY(a.record(QStringLiteral("enterprises"), 4, QString(), QStringLiteral("reveal"), other));
        QVERIFY(a.record(QStringLiteral("enterprises"), 5, QString(), QStringLiteral("reveal"), kSource));
        QVERIFY(tx.commit());
    }
    const AuditVerification v = verify();
    QVERIFY2(v.ok(), qPrintable(v.describe()));
    QCOMPARE(v.rowsChecked, qint64(9));
    QSqlQuery q((*f->db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT record_id, changes FROM audit_log ORDER BY id DESC LIMIT 3")));
    const QString source = QString::fromUtf8(QJsonDocument(kSource).toJson(QJsonDocument::Compact));
    for (const auto& [id, changes] : {std::pair{5, source}, std::pair{4, QStringLiteral("{\"field\":\"联系电话\"}")}, std::pair{1, source}}) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), id);
        QCOMPARE(q.value(1).toString(), changes);
    }
}

void TestAuditChain::rollbackLeavesNoHole()
{
    writeSome(1);
    // A batch that fails on its last row after writing audit rows: all rolled back, and the next
    // writes chain to the last committed row, not to the rolled-back ones.
    QVector<Enterprise> list;
    for (int i = 10; i < 20; ++i)
        list << test::sampleEnterprise(i);
    list << test::sampleEnterprise(1);   // a duplicate credit code
    QVERIFY(!f->repo->insertMany(list, kSource));
    {
        QSqlDatabase conn = (*f->db)->connection();
        Transaction tx(conn);
        AuditRepository::Writer w(**f->db, conn);
        QVERIFY(w.record(QStringLiteral("enterprises"), 1, QString(), QStringLiteral("reveal"), kSource));
        tx.rollback();
    }
    QCOMPARE(f->auditCount(), qint64(4));
    QVERIFY(f->repo->create(test::sampleEnterprise(30)));
    const AuditVerification v = verify();
    QVERIFY2(v.ok(), qPrintable(v.describe()));
    QCOMPARE(v.rowsChecked, qint64(5));
}

void TestAuditChain::editedRowFailsAtThatRow()
{
    writeSome(5);
    QVERIFY(exec(**f->db, QStringLiteral("UPDATE audit_log SET changes = '{\"notes\":[\"\",\"改过\"]}' WHERE id = 5")));
    const AuditVerification v = verify();
    QVERIFY(!v.ok());
    QCOMPARE(v.problem, AuditVerification::Problem::ContentChanged);
    QCOMPARE(v.row.id, qint64(5));
    QCOMPARE(v.row.table, QStringLiteral("enterprises"));
    QCOMPARE(v.rowsChecked, qint64(4));
    QVERIFY(v.describe().contains(QStringLiteral("audit row 5 (enterprises")));

    // Other columns the hash covers, on earlier rows: the first broken row is named.
    QVERIFY(exec(**f->db, QStringLiteral("UPDATE audit_log SET user_name = 'someone' WHERE id = 3")));
    QCOMPARE(verify().row.id, qint64(3));
    QVERIFY(exec(**f->db, QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 2")));
    QCOMPARE(verify().row.id, qint64(2));
    QCOMPARE(verify().problem, AuditVerification::Problem::ContentChanged);
}

void TestAuditChain::deletedRowFailsAtTheNextRow()
{
    writeSome(5);
    QVERIFY(exec(**f->db, QStringLiteral("DELETE FROM audit_log WHERE id = 4")));
    AuditVerification v = verify();
    QCOMPARE(v.problem, AuditVerification::Problem::LinkBroken);
    QCOMPARE(v.row.id, qint64(5));
    QCOMPARE(v.rowsChecked, qint64(3));
    QCOMPARE(v.lastId, qint64(3));
    // The first row: the next one is not chained to the genesis.
    QVERIFY(exec(**f->db, QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
    v = verify();
    QCOMPARE(v.problem, AuditVerification::Problem::LinkBroken);
    QCOMPARE(v.row.id, qint64(2));
    QCOMPARE(v.rowsChecked, qint64(0));
}

void TestAuditChain::forgedHashFails()
{
    writeSome(5);
    const QString forged(64, QLatin1Char('a'));
    QVERIFY(exec(**f->db, QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE id = 6").arg(forged)));
    AuditVerification v = verify();
    QCOMPARE(v.problem, AuditVerification::Problem::ContentChanged);
    QCOMPARE(v.row.id, qint64(6));

    // An edit re-hashed consistently passes its own row and breaks the next one's link.
    QSqlQuery q((*f->db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE id = 6").arg(AuditChain::selectColumns())) && q.next());
    AuditChainRow row = AuditChain::rowFrom(q);
    q.finish();
    row.changes = QStringLiteral("{\"notes\":[\"\",\"伪造\"]}");
    QVERIFY(q.prepare(QStringLiteral("UPDATE audit_log SET changes = ?, hash = ? WHERE id = 6")));
    q.addBindValue(row.changes);
    q.addBindValue(AuditChain::hashOf(row));
    QVERIFY(q.exec());
    v = verify();
    QCOMPARE(v.problem, AuditVerification::Problem::LinkBroken);
    QCOMPARE(v.row.id, qint64(7));
}

void TestAuditChain::anchorFindsDeletedNewestRows()
{
    writeSome(5);
    const AuditVerification before = verify();
    QVERIFY(before.ok());
    const AuditAnchor anchor{before.lastId, before.lastHash};
    QVERIFY(verify(anchor).ok());
    QCOMPARE(verify({3, before.lastHash}).problem, AuditVerification::Problem::AnchorChanged);
    // Deleting the newest rows leaves a chain that is intact as far as it goes; the anchor
    // taken earlier finds it.
    QVERIFY(exec(**f->db, QStringLiteral("DELETE FROM audit_log WHERE id >= 7")));
    QVERIFY(verify().ok());
    const AuditVerification v = verify(anchor);
    QCOMPARE(v.problem, AuditVerification::Problem::AnchorMissing);
    QCOMPARE(v.row.id, anchor.id);
    QCOMPARE(v.lastId, qint64(6));
}

void TestAuditChain::migratedFromSchema7Verifies()
{
    OpenOptions o;
    o.user = QStringLiteral("tester");
    OpenOptions v7 = o;
    v7.targetVersion = AuditChainSchema::version - 1;
    test::TempDatabase old(v7);   // a file, or a database on the test server (tst_auditchain_pg)
    const QString path = old.location();
    {
        const DatabasePtr& db = old.db();
        QCOMPARE(db->schemaVersion(), 7);
        EnterpriseRepository repo(*db);
        for (int i = 1; i <= 40; ++i) {
            auto created = repo.create(test::sampleEnterprise(i));
            QVERIFY2(created, qPrintable(created.message()));
            Enterprise e = created.value();
            e.notes = QStringLiteral("升级前的记录 %1").arg(i);
            QVERIFY(repo.update(e));
        }
        // Verification refuses an unchained schema and says what to do.
        const auto refused = AuditRepository(*db).verify();
        QVERIFY(!refused);
        QVERIFY(refused.message().contains(QStringLiteral("schema version 7")));
        db->releaseThreadConnection();
    }
    auto db = Database::open(path, o);
    QVERIFY2(db, qPrintable(db.message()));
    QVERIFY(db.value()->schemaVersion() >= AuditChainSchema::version);
    AuditVerification v = AuditRepository(*db.value()).verify().value();
    QVERIFY2(v.ok(), qPrintable(v.describe()));
    QCOMPARE(v.rowsChecked, qint64(80));
    // New rows continue the migrated chain.
    QVERIFY(EnterpriseRepository(*db.value()).create(test::sampleEnterprise(200)));
    v = AuditRepository(*db.value()).verify().value();
    QVERIFY2(v.ok(), qPrintable(v.describe()));
    QCOMPARE(v.rowsChecked, qint64(81));
    QVERIFY(exec(*db.value(), QStringLiteral("UPDATE audit_log SET action = 'archive' WHERE id = 50")));
    QCOMPARE(AuditRepository(*db.value()).verify()->row.id, qint64(50));
}

void TestAuditChain::exportRecomputes()
{
    writeSome(3);
    QVERIFY(f->repo->insertMany({test::sampleEnterprise(50)}, kSource));
    const QString csv = QDir((*f->db).dir()).filePath(QStringLiteral("audit.csv"));
    auto written = AuditExport(**f->db).write({}, csv);
    QVERIFY2(written, qPrintable(written.message()));
    QCOMPARE(written.value(), qint64(7));
    auto table = TableFile::read(csv, 0);
    QVERIFY2(table, qPrintable(table.message()));
    QCOMPARE(table->rowCount(), 8);
    QCOMPARE(table->text(0, 10), QStringLiteral("Hash"));
    // Each row's hash follows from the file alone, and the rows link up.
    QString prev;
    for (int r = 1; r < table->rowCount(); ++r) {
        AuditChainRow row;
        row.id = table->text(r, 0).toLongLong();
        row.at = table->text(r, 1);
        row.user = table->text(r, 2);
        row.table = table->text(r, 3);
        row.recordId = table->text(r, 4).toLongLong();
        row.recordUuid = table->text(r, 5);
        row.action = table->text(r, 6);
        row.changes = table->text(r, 7);
        row.uuid = table->text(r, 8);
        row.prevHash = table->text(r, 9);
        QCOMPARE(row.prevHash, prev);
        QCOMPARE(AuditChain::hashOf(row), table->text(r, 10));
        // As an inspector recomputes it, with another SHA-256 than the one that wrote it.
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(AuditChain::canonical(row), QCryptographicHash::Sha256).toHex()),
                 table->text(r, 10));
        prev = table->text(r, 10);
    }
    // Narrowed by table and by day.
    AuditFilter none;
    none.to = test::kFixtureStart.date().addDays(-1);
    QCOMPARE(AuditExport(**f->db).write(none, csv).value(), qint64(0));
    AuditFilter day;
    day.from = day.to = test::kFixtureStart.date();
    day.table = QStringLiteral("enterprises");
    const QString xlsx = QDir((*f->db).dir()).filePath(QStringLiteral("audit.xlsx"));
    QCOMPARE(AuditExport(**f->db).write(day, xlsx).value(), qint64(7));
    day.table = QStringLiteral("grants");
    QCOMPARE(AuditExport(**f->db).write(day, xlsx).value(), qint64(0));
}

void TestAuditChain::commandLine()
{
    writeSome(5);
    const QString path = (*f->db).location();
    const auto run = [&](const QStringList& args, QString* output) {
        QProcess p;
        p.start(QStringLiteral(DX_DXDESK), args + QStringList{QStringLiteral("--db"), path});
        if (!p.waitForFinished(120000))
            return -1;
        *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    QString text;
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}, &text), 0);
    QVERIFY2(text.contains(QStringLiteral("Checked 8 audit rows")) && text.contains(QStringLiteral("OK:")), qPrintable(text));

    QVERIFY(exec(**f->db, QStringLiteral("UPDATE audit_log SET changes = '{}' WHERE id = 6")));
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}, &text), 2);
    QVERIFY2(text.contains(QStringLiteral("audit row 6 (enterprises, record 1,")) && text.contains(QStringLiteral("content changed")),
             qPrintable(text));
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}, &text), 2);
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("broken")).toObject().value(QStringLiteral("id")).toInt(), 6);
    QCOMPARE(o.value(QStringLiteral("broken")).toObject().value(QStringLiteral("check")).toString(), QStringLiteral("content-changed"));

    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), QStringLiteral("3:xyz")}, &text), 1);
    QVERIFY2(text.contains(QStringLiteral("--anchor needs")), qPrintable(text));
    const QString csv = QDir((*f->db).dir()).filePath(QStringLiteral("out.csv"));
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), csv, QStringLiteral("--from"),
                  QStringLiteral("2024-02-30")}, &text), 1);
    QVERIFY2(text.contains(QStringLiteral("--from needs a date")), qPrintable(text));
    QVERIFY(!QFile::exists(csv));
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), csv}, &text), 0);
    QVERIFY2(text.contains(QStringLiteral("Wrote 8 audit rows")), qPrintable(text));
    QVERIFY(QFile::exists(csv));
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
