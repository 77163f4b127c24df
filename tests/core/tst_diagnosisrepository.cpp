// DiagnosisRepository: drafts on the newest scorable index, saves that rescore and are audited
// and version-checked, submit refusing unanswered items, confirmation making a diagnosis
// read-only, revisions that supersede the original only once confirmed, the enterprise's
// list, and the answers' JSON round trip.

#include "TestSupport.h"
#include "tst_assessmentfixture.h"

#include "repo/AuditRepository.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"

#include <QSqlQuery>
#include <QtTest>
#include <memory>

using namespace dx;

namespace {

const QDateTime kStart(QDate(2024, 3, 1), QTime(8, 30), Qt::UTC);

// Answers of the 2024 index giving exactly 40 points with 6 scenes at L2, 3 binding: 二级.
Answers answers40(const AssessmentIndex& index)
{
    Answers a = test::answersFrom(test::items40());
    test::rateScenes(index, a, {"b2x3", "n2x3"});
    return a;
}

// 39.975 points, same scenes: 一级.
Answers answers39975(const AssessmentIndex& index)
{
    Answers a = test::answersFrom(test::items39975());
    test::rateScenes(index, a, {"b2x3", "n2x3"});
    return a;
}

QString json(const Answers& a)
{
    return QString::fromUtf8(answersToJson(a));
}

} // namespace

class TestDiagnosisRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createDraftOnNewestScorableIndex();
    void createDraftIgnoresStatusAndScoreGiven();
    void createDraftOnGivenIndex();
    void saveRescoresAndAudits();
    void saveWithoutChangesKeepsVersion();
    void saveKeepsStatusAndIndex();
    void staleSaveConflicts();
    void submitRefusesUnansweredItems();
    void submitRefusesRejectedAnswers();
    void submitTotalOnlyNeedsTotal();
    void staleSubmitConflicts();
    void confirmMakesReadOnly();
    void statusOrderEnforced();
    void reviseConfirmed();
    void reviseOnlyConfirmedCurrent();
    void secondOpenRevisionRefused();
    void listNewestVisitFirst();
    void answersJsonRoundTrip();
    void answersJsonEmptyAndGarbage();

private:
    Diagnosis draft(const Answers& answers = {}, const QDate& visit = {}) const;
    Diagnosis createdDraft(const Answers& answers = {}, const QDate& visit = {}) const;
    Diagnosis confirmed(const Answers& answers) const;
    QVector<AuditEntry> history(qint64 id) const;
    qint64 auditCount() const;

    AssessmentIndex m_index;   // 2024
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<DiagnosisRepository> m_repo;
    qint64 m_enterpriseId = 0;
};

void TestDiagnosisRepository::initTestCase()
{
    auto index = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024"));
    QVERIFY2(index, qPrintable(index.message()));
    m_index = index.value();
}

void TestDiagnosisRepository::init()
{
    m_clock = std::make_unique<FixedClock>(kStart);
    OpenOptions o;
    o.clock = m_clock.get();
    m_db = std::make_unique<test::TempDatabase>(o);
    m_repo = std::make_unique<DiagnosisRepository>(**m_db);
    auto e = EnterpriseRepository(**m_db).create(test::sampleEnterprise(1));
    QVERIFY2(e, qPrintable(e.message()));
    m_enterpriseId = e->id;
}

void TestDiagnosisRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_clock.reset();
}

Diagnosis TestDiagnosisRepository::draft(const Answers& answers, const QDate& visit) const
{
    Diagnosis d;
    d.enterpriseId = m_enterpriseId;
    d.kind = DiagnosisKind::Baseline;
    d.visitDate = visit;
    d.provider = QStringLiteral("揭阳数字化服务有限公司");
    d.assessor = QStringLiteral("林晓");
    d.answers = answers;
    d.findings = QStringLiteral("设备联网率低");
    return d;
}

