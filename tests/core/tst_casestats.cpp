// CaseStatsRepository::diagnosisToProject: of the enterprises with a confirmed baseline
// diagnosis by a date, how many had filed a project by then. Draft diagnoses, other kinds of
// assessment, draft projects and archived enterprises do not count; an enterprise counts once
// however many projects it has; the date cuts off later diagnoses and filings; the cluster
// filter keeps to that cluster's enterprises.

#include "TestSupport.h"
#include "tst_assessmentfixture.h"

#include "assessment/AssessmentIndex.h"
#include "repo/CaseStatsRepository.h"
#include "repo/ClusterRepository.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ProjectRepository.h"

#include <QtTest>
#include <memory>

using namespace dx;

namespace {

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(9, 0), Qt::UTC);
}

} // namespace

class TestCaseStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fixtureAsBuilt();
    void countsConfirmedBaselinesAndFiledProjects();
    void asOfCutsOff_data();
    void asOfCutsOff();
    void clusterFilter_data();
    void clusterFilter();
    void enterpriseCountsOnce();
    void cancelledAfterFilingStillCounts();
    void archivedEnterpriseNotCounted();
    void emptyDatabase();

private:
    qint64 enterprise(int index, qint64 clusterId) const;
    Diagnosis diagnosis(qint64 enterpriseId, DiagnosisKind kind, const QDate& visit, bool confirm) const;
    Project project(qint64 enterpriseId, qint64 baselineId) const;
    Project file(const Project& p, const QDateTime& when) const;
    Conversion conversion(const QDate& asOf, qint64 clusterId = -1) const;

    AssessmentIndex m_index;   // 2024
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<test::TempDatabase> m_db;
    qint64 m_clusterA = 0, m_clusterB = 0, m_clusterEmpty = 0;
    qint64 m_e1 = 0, m_e2 = 0, m_e3 = 0, m_e4 = 0, m_e5 = 0;
    qint64 m_base1 = 0, m_base2 = 0, m_base3 = 0;
    Project m_p1, m_p2, m_p3;
};

void TestCaseStats::initTestCase()
{
    auto index = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024"));
    QVERIFY2(index, qPrintable(index.message()));
    m_index = index.value();
}

// Five enterprises:
//   e1 (cluster A): confirmed baseline 2024-01-10, project filed 2024-04-01
//   e2 (cluster B): confirmed baseline 2024-02-10, project filed 2024-06-01
//   e3 (cluster A): confirmed baseline 2024-03-10, draft project (never filed)
//   e4 (cluster A): a draft baseline only (2024-01-05)
//   e5 (cluster B): confirmed post-transformation and self-assessments only (2024-01-05)
void TestCaseStats::init()
{
    m_clock = std::make_unique<FixedClock>(at(2024, 3, 20));
    OpenOptions o;
    o.clock = m_clock.get();
    m_db = std::make_unique<test::TempDatabase>(o);

    const auto clusters = ClusterRepository(**m_db).list();
    QVERIFY2(clusters, qPrintable(clusters.message()));
    QVERIFY2(clusters->size() >= 3, "the seeded clusters");
    m_clusterA = clusters->at(0).id;
    m_clusterB = clusters->at(1).id;
    m_clusterEmpty = clusters->at(2).id;

    m_e1 = enterprise(1, m_clusterA);
    m_e2 = enterprise(2, m_clusterB);
    m_e3 = enterprise(3, m_clusterA);
    m_e4 = enterprise(4, m_clusterA);
    m_e5 = enterprise(5, m_clusterB);

    m_base1 = diagnosis(m_e1, DiagnosisKind::Baseline, QDate(2024, 1, 10), true).id;
    m_base2 = diagnosis(m_e2, DiagnosisKind::Baseline, QDate(2024, 2, 10), true).id;
    m_base3 = diagnosis(m_e3, DiagnosisKind::Baseline, QDate(2024, 3, 10), true).id;
    diagnosis(m_e4, DiagnosisKind::Baseline, QDate(2024, 1, 5), false);
    diagnosis(m_e5, DiagnosisKind::PostTransformation, QDate(2024, 1, 5), true);
    diagnosis(m_e5, DiagnosisKind::SelfAssessment, QDate(2024, 1, 5), true);

    m_p1 = project(m_e1, m_base1);
    m_p2 = project(m_e2, m_base2);
    m_p3 = project(m_e3, m_base3);
    m_p1 = file(m_p1, at(2024, 4, 1));
    m_p2 = file(m_p2, at(2024, 6, 1));
    m_clock->set(at(2024, 12, 31));
}

