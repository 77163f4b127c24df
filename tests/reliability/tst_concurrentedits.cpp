// Two officers, two connections (each its own Database::open of the same file or URL), two
// threads, making conflicting edits to the same few records at the same time.
//
// Counters: in every round both clients read the same enterprise, wait for each other, then
// both save it with one more employee on the version they read. The database serialises the
// two writes; the version check must turn the second into a conflict, whose client reads again
// and saves again. So every round costs exactly one conflict and adds exactly two, and an
// update lost anywhere shows in the counters, the versions or the audit rows.
//
// Grants: both clients approve the same reviewed grants against one fund that cannot hold them
// all, then pay the approved grants in tranches that do not divide the approved amounts, both
// on the same grants at once. The fund must never commit more than its total, no grant may pay
// more than it approved, and every approval and tranche a client was told succeeded must be in
// the ledger exactly once.
//
// Nothing here depends on timing: the threads meet at a barrier and the database decides.

#include "../core/GrantFixture.h"

#include "repo/AuditRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QThread>
#include <QtTest>
#include <condition_variable>
#include <mutex>

using namespace dx;

namespace {

constexpr int kEdits = 1000;     // successful saves per client
constexpr int kRecords = 3;      // enterprises the clients take turns on
constexpr int kGrants = 8;       // reviewed grants of 475,000 yuan eligible each …
constexpr qint64 kFundYuan = 2000000;     // … against a fund for six approvals of …
constexpr qint64 kApproveYuan = 300000;   // … 300,000 yuan each
constexpr qint64 kTrancheYuan = 7000;     // does not divide 300,000: the last tranche of a grant is refused
constexpr int kMaxBusy = 100;    // "database is locked" retries a client tolerates (SQLite busy timeout)

Money yuan(qint64 y) { return Money::fromYuan(y); }

// Two threads meet here; abort() releases both for good (a client that failed).
class Barrier
{
public:
    bool wait()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_aborted)
            return false;
        const quint64 generation = m_generation;
        if (++m_waiting == 2) {
            m_waiting = 0;
            ++m_generation;
            m_cv.notify_all();
            return true;
        }
        m_cv.wait(lock, [&] { return m_generation != generation || m_aborted; });
        return !m_aborted;
    }
    void abort()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_aborted = true;
        m_cv.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    int m_waiting = 0;
    quint64 m_generation = 0;
    bool m_aborted = false;
};

// One officer: a Database of their own and what they were told.
struct Client
{
    DatabasePtr db;
    int saves = 0;
    int conflicts = 0;
    int busy = 0;
    QVector<int> savesPerRecord = QVector<int>(kRecords, 0);
    QHash<qint64, Money> approved;   // by grant: what approve() said it approved
    int fundRefusals = 0;
    QHash<qint64, Money> paid;       // by grant: Σ tranches addTranche() accepted
    QHash<qint64, int> tranches;
    int overpayRefusals = 0;
    QString failure;                 // the first unexpected result; the client stopped there
};

bool isBusy(const Status& s)
{
    return s.code() == ErrorCode::Database &&
           (s.message().contains(QLatin1String("locked")) || s.message().contains(QLatin1String("busy")));
}

// A failure stops the client and releases the other one from the barrier.
void fail(Client& c, Barrier& barrier, const QString& what, const Status& s)
{
    c.failure = QStringLiteral("%1: %2").arg(what, s.message());
    barrier.abort();
}

// Saves `read` + 1 employee with the version read; on a conflict reads again and retries.
bool increment(Client& c, Barrier& barrier, Enterprise read, int record)
{
    EnterpriseRepository repo(*c.db);
    for (;;) {
        Enterprise edit = read;
        edit.employees = read.employees + 1;
        const auto saved = repo.update(edit);
        if (saved) {
            ++c.saves;
            ++c.savesPerRecord[record];
            return true;
        }
        if (saved.code() == ErrorCode::Conflict) {
            ++c.conflicts;
        } else if (isBusy(saved.status()) && c.busy < kMaxBusy) {
            ++c.busy;
        } else {
            fail(c, barrier, QStringLiteral("save"), saved.status());
            return false;
        }
        auto fresh = repo.get(read.id);
        if (!fresh) {
            fail(c, barrier, QStringLiteral("read again"), fresh.status());
            return false;
        }
        read = fresh.value();
    }
}

