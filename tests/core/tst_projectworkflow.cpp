// ProjectWorkflow: the state machine (exactly the moves of nextStates are allowed, every other
// move is refused with a message naming both states, closed projects do not move at all,
// cancelling needs a reason) and the acceptance rule (a confirmed, current post-transformation
// diagnosis dated after the contract and reaching the target level; the latest one wins).
// Pure logic: no database.

#include "assessment/AssessmentIndex.h"
#include "workflow/ProjectWorkflow.h"

#include <QtTest>

using namespace dx;

namespace {

const QDate kContract(2024, 5, 10);

const QVector<ProjectState> kAllStates = {ProjectState::Draft,    ProjectState::Filed,       ProjectState::InProgress,
                                          ProjectState::AcceptanceRequested, ProjectState::Accepted,
                                          ProjectState::NotAccepted, ProjectState::Cancelled};

// The transitions of the case flow, written out independently of nextStates().
const QVector<QPair<ProjectState, ProjectState>> kLegal = {
    {ProjectState::Draft, ProjectState::Filed},
    {ProjectState::Draft, ProjectState::Cancelled},
    {ProjectState::Filed, ProjectState::InProgress},
    {ProjectState::Filed, ProjectState::Cancelled},
    {ProjectState::InProgress, ProjectState::AcceptanceRequested},
    {ProjectState::InProgress, ProjectState::Cancelled},
    {ProjectState::AcceptanceRequested, ProjectState::Accepted},
    {ProjectState::AcceptanceRequested, ProjectState::NotAccepted},
    {ProjectState::AcceptanceRequested, ProjectState::Cancelled},
    {ProjectState::NotAccepted, ProjectState::AcceptanceRequested},
    {ProjectState::NotAccepted, ProjectState::Cancelled},
};

QByteArray tag(ProjectState s)
{
    switch (s) {
    case ProjectState::Draft: return "Draft";
    case ProjectState::Filed: return "Filed";
    case ProjectState::InProgress: return "InProgress";
    case ProjectState::AcceptanceRequested: return "AcceptanceRequested";
    case ProjectState::Accepted: return "Accepted";
    case ProjectState::NotAccepted: return "NotAccepted";
    case ProjectState::Cancelled: return "Cancelled";
    }
    return "?";
}

Diagnosis diagnosis(qint64 id, DiagnosisKind kind, DiagnosisStatus status, const QDate& visit, int level, bool superseded = false)
{
    Diagnosis d;
    d.id = id;
    d.enterpriseId = 1;
    d.kind = kind;
    d.status = status;
    d.visitDate = visit;
    d.level = level;
    d.superseded = superseded;
    return d;
}

Diagnosis post(qint64 id, const QDate& visit, int level)
{
    return diagnosis(id, DiagnosisKind::PostTransformation, DiagnosisStatus::Confirmed, visit, level);
}

// The baseline every project starts from: confirmed, at level 1, before the contract.
Diagnosis baseline()
{
    return diagnosis(100, DiagnosisKind::Baseline, DiagnosisStatus::Confirmed, QDate(2024, 1, 15), 1);
}

} // namespace

class TestProjectWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void stateNamesDistinct();
    void openStates();
    void transitionMatrix_data();
    void transitionMatrix();
    void cancelNeedsReason_data();
    void cancelNeedsReason();

    void acceptanceNeedsContractDate();
    void acceptanceWithoutPostDiagnosis();
    void acceptanceIgnoresUnconfirmedAndSuperseded_data();
    void acceptanceIgnoresUnconfirmedAndSuperseded();
    void acceptancePostOnOrBeforeContract();
    void acceptanceBelowTargetLevel();
    void acceptanceAtOrAboveTarget();
    void acceptanceReturnsLatestQualifying();
};

void TestProjectWorkflow::stateNamesDistinct()
{
    // The messages below are told apart by state names, so they must be distinct and non-empty.
    QSet<QString> names;
    for (ProjectState s : kAllStates) {
        QVERIFY2(!projectStateName(s).isEmpty(), tag(s).constData());
        names.insert(projectStateName(s));
    }
    QCOMPARE(names.size(), ProjectStateCount);
    QCOMPARE(kAllStates.size(), ProjectStateCount);
}

void TestProjectWorkflow::openStates()
{
    for (ProjectState s : kAllStates) {
        const bool closed = s == ProjectState::Accepted || s == ProjectState::Cancelled;
        QCOMPARE(ProjectWorkflow::isOpen(s), !closed);
        // A closed project has nowhere to go; an open one can at least be cancelled.
        QCOMPARE(ProjectWorkflow::nextStates(s).isEmpty(), closed);
        if (!closed)
            QVERIFY2(ProjectWorkflow::nextStates(s).contains(ProjectState::Cancelled), tag(s).constData());
    }
}

void TestProjectWorkflow::transitionMatrix_data()
{
    // States travel as ints so that the test does not need its own metatype for them.
    QTest::addColumn<int>("fromState");
    QTest::addColumn<int>("toState");
    QTest::addColumn<bool>("legal");
    for (ProjectState from : kAllStates)
        for (ProjectState to : kAllStates)
            QTest::addRow("%s->%s", tag(from).constData(), tag(to).constData())
                << int(from) << int(to) << kLegal.contains(qMakePair(from, to));
}