Diagnosis TestDiagnosisRepository::createdDraft(const Answers& answers, const QDate& visit) const
{
    auto d = m_repo->createDraft(draft(answers, visit));
    if (!d)
        qFatal("createDraft: %s", qPrintable(d.message()));
    return d.value();
}

Diagnosis TestDiagnosisRepository::confirmed(const Answers& answers) const
{
    const Diagnosis d = createdDraft(answers);
    auto submitted = m_repo->submit(d.id, d.version);
    if (!submitted)
        qFatal("submit: %s", qPrintable(submitted.message()));
    auto done = m_repo->confirm(d.id, submitted->version);
    if (!done)
        qFatal("confirm: %s", qPrintable(done.message()));
    return done.value();
}

QVector<AuditEntry> TestDiagnosisRepository::history(qint64 id) const
{
    return AuditRepository(**m_db).history(DiagnosisRepository::tableName(), id).value();
}

qint64 TestDiagnosisRepository::auditCount() const
{
    QSqlQuery q((*m_db)->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'diagnoses'")) && q.next() ? q.value(0).toLongLong()
                                                                                                               : -1;
}

// ---- Drafts and saves -------------------------------------------------------------------------

void TestDiagnosisRepository::createDraftOnNewestScorableIndex()
{
    auto created = m_repo->createDraft(draft(answers40(m_index)));
    QVERIFY2(created, qPrintable(created.message()));
    QVERIFY(created->id > 0);
    QCOMPARE(created->version, 1);
    QVERIFY(!created->uuid.isEmpty());
    QCOMPARE(created->status, DiagnosisStatus::Draft);
    // 2022 is total-only, so the newest scorable version is 2024.
    QCOMPARE(created->indexId, QStringLiteral("miit-sme-dx"));
    QCOMPARE(created->indexVersion, QStringLiteral("2024"));
    QCOMPARE(created->totalScore, MilliPoints(40000));
    QCOMPARE(created->level, 2);
    QCOMPARE(created->visitDate, QDate(2024, 3, 1));   // today by the clock when not given

    auto got = m_repo->get(created->id);
    QVERIFY2(got, qPrintable(got.message()));
    QCOMPARE(got->uuid, created->uuid);
    QCOMPARE(got->version, 1);
    QCOMPARE(got->enterpriseId, m_enterpriseId);
    QCOMPARE(got->kind, DiagnosisKind::Baseline);
    QCOMPARE(got->status, DiagnosisStatus::Draft);
    QCOMPARE(got->indexId, QStringLiteral("miit-sme-dx"));
    QCOMPARE(got->indexVersion, QStringLiteral("2024"));
    QCOMPARE(got->totalScore, MilliPoints(40000));
    QCOMPARE(got->level, 2);
    QCOMPARE(got->visitDate, QDate(2024, 3, 1));
    QCOMPARE(got->provider, QStringLiteral("揭阳数字化服务有限公司"));
    QCOMPARE(got->assessor, QStringLiteral("林晓"));
    QCOMPARE(got->findings, QStringLiteral("设备联网率低"));
    QCOMPARE(got->updatedBy, QStringLiteral("tester"));
    QCOMPARE(got->revisionOf, qint64(0));
    QCOMPARE(got->superseded, false);
    QCOMPARE(got->isReadOnly(), false);
    QCOMPARE(json(got->answers), json(answers40(m_index)));

    const QVector<AuditEntry> h = history(created->id);
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.at(0).action, QStringLiteral("create"));
    QVERIFY(h.at(0).changes.contains(QLatin1String("answers")));
    QCOMPARE(m_repo->get(created->id + 1000).code(), ErrorCode::NotFound);
}

