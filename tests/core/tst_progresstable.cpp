// enterprise_progress — the dashboard's per-enterprise stage dates kept by triggers — against the
// records themselves after every kind of write: the demo city's bulk inserts, editor saves,
// archive and restore, the diagnosis workflow with a revision, project states, an import, and
// a rolled-back transaction. Also the register's stage filter (the dashboard's drill-down) and
// the clusters' targets.
#include "GrantFixture.h"
#include "db/ProgressSchema.h"
#include "db/Transaction.h"
#include "demo/DemoCityGenerator.h"
#include "exchange/CsvReader.h"
#include "exchange/ImportTarget.h"
#include "exchange/Table.h"
#include "repo/ClusterRepository.h"
#include "repo/DiagnosisRepository.h"
#include "repo/ProgressRepository.h"
#include "TestSupport.h"
#include "util/Settings.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace dx;

class TestProgressTable : public QObject
{
    Q_OBJECT

    // Rows of the table that differ from the rows computed afresh, both ways.
    int mismatches() const
    {
        QSqlQuery q(m_f.db().connection());
        const QString computed = ProgressSchema::computedRows(m_f.db().backend());
        const bool ok = q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT * FROM enterprise_progress EXCEPT %1) a) + "
                                              "(SELECT COUNT(*) FROM (%1 EXCEPT SELECT * FROM enterprise_progress) b)")
                                   .arg(computed));
        if (!ok || !q.next())
            qFatal("compare: %s", qPrintable(q.lastError().text()));
        return q.value(0).toInt();
    }
    QString column(const QString& name, qint64 enterpriseId) const
    {
        QSqlQuery q(m_f.db().connection());
        q.prepare(QStringLiteral("SELECT %1 FROM enterprise_progress WHERE enterprise_id = ?").arg(name));
        q.addBindValue(enterpriseId);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
    }
    QVariantList snapshot() const
    {
        QSqlQuery q(m_f.db().connection());
        q.exec(QStringLiteral("SELECT * FROM enterprise_progress ORDER BY enterprise_id"));
        QVariantList rows;
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                rows << q.value(i);
        return rows;
    }