void TestCaseStats::cleanup()
{
    m_db.reset();
    m_clock.reset();
}

qint64 TestCaseStats::enterprise(int index, qint64 clusterId) const
{
    Enterprise e = test::sampleEnterprise(index);
    e.clusterId = clusterId;
    auto created = EnterpriseRepository(**m_db).create(e);
    if (!created)
        qFatal("create enterprise: %s", qPrintable(created.message()));
    return created->id;
}

Diagnosis TestCaseStats::diagnosis(qint64 enterpriseId, DiagnosisKind kind, const QDate& visit, bool confirm) const
{
    DiagnosisRepository repo(**m_db);
    Diagnosis in;
    in.enterpriseId = enterpriseId;
    in.kind = kind;
    in.visitDate = visit;
    auto draft = repo.createDraft(in);
    if (!draft)
        qFatal("createDraft: %s", qPrintable(draft.message()));
    Diagnosis filled = draft.value();
    filled.answers = test::answersFrom(test::items40());
    test::rateScenes(m_index, filled.answers, {"b2x3", "n2x3"});
    auto saved = repo.save(filled);
    if (!saved)
        qFatal("save: %s", qPrintable(saved.message()));
    if (!confirm)
        return saved.value();
    auto submitted = repo.submit(saved->id, saved->version);
    if (!submitted)
        qFatal("submit: %s", qPrintable(submitted.message()));
    auto done = repo.confirm(submitted->id, submitted->version);
    if (!done)
        qFatal("confirm: %s", qPrintable(done.message()));
    return done.value();
}

Project TestCaseStats::project(qint64 enterpriseId, qint64 baselineId) const
{
    Project p;
    p.enterpriseId = enterpriseId;
    p.title = QStringLiteral("数字化改造");
    p.baselineDiagnosisId = baselineId;
    p.contractSignedOn = QDate(2024, 3, 15);
    p.contractAmount = Money::fromWan(60);
    auto created = ProjectRepository(**m_db).create(p);
    if (!created)
        qFatal("create project: %s", qPrintable(created.message()));
    return created.value();
}

Project TestCaseStats::file(const Project& p, const QDateTime& when) const
{
    m_clock->set(when);
    auto filed = ProjectRepository(**m_db).changeState(p.id, p.version, ProjectState::Filed);
    if (!filed)
        qFatal("file: %s", qPrintable(filed.message()));
    return filed.value();
}

Conversion TestCaseStats::conversion(const QDate& asOf, qint64 clusterId) const
{
    const auto r = CaseStatsRepository(**m_db).diagnosisToProject(asOf, clusterId);
    if (!r)
        qFatal("diagnosisToProject: %s", qPrintable(r.message()));
    return r.value();
}

void TestCaseStats::fixtureAsBuilt()
{
    // The filing days come from the clock at the time of filing.
    QCOMPARE(ProjectRepository(**m_db).get(m_p1.id)->filedOn, QDate(2024, 4, 1));
    QCOMPARE(ProjectRepository(**m_db).get(m_p2.id)->filedOn, QDate(2024, 6, 1));
    QCOMPARE(ProjectRepository(**m_db).get(m_p3.id)->state, ProjectState::Draft);
    QVERIFY(!ProjectRepository(**m_db).get(m_p3.id)->filedOn.isValid());
    const auto e4 = DiagnosisRepository(**m_db).listForEnterprise(m_e4);
    QCOMPARE(e4->size(), 1);
    QCOMPARE(e4->at(0).status, DiagnosisStatus::Draft);
    QCOMPARE(EnterpriseRepository(**m_db).get(m_e3)->clusterId, m_clusterA);
    QCOMPARE(EnterpriseRepository(**m_db).get(m_e2)->clusterId, m_clusterB);
}