void TestDiagnosisRepository::createDraftIgnoresStatusAndScoreGiven()
{
    Diagnosis in = draft(answers39975(m_index), QDate(2024, 2, 20));
    in.status = DiagnosisStatus::Confirmed;
    in.superseded = true;
    in.totalScore = 99000;
    in.level = 4;
    auto created = m_repo->createDraft(in);
    QVERIFY2(created, qPrintable(created.message()));
    auto got = m_repo->get(created->id);
    QCOMPARE(got->status, DiagnosisStatus::Draft);
    QCOMPARE(got->superseded, false);
    QCOMPARE(got->totalScore, MilliPoints(39975));
    QCOMPARE(got->level, 1);
    QCOMPARE(got->visitDate, QDate(2024, 2, 20));
}

void TestDiagnosisRepository::createDraftOnGivenIndex()
{
    Diagnosis in = draft(test::answersFrom({"total=45"}));
    in.indexId = QStringLiteral("miit-sme-dx");
    in.indexVersion = QStringLiteral("2022");
    auto created = m_repo->createDraft(in);
    QVERIFY2(created, qPrintable(created.message()));
    auto got = m_repo->get(created->id);
    QCOMPARE(got->indexVersion, QStringLiteral("2022"));
    QCOMPARE(got->totalScore, MilliPoints(45000));
    QCOMPARE(got->level, 2);
    QCOMPARE(got->answers.totalOnly, std::optional<MilliPoints>(45000));

    // An index this DX Desk does not know: nothing is written.
    const qint64 audits = auditCount();
    in.indexVersion = QStringLiteral("1999");
    const auto unknown = m_repo->createDraft(in);
    QCOMPARE(unknown.code(), ErrorCode::NotFound);
    QCOMPARE(m_repo->listForEnterprise(m_enterpriseId)->size(), 1);
    QCOMPARE(auditCount(), audits);
}

void TestDiagnosisRepository::saveRescoresAndAudits()
{
    const Diagnosis created = createdDraft();
    QCOMPARE(created.totalScore, MilliPoints(0));
    QCOMPARE(created.level, 0);

    Diagnosis edit = created;
    edit.answers = answers40(m_index);
    edit.totalScore = 12345;   // whatever the caller says, the score is computed
    edit.level = 4;
    edit.recommendations = QStringLiteral("建设MES");
    auto saved = m_repo->save(edit);
    QVERIFY2(saved, qPrintable(saved.message()));
    QCOMPARE(saved->version, 2);
    QCOMPARE(saved->totalScore, MilliPoints(40000));
    QCOMPARE(saved->level, 2);

    auto got = m_repo->get(created.id);
    QCOMPARE(got->version, 2);
    QCOMPARE(got->totalScore, MilliPoints(40000));
    QCOMPARE(got->level, 2);
    QCOMPARE(got->recommendations, QStringLiteral("建设MES"));
    QCOMPARE(json(got->answers), json(answers40(m_index)));

    QVector<AuditEntry> h = history(created.id);
    QCOMPARE(h.size(), 2);
    QCOMPARE(h.at(0).action, QStringLiteral("update"));   // newest first
    QCOMPARE(h.at(0).user, QStringLiteral("tester"));
    for (const char* field : {"answers", "total", "level", "recommendations"})
        QVERIFY2(h.at(0).changes.contains(QLatin1String(field)), field);
    QVERIFY(!h.at(0).changes.contains(QLatin1String("assessor")));

    // Down to 39.975: 一级.
    Diagnosis edit2 = got.value();
    edit2.answers = answers39975(m_index);
    saved = m_repo->save(edit2);
    QVERIFY2(saved, qPrintable(saved.message()));
    QCOMPARE(saved->version, 3);
    got = m_repo->get(created.id);
    QCOMPARE(got->totalScore, MilliPoints(39975));
    QCOMPARE(got->level, 1);
    h = history(created.id);
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.at(0).action, QStringLiteral("update"));
}

void TestDiagnosisRepository::saveWithoutChangesKeepsVersion()
{
    const Diagnosis created = createdDraft(answers40(m_index));
    const qint64 audits = auditCount();
    auto saved = m_repo->save(created);
    QVERIFY2(saved, qPrintable(saved.message()));
    QCOMPARE(saved->version, 1);
    QCOMPARE(m_repo->get(created.id)->version, 1);
    QCOMPARE(auditCount(), audits);
}

