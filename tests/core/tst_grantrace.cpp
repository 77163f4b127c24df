// Two officers, two connections, two threads, racing for the last money of one fund (and for
// the last money of one grant): exactly one wins, the other is refused with the figures (or told
// the grant changed), and the ledger adds up. No timing is asserted: the threads start together
// and whichever the database serialises first wins.

#include "GrantFixture.h"

#include <QThread>
#include <QtTest>
#include <atomic>

using namespace dx;

namespace {

Money yuan(qint64 y) { return Money::fromYuan(y); }

// Runs `a` and `b` on two threads released at the same moment; each thread ends its database
// connection before it finishes.
template <typename A, typename B>
void race(const Database& dbA, const Database& dbB, A a, B b)
{
    std::atomic<int> ready{0};
    const auto wrap = [&ready](const Database& db, auto body) {
        return QThread::create([&ready, &db, body] {
            ready.fetch_add(1);
            while (ready.load() < 2)
                QThread::yieldCurrentThread();
            body();
            db.releaseThreadConnection();
        });
    };
    std::unique_ptr<QThread> ta(wrap(dbA, a));
    std::unique_ptr<QThread> tb(wrap(dbB, b));
    ta->start();
    tb->start();
    QVERIFY(ta->wait(60000));
    QVERIFY(tb->wait(60000));
}

} // namespace

class TestGrantRace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void twoApprovalsForTheLastMoney();
    void twoTranchesForTheLastMoney();

private:
    std::unique_ptr<test::GrantFixture> f;
    DatabasePtr m_second;   // the second officer's own Database on the same file
};

void TestGrantRace::init()
{
    f = std::make_unique<test::GrantFixture>();
    OpenOptions o;
    o.user = QStringLiteral("officer2");
    o.clock = &f->clock();
    auto second = Database::open(f->path(), o);
    QVERIFY2(second, qPrintable(second.message()));
    m_second = second.value();
}

void TestGrantRace::cleanup()
{
    m_second.reset();
    f.reset();
}

void TestGrantRace::twoApprovalsForTheLastMoney()
{
    // Five rounds, each on a fresh 1,000,000 fund with two reviewed grants eligible for 950,000
    // (the standard project × 2, 50 %): approving 600,000 twice cannot both fit.
    for (int round = 0; round < 5; ++round) {
        const Fund fund = f->fund(yuan(1000000), 0, BasisPointsWhole, QStringLiteral("试点资金%1").arg(round));
        const PolicyInfo policy = f->ratePolicy(fund.id, 5000, "enterprise_upgrade", QStringLiteral("政策%1").arg(round));
        QVector<Grant> grants;
        for (int k = 0; k < 2; ++k) {
            const qint64 e = f->enterprise(100 * round + k + 1);
            grants << f->reviewed(f->applied(e, f->project(e, 2).id, policy.id, yuan(950000)));
        }
        QCOMPARE(grants.at(0).eligible, yuan(950000));
        Result<Grant> first = Status::error(ErrorCode::Cancelled, QStringLiteral("not run"));
        Result<Grant> second = Status::error(ErrorCode::Cancelled, QStringLiteral("not run"));
        race(f->db(), *m_second,
             [&] { first = GrantRepository(f->db()).approve(grants.at(0).id, grants.at(0).version, yuan(600000)); },
             [&] { second = GrantRepository(*m_second).approve(grants.at(1).id, grants.at(1).version, yuan(600000)); });

        QVERIFY2(first.isOk() != second.isOk(), qPrintable(first.message() + QStringLiteral(" | ") + second.message()));
        const Result<Grant>& loser = first.isOk() ? second : first;
        const Grant& loserGrant = first.isOk() ? grants.at(1) : grants.at(0);
        QCOMPARE(loser.code(), ErrorCode::Validation);
        QCOMPARE(loser.message(), QStringLiteral("Approving 600,000.00 yuan would commit 1,200,000.00 yuan of the fund 试点资金%1's "
                                                 "1,000,000.00 yuan (600,000.00 yuan already committed, 400,000.00 yuan remaining).")
                                      .arg(round));
        GrantRepository repo(f->db());
        QCOMPARE(repo.get(loserGrant.id)->state, GrantState::Reviewed);
        QCOMPARE(repo.get(loserGrant.id)->version, loserGrant.version);
        const FundCommitment committed = repo.fundCommitment(fund.id).value();
        QCOMPARE(committed.total, yuan(600000));
        // The winner's approval is recorded by the connection that made it.
        const Grant winner = repo.get(first.isOk() ? grants.at(0).id : grants.at(1).id).value();
        QCOMPARE(winner.state, GrantState::Approved);
        QCOMPARE(winner.updatedBy, first.isOk() ? QStringLiteral("tester") : QStringLiteral("officer2"));
        // The loser can still take what is left.
        auto rest = repo.approve(loserGrant.id, loserGrant.version, yuan(400000));
        QVERIFY2(rest, qPrintable(rest.message()));
        QCOMPARE(repo.fundCommitment(fund.id)->total, yuan(1000000));
    }
    const Status s = GrantRepository(f->db()).checkInvariants();
    QVERIFY2(s, qPrintable(s.message()));
}

void TestGrantRace::twoTranchesForTheLastMoney()
{
    const Fund fund = f->fund(yuan(10000000));
    const PolicyInfo policy = f->ratePolicy(fund.id);
    for (int round = 0; round < 5; ++round) {
        const qint64 e = f->enterprise(round + 1);
        const Grant g = f->approved(f->reviewed(f->applied(e, f->project(e).id, policy.id, yuan(400000))), yuan(400000));
        Result<GrantTranche> a = Status::error(ErrorCode::Cancelled, QStringLiteral("not run"));
        Result<GrantTranche> b = Status::error(ErrorCode::Cancelled, QStringLiteral("not run"));
        race(f->db(), *m_second,
             [&] { a = GrantRepository(f->db()).addTranche(g.id, g.version, f->tranche(yuan(300000), TrancheBasis::None, 0, QStringLiteral("A"))); },
             [&] { b = GrantRepository(*m_second).addTranche(g.id, g.version, f->tranche(yuan(300000), TrancheBasis::None, 0, QStringLiteral("B"))); });
        QVERIFY2(a.isOk() != b.isOk(), qPrintable(a.message() + QStringLiteral(" | ") + b.message()));
        const auto& loser = a.isOk() ? b : a;
        // Both read the same version: the loser is told the grant changed (the version check
        // comes first); had it reloaded, the sum check would refuse it.
        QVERIFY2(loser.code() == ErrorCode::Conflict || loser.code() == ErrorCode::Validation, qPrintable(loser.message()));
        const Grant after = GrantRepository(f->db()).get(g.id).value();
        QCOMPARE(after.paid, yuan(300000));
        QCOMPARE(after.state, GrantState::Paying);
        QCOMPARE(GrantRepository(f->db()).tranches(g.id)->size(), 1);
        auto over = GrantRepository(*m_second).addTranche(g.id, after.version, f->tranche(yuan(300000)));
        QVERIFY2(!over && over.message().contains(QStringLiteral("600,000.00 yuan")), qPrintable(over.message()));
    }
    const Status s = GrantRepository(f->db()).checkInvariants();
    QVERIFY2(s, qPrintable(s.message()));
}

QTEST_GUILESS_MAIN(TestGrantRace)
#include "tst_grantrace.moc"
