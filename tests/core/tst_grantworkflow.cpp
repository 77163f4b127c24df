// GrantWorkflow: every pair of states, legal or not, against the table of the issue
// (applied → reviewed → approved → paying → paid; rejected with a reason at review; withdrawn
// from the open states), the reasons it asks for, and when a tranche may be paid.

#include "workflow/GrantWorkflow.h"

#include <QtTest>

using namespace dx;

namespace {
using S = GrantState;
const QVector<QPair<S, S>> kLegal = {
    {S::Applied, S::Reviewed},  {S::Applied, S::Rejected},  {S::Applied, S::Withdrawn},
    {S::Reviewed, S::Approved}, {S::Reviewed, S::Rejected}, {S::Reviewed, S::Withdrawn},
    {S::Approved, S::Paying},   {S::Approved, S::Paid},     {S::Approved, S::Withdrawn},
    {S::Paying, S::Paid},
};
}

class TestGrantWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void everyPair_data();
    void everyPair();
    void reasons();
    void specificRefusals();
    void payments_data();
    void payments();
    void stateSets();
};

void TestGrantWorkflow::everyPair_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("legal");
    for (int f = 0; f < GrantStateCount; ++f)
        for (int t = 0; t < GrantStateCount; ++t)
            QTest::addRow("%s → %s", qPrintable(grantStateName(S(f))), qPrintable(grantStateName(S(t))))
                << f << t << kLegal.contains({S(f), S(t)});
}

void TestGrantWorkflow::everyPair()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, legal);
    const Status s = GrantWorkflow::checkTransition(S(from), S(to), QStringLiteral("材料不全"));
    QCOMPARE(s.isOk(), legal);
    QCOMPARE(GrantWorkflow::nextStates(S(from)).contains(S(to)), legal);
    if (!legal) {
        QCOMPARE(s.code(), ErrorCode::Validation);
        QVERIFY(!s.message().isEmpty());
        // The refusal names the state the grant is in (or says what is missing).
        QVERIFY2(s.message().contains(grantStateName(S(from))) || s.message().contains(QStringLiteral("paid")) ||
                     s.message().contains(QStringLiteral("reviewed before")),
                 qPrintable(s.message()));
    }
}

void TestGrantWorkflow::reasons()
{
    for (S from : {S::Applied, S::Reviewed}) {
        const Status noReason = GrantWorkflow::checkTransition(from, S::Rejected, QStringLiteral("  "));
        QVERIFY(!noReason);
        QVERIFY2(noReason.message().contains(QStringLiteral("needs a reason")), qPrintable(noReason.message()));
    }
    for (S from : {S::Applied, S::Reviewed, S::Approved}) {
        const Status noReason = GrantWorkflow::checkTransition(from, S::Withdrawn);
        QVERIFY(!noReason);
        QVERIFY2(noReason.message().contains(QStringLiteral("needs a reason")), qPrintable(noReason.message()));
    }
    // The other moves need none.
    QVERIFY(GrantWorkflow::checkTransition(S::Applied, S::Reviewed));
    QVERIFY(GrantWorkflow::checkTransition(S::Reviewed, S::Approved));
    QVERIFY(GrantWorkflow::checkTransition(S::Approved, S::Paying));
}

void TestGrantWorkflow::specificRefusals()
{
    Status s = GrantWorkflow::checkTransition(S::Paying, S::Withdrawn, QStringLiteral("x"));
    QVERIFY2(s.message().contains(QStringLiteral("cannot be withdrawn")), qPrintable(s.message()));
    s = GrantWorkflow::checkTransition(S::Applied, S::Approved);
    QVERIFY2(s.message().contains(QStringLiteral("reviewed before")), qPrintable(s.message()));
    s = GrantWorkflow::checkTransition(S::Approved, S::Rejected, QStringLiteral("x"));
    QVERIFY2(s.message().contains(QStringLiteral("rejected at review")), qPrintable(s.message()));
    for (S closed : {S::Paid, S::Rejected, S::Withdrawn}) {
        s = GrantWorkflow::checkTransition(closed, S::Applied);
        QVERIFY2(s.message().contains(QStringLiteral("closed grant")), qPrintable(s.message()));
    }
    s = GrantWorkflow::checkTransition(S::Reviewed, S::Paid);
    QVERIFY2(s.message().contains(grantStateName(S::Approved)), qPrintable(s.message()));   // lists what it can become
}

void TestGrantWorkflow::payments_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("message");
    QTest::newRow("applied") << int(S::Applied) << false << "not approved";
    QTest::newRow("reviewed") << int(S::Reviewed) << false << "not approved";
    QTest::newRow("approved") << int(S::Approved) << true << "";
    QTest::newRow("paying") << int(S::Paying) << true << "";
    QTest::newRow("paid") << int(S::Paid) << false << "paid in full";
    QTest::newRow("rejected") << int(S::Rejected) << false << "rejected";
    QTest::newRow("withdrawn") << int(S::Withdrawn) << false << "withdrawn";
}

void TestGrantWorkflow::payments()
{
    QFETCH(int, state);
    QFETCH(bool, allowed);
    QFETCH(QString, message);
    const Status s = GrantWorkflow::checkPayment(S(state));
    QCOMPARE(s.isOk(), allowed);
    if (!allowed)
        QVERIFY2(s.message().contains(message), qPrintable(s.message()));
}

void TestGrantWorkflow::stateSets()
{
    QVector<S> open, closed, committing, byPayment;
    for (int i = 0; i < GrantStateCount; ++i) {
        if (GrantWorkflow::isOpen(S(i)))
            open << S(i);
        if (GrantWorkflow::isClosed(S(i)))
            closed << S(i);
        if (GrantWorkflow::commitsFunds(S(i)))
            committing << S(i);
        if (GrantWorkflow::isSetByPayment(S(i)))
            byPayment << S(i);
        QVERIFY(!grantStateName(S(i)).isEmpty());
    }
    QCOMPARE(open, (QVector<S>{S::Applied, S::Reviewed, S::Approved}));
    QCOMPARE(closed, (QVector<S>{S::Paid, S::Rejected, S::Withdrawn}));
    QCOMPARE(committing, (QVector<S>{S::Approved, S::Paying, S::Paid}));
    QCOMPARE(byPayment, (QVector<S>{S::Paying, S::Paid}));
    // Closed states lead nowhere; every open state can be withdrawn.
    for (S s : closed)
        QVERIFY(GrantWorkflow::nextStates(s).isEmpty());
    for (S s : open)
        QVERIFY(GrantWorkflow::nextStates(s).contains(S::Withdrawn));
}

QTEST_GUILESS_MAIN(TestGrantWorkflow)
#include "tst_grantworkflow.moc"