void TestDiagnosisRepository::saveKeepsStatusAndIndex()
{
    const Diagnosis created = createdDraft();
    Diagnosis edit = created;
    edit.status = DiagnosisStatus::Confirmed;
    edit.indexVersion = QStringLiteral("2022");
    edit.revisionOf = 42;
    edit.superseded = true;
    edit.assessor = QStringLiteral("陈伟");
    auto saved = m_repo->save(edit);
    QVERIFY2(saved, qPrintable(saved.message()));
    auto got = m_repo->get(created.id);
    QCOMPARE(got->status, DiagnosisStatus::Draft);
    QCOMPARE(got->indexVersion, QStringLiteral("2024"));
    QCOMPARE(got->revisionOf, qint64(0));
    QCOMPARE(got->superseded, false);
    QCOMPARE(got->assessor, QStringLiteral("陈伟"));
}

void TestDiagnosisRepository::staleSaveConflicts()
{
    const Diagnosis created = createdDraft();
    Diagnosis first = created;
    first.answers = answers40(m_index);
    QVERIFY(m_repo->save(first));

    const qint64 audits = auditCount();
    Diagnosis stale = created;   // still version 1
    stale.answers = answers39975(m_index);
    const auto result = m_repo->save(stale);
    QCOMPARE(result.code(), ErrorCode::Conflict);
    QVERIFY(result.message().contains(QStringLiteral("tester")));
    auto got = m_repo->get(created.id);
    QCOMPARE(got->version, 2);
    QCOMPARE(got->totalScore, MilliPoints(40000));
    QCOMPARE(json(got->answers), json(answers40(m_index)));
    QCOMPARE(auditCount(), audits);
}

// ---- Status -----------------------------------------------------------------------------------

void TestDiagnosisRepository::submitRefusesUnansweredItems()
{
    // Everything but 网络建设 (network) and 资金保障 (funding).
    QStringList spec = test::items40();
    spec.removeAll(test::kNetworkAll);
    spec.removeAll(QStringLiteral("network=none"));
    spec.removeAll(QStringLiteral("funding:0"));
    Answers a = test::answersFrom(spec);
    test::rateScenes(m_index, a, {"b2x3", "n2x3"});
    const Diagnosis d = createdDraft(a);

    const qint64 audits = auditCount();
    const auto refused = m_repo->submit(d.id, d.version);
    QCOMPARE(refused.code(), ErrorCode::Validation);
    QVERIFY2(refused.message().contains(QStringLiteral("网络建设")), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QStringLiteral("资金保障")), qPrintable(refused.message()));
    QVERIFY2(!refused.message().contains(QStringLiteral("规划实施")), qPrintable(refused.message()));
    QCOMPARE(m_repo->get(d.id)->status, DiagnosisStatus::Draft);
    QCOMPARE(m_repo->get(d.id)->version, d.version);
    QCOMPARE(auditCount(), audits);

    // Once every required item is answered, it goes through.
    Diagnosis complete = d;
    complete.answers = answers40(m_index);
    auto saved = m_repo->save(complete);
    QVERIFY2(saved, qPrintable(saved.message()));
    auto submitted = m_repo->submit(d.id, saved->version);
    QVERIFY2(submitted, qPrintable(submitted.message()));
    QCOMPARE(submitted->status, DiagnosisStatus::Submitted);
    QCOMPARE(submitted->version, saved->version + 1);
    auto got = m_repo->get(d.id);
    QCOMPARE(got->status, DiagnosisStatus::Submitted);
    QCOMPARE(got->version, saved->version + 1);
    QCOMPARE(got->isReadOnly(), false);   // may still be corrected before confirmation
    QCOMPARE(history(d.id).at(0).action, QStringLiteral("submit"));
}