private slots:
    void initTestCase()
    {
        Settings::useFile(m_f.dir() + QStringLiteral("/settings.ini"));
        m_f.setToday(QDate(2026, 3, 1));
        QVERIFY(DemoCityGenerator::populate(m_f.db(), 1200, 5).isOk());
        // Three assessments: as of 2024-09-30 its level is the middle one's (三级), which the day
        // counts alone would miss.
        const qint64 three = m_f.enterprise(9010);
        m_f.diagnosis(three, DiagnosisKind::Baseline, QDate(2024, 3, 1), 1);
        m_f.diagnosis(three, DiagnosisKind::SelfAssessment, QDate(2024, 9, 1), 3);
        m_f.diagnosis(three, DiagnosisKind::PostTransformation, QDate(2025, 6, 1), 2);
        QCOMPARE(column(QStringLiteral("has_middle"), three), QStringLiteral("1"));
    }

    void theDemoCityMatchesItsRecords()
    {
        QCOMPARE(mismatches(), 0);
        QSqlQuery q(m_f.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(base_on), COUNT(filed_on), COUNT(accepted_on), COUNT(level2_on) "
                                      "FROM enterprise_progress")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1201);   // and the one with three assessments
        // The demo reaches every stage, so the comparison above covered each column.
        for (int i = 1; i <= 4; ++i)
            QVERIFY2(q.value(i).toInt() > 0, qPrintable(QString::number(i)));
    }

    void editorSavesArchiveAndRestore()
    {
        auto clusters = ClusterRepository(m_f.db()).list();
        QVERIFY(clusters.isOk() && clusters->size() >= 2);
        const qint64 id = m_f.enterprise(9001, Tier::None, clusters->at(0).id);
        QCOMPARE(column(QStringLiteral("cluster"), id), QString::number(clusters->at(0).id));
        EnterpriseRepository repo(m_f.db());
        Enterprise e = repo.get(id).value();
        e.clusterId = clusters->at(1).id;
        e.aboveScale = true;
        auto saved = repo.update(e);
        QVERIFY(saved.isOk());
        QCOMPARE(column(QStringLiteral("cluster"), id), QString::number(clusters->at(1).id));
        QCOMPARE(column(QStringLiteral("above_scale"), id), QStringLiteral("1"));
        m_f.setToday(QDate(2026, 3, 5));
        auto archived = repo.setArchived(id, saved->version, true);
        QVERIFY(archived.isOk());
        QCOMPARE(column(QStringLiteral("archived_on"), id), QStringLiteral("2026-03-05"));
        m_f.setToday(QDate(2026, 3, 9));
        auto edited = repo.get(id).value();
        edited.notes = QStringLiteral("已停产");
        auto again = repo.update(edited);   // a later save keeps the day it was archived
        QVERIFY(again.isOk());
        QCOMPARE(column(QStringLiteral("archived_on"), id), QStringLiteral("2026-03-05"));
        QVERIFY(repo.setArchived(id, again->version, false).isOk());
        QCOMPARE(column(QStringLiteral("archived_on"), id), QString());
        QCOMPARE(mismatches(), 0);
    }

    void theDiagnosisWorkflowAndARevision()
    {
        const qint64 id = m_f.enterprise(9002);
        DiagnosisRepository repo(m_f.db());
        const qint64 first = m_f.diagnosis(id, DiagnosisKind::Baseline, QDate(2025, 9, 1), 1);
        QCOMPARE(column(QStringLiteral("base_on"), id), QStringLiteral("2025-09-01"));
        QCOMPARE(column(QStringLiteral("latest_level"), id), QStringLiteral("1"));
        // A draft counts for nothing until it is confirmed.
        auto draft = repo.revise(first);
        QVERIFY2(draft.isOk(), qPrintable(draft.message()));
        Diagnosis d = draft.value();
        d.visitDate = QDate(2025, 8, 20);
        auto savedDraft = repo.save(d);
        QVERIFY2(savedDraft.isOk(), qPrintable(savedDraft.message()));
        QCOMPARE(column(QStringLiteral("base_on"), id), QStringLiteral("2025-09-01"));
        auto submitted = repo.submit(savedDraft->id, savedDraft->version);
        QVERIFY2(submitted.isOk(), qPrintable(submitted.message()));
        auto confirmed = repo.confirm(submitted->id, submitted->version);
        QVERIFY2(confirmed.isOk(), qPrintable(confirmed.message()));
        // The revision supersedes the original: its date is the baseline now.
        QCOMPARE(column(QStringLiteral("base_on"), id), QStringLiteral("2025-08-20"));
        QCOMPARE(mismatches(), 0);
    }

    void projectStatesAndAcceptance()
    {
        const qint64 id = m_f.enterprise(9003);
        m_f.setToday(QDate(2025, 2, 1));
        Project p = m_f.project(id);
        QCOMPARE(column(QStringLiteral("filed_on"), id), QStringLiteral("2025-02-01"));
        QCOMPARE(column(QStringLiteral("accepted_on"), id), QString());
        m_f.setToday(QDate(2025, 12, 30));
        m_f.accept(p, QDate(2025, 12, 20), 2);
        QCOMPARE(column(QStringLiteral("accepted_on"), id), QStringLiteral("2025-12-20"));
        QCOMPARE(column(QStringLiteral("level2_on"), id), QStringLiteral("2025-11-30"));
        // A second project of the same enterprise, cancelled: the filing date stays the first one.
        Project second = m_f.project(id, 1, QDate(2025, 10, 1));
        auto cancelled = ProjectRepository(m_f.db()).changeState(second.id, second.version, ProjectState::Cancelled,
                                                                 QStringLiteral("企业搬迁"));
        QVERIFY2(cancelled.isOk(), qPrintable(cancelled.message()));
        QCOMPARE(column(QStringLiteral("filed_on"), id), QStringLiteral("2025-02-01"));
        QCOMPARE(mismatches(), 0);
    }

    void anImportAddsItsRows()
    {
        auto clusters = ClusterRepository(m_f.db()).list();
        const QString csv = QStringLiteral("企业名称,统一社会信用代码,所属区县,产业集群,规上企业\n"
                                           "导入甲纺织有限公司,%1,445202,%2,是\n")
                                .arg(test::makeCreditCode(QStringLiteral("445202"), 99004), clusters->at(0).name);
        auto target = ImportTarget::create(QStringLiteral("enterprises"), m_f.db());
        auto doc = CsvReader::readBytes(csv.toUtf8());
        QVERIFY(doc.isOk());
        const ImportMapping mapping = ImportMapping::match(ImportMapping::headersOf(doc->table, 0), target->fields());
        auto plan = target->dryRun(doc->table, mapping, ImportOptions{});
        QVERIFY(plan.isOk());
        auto outcome = target->apply(plan.value(), ImportOptions{}, QStringLiteral("台账.csv"));
        QVERIFY2(outcome.isOk(), qPrintable(outcome.message()));
        auto found = EnterpriseRepository(m_f.db()).idsByCreditCode();
        QVERIFY(found.isOk() && found->contains(test::makeCreditCode(QStringLiteral("445202"), 99004)));
        const qint64 id = found->value(test::makeCreditCode(QStringLiteral("445202"), 99004));
        QCOMPARE(column(QStringLiteral("cluster"), id), QString::number(clusters->at(0).id));
        QCOMPARE(column(QStringLiteral("above_scale"), id), QStringLiteral("1"));
        QCOMPARE(mismatches(), 0);
    }

    void aRollbackTakesTheTriggersWritesWithIt()
    {
        const qint64 id = m_f.enterprise(9005);
        const QVariantList before = snapshot();
        {
            QSqlDatabase conn = m_f.db().connection();
            Transaction tx(conn);
            QVERIFY(tx.status().isOk());
            m_f.diagnosis(id, DiagnosisKind::Baseline, QDate(2025, 5, 5), 2);
            QCOMPARE(column(QStringLiteral("base_on"), id), QStringLiteral("2025-05-05"));
        }   // not committed: rolled back
        QCOMPARE(snapshot(), before);
        QCOMPARE(column(QStringLiteral("base_on"), id), QString());
    }

    // A big batch that fails halfway leaves the table, the counts and the triggers as they were.
    void aFailedBatchRestoresTheTriggers()
    {
        const QVariantList before = snapshot();
        QVector<Enterprise> batch;
        for (int i = 0; i < ProgressSchema::BatchMinimum + 50; ++i)
            batch << test::sampleEnterprise(20000 + i);
        batch[ProgressSchema::BatchMinimum + 10].creditCode = batch.first().creditCode;   // a duplicate near the end
        QVERIFY(!EnterpriseRepository(m_f.db()).insertMany(batch, {}).isOk());
        QCOMPARE(snapshot(), before);
        const qint64 id = m_f.enterprise(9006);   // the insert trigger is back
        QCOMPARE(column(QStringLiteral("cluster"), id), QStringLiteral("0"));
        QCOMPARE(mismatches(), 0);
    }

    // The demo city's batch: new enterprises with diagnoses and projects, and a diagnosis for an
    // enterprise stored before it. Each row as computed afresh (and the counts as the scan finds
    // them, theCountsAgreeWithTheScan below), the repositories' own batches idle inside it, the
    // triggers back after it.
    void aCasesBatchComputesEachRowOnce()
    {
        m_f.setToday(QDate(2025, 6, 1));
        const qint64 old = m_f.enterprise(9007);
        QSqlDatabase conn = m_f.db().connection();
        QVector<qint64> ids;
        {
            Transaction tx(conn);
            QVERIFY(tx.status().isOk());
            ProgressSchema::BatchScope cases;
            const int n = ProgressSchema::BatchMinimum + 20;
            QVERIFY(cases.begin(conn, ProgressSchema::Batch::Cases, n).isOk());
            QVector<Enterprise> batch;
            for (int i = 0; i < n; ++i)
                batch << test::sampleEnterprise(30000 + i);
            const Status inserted = EnterpriseRepository(m_f.db()).insertMany(batch, {}, {}, nullptr, &ids);
            QVERIFY2(inserted.isOk(), qPrintable(inserted.message()));
            QCOMPARE(ids.size(), n);
            if (m_f.db().backend() == Backend::Sqlite)   // computed at the end (on PostgreSQL by insertMany's own batch)
                QCOMPARE(column(QStringLiteral("cluster"), ids.first()), QStringLiteral("(no row)"));
            m_f.diagnosis(old, DiagnosisKind::Baseline, QDate(2025, 4, 1), 2);
            m_f.diagnosis(ids.first(), DiagnosisKind::Baseline, QDate(2025, 4, 2), 1);
            m_f.project(ids.at(1));
            if (m_f.db().backend() == Backend::Sqlite)
                QCOMPARE(column(QStringLiteral("base_on"), old), QString());
            const Status ended = cases.end(conn);
            QVERIFY2(ended.isOk(), qPrintable(ended.message()));
            QVERIFY(tx.commit().isOk());
        }
        QCOMPARE(column(QStringLiteral("base_on"), old), QStringLiteral("2025-04-01"));
        QCOMPARE(column(QStringLiteral("base_on"), ids.first()), QStringLiteral("2025-04-02"));
        QCOMPARE(column(QStringLiteral("filed_on"), ids.at(1)), QStringLiteral("2025-06-01"));
        QCOMPARE(column(QStringLiteral("cluster"), ids.last()), QStringLiteral("0"));
        QCOMPARE(mismatches(), 0);
        const qint64 after = m_f.enterprise(9008);   // the triggers are back
        m_f.diagnosis(after, DiagnosisKind::Baseline, QDate(2025, 5, 3), 1);
        QCOMPARE(column(QStringLiteral("base_on"), after), QStringLiteral("2025-05-03"));
        QCOMPARE(mismatches(), 0);
    }

    // The register's stage filter against the same stages counted here from the table's dates.
    void theStageFilterOfTheRegister_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::newRow("now") << QDate();
        QTest::newRow("a year ago") << QDate(2025, 3, 1);
    }
    void theStageFilterOfTheRegister()
    {
        QFETCH(QDate, asOf);
        if (m_archivedSince == 0) {   // a diagnosed enterprise archived after the past day: counted then, not now
            m_archivedSince = m_f.enterprise(9020);
            m_f.diagnosis(m_archivedSince, DiagnosisKind::Baseline, QDate(2024, 10, 1), 1);
            m_f.setToday(QDate(2026, 3, 20));
            auto e = EnterpriseRepository(m_f.db()).get(m_archivedSince);
            QVERIFY(EnterpriseRepository(m_f.db()).setArchived(m_archivedSince, e->version, true).isOk());
            // And one archived before the past day: in neither list.
            m_f.setToday(QDate(2025, 1, 10));
            const qint64 before = m_f.enterprise(9021);
            auto b = EnterpriseRepository(m_f.db()).get(before);
            QVERIFY(EnterpriseRepository(m_f.db()).setArchived(before, b->version, true).isOk());
            m_f.setToday(QDate(2026, 3, 20));
        }
        const QString day = asOf.isValid() ? asOf.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
        QVector<qint64> expected(ProgressStageCount, 0);
        QSqlQuery q(m_f.db().connection());
        // Now: the active register. As of a past day: those not archived by then, archived or not today.
        QVERIFY(q.exec(QStringLiteral("SELECT p.base_on, p.filed_on, p.accepted_on, p.level2_on, p.archived_on, e.archived "
                                      "FROM enterprise_progress p JOIN enterprises e ON e.id = p.enterprise_id")));
        while (q.next()) {
            if (asOf.isValid() ? (!q.value(4).isNull() && q.value(4).toString() <= day) : q.value(5).toInt() != 0)
                continue;
            auto reached = [&](int i) { return !q.value(i).isNull() && q.value(i).toString() <= day; };
            const bool diagnosed = reached(0), filed = reached(1), accepted = reached(2), level2 = reached(3);
            expected[int(ProgressStage::Any)] += 1;
            expected[int(ProgressStage::NotDiagnosed)] += !diagnosed;
            expected[int(ProgressStage::Diagnosed)] += diagnosed;
            expected[int(ProgressStage::DiagnosedNoProject)] += diagnosed && !filed;
            expected[int(ProgressStage::Filed)] += filed;
            expected[int(ProgressStage::FiledNotAccepted)] += filed && !accepted;
            expected[int(ProgressStage::Accepted)] += accepted;
            expected[int(ProgressStage::ReachedLevel2)] += level2;
        }
        QVERIFY(expected[int(ProgressStage::DiagnosedNoProject)] > 0);
        for (int s = 0; s < ProgressStageCount; ++s) {
            EnterpriseFilter filter;
            filter.stage = ProgressStage(s);
            filter.stageAsOf = asOf;
            if (asOf.isValid())
                filter.archived = ArchivedFilter::All;
            auto n = EnterpriseRepository(m_f.db()).count(filter);
            QVERIFY(n.isOk());
            QVERIFY2(n.value() == expected[s], qPrintable(QStringLiteral("%1: %2 vs %3").arg(progressStageName(ProgressStage(s))).arg(n.value()).arg(expected[s])));
        }
    }

    // The day counts and the pass over enterprise_progress give the same figures at any date.
    void theCountsAgreeWithTheScan_data()
    {
        QTest::addColumn<QDate>("asOf");
        for (const QDate& d : {QDate(2024, 1, 1), QDate(2024, 9, 30), QDate(2025, 6, 30), QDate(2025, 12, 31), QDate(2026, 3, 31)})
            QTest::newRow(qPrintable(d.toString(Qt::ISODate))) << d;
    }
    void theCountsAgreeWithTheScan()
    {
        QFETCH(QDate, asOf);
        ProgressFilter counts;
        counts.asOf = asOf;
        ProgressFilter scan = counts;
        scan.districtCode = QStringLiteral("445200");   // the whole demo city, through the scan
        for (int above : {-1, 1}) {
            counts.aboveScale = scan.aboveScale = above;
            auto a = ProgressRepository(m_f.db()).figures(counts);
            auto b = ProgressRepository(m_f.db()).figures(scan);
            QVERIFY(a.isOk() && b.isOk());
            QCOMPARE(a->clusters.size(), b->clusters.size());
            for (int i = 0; i < a->clusters.size(); ++i) {
                const ClusterProgress& x = a->clusters.at(i);
                const ClusterProgress& y = b->clusters.at(i);
                const QList<qint64> xs{x.registered, x.diagnosed,  x.filed,      x.accepted, x.reachedLevel2,
                                       x.aboveScale, x.aboveScaleAtLevel2, x.diagnosedWithProject};
                const QList<qint64> ys{y.registered, y.diagnosed,  y.filed,      y.accepted, y.reachedLevel2,
                                       y.aboveScale, y.aboveScaleAtLevel2, y.diagnosedWithProject};
                QCOMPARE(xs, ys);
            }
            QVERIFY(a->total.registered > 0);
            QCOMPARE(a->baselineLevels, b->baselineLevels);
            QCOMPARE(a->latestLevels, b->latestLevels);
            if (asOf == QDate(2024, 9, 30) && above < 0)
                QVERIFY(a->latestLevels[3] >= 1);   // the enterprise with three assessments
            for (int m = 0; m < a->months.size(); ++m) {
                QCOMPARE(a->months.at(m).diagnoses, b->months.at(m).diagnoses);
                QCOMPARE(a->months.at(m).acceptances, b->months.at(m).acceptances);
            }
        }
    }

    void clustersCarryTheirTargetsIntoTheFigures()
    {
        auto clusters = ClusterRepository(m_f.db()).list();
        QVERIFY(clusters.isOk());
        // The demo set a target for each cluster; the figures carry it, and the total sums them.
        qint64 sum = 0;
        for (const Cluster& c : clusters.value()) {
            QVERIFY2(c.target > 0, qPrintable(c.name));
            sum += c.target;
        }
        Cluster changed = clusters->first();
        changed.target = 200;
        QVERIFY(ClusterRepository(m_f.db()).update(changed).isOk());
        Cluster negative = ClusterRepository(m_f.db()).get(changed.id).value();
        negative.target = -5;
        QCOMPARE(ClusterRepository(m_f.db()).update(negative).code(), ErrorCode::Validation);
        auto figures = ProgressRepository(m_f.db()).figures(ProgressFilter{});
        QVERIFY(figures.isOk());
        QCOMPARE(figures->clusters.first().target, qint64(200));
        QCOMPARE(figures->total.target, sum - clusters->first().target + 200);
    }

private:
    test::GrantFixture m_f{QDate(2026, 3, 1)};
    qint64 m_archivedSince = 0;
};

QTEST_GUILESS_MAIN(TestProgressTable)
#include "tst_progresstable.moc"