void counterClient(Client& c, Barrier& barrier, const QVector<qint64>& ids)
{
    EnterpriseRepository repo(*c.db);
    for (int round = 0; round < kEdits; ++round) {
        const int record = round % kRecords;
        auto read = repo.get(ids.at(record));
        if (!read)
            return fail(c, barrier, QStringLiteral("read"), read.status());
        if (!barrier.wait())   // both have read the same version
            return;
        if (!increment(c, barrier, read.value(), record))
            return;
    }
}

// Both clients try to approve each grant; a conflict is retried on the version read again.
void approvalClient(Client& c, Barrier& barrier, const QVector<qint64>& grants)
{
    GrantRepository repo(*c.db);
    for (qint64 id : grants) {
        auto g = repo.get(id);
        if (!g)
            return fail(c, barrier, QStringLiteral("read grant"), g.status());
        if (!barrier.wait())
            return;
        while (g->state == GrantState::Reviewed) {
            const auto approved = repo.approve(id, g->version, yuan(kApproveYuan));
            if (approved) {
                c.approved[id] = approved->approved;
                break;
            }
            if (approved.code() == ErrorCode::Validation && approved.message().contains(QLatin1String("would commit"))) {
                ++c.fundRefusals;   // the fund cannot hold it: refused, nothing written
                break;
            }
            if (approved.code() == ErrorCode::Conflict)
                ++c.conflicts;
            else if (isBusy(approved.status()) && c.busy < kMaxBusy)
                ++c.busy;
            else
                return fail(c, barrier, QStringLiteral("approve"), approved.status());
            g = repo.get(id);
            if (!g)
                return fail(c, barrier, QStringLiteral("read grant again"), g.status());
        }
    }
}

// Both clients pay the same grants at once, kTrancheYuan at a time, until each is paid in full;
// a tranche above what is left is refused and the client pays the rest exactly.
void trancheClient(Client& c, Barrier& barrier, const test::GrantFixture& f, const QVector<qint64>& grants, const QString& name)
{
    GrantRepository repo(*c.db);
    int voucher = 0;
    for (qint64 id : grants) {
        if (!barrier.wait())
            return;
        Money amount = yuan(kTrancheYuan);
        for (;;) {
            auto g = repo.get(id);
            if (!g)
                return fail(c, barrier, QStringLiteral("read grant"), g.status());
            if (g->unpaid().fen() <= 0)
                break;
            const auto paid = repo.addTranche(id, g->version, f.tranche(amount, TrancheBasis::None, 0,
                                                                        QStringLiteral("%1-%2").arg(name).arg(++voucher)));
            if (paid) {
                c.paid[id] = c.paid.value(id) + amount;
                ++c.tranches[id];
                amount = yuan(kTrancheYuan);
            } else if (paid.code() == ErrorCode::Validation && g->unpaid() < amount) {
                ++c.overpayRefusals;   // more than is left of the approved amount: refused
                amount = g->unpaid();
            } else if (paid.code() == ErrorCode::Conflict) {
                ++c.conflicts;
            } else if (isBusy(paid.status()) && c.busy < kMaxBusy) {
                ++c.busy;
            } else {
                return fail(c, barrier, QStringLiteral("tranche"), paid.status());
            }
        }
    }
}

// Runs body(a) and body(b) on two threads; each ends its connection before it finishes.
template <typename Body>
void runClients(Client& a, Client& b, Body body)
{
    const auto start = [&body](Client& c) {
        return QThread::create([&body, &c] {
            body(c);
            c.db->releaseThreadConnection();
        });
    };
    std::unique_ptr<QThread> ta(start(a));
    std::unique_ptr<QThread> tb(start(b));
    ta->start();
    tb->start();
    ta->wait();
    tb->wait();
}

} // namespace

class TestConcurrentEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noLostUpdate();
    void grantInvariantsHold();

private:
    std::unique_ptr<test::GrantFixture> f;
    Client m_a;
    Client m_b;
};

void TestConcurrentEdits::init()
{
    f = std::make_unique<test::GrantFixture>();
    m_a = Client();
    m_b = Client();
    const auto open = [this](Client& client, const QString& user) {
        OpenOptions o;
        o.user = user;
        o.clock = &f->clock();
        auto db = Database::open(f->path(), o);
        QVERIFY2(db, qPrintable(db.message()));
        client.db = db.value();
    };
    open(m_a, QStringLiteral("officer1"));
    open(m_b, QStringLiteral("officer2"));
}

void TestConcurrentEdits::cleanup()
{
    m_a = Client();
    m_b = Client();
    f.reset();
}

void TestConcurrentEdits::noLostUpdate()
{
    QVector<qint64> ids;
    for (int k = 0; k < kRecords; ++k)
        ids << f->enterprise(k + 1, Tier::None, 0, Money::fromWan(5000), 0);   // the counter starts at 0

    QElapsedTimer clock;
    clock.start();
    Barrier barrier;
    runClients(m_a, m_b, [&ids, &barrier](Client& c) { counterClient(c, barrier, ids); });
    const qint64 ms = clock.elapsed();
    QVERIFY2(m_a.failure.isEmpty(), qPrintable(m_a.failure));
    QVERIFY2(m_b.failure.isEmpty(), qPrintable(m_b.failure));
    qInfo("%s: %d + %d saves, %d + %d conflicts retried, %d + %d busy retries, %lld ms",
          test::testBackend() == Backend::Postgres ? "PostgreSQL" : "SQLite", m_a.saves,
          m_b.saves, m_a.conflicts, m_b.conflicts, m_a.busy, m_b.busy, ms);

    QCOMPARE(m_a.saves, kEdits);
    QCOMPARE(m_b.saves, kEdits);
    // Each round both saved on the same version: exactly one of the two was a conflict.
    QCOMPARE(m_a.conflicts + m_b.conflicts, kEdits);

    EnterpriseRepository repo(f->db());
    AuditRepository audit(f->db());
    int total = 0;
    for (int k = 0; k < kRecords; ++k) {
        const int saves = m_a.savesPerRecord.at(k) + m_b.savesPerRecord.at(k);
        const int rounds = kEdits / kRecords + (k < kEdits % kRecords ? 1 : 0);
        QCOMPARE(saves, 2 * rounds);
        const Enterprise stored = repo.get(ids.at(k)).value();
        QCOMPARE(stored.employees, saves);       // no lost update
        QCOMPARE(stored.version, 1 + saves);     // one version per save
        // One audit row per save, by the officer who made it, each one more than the last.
        const QVector<AuditEntry> history = audit.history(EnterpriseRepository::tableName(), ids.at(k)).value();
        QHash<QString, int> byUser;
        QSet<int> values;
        for (const AuditEntry& e : history) {
            if (e.action != QLatin1String("update"))
                continue;
            ++byUser[e.user];
            const QJsonArray change = e.changes.value(QStringLiteral("employees")).toArray();
            QCOMPARE(change.at(1).toInt(), change.at(0).toInt() + 1);
            values.insert(change.at(1).toInt());
        }
        QCOMPARE(byUser.value(QStringLiteral("officer1")), m_a.savesPerRecord.at(k));
        QCOMPARE(byUser.value(QStringLiteral("officer2")), m_b.savesPerRecord.at(k));
        QCOMPARE(values.size(), saves);   // 1, 2, … saves: every value written once
        total += saves;
    }
    QCOMPARE(total, 2 * kEdits);
    // The audit chain was extended by both writers in turn without a break.
    auto verified = audit.verify();
    QVERIFY2(verified, qPrintable(verified.message()));
    QVERIFY2(verified->ok(), qPrintable(verified->describe()));
}