void TestDiagnosisRepository::submitRefusesRejectedAnswers()
{
    Answers a = answers40(m_index);
    a.items.insert(QStringLiteral("network"), ItemAnswer{{QStringLiteral("none"), QStringLiteral("industrial_5g")}, std::nullopt});
    const Diagnosis d = createdDraft(a);
    const auto refused = m_repo->submit(d.id, d.version);
    QCOMPARE(refused.code(), ErrorCode::Validation);
    QVERIFY2(refused.message().contains(QStringLiteral("网络建设")), qPrintable(refused.message()));
    QCOMPARE(m_repo->get(d.id)->status, DiagnosisStatus::Draft);
}

void TestDiagnosisRepository::submitTotalOnlyNeedsTotal()
{
    // A total-only (2022) diagnosis records nothing but its total: without it there is nothing to submit.
    Diagnosis in = draft();
    in.indexId = QStringLiteral("miit-sme-dx");
    in.indexVersion = QStringLiteral("2022");
    const Diagnosis d = m_repo->createDraft(in).value();
    const auto result = m_repo->submit(d.id, d.version);
    QCOMPARE(result.code(), ErrorCode::Validation);

    // With the total it is submitted.
    Diagnosis withTotal = m_repo->createDraft(in).value();
    withTotal.answers.totalOnly = 39500;
    auto saved = m_repo->save(withTotal);
    QVERIFY2(saved, qPrintable(saved.message()));
    QCOMPARE(saved->level, 1);
    auto submitted = m_repo->submit(saved->id, saved->version);
    QVERIFY2(submitted, qPrintable(submitted.message()));
}

void TestDiagnosisRepository::staleSubmitConflicts()
{
    const Diagnosis d = createdDraft(answers40(m_index));
    Diagnosis edit = d;
    edit.assessor = QStringLiteral("陈伟");
    QVERIFY(m_repo->save(edit));
    QCOMPARE(m_repo->submit(d.id, d.version).code(), ErrorCode::Conflict);
    QCOMPARE(m_repo->get(d.id)->status, DiagnosisStatus::Draft);
}

void TestDiagnosisRepository::confirmMakesReadOnly()
{
    const Diagnosis d = createdDraft(answers40(m_index));
    auto submitted = m_repo->submit(d.id, d.version);
    QVERIFY2(submitted, qPrintable(submitted.message()));
    auto done = m_repo->confirm(d.id, submitted->version);
    QVERIFY2(done, qPrintable(done.message()));
    QCOMPARE(done->status, DiagnosisStatus::Confirmed);
    QVERIFY(done->isReadOnly());
    QCOMPARE(history(d.id).at(0).action, QStringLiteral("confirm"));

    const Diagnosis before = m_repo->get(d.id).value();
    QCOMPARE(before.status, DiagnosisStatus::Confirmed);
    QVERIFY(before.isReadOnly());
    const qint64 audits = auditCount();

    Diagnosis edit = before;   // the current version: refused for being confirmed, not stale
    edit.answers = answers39975(m_index);
    edit.findings = QStringLiteral("改过的结论");
    const auto refused = m_repo->save(edit);
    QCOMPARE(refused.code(), ErrorCode::Validation);
    QVERIFY(!refused.message().isEmpty());

    const Diagnosis after = m_repo->get(d.id).value();
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.findings, before.findings);
    QCOMPARE(after.totalScore, MilliPoints(40000));
    QCOMPARE(json(after.answers), json(before.answers));
    QCOMPARE(auditCount(), audits);
}