void TestProjectWorkflow::transitionMatrix()
{
    QFETCH(int, fromState);
    QFETCH(int, toState);
    QFETCH(bool, legal);
    const auto from = ProjectState(fromState);
    const auto to = ProjectState(toState);

    // nextStates lists exactly the legal moves.
    QCOMPARE(ProjectWorkflow::nextStates(from).contains(to), legal);

    // A reason is given so that a refusal can only come from the move itself.
    const Status s = ProjectWorkflow::checkTransition(from, to, QStringLiteral("企业资金不到位"));
    if (legal) {
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        QCOMPARE(s.code(), ErrorCode::None);
        // Moves other than a cancellation need no reason at all.
        if (to != ProjectState::Cancelled)
            QVERIFY(ProjectWorkflow::checkTransition(from, to).isOk());
        return;
    }
    QVERIFY(!s.isOk());
    QCOMPARE(s.code(), ErrorCode::Validation);
    QVERIFY2(s.message().contains(projectStateName(from)), qPrintable(s.message()));
    if (ProjectWorkflow::isOpen(from)) {
        QVERIFY2(s.message().contains(projectStateName(to)), qPrintable(s.message()));
        // …and says where it can go instead.
        for (ProjectState next : ProjectWorkflow::nextStates(from))
            QVERIFY2(s.message().contains(projectStateName(next)), qPrintable(s.message()));
    } else {
        QVERIFY2(s.message().contains(QLatin1String("closed project does not change")), qPrintable(s.message()));
    }
    // Without a reason it is refused just the same.
    QCOMPARE(ProjectWorkflow::checkTransition(from, to).code(), ErrorCode::Validation);
}

void TestProjectWorkflow::cancelNeedsReason_data()
{
    QTest::addColumn<int>("fromState");
    for (ProjectState from : kAllStates)
        if (ProjectWorkflow::isOpen(from))
            QTest::newRow(tag(from).constData()) << int(from);
}

void TestProjectWorkflow::cancelNeedsReason()
{
    QFETCH(int, fromState);
    const auto from = ProjectState(fromState);
    for (const QString& blank : {QString(), QString::fromLatin1(""), QStringLiteral("  \t\n ")}) {
        const Status s = ProjectWorkflow::checkTransition(from, ProjectState::Cancelled, blank);
        QCOMPARE(s.code(), ErrorCode::Validation);
        QVERIFY2(s.message().contains(QLatin1String("reason")), qPrintable(s.message()));
    }
    const Status ok = ProjectWorkflow::checkTransition(from, ProjectState::Cancelled, QStringLiteral("企业停产"));
    QVERIFY2(ok.isOk(), qPrintable(ok.message()));
}

// ---- The acceptance rule ----------------------------------------------------------------------

void TestProjectWorkflow::acceptanceNeedsContractDate()
{
    // Even with a diagnosis that would qualify against any contract date.
    const auto r = ProjectWorkflow::acceptanceDiagnosis({QDate(), 2, {baseline(), post(1, QDate(2024, 9, 1), 4)}});
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::Validation);
    QVERIFY2(r.message().contains(QLatin1String("contract date")), qPrintable(r.message()));
}

void TestProjectWorkflow::acceptanceWithoutPostDiagnosis()
{
    for (const QVector<Diagnosis>& list :
         {QVector<Diagnosis>{}, QVector<Diagnosis>{baseline()},
          // Confirmed baselines and self-assessments after the contract at level 4 are not post assessments.
          QVector<Diagnosis>{baseline(), diagnosis(2, DiagnosisKind::Baseline, DiagnosisStatus::Confirmed, QDate(2024, 9, 1), 4),
                             diagnosis(3, DiagnosisKind::SelfAssessment, DiagnosisStatus::Confirmed, QDate(2024, 9, 2), 4)}}) {
        const auto r = ProjectWorkflow::acceptanceDiagnosis({kContract, 2, list});
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::Validation);
        QVERIFY2(r.message().contains(QLatin1String("there is none")), qPrintable(r.message()));
    }
}

void TestProjectWorkflow::acceptanceIgnoresUnconfirmedAndSuperseded_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("superseded");
    QTest::newRow("draft") << int(DiagnosisStatus::Draft) << false;
    QTest::newRow("submitted") << int(DiagnosisStatus::Submitted) << false;
    QTest::newRow("superseded") << int(DiagnosisStatus::Confirmed) << true;
}