void TestCaseStats::countsConfirmedBaselinesAndFiledProjects()
{
    const Conversion c = conversion(QDate(2024, 12, 31));
    QCOMPARE(c.diagnosed, qint64(3));
    QCOMPARE(c.withProject, qint64(2));
    QVERIFY(qFuzzyCompare(c.rate(), 2.0 / 3.0));

    // The whole city is the default.
    const auto whole = CaseStatsRepository(**m_db).diagnosisToProject(QDate(2024, 12, 31));
    QVERIFY2(whole, qPrintable(whole.message()));
    QCOMPARE(whole->diagnosed, qint64(3));
    QCOMPARE(whole->withProject, qint64(2));

    // Once e4's baseline is confirmed, it counts.
    DiagnosisRepository repo(**m_db);
    const DiagnosisSummary draft = repo.listForEnterprise(m_e4)->at(0);
    auto submitted = repo.submit(draft.id, repo.get(draft.id)->version);
    QVERIFY2(submitted, qPrintable(submitted.message()));
    QVERIFY(repo.confirm(draft.id, submitted->version));
    const Conversion after = conversion(QDate(2024, 12, 31));
    QCOMPARE(after.diagnosed, qint64(4));
    QCOMPARE(after.withProject, qint64(2));
    QVERIFY(qFuzzyCompare(after.rate(), 0.5));

    // Filing e3's draft project makes it count as well.
    file(m_p3, at(2024, 7, 1));
    const Conversion filed = conversion(QDate(2024, 12, 31));
    QCOMPARE(filed.diagnosed, qint64(4));
    QCOMPARE(filed.withProject, qint64(3));
}

void TestCaseStats::asOfCutsOff_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("diagnosed");
    QTest::addColumn<qint64>("withProject");
    QTest::newRow("before any diagnosis") << QDate(2024, 1, 9) << qint64(0) << qint64(0);
    QTest::newRow("day of the first diagnosis") << QDate(2024, 1, 10) << qint64(1) << qint64(0);
    QTest::newRow("day before the second") << QDate(2024, 2, 9) << qint64(1) << qint64(0);
    QTest::newRow("day of the second") << QDate(2024, 2, 10) << qint64(2) << qint64(0);
    QTest::newRow("day of the third") << QDate(2024, 3, 10) << qint64(3) << qint64(0);
    QTest::newRow("day before the first filing") << QDate(2024, 3, 31) << qint64(3) << qint64(0);
    QTest::newRow("day of the first filing") << QDate(2024, 4, 1) << qint64(3) << qint64(1);
    QTest::newRow("day before the second filing") << QDate(2024, 5, 31) << qint64(3) << qint64(1);
    QTest::newRow("day of the second filing") << QDate(2024, 6, 1) << qint64(3) << qint64(2);
    QTest::newRow("next year") << QDate(2025, 6, 30) << qint64(3) << qint64(2);
}

void TestCaseStats::asOfCutsOff()
{
    QFETCH(QDate, asOf);
    QFETCH(qint64, diagnosed);
    QFETCH(qint64, withProject);
    const Conversion c = conversion(asOf);
    QCOMPARE(c.diagnosed, diagnosed);
    QCOMPARE(c.withProject, withProject);
    if (withProject == 0)
        QCOMPARE(c.rate(), 0.0);
    else
        QVERIFY(qFuzzyCompare(c.rate(), double(withProject) / double(diagnosed)));
}

void TestCaseStats::clusterFilter_data()
{
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("diagnosed");
    QTest::addColumn<qint64>("withProject");
    // A: e1 (filed 2024-04-01), e3 (draft project), e4 (draft baseline).
    QTest::newRow("A") << "A" << QDate(2024, 12, 31) << qint64(2) << qint64(1);
    QTest::newRow("A before the filing") << "A" << QDate(2024, 3, 31) << qint64(2) << qint64(0);
    QTest::newRow("A before e3's diagnosis") << "A" << QDate(2024, 3, 9) << qint64(1) << qint64(0);
    // B: e2 (filed 2024-06-01), e5 (no baseline).
    QTest::newRow("B") << "B" << QDate(2024, 12, 31) << qint64(1) << qint64(1);
    QTest::newRow("B before the filing") << "B" << QDate(2024, 5, 31) << qint64(1) << qint64(0);
    QTest::newRow("cluster without enterprises") << "empty" << QDate(2024, 12, 31) << qint64(0) << qint64(0);
    QTest::newRow("unknown cluster") << "unknown" << QDate(2024, 12, 31) << qint64(0) << qint64(0);
    QTest::newRow("whole city") << "all" << QDate(2024, 12, 31) << qint64(3) << qint64(2);
}