void TestDiagnosisRepository::statusOrderEnforced()
{
    const Diagnosis d = createdDraft(answers40(m_index));
    // A draft cannot be confirmed.
    QCOMPARE(m_repo->confirm(d.id, d.version).code(), ErrorCode::Validation);
    auto submitted = m_repo->submit(d.id, d.version);
    QVERIFY(submitted);
    // Submitted twice: refused.
    QCOMPARE(m_repo->submit(d.id, submitted->version).code(), ErrorCode::Validation);
    auto done = m_repo->confirm(d.id, submitted->version);
    QVERIFY(done);
    QCOMPARE(m_repo->submit(d.id, done->version).code(), ErrorCode::Validation);
    QCOMPARE(m_repo->confirm(d.id, done->version).code(), ErrorCode::Validation);
    QCOMPARE(m_repo->get(d.id)->status, DiagnosisStatus::Confirmed);
    QCOMPARE(m_repo->submit(d.id + 1000, 1).code(), ErrorCode::NotFound);
}

// ---- Revisions --------------------------------------------------------------------------------

void TestDiagnosisRepository::reviseConfirmed()
{
    const Diagnosis original = confirmed(answers40(m_index));
    m_clock->set(kStart.addDays(7));

    auto revision = m_repo->revise(original.id);
    QVERIFY2(revision, qPrintable(revision.message()));
    QVERIFY(revision->id != original.id);
    QVERIFY(revision->uuid != original.uuid);
    QCOMPARE(revision->revisionOf, original.id);
    QCOMPARE(revision->status, DiagnosisStatus::Draft);
    QCOMPARE(revision->version, 1);
    QCOMPARE(revision->superseded, false);
    QCOMPARE(revision->indexVersion, original.indexVersion);
    QCOMPARE(revision->totalScore, MilliPoints(40000));
    QCOMPARE(revision->level, 2);

    const Diagnosis stored = m_repo->get(revision->id).value();
    QCOMPARE(stored.revisionOf, original.id);
    QCOMPARE(json(stored.answers), json(original.answers));
    QCOMPARE(stored.answers.items.size(), 15);
    QCOMPARE(stored.assessor, original.assessor);
    QCOMPARE(stored.findings, original.findings);
    QCOMPARE(stored.visitDate, original.visitDate);
    QCOMPARE(history(revision->id).at(0).action, QStringLiteral("create"));

    // Until the revision is confirmed the original is the current diagnosis.
    Diagnosis o = m_repo->get(original.id).value();
    QCOMPARE(o.status, DiagnosisStatus::Confirmed);
    QCOMPARE(o.superseded, false);

    // Correct the revision (39.975 → 一级), submit and confirm it.
    Diagnosis edit = stored;
    edit.answers = answers39975(m_index);
    auto saved = m_repo->save(edit);
    QVERIFY2(saved, qPrintable(saved.message()));
    QCOMPARE(m_repo->get(original.id)->superseded, false);
    auto submitted = m_repo->submit(revision->id, saved->version);
    QVERIFY2(submitted, qPrintable(submitted.message()));
    QCOMPARE(m_repo->get(original.id)->superseded, false);
    auto done = m_repo->confirm(revision->id, submitted->version);
    QVERIFY2(done, qPrintable(done.message()));

    // Now the original is superseded, still readable with its own answers and score.
    o = m_repo->get(original.id).value();
    QCOMPARE(o.superseded, true);
    QCOMPARE(o.status, DiagnosisStatus::Confirmed);
    QVERIFY(o.isReadOnly());
    QCOMPARE(o.totalScore, MilliPoints(40000));
    QCOMPARE(o.level, 2);
    QCOMPARE(json(o.answers), json(answers40(m_index)));
    QCOMPARE(history(original.id).at(0).action, QStringLiteral("supersede"));

    const Diagnosis r = m_repo->get(revision->id).value();
    QCOMPARE(r.status, DiagnosisStatus::Confirmed);
    QCOMPARE(r.superseded, false);
    QCOMPARE(r.totalScore, MilliPoints(39975));
    QCOMPARE(r.level, 1);

    // The superseded original is not edited nor revised again; the current revision can be.
    QCOMPARE(m_repo->save(o).code(), ErrorCode::Validation);
    QCOMPARE(m_repo->revise(original.id).code(), ErrorCode::Validation);
    auto again = m_repo->revise(revision->id);
    QVERIFY2(again, qPrintable(again.message()));
    QCOMPARE(again->revisionOf, revision->id);

    const auto list = m_repo->listForEnterprise(m_enterpriseId);
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    for (const DiagnosisSummary& s : list.value()) {
        QCOMPARE(s.superseded, s.id == original.id);
        if (s.id == revision->id)
            QCOMPARE(s.revisionOf, original.id);
        if (s.id == original.id)
            QCOMPARE(s.revisionOf, qint64(0));
    }
}