void TestProjectWorkflow::acceptanceIgnoresUnconfirmedAndSuperseded()
{
    QFETCH(int, status);
    QFETCH(bool, superseded);
    // A post assessment after the contract at 四级: it would qualify if it counted.
    const Diagnosis candidate = diagnosis(5, DiagnosisKind::PostTransformation, DiagnosisStatus(status), QDate(2024, 9, 1), 4, superseded);
    // On its own, it does not count: there is no post assessment at all.
    auto r = ProjectWorkflow::acceptanceDiagnosis({kContract, 2, {baseline(), candidate}});
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::Validation);
    QVERIFY2(r.message().contains(QLatin1String("there is none")), qPrintable(r.message()));

    // Next to a qualifying one dated earlier, the qualifying one is chosen, not the later candidate.
    const Diagnosis good = post(6, QDate(2024, 8, 1), 2);
    r = ProjectWorkflow::acceptanceDiagnosis({kContract, 2, {baseline(), candidate, good}});
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->id, qint64(6));

    // Next to a confirmed post that is too low, the message is about the level (the candidate,
    // which would reach it, is not taken into account).
    r = ProjectWorkflow::acceptanceDiagnosis({kContract, 2, {baseline(), candidate, post(7, QDate(2024, 8, 1), 1)}});
    QVERIFY(!r);
    QVERIFY2(r.message().contains(AssessmentIndex::levelName(2)), qPrintable(r.message()));
}

void TestProjectWorkflow::acceptancePostOnOrBeforeContract()
{
    // Before the contract and on its very day: neither counts, however high the level.
    const auto r = ProjectWorkflow::acceptanceDiagnosis(
        {kContract, 2, {baseline(), post(1, kContract.addDays(-30), 4), post(2, kContract, 4)}});
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::Validation);
    QVERIFY2(r.message().contains(QStringLiteral("2024-05-10")), qPrintable(r.message()));
    QVERIFY2(r.message().contains(QLatin1String("after the contract")), qPrintable(r.message()));
    QVERIFY2(!r.message().contains(QLatin1String("there is none")), qPrintable(r.message()));

    // The day after the contract it does.
    const auto next = ProjectWorkflow::acceptanceDiagnosis({kContract, 2, {baseline(), post(3, kContract.addDays(1), 2)}});
    QVERIFY2(next, qPrintable(next.message()));
    QCOMPARE(next->id, qint64(3));
}

void TestProjectWorkflow::acceptanceBelowTargetLevel()
{
    // After the contract but at 一级 for a target of 二级 (a level-4 one before the contract
    // does not help).
    auto r = ProjectWorkflow::acceptanceDiagnosis(
        {kContract, 2, {baseline(), post(1, kContract.addDays(-1), 4), post(2, QDate(2024, 9, 1), 1)}});
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::Validation);
    QCOMPARE(AssessmentIndex::levelName(2), QStringLiteral("二级"));
    QVERIFY2(r.message().contains(QStringLiteral("二级")), qPrintable(r.message()));
    QVERIFY2(r.message().contains(QLatin1String("target level")), qPrintable(r.message()));

    // A target of 三级 with a 二级 assessment: the message names 三级.
    r = ProjectWorkflow::acceptanceDiagnosis({kContract, 3, {baseline(), post(3, QDate(2024, 9, 1), 2)}});
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::Validation);
    QVERIFY2(r.message().contains(QStringLiteral("三级")), qPrintable(r.message()));
    QVERIFY2(!r.message().contains(QStringLiteral("二级")), qPrintable(r.message()));
}

void TestProjectWorkflow::acceptanceAtOrAboveTarget()
{
    for (int level = 2; level <= 4; ++level) {
        const auto r = ProjectWorkflow::acceptanceDiagnosis({kContract, 2, {baseline(), post(10 + level, QDate(2024, 9, 1), level)}});
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r->id, qint64(10 + level));
        QCOMPARE(r->level, level);
    }
}

void TestProjectWorkflow::acceptanceReturnsLatestQualifying()
{
    const QVector<Diagnosis> list = {
        baseline(),
        post(1, QDate(2024, 7, 1), 2),
        post(2, QDate(2024, 10, 15), 3),     // the latest qualifying one
        post(3, QDate(2024, 8, 20), 4),
        post(4, QDate(2024, 11, 1), 1),      // later, but below the target
        diagnosis(5, DiagnosisKind::PostTransformation, DiagnosisStatus::Submitted, QDate(2024, 12, 1), 4),
        diagnosis(6, DiagnosisKind::PostTransformation, DiagnosisStatus::Confirmed, QDate(2024, 12, 5), 4, true),
        diagnosis(7, DiagnosisKind::Baseline, DiagnosisStatus::Confirmed, QDate(2024, 12, 10), 4),
    };
    const auto r = ProjectWorkflow::acceptanceDiagnosis({kContract, 2, list});
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->id, qint64(2));
    QCOMPARE(r->visitDate, QDate(2024, 10, 15));
    QCOMPARE(r->level, 3);

    // The order of the list does not matter.
    QVector<Diagnosis> reversed(list.crbegin(), list.crend());
    const auto again = ProjectWorkflow::acceptanceDiagnosis({kContract, 2, reversed});
    QVERIFY2(again, qPrintable(again.message()));
    QCOMPARE(again->id, qint64(2));

    // Raising the target to 四级 leaves only the 2024-08-20 one.
    const auto four = ProjectWorkflow::acceptanceDiagnosis({kContract, 4, list});
    QVERIFY2(four, qPrintable(four.message()));
    QCOMPARE(four->id, qint64(3));
}

QTEST_GUILESS_MAIN(TestProjectWorkflow)
#include "tst_projectworkflow.moc"