void TestConcurrentEdits::grantInvariantsHold()
{
    const Fund fund = f->fund(yuan(kFundYuan));
    const PolicyInfo policy = f->ratePolicy(fund.id);
    QVector<qint64> grants;
    for (int k = 0; k < kGrants; ++k)
        grants << f->reviewedStandard(k + 1, policy).id;
    QCOMPARE(f->grants().get(grants.first())->eligible, yuan(475000));

    QElapsedTimer clock;
    clock.start();
    Barrier approvals;
    runClients(m_a, m_b, [&grants, &approvals](Client& c) { approvalClient(c, approvals, grants); });
    QVERIFY2(m_a.failure.isEmpty(), qPrintable(m_a.failure));
    QVERIFY2(m_b.failure.isEmpty(), qPrintable(m_b.failure));
    const qint64 approveMs = clock.restart();

    // Six approvals fit the fund; the last two are refused to both clients.
    GrantRepository repo(f->db());
    QVector<qint64> approved;
    Money committed;
    for (qint64 id : grants) {
        const Grant g = repo.get(id).value();
        const int winners = int(m_a.approved.contains(id)) + int(m_b.approved.contains(id));
        if (g.state == GrantState::Approved) {
            QCOMPARE(winners, 1);   // approved once, by the one client told so
            QCOMPARE(g.approved, yuan(kApproveYuan));
            approved << id;
            committed = committed + g.approved;
        } else {
            QCOMPARE(g.state, GrantState::Reviewed);
            QCOMPARE(winners, 0);
        }
    }
    QCOMPARE(approved.size(), int(kFundYuan / kApproveYuan));
    QCOMPARE(m_a.fundRefusals + m_b.fundRefusals, 2 * (kGrants - int(approved.size())));
    QCOMPARE(repo.fundCommitment(fund.id)->total, committed);
    QVERIFY(!(yuan(kFundYuan) < committed));

    Barrier payments;
    runClients(m_a, m_b, [this, &approved, &payments](Client& c) {
        trancheClient(c, payments, *f, approved, &c == &m_a ? QStringLiteral("A") : QStringLiteral("B"));
    });
    QVERIFY2(m_a.failure.isEmpty(), qPrintable(m_a.failure));
    QVERIFY2(m_b.failure.isEmpty(), qPrintable(m_b.failure));
    const qint64 payMs = clock.elapsed();

    // Every grant paid in full, exactly the tranches the clients were told were accepted.
    int tranches = 0;
    for (qint64 id : approved) {
        const Grant g = repo.get(id).value();
        QCOMPARE(g.state, GrantState::Paid);
        QCOMPARE(g.paid, g.approved);
        QCOMPARE(m_a.paid.value(id) + m_b.paid.value(id), g.paid);
        QCOMPARE(repo.tranches(id)->size(), m_a.tranches.value(id) + m_b.tranches.value(id));
        tranches += int(repo.tranches(id)->size());
    }
    // Each grant's last 7,000 did not fit at least once (300,000 = 42 × 7,000 + 6,000).
    QVERIFY(m_a.overpayRefusals + m_b.overpayRefusals >= approved.size());
    const Status invariants = repo.checkInvariants();
    QVERIFY2(invariants, qPrintable(invariants.message()));
    auto verified = AuditRepository(f->db()).verify();
    QVERIFY2(verified && verified->ok(), qPrintable(verified ? verified->describe() : verified.message()));
    qInfo("grants: %d approved of %d, %d fund refusals, %d tranches, %d refused over the approved amount, %d conflicts, %d busy "
          "retries; approvals %lld ms, tranches %lld ms",
          int(approved.size()), kGrants, m_a.fundRefusals + m_b.fundRefusals, tranches, m_a.overpayRefusals + m_b.overpayRefusals,
          m_a.conflicts + m_b.conflicts, m_a.busy + m_b.busy, approveMs, payMs);
}

QTEST_GUILESS_MAIN(TestConcurrentEdits)
#include "tst_concurrentedits.moc"