void TestDiagnosisRepository::reviseOnlyConfirmedCurrent()
{
    const Diagnosis d = createdDraft(answers40(m_index));
    QCOMPARE(m_repo->revise(d.id).code(), ErrorCode::Validation);   // a draft is just edited
    auto submitted = m_repo->submit(d.id, d.version);
    QVERIFY(submitted);
    QCOMPARE(m_repo->revise(d.id).code(), ErrorCode::Validation);
    QCOMPARE(m_repo->revise(d.id + 1000).code(), ErrorCode::NotFound);
    QCOMPARE(m_repo->listForEnterprise(m_enterpriseId)->size(), 1);
}

void TestDiagnosisRepository::secondOpenRevisionRefused()
{
    // Two corrections of the same diagnosis at once: whichever way it is prevented (refusing
    // the second revision, or refusing to confirm it once the first has superseded the
    // original), a revision chain must end with exactly one current confirmed diagnosis.
    const Diagnosis original = confirmed(answers40(m_index));
    auto first = m_repo->revise(original.id);
    QVERIFY2(first, qPrintable(first.message()));
    const auto second = m_repo->revise(original.id);

    auto submitted = m_repo->submit(first->id, first->version);
    QVERIFY2(submitted, qPrintable(submitted.message()));
    QVERIFY(m_repo->confirm(first->id, submitted->version));
    if (second) {
        auto submitted2 = m_repo->submit(second->id, second->version);
        if (submitted2)
            (void)m_repo->confirm(second->id, submitted2->version);
    }

    const auto list = m_repo->listForEnterprise(m_enterpriseId);
    QVERIFY2(list, qPrintable(list.message()));
    int current = 0;
    for (const DiagnosisSummary& s : list.value())
        if (s.status == DiagnosisStatus::Confirmed && !s.superseded)
            ++current;
    QCOMPARE(current, 1);
    QCOMPARE(m_repo->get(original.id)->superseded, true);
}

// ---- List and JSON ----------------------------------------------------------------------------

void TestDiagnosisRepository::listNewestVisitFirst()
{
    const Diagnosis jan = createdDraft(answers40(m_index), QDate(2024, 1, 10));
    const Diagnosis mar = createdDraft({}, QDate(2024, 3, 5));
    const Diagnosis feb = createdDraft(answers39975(m_index), QDate(2024, 2, 1));
    const Diagnosis mar2 = createdDraft({}, QDate(2024, 3, 5));   // same day: the later one first

    auto other = EnterpriseRepository(**m_db).create(test::sampleEnterprise(2));
    QVERIFY(other);
    Diagnosis foreign = draft({}, QDate(2024, 4, 1));
    foreign.enterpriseId = other->id;
    QVERIFY(m_repo->createDraft(foreign));

    const auto list = m_repo->listForEnterprise(m_enterpriseId);
    QVERIFY2(list, qPrintable(list.message()));
    QVector<qint64> ids;
    for (const DiagnosisSummary& s : list.value())
        ids << s.id;
    QCOMPARE(ids, (QVector<qint64>{mar2.id, mar.id, feb.id, jan.id}));

    const DiagnosisSummary& s = list->at(3);
    QCOMPARE(s.visitDate, QDate(2024, 1, 10));
    QCOMPARE(s.kind, DiagnosisKind::Baseline);
    QCOMPARE(s.status, DiagnosisStatus::Draft);
    QCOMPARE(s.assessor, QStringLiteral("林晓"));
    QCOMPARE(s.indexVersion, QStringLiteral("2024"));
    QCOMPARE(s.totalScore, MilliPoints(40000));
    QCOMPARE(s.level, 2);
    QCOMPARE(s.revisionOf, qint64(0));
    QCOMPARE(list->at(2).totalScore, MilliPoints(39975));
    QCOMPARE(list->at(2).level, 1);

    QCOMPARE(m_repo->listForEnterprise(other->id)->size(), 1);
    QVERIFY(m_repo->listForEnterprise(other->id + 100)->isEmpty());
}