void TestCaseStats::clusterFilter()
{
    QFETCH(QString, cluster);
    QFETCH(QDate, asOf);
    QFETCH(qint64, diagnosed);
    QFETCH(qint64, withProject);
    const qint64 id = cluster == QLatin1String("A")       ? m_clusterA
                      : cluster == QLatin1String("B")     ? m_clusterB
                      : cluster == QLatin1String("empty") ? m_clusterEmpty
                      : cluster == QLatin1String("all")   ? -1
                                                          : m_clusterA + m_clusterB + m_clusterEmpty + 1000;
    const Conversion c = conversion(asOf, id);
    QCOMPARE(c.diagnosed, diagnosed);
    QCOMPARE(c.withProject, withProject);
}

void TestCaseStats::enterpriseCountsOnce()
{
    // A second filed project and a second confirmed baseline for e1 add nothing.
    const Diagnosis again = diagnosis(m_e1, DiagnosisKind::Baseline, QDate(2024, 5, 1), true);
    file(project(m_e1, again.id), at(2024, 5, 2));
    file(project(m_e1, m_base1), at(2024, 5, 3));
    const Conversion c = conversion(QDate(2024, 12, 31));
    QCOMPARE(c.diagnosed, qint64(3));
    QCOMPARE(c.withProject, qint64(2));
    QCOMPARE(conversion(QDate(2024, 12, 31), m_clusterA).withProject, qint64(1));
}

void TestCaseStats::cancelledAfterFilingStillCounts()
{
    // e2's project, filed 2024-06-01, is cancelled in August: it was started, so it counts.
    m_clock->set(at(2024, 8, 15));
    auto cancelled = ProjectRepository(**m_db).changeState(m_p2.id, m_p2.version, ProjectState::Cancelled, QStringLiteral("企业停产"));
    QVERIFY2(cancelled, qPrintable(cancelled.message()));
    QCOMPARE(conversion(QDate(2024, 12, 31)).withProject, qint64(2));
    QCOMPARE(conversion(QDate(2024, 6, 1)).withProject, qint64(2));

    // e3's draft project cancelled before filing never counts.
    auto dropped = ProjectRepository(**m_db).changeState(m_p3.id, m_p3.version, ProjectState::Cancelled, QStringLiteral("重复立项"));
    QVERIFY2(dropped, qPrintable(dropped.message()));
    QCOMPARE(conversion(QDate(2024, 12, 31)).withProject, qint64(2));
    QCOMPARE(conversion(QDate(2024, 12, 31)).diagnosed, qint64(3));
}

void TestCaseStats::archivedEnterpriseNotCounted()
{
    EnterpriseRepository enterprises(**m_db);
    const Enterprise e2 = enterprises.get(m_e2).value();
    auto archived = enterprises.setArchived(e2.id, e2.version, true);
    QVERIFY2(archived, qPrintable(archived.message()));
    const Conversion c = conversion(QDate(2024, 12, 31));
    QCOMPARE(c.diagnosed, qint64(2));
    QCOMPARE(c.withProject, qint64(1));
    QVERIFY(qFuzzyCompare(c.rate(), 0.5));
    QCOMPARE(conversion(QDate(2024, 12, 31), m_clusterB).diagnosed, qint64(0));
}

void TestCaseStats::emptyDatabase()
{
    FixedClock clock(at(2024, 3, 20));
    OpenOptions o;
    o.clock = &clock;
    test::TempDatabase empty(o);
    const auto r = CaseStatsRepository(*empty).diagnosisToProject(QDate(2024, 12, 31));
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->diagnosed, qint64(0));
    QCOMPARE(r->withProject, qint64(0));
    QCOMPARE(r->rate(), 0.0);
}

QTEST_GUILESS_MAIN(TestCaseStats)
#include "tst_casestats.moc"
