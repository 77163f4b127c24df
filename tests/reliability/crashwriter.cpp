// A scripted series of edits for tst_crashsafety: each edit is its own audited transaction
// through the repositories (an enterprise edited, a grant tranche paid), and each is reported on
// stdout the moment it committed, so the harness knows what must survive a SIGKILL.
// Usage: crashwriter DB STEPS SEED
#include "db/Database.h"
#include "domain/Grant.h"
#include "repo/EnterpriseRepository.h"
#include "repo/GrantRepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <cstdio>

using namespace dx;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    auto db = Database::open(args.at(1));
    if (!db)
        return 3;
    const int steps = args.at(2).toInt();
    QRandomGenerator rng(args.at(3).toUInt());
    EnterpriseRepository enterprises(*db.value());
    GrantRepository grants(*db.value());
    QVector<qint64> ids;
    QSqlQuery q(db.value()->connection());
    q.exec(QStringLiteral("SELECT id FROM enterprises WHERE archived = 0 ORDER BY id LIMIT 500"));
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.isEmpty())
        return 4;
    for (int step = 0; step < steps; ++step) {
        if (step % 3 == 2) {
            // A tranche on a grant with something left to pay: a third of what is left.
            QSqlQuery open(db.value()->connection());
            open.exec(QStringLiteral("SELECT g.id, g.version, g.approved_fen - COALESCE((SELECT SUM(amount_fen) FROM grant_payments p "
                                     "WHERE p.grant_id = g.id), 0) FROM grants g WHERE g.state IN (2, 3) ORDER BY g.id"));
            QVector<std::tuple<qint64, int, qint64>> payable;
            while (open.next())
                if (open.value(2).toLongLong() > 0)
                    payable.push_back({open.value(0).toLongLong(), open.value(1).toInt(), open.value(2).toLongLong()});
            if (!payable.isEmpty()) {
                const auto [grantId, version, left] = payable.at(int(rng.bounded(quint32(payable.size()))));
                GrantTranche t;
                t.amount = Money::fromFen(qMax<qint64>(1, left / 3));
                t.paidOn = QDate(2026, 3, 1);
                t.voucher = QStringLiteral("KILL-%1").arg(step);
                auto paid = grants.addTranche(grantId, version, t);
                if (paid) {
                    std::printf("T %lld %d\n", static_cast<long long>(grantId), paid->number);
                    std::fflush(stdout);
                }
                continue;
            }
        }
        const qint64 id = ids.at(int(rng.bounded(quint32(ids.size()))));
        auto e = enterprises.get(id);
        if (!e)
            return 5;
        Enterprise changed = e.value();
        changed.employees += 1;
        auto saved = enterprises.update(changed);
        if (!saved)
            return 6;
        std::printf("E %lld %d %d\n", static_cast<long long>(id), saved->version, saved->employees);
        std::fflush(stdout);
    }
    return 0;
}