void TestDiagnosisRepository::answersJsonRoundTrip()
{
    Answers a;
    a.items.insert(QStringLiteral("network"), ItemAnswer{{QStringLiteral("industrial_5g"), QStringLiteral("full_coverage")}, std::nullopt});
    a.items.insert(QStringLiteral("it_coverage"), ItemAnswer{{QStringLiteral("all")}, std::nullopt});
    a.items.insert(QStringLiteral("equipment_digital_rate"), ItemAnswer{{}, 12.345});
    a.items.insert(QStringLiteral("funding"), ItemAnswer{{}, 0.0});
    a.items.insert(QStringLiteral("empty"), ItemAnswer{});
    a.evidence.insert(QStringLiteral("energy_before"), 0.1 + 0.2);
    a.evidence.insert(QStringLiteral("energy_after"), -3.5);
    a.evidence.insert(QStringLiteral("devices_total"), 1234567.0);
    a.sceneLevels.insert(QStringLiteral("finance"), 4);
    a.sceneLevels.insert(QStringLiteral("marketing"), 0);
    a.sceneLevels.insert(QStringLiteral("procurement"), 2);
    a.totalOnly = 39500;

    const Answers b = answersFromJson(answersToJson(a));
    QCOMPARE(b.items.size(), a.items.size());
    for (auto it = a.items.cbegin(); it != a.items.cend(); ++it) {
        QVERIFY2(b.items.contains(it.key()), qPrintable(it.key()));
        const ItemAnswer& got = b.items[it.key()];
        QCOMPARE(got.options, it->options);
        QCOMPARE(got.value.has_value(), it->value.has_value());
        if (it->value)
            QCOMPARE(*got.value, *it->value);
    }
    QCOMPARE(b.evidence, a.evidence);
    QCOMPARE(b.sceneLevels, a.sceneLevels);
    QCOMPARE(b.totalOnly, std::optional<MilliPoints>(39500));
    QCOMPARE(answersToJson(b), answersToJson(a));

    // 1.875 thousandths survive too; no total stays no total.
    a.totalOnly = 1875;
    QCOMPARE(answersFromJson(answersToJson(a)).totalOnly, std::optional<MilliPoints>(1875));
    a.totalOnly.reset();
    QVERIFY(!answersFromJson(answersToJson(a)).totalOnly.has_value());

    // Through the database as well.
    const Diagnosis d = createdDraft(answers40(m_index));
    QCOMPARE(json(m_repo->get(d.id)->answers), json(answers40(m_index)));
}

void TestDiagnosisRepository::answersJsonEmptyAndGarbage()
{
    const Answers empty = answersFromJson(answersToJson(Answers()));
    QVERIFY(empty.items.isEmpty());
    QVERIFY(empty.evidence.isEmpty());
    QVERIFY(empty.sceneLevels.isEmpty());
    QVERIFY(!empty.totalOnly);
    const Answers garbage = answersFromJson(QByteArrayLiteral("not json"));
    QVERIFY(garbage.items.isEmpty());
    QVERIFY(!garbage.totalOnly);
}

QTEST_GUILESS_MAIN(TestDiagnosisRepository)
#include "tst_diagnosisrepository.moc"
