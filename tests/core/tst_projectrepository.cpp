// ProjectRepository: creation on a confirmed baseline of the same enterprise (refusals write
// nothing), version-checked and audited edits that leave the state alone and stop once the
// project is closed, and state changes through the workflow only: filing needs the contract
// date and records the day, acceptance needs the inspection record and a qualifying post
// assessment, cancellation a reason; every move is audited, an illegal one changes nothing.

#include "KeysetSupport.h"
#include "TestSupport.h"
#include "tst_assessmentfixture.h"

#include "assessment/AssessmentIndex.h"
#include "repo/AuditRepository.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ProjectRepository.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>
#include <memory>

using namespace dx;

namespace {

const QDateTime kStart(QDate(2024, 3, 1), QTime(8, 30), Qt::UTC);
const QDate kBaselineVisit(2024, 2, 20);
const QDate kContract(2024, 4, 15);

// 2024 index: 40 points, 6 scenes at L2 with 3 binding → 二级.
Answers answersLevel2(const AssessmentIndex& index)
{
    Answers a = test::answersFrom(test::items40());
    test::rateScenes(index, a, {"b2x3", "n2x3"});
    return a;
}

// 39.975 points → 一级.
Answers answersLevel1(const AssessmentIndex& index)
{
    Answers a = test::answersFrom(test::items39975());
    test::rateScenes(index, a, {"b2x3", "n2x3"});
    return a;
}

// 100 points, 8 scenes at L3 with 5 binding (not 10 at L4) → 三级.
Answers answersLevel3(const AssessmentIndex& index)
{
    Answers a = test::answersFrom(test::items100());
    test::rateScenes(index, a, {"b3x5", "n3x3"});
    return a;
}

} // namespace

class TestProjectRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fixtureLevels();
    void createRefusesInvalid_data();
    void createRefusesInvalid();
    void createAcceptsTargetBounds();
    void createStoresDraft();
    void createIgnoresStateRecord();
    void listForEnterprise();
    void pagesInEachColumnOrder();

    void updateChangesFields();
    void updateKeepsStateAndRecord();
    void updateWithoutChangesKeepsVersion();
    void updateStaleConflicts();
    void updateValidates();
    void updateRefusesClosed_data();
    void updateRefusesClosed();

    void fileNeedsContractDate();
    void changeStateStaleOrMissing();
    void acceptanceNeedsRecordAndQualifyingPost();
    void notAcceptedThenRequestedAgain();
    void cancelNeedsReason_data();
    void cancelNeedsReason();
    void closedProjectDoesNotMove();
    void illegalMoveChangesNothing_data();
    void illegalMoveChangesNothing();

private:
    Diagnosis confirmedDiagnosis(qint64 enterpriseId, DiagnosisKind kind, const QDate& visit, const Answers& answers) const;
    Diagnosis postDiagnosis(const QDate& visit, const Answers& answers) const
    {
        return confirmedDiagnosis(m_enterpriseId, DiagnosisKind::PostTransformation, visit, answers);
    }
    Project sampleProject() const;
    Project created(const Project& p) const;
    Project moved(const Project& p, ProjectState to, const QString& reason = QString(), const AcceptanceRecord& record = {}) const;
    Project acceptanceRequested() const;
    AcceptanceRecord record(const QDate& on = QDate(2024, 10, 20)) const;
    qint64 rowCount(const QString& table) const;
    qint64 auditCount(const QString& action = QString()) const;
    QVector<AuditEntry> history(qint64 id) const;

    AssessmentIndex m_index;   // 2024
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<ProjectRepository> m_repo;
    qint64 m_enterpriseId = 0;
    qint64 m_otherEnterpriseId = 0;
    qint64 m_baselineId = 0;
};

void TestProjectRepository::initTestCase()
{
    auto index = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024"));
    QVERIFY2(index, qPrintable(index.message()));
    m_index = index.value();
}

void TestProjectRepository::init()
{
    m_clock = std::make_unique<FixedClock>(kStart);
    OpenOptions o;
    o.clock = m_clock.get();
    m_db = std::make_unique<test::TempDatabase>(o);
    m_repo = std::make_unique<ProjectRepository>(**m_db);
    auto e = EnterpriseRepository(**m_db).create(test::sampleEnterprise(1));
    QVERIFY2(e, qPrintable(e.message()));
    m_enterpriseId = e->id;
    auto other = EnterpriseRepository(**m_db).create(test::sampleEnterprise(2));
    QVERIFY2(other, qPrintable(other.message()));
    m_otherEnterpriseId = other->id;
    m_baselineId = confirmedDiagnosis(m_enterpriseId, DiagnosisKind::Baseline, kBaselineVisit, answersLevel1(m_index)).id;
    QVERIFY(m_baselineId > 0);
}

void TestProjectRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_clock.reset();
}

Diagnosis TestProjectRepository::confirmedDiagnosis(qint64 enterpriseId, DiagnosisKind kind, const QDate& visit,
                                                    const Answers& answers) const
{
    DiagnosisRepository repo(**m_db);
    Diagnosis in;
    in.enterpriseId = enterpriseId;
    in.kind = kind;
    in.visitDate = visit;
    in.assessor = QStringLiteral("林晓");
    auto draft = repo.createDraft(in);
    if (!draft)
        qFatal("createDraft: %s", qPrintable(draft.message()));
    Diagnosis filled = draft.value();
    filled.answers = answers;
    auto saved = repo.save(filled);
    if (!saved)
        qFatal("save: %s", qPrintable(saved.message()));
    auto submitted = repo.submit(saved->id, saved->version);
    if (!submitted)
        qFatal("submit: %s", qPrintable(submitted.message()));
    auto done = repo.confirm(submitted->id, submitted->version);
    if (!done)
        qFatal("confirm: %s", qPrintable(done.message()));
    return done.value();
}

Project TestProjectRepository::sampleProject() const
{
    Project p;
    p.enterpriseId = m_enterpriseId;
    p.title = QStringLiteral("织造车间数字化改造");
    p.baselineDiagnosisId = m_baselineId;
    p.targetLevel = 2;
    p.targetSceneIds = {QStringLiteral("production_control"), QStringLiteral("quality_management")};
    p.contractSignedOn = kContract;
    p.contractAmount = Money::fromWan(85);
    p.showcase = true;
    p.notes = QStringLiteral("样板车间");
    return p;
}

Project TestProjectRepository::created(const Project& p) const
{
    auto r = m_repo->create(p);
    if (!r)
        qFatal("create: %s", qPrintable(r.message()));
    return r.value();
}

Project TestProjectRepository::moved(const Project& p, ProjectState to, const QString& reason, const AcceptanceRecord& rec) const
{
    auto r = m_repo->changeState(p.id, p.version, to, reason, rec);
    if (!r)
        qFatal("changeState to %s: %s", qPrintable(projectStateName(to)), qPrintable(r.message()));
    return r.value();
}

// Draft → Filed → InProgress → AcceptanceRequested.
Project TestProjectRepository::acceptanceRequested() const
{
    Project p = created(sampleProject());
    p = moved(p, ProjectState::Filed);
    p = moved(p, ProjectState::InProgress);
    return moved(p, ProjectState::AcceptanceRequested);
}

AcceptanceRecord TestProjectRepository::record(const QDate& on) const
{
    AcceptanceRecord r;
    r.inspectedOn = on;
    r.result = QStringLiteral("MES 上线，设备联网率 85%");
    r.inspectors = QStringLiteral("王芳、李强");
    r.dossierVerified = true;
    return r;
}

qint64 TestProjectRepository::rowCount(const QString& table) const
{
    QSqlQuery q((*m_db)->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 TestProjectRepository::auditCount(const QString& action) const
{
    QSqlQuery q((*m_db)->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'projects' AND (? = '' OR action = ?)"));
    q.addBindValue(action.isNull() ? QString::fromLatin1("") : action);
    q.addBindValue(action.isNull() ? QString::fromLatin1("") : action);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QVector<AuditEntry> TestProjectRepository::history(qint64 id) const
{
    return AuditRepository(**m_db).history(ProjectRepository::tableName(), id).value();
}

// ---- The city-wide list ----------------------------------------------------------------------

// Every column the list sorts by, both ways, read two rows a page: the rows come in the order of
// that column with ties by id, each once, as a sort of the whole list in C++ puts them.
void TestProjectRepository::pagesInEachColumnOrder()
{
    const int amounts[] = {40, 85, 40, 12, 85, 60, 7};   // ties in amount, title and date
    for (int i = 0; i < 7; ++i) {
        m_clock->set(kStart.addDays(i % 3));
        Project p = sampleProject();
        p.enterpriseId = m_enterpriseId;
        p.title = QStringLiteral("车间改造%1").arg(i % 4);
        p.contractAmount = Money::fromWan(amounts[i]);
        p.contractSignedOn = kContract.addDays(i % 2);
        p = created(p);
        if (i % 3 == 1)
            moved(p, ProjectState::Filed);
    }
    ProjectFilter all;
    all.today = kStart.date();
    auto natural = m_repo->page(all, {}, std::nullopt, 100);
    QVERIFY2(natural, qPrintable(natural.message()));
    QCOMPARE(natural->size(), 7);
    QVERIFY(natural->first().id > natural->last().id);   // newest first
    const auto valueOf = [](const ProjectListRow& r, ProjectSortKey key) -> QVariant {
        switch (key) {
        case ProjectSortKey::Enterprise: return r.enterpriseName;
        case ProjectSortKey::CreditCode: return r.creditCode;
        case ProjectSortKey::Title: return r.title;
        case ProjectSortKey::State: return int(r.state);
        case ProjectSortKey::Since: return r.stateChangedOn;
        case ProjectSortKey::Contract: return r.contractSignedOn;
        case ProjectSortKey::Amount: return r.contractAmountFen;
        case ProjectSortKey::Traction: return r.tractionName;
        }
        return {};
    };
    const QString differs = test::firstSortThatDiffers(
        natural.value(), int(ProjectSortKey::Traction) + 1,
        [&](const ListSort& sort, const std::optional<PageCursor>& after) { return m_repo->page(all, sort, after, 2); },
        [&](const ProjectListRow& r, int key) { return valueOf(r, ProjectSortKey(key)); });
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

// ---- Creation ---------------------------------------------------------------------------------

void TestProjectRepository::fixtureLevels()
{
    // The answer sets the tests rely on reach the levels their names say.
    QCOMPARE(DiagnosisRepository(**m_db).get(m_baselineId)->level, 1);
    QCOMPARE(postDiagnosis(QDate(2024, 9, 1), answersLevel2(m_index)).level, 2);
    QCOMPARE(postDiagnosis(QDate(2024, 9, 2), answersLevel3(m_index)).level, 3);
}

void TestProjectRepository::createRefusesInvalid_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("no baseline") << "none" << "baseline";
    QTest::newRow("unknown baseline") << "unknown" << "baseline";
    QTest::newRow("baseline of another enterprise") << "foreign" << "another enterprise";
    QTest::newRow("draft baseline") << "draft" << "confirmed";
    QTest::newRow("submitted baseline") << "submitted" << "confirmed";
    QTest::newRow("target level 0") << "level0" << "between 1 and 4";
    QTest::newRow("target level 5") << "level5" << "between 1 and 4";
    QTest::newRow("negative contract amount") << "negative" << "negative";
}

void TestProjectRepository::createRefusesInvalid()
{
    QFETCH(QString, what);
    QFETCH(QString, message);

    Project p = sampleProject();
    DiagnosisRepository diagnoses(**m_db);
    if (what == QLatin1String("none")) {
        p.baselineDiagnosisId = 0;
    } else if (what == QLatin1String("unknown")) {
        p.baselineDiagnosisId = m_baselineId + 1000;
    } else if (what == QLatin1String("foreign")) {
        p.baselineDiagnosisId = confirmedDiagnosis(m_otherEnterpriseId, DiagnosisKind::Baseline, kBaselineVisit, answersLevel1(m_index)).id;
    } else if (what == QLatin1String("draft") || what == QLatin1String("submitted")) {
        Diagnosis in;
        in.enterpriseId = m_enterpriseId;
        in.visitDate = kBaselineVisit;
        auto draft = diagnoses.createDraft(in);
        QVERIFY2(draft, qPrintable(draft.message()));
        Diagnosis filled = draft.value();
        filled.answers = answersLevel2(m_index);
        auto saved = diagnoses.save(filled);
        QVERIFY2(saved, qPrintable(saved.message()));
        if (what == QLatin1String("submitted")) {
            auto submitted = diagnoses.submit(saved->id, saved->version);
            QVERIFY2(submitted, qPrintable(submitted.message()));
            QCOMPARE(submitted->status, DiagnosisStatus::Submitted);
        }
        p.baselineDiagnosisId = saved->id;
    } else if (what == QLatin1String("level0")) {
        p.targetLevel = 0;
    } else if (what == QLatin1String("level5")) {
        p.targetLevel = 5;
    } else if (what == QLatin1String("negative")) {
        p.contractAmount = Money::fromFen(-1);
    } else {
        QFAIL(qPrintable(what));
    }

    const auto r = m_repo->create(p);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::Validation);
    QVERIFY2(r.message().contains(message), qPrintable(r.message()));
    QCOMPARE(rowCount(QStringLiteral("projects")), qint64(0));
    QCOMPARE(auditCount(), qint64(0));
    QVERIFY(m_repo->listForEnterprise(m_enterpriseId)->isEmpty());
}

void TestProjectRepository::createAcceptsTargetBounds()
{
    for (int level : {1, 4}) {
        Project p = sampleProject();
        p.targetLevel = level;
        p.contractAmount = Money::fromFen(0);
        const auto r = m_repo->create(p);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(m_repo->get(r->id)->targetLevel, level);
        QCOMPARE(m_repo->get(r->id)->contractAmount.fen(), qint64(0));
    }
    QCOMPARE(rowCount(QStringLiteral("projects")), qint64(2));
}

void TestProjectRepository::createStoresDraft()
{
    Project in = sampleProject();
    in.state = ProjectState::Accepted;   // whatever the caller says, a project starts as a draft
    in.version = 7;
    const auto r = m_repo->create(in);
    QVERIFY2(r, qPrintable(r.message()));
    QVERIFY(r->id > 0);
    QCOMPARE(r->version, 1);
    QCOMPARE(r->state, ProjectState::Draft);
    QVERIFY(!r->uuid.isEmpty());

    const auto got = m_repo->get(r->id);
    QVERIFY2(got, qPrintable(got.message()));
    QCOMPARE(got->uuid, r->uuid);
    QCOMPARE(got->version, 1);
    QCOMPARE(got->state, ProjectState::Draft);
    QCOMPARE(got->stateChangedOn, QDate(2024, 3, 1));   // today by the clock
    QVERIFY(!got->filedOn.isValid());
    QCOMPARE(got->enterpriseId, m_enterpriseId);
    QCOMPARE(got->title, in.title);
    QCOMPARE(got->baselineDiagnosisId, m_baselineId);
    QCOMPARE(got->targetLevel, 2);
    QCOMPARE(got->targetSceneIds, in.targetSceneIds);
    QCOMPARE(got->contractSignedOn, kContract);
    QCOMPARE(got->contractAmount.fen(), Money::fromWan(85).fen());
    QCOMPARE(got->showcase, true);
    QCOMPARE(got->notes, in.notes);
    QCOMPARE(got->tractionProviderId, qint64(0));
    QCOMPARE(got->acceptanceDiagnosisId, qint64(0));
    QCOMPARE(got->updatedBy, QStringLiteral("tester"));
    QCOMPARE(got->updatedAt, (*m_db)->nowIso());

    const QVector<AuditEntry> h = history(r->id);
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.at(0).action, QStringLiteral("create"));
    QCOMPARE(h.at(0).user, QStringLiteral("tester"));
    QVERIFY(h.at(0).changes.contains(QLatin1String("title")));
    QCOMPARE(auditCount(), qint64(1));
    QCOMPARE(m_repo->get(r->id + 1000).code(), ErrorCode::NotFound);
}

void TestProjectRepository::createIgnoresStateRecord()
{
    // A new project is a draft: a filing day, a cancellation reason or an acceptance record
    // given with it belong to states it has not been in, and must not be stored (a draft with a
    // filing day would count as filed in the statistics).
    const Diagnosis post = postDiagnosis(QDate(2024, 9, 1), answersLevel2(m_index));
    Project in = sampleProject();
    in.filedOn = QDate(2024, 2, 1);
    in.stateChangedOn = QDate(2024, 2, 1);
    in.cancelReason = QStringLiteral("旧的终止原因");
    in.acceptanceDiagnosisId = post.id;
    in.acceptedOn = QDate(2024, 10, 1);
    in.acceptanceResult = QStringLiteral("通过");
    in.acceptanceInspectors = QStringLiteral("王芳");
    in.dossierVerified = true;
    const auto r = m_repo->create(in);
    QVERIFY2(r, qPrintable(r.message()));
    const Project got = m_repo->get(r->id).value();
    QCOMPARE(got.state, ProjectState::Draft);
    QCOMPARE(got.stateChangedOn, QDate(2024, 3, 1));
    QVERIFY2(!got.filedOn.isValid(), qPrintable(got.filedOn.toString(Qt::ISODate)));
    QVERIFY(got.cancelReason.isEmpty());
    QCOMPARE(got.acceptanceDiagnosisId, qint64(0));
    QVERIFY(!got.acceptedOn.isValid());
    QVERIFY(got.acceptanceResult.isEmpty());
    QVERIFY(got.acceptanceInspectors.isEmpty());
    QCOMPARE(got.dossierVerified, false);
}

void TestProjectRepository::listForEnterprise()
{
    const Project a = created(sampleProject());
    Project second = sampleProject();
    second.title = QStringLiteral("仓储物流改造");
    const Project b = created(second);
    const auto list = m_repo->listForEnterprise(m_enterpriseId);
    QVERIFY2(list, qPrintable(list.message()));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, b.id);   // newest first
    QCOMPARE(list->at(1).id, a.id);
    QVERIFY(m_repo->listForEnterprise(m_otherEnterpriseId)->isEmpty());
}

// ---- Edits ------------------------------------------------------------------------------------

void TestProjectRepository::updateChangesFields()
{
    const Project p = created(sampleProject());
    m_clock->set(kStart.addDays(3));
    Project edit = p;
    edit.title = QStringLiteral("织造车间数字化改造（二期）");
    edit.targetLevel = 3;
    edit.contractSignedOn = QDate(2024, 4, 20);
    edit.contractAmount = Money::fromWan(120);
    edit.notes = QString();
    edit.showcase = false;
    edit.targetSceneIds = {QStringLiteral("energy_management")};
    const auto r = m_repo->update(edit);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->version, 2);

    const Project got = m_repo->get(p.id).value();
    QCOMPARE(got.version, 2);
    QCOMPARE(got.title, edit.title);
    QCOMPARE(got.targetLevel, 3);
    QCOMPARE(got.contractSignedOn, QDate(2024, 4, 20));
    QCOMPARE(got.contractAmount.fen(), Money::fromWan(120).fen());
    QCOMPARE(got.notes, QString::fromLatin1(""));
    QCOMPARE(got.showcase, false);
    QCOMPARE(got.targetSceneIds, QStringList{QStringLiteral("energy_management")});
    QCOMPARE(got.state, ProjectState::Draft);
    QCOMPARE(got.updatedAt, (*m_db)->nowIso());
    QVERIFY(got.updatedAt != p.updatedAt);

    const QVector<AuditEntry> h = history(p.id);
    QCOMPARE(h.size(), 2);
    QCOMPARE(h.at(0).action, QStringLiteral("update"));   // newest first
    for (const char* field : {"title", "target_level", "contract_signed_on", "contract_amount_fen", "notes", "showcase",
                              "target_scene_ids"})
        QVERIFY2(h.at(0).changes.contains(QLatin1String(field)), field);
    QVERIFY(!h.at(0).changes.contains(QLatin1String("state")));
    QVERIFY(!h.at(0).changes.contains(QLatin1String("baseline_diagnosis_id")));
}

void TestProjectRepository::updateKeepsStateAndRecord()
{
    const Project p = created(sampleProject());
    const Diagnosis post = postDiagnosis(QDate(2024, 9, 1), answersLevel2(m_index));
    Project edit = p;
    edit.title = QStringLiteral("新标题");
    edit.state = ProjectState::Accepted;
    edit.filedOn = QDate(2024, 2, 2);
    edit.stateChangedOn = QDate(2024, 2, 2);
    edit.cancelReason = QStringLiteral("不应保存");
    edit.acceptanceDiagnosisId = post.id;
    edit.acceptedOn = QDate(2024, 10, 1);
    edit.acceptanceInspectors = QStringLiteral("王芳");
    edit.dossierVerified = true;
    edit.enterpriseId = m_otherEnterpriseId;
    const auto r = m_repo->update(edit);
    QVERIFY2(r, qPrintable(r.message()));

    const Project got = m_repo->get(p.id).value();
    QCOMPARE(got.title, QStringLiteral("新标题"));
    QCOMPARE(got.state, ProjectState::Draft);
    QVERIFY(!got.filedOn.isValid());
    QCOMPARE(got.stateChangedOn, p.stateChangedOn);
    QVERIFY(got.cancelReason.isEmpty());
    QCOMPARE(got.acceptanceDiagnosisId, qint64(0));
    QVERIFY(!got.acceptedOn.isValid());
    QVERIFY(got.acceptanceInspectors.isEmpty());
    QCOMPARE(got.dossierVerified, false);
    QCOMPARE(got.enterpriseId, m_enterpriseId);
    QCOMPARE(auditCount(QStringLiteral("state")), qint64(0));
}

void TestProjectRepository::updateWithoutChangesKeepsVersion()
{
    const Project p = created(sampleProject());
    const auto r = m_repo->update(p);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->version, 1);
    QCOMPARE(m_repo->get(p.id)->version, 1);
    QCOMPARE(auditCount(), qint64(1));
}

void TestProjectRepository::updateStaleConflicts()
{
    const Project p = created(sampleProject());
    Project first = p;
    first.title = QStringLiteral("第一次修改");
    QVERIFY(m_repo->update(first));

    const qint64 audits = auditCount();
    Project stale = p;   // still version 1
    stale.title = QStringLiteral("过期的修改");
    stale.contractAmount = Money::fromWan(1);
    const auto r = m_repo->update(stale);
    QCOMPARE(r.code(), ErrorCode::Conflict);
    QVERIFY2(r.message().contains(QStringLiteral("tester")), qPrintable(r.message()));
    const Project got = m_repo->get(p.id).value();
    QCOMPARE(got.version, 2);
    QCOMPARE(got.title, QStringLiteral("第一次修改"));
    QCOMPARE(got.contractAmount.fen(), Money::fromWan(85).fen());
    QCOMPARE(auditCount(), audits);

    Project missing = p;
    missing.id = p.id + 1000;
    QCOMPARE(m_repo->update(missing).code(), ErrorCode::NotFound);
}

void TestProjectRepository::updateValidates()
{
    const Project p = created(sampleProject());
    const qint64 audits = auditCount();
    for (int bad : {0, 5}) {
        Project edit = p;
        edit.targetLevel = bad;
        edit.title = QStringLiteral("不应保存");
        QCOMPARE(m_repo->update(edit).code(), ErrorCode::Validation);
    }
    Project negative = p;
    negative.contractAmount = Money::fromFen(-100);
    QCOMPARE(m_repo->update(negative).code(), ErrorCode::Validation);
    Project foreign = p;
    foreign.baselineDiagnosisId =
        confirmedDiagnosis(m_otherEnterpriseId, DiagnosisKind::Baseline, kBaselineVisit, answersLevel1(m_index)).id;
    QCOMPARE(m_repo->update(foreign).code(), ErrorCode::Validation);

    const Project got = m_repo->get(p.id).value();
    QCOMPARE(got.version, 1);
    QCOMPARE(got.title, p.title);
    QCOMPARE(got.targetLevel, 2);
    QCOMPARE(got.baselineDiagnosisId, m_baselineId);
    QCOMPARE(auditCount(), audits);
}

void TestProjectRepository::updateRefusesClosed_data()
{
    QTest::addColumn<bool>("accepted");
    QTest::newRow("cancelled") << false;
    QTest::newRow("accepted") << true;
}

void TestProjectRepository::updateRefusesClosed()
{
    QFETCH(bool, accepted);
    Project p;
    if (accepted) {
        postDiagnosis(QDate(2024, 9, 1), answersLevel2(m_index));
        p = moved(acceptanceRequested(), ProjectState::Accepted, QString(), record());
    } else {
        p = moved(created(sampleProject()), ProjectState::Cancelled, QStringLiteral("企业停产"));
    }
    const qint64 audits = auditCount();
    Project edit = p;   // the current version: refused for being closed, not stale
    edit.title = QStringLiteral("关闭后修改");
    edit.notes = QStringLiteral("不应保存");
    const auto r = m_repo->update(edit);
    QCOMPARE(r.code(), ErrorCode::Validation);
    QVERIFY2(r.message().contains(projectStateName(p.state)), qPrintable(r.message()));
    const Project got = m_repo->get(p.id).value();
    QCOMPARE(got.version, p.version);
    QCOMPARE(got.title, p.title);
    QCOMPARE(got.notes, p.notes);
    QCOMPARE(auditCount(), audits);
}

// ---- State changes ----------------------------------------------------------------------------

void TestProjectRepository::fileNeedsContractDate()
{
    Project in = sampleProject();
    in.contractSignedOn = QDate();
    const Project p = created(in);

    m_clock->set(QDateTime(QDate(2024, 4, 20), QTime(9, 0), Qt::UTC));
    const auto refused = m_repo->changeState(p.id, p.version, ProjectState::Filed);
    QCOMPARE(refused.code(), ErrorCode::Validation);
    QVERIFY2(refused.message().contains(QLatin1String("contract date")), qPrintable(refused.message()));
    Project got = m_repo->get(p.id).value();
    QCOMPARE(got.state, ProjectState::Draft);
    QCOMPARE(got.version, 1);
    QVERIFY(!got.filedOn.isValid());
    QCOMPARE(auditCount(QStringLiteral("state")), qint64(0));

    Project edit = got;
    edit.contractSignedOn = kContract;
    const auto updated = m_repo->update(edit);
    QVERIFY2(updated, qPrintable(updated.message()));
    QCOMPARE(updated->version, 2);

    const auto filed = m_repo->changeState(p.id, 2, ProjectState::Filed);
    QVERIFY2(filed, qPrintable(filed.message()));
    QCOMPARE(filed->state, ProjectState::Filed);
    QCOMPARE(filed->version, 3);
    got = m_repo->get(p.id).value();
    QCOMPARE(got.state, ProjectState::Filed);
    QCOMPARE(got.filedOn, QDate(2024, 4, 20));
    QCOMPARE(got.stateChangedOn, QDate(2024, 4, 20));
    QCOMPARE(got.version, 3);

    QVector<AuditEntry> h = history(p.id);
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.at(0).action, QStringLiteral("state"));
    QVERIFY(h.at(0).changes.contains(QLatin1String("state")));
    QCOMPARE(h.at(0).changes.value(QLatin1String("state")).toArray().at(0).toInt(), int(ProjectState::Draft));
    QCOMPARE(h.at(0).changes.value(QLatin1String("state")).toArray().at(1).toInt(), int(ProjectState::Filed));

    // The filing day stays the day it was filed.
    m_clock->set(QDateTime(QDate(2024, 5, 6), QTime(9, 0), Qt::UTC));
    const Project inProgress = moved(got, ProjectState::InProgress);
    QCOMPARE(inProgress.filedOn, QDate(2024, 4, 20));
    QCOMPARE(inProgress.stateChangedOn, QDate(2024, 5, 6));
    m_clock->set(QDateTime(QDate(2024, 9, 10), QTime(9, 0), Qt::UTC));
    const Project requested = moved(inProgress, ProjectState::AcceptanceRequested);
    QCOMPARE(requested.state, ProjectState::AcceptanceRequested);
    QCOMPARE(requested.filedOn, QDate(2024, 4, 20));
    QCOMPARE(requested.stateChangedOn, QDate(2024, 9, 10));
    QCOMPARE(requested.version, 5);
    QCOMPARE(auditCount(QStringLiteral("state")), qint64(3));
    h = history(p.id);
    QCOMPARE(h.size(), 5);
    QCOMPARE(h.at(0).action, QStringLiteral("state"));
    QCOMPARE(h.at(1).action, QStringLiteral("state"));
}

void TestProjectRepository::changeStateStaleOrMissing()
{
    const Project p = created(sampleProject());
    Project edit = p;
    edit.title = QStringLiteral("别人改过");
    QVERIFY(m_repo->update(edit));
    const auto stale = m_repo->changeState(p.id, p.version, ProjectState::Filed);
    QCOMPARE(stale.code(), ErrorCode::Conflict);
    QCOMPARE(m_repo->get(p.id)->state, ProjectState::Draft);
    QCOMPARE(auditCount(QStringLiteral("state")), qint64(0));
    QCOMPARE(m_repo->changeState(p.id + 1000, 1, ProjectState::Filed).code(), ErrorCode::NotFound);
}

void TestProjectRepository::acceptanceNeedsRecordAndQualifyingPost()
{
    const Project p = acceptanceRequested();
    QCOMPARE(p.state, ProjectState::AcceptanceRequested);
    QCOMPARE(auditCount(QStringLiteral("state")), qint64(3));

    // What a refused acceptance changed, or nothing.
    const auto changed = [&]() -> QString {
        const Project got = m_repo->get(p.id).value();
        if (got.state != ProjectState::AcceptanceRequested)
            return projectStateName(got.state);
        if (got.version != p.version)
            return QStringLiteral("version %1").arg(got.version);
        if (got.acceptanceDiagnosisId != 0 || got.acceptedOn.isValid() || !got.acceptanceInspectors.isEmpty())
            return QStringLiteral("acceptance record");
        if (auditCount(QStringLiteral("state")) != 3)
            return QStringLiteral("audit");
        return QString();
    };

    // The acceptance record needs the inspection date and the inspectors.
    auto r = m_repo->changeState(p.id, p.version, ProjectState::Accepted);
    QCOMPARE(r.code(), ErrorCode::Validation);
    QVERIFY2(r.message().contains(QLatin1String("inspect")), qPrintable(r.message()));
    QCOMPARE(changed(), QString());
    AcceptanceRecord noInspectors = record();
    noInspectors.inspectors = QStringLiteral("   ");
    QCOMPARE(m_repo->changeState(p.id, p.version, ProjectState::Accepted, QString(), noInspectors).code(), ErrorCode::Validation);
    QCOMPARE(changed(), QString());
    AcceptanceRecord noDate = record();
    noDate.inspectedOn = QDate();
    QCOMPARE(m_repo->changeState(p.id, p.version, ProjectState::Accepted, QString(), noDate).code(), ErrorCode::Validation);
    QCOMPARE(changed(), QString());

    // No post-transformation assessment yet (the baseline does not count).
    r = m_repo->changeState(p.id, p.version, ProjectState::Accepted, QString(), record());
    QCOMPARE(r.code(), ErrorCode::Validation);
    QVERIFY2(r.message().contains(QLatin1String("there is none")), qPrintable(r.message()));
    QCOMPARE(changed(), QString());

    // A draft post assessment at 三级 does not count either.
    {
        DiagnosisRepository diagnoses(**m_db);
        Diagnosis in;
        in.enterpriseId = m_enterpriseId;
        in.kind = DiagnosisKind::PostTransformation;
        in.visitDate = QDate(2024, 9, 5);
        in.answers = answersLevel3(m_index);
        QVERIFY(diagnoses.createDraft(in));
    }
    r = m_repo->changeState(p.id, p.version, ProjectState::Accepted, QString(), record());
    QCOMPARE(r.code(), ErrorCode::Validation);
    QVERIFY2(r.message().contains(QLatin1String("there is none")), qPrintable(r.message()));
    QCOMPARE(changed(), QString());

    // Confirmed, 三级, but before the contract and on its day.
    postDiagnosis(kContract.addDays(-10), answersLevel3(m_index));
    postDiagnosis(kContract, answersLevel3(m_index));
    r = m_repo->changeState(p.id, p.version, ProjectState::Accepted, QString(), record());
    QCOMPARE(r.code(), ErrorCode::Validation);
    QVERIFY2(r.message().contains(kContract.toString(Qt::ISODate)), qPrintable(r.message()));
    QCOMPARE(changed(), QString());

    // After the contract but 一级 for a target of 二级.
    postDiagnosis(QDate(2024, 9, 1), answersLevel1(m_index));
    r = m_repo->changeState(p.id, p.version, ProjectState::Accepted, QString(), record());
    QCOMPARE(r.code(), ErrorCode::Validation);
    QVERIFY2(r.message().contains(QStringLiteral("二级")), qPrintable(r.message()));
    QCOMPARE(changed(), QString());

    // Two qualifying ones: the latest is taken.
    const Diagnosis level2 = postDiagnosis(QDate(2024, 9, 20), answersLevel2(m_index));
    const Diagnosis level3 = postDiagnosis(QDate(2024, 8, 1), answersLevel3(m_index));
    QCOMPARE(level2.level, 2);
    QCOMPARE(level3.level, 3);
    m_clock->set(QDateTime(QDate(2024, 10, 22), QTime(9, 0), Qt::UTC));
    const auto accepted = m_repo->changeState(p.id, p.version, ProjectState::Accepted, QString(), record(QDate(2024, 10, 20)));
    QVERIFY2(accepted, qPrintable(accepted.message()));
    QCOMPARE(accepted->state, ProjectState::Accepted);
    QCOMPARE(accepted->version, p.version + 1);

    const Project got = m_repo->get(p.id).value();
    QCOMPARE(got.state, ProjectState::Accepted);
    QCOMPARE(got.acceptanceDiagnosisId, level2.id);
    QCOMPARE(got.acceptedOn, QDate(2024, 10, 20));
    QCOMPARE(got.acceptanceInspectors, QStringLiteral("王芳、李强"));
    QCOMPARE(got.acceptanceResult, QStringLiteral("MES 上线，设备联网率 85%"));
    QCOMPARE(got.dossierVerified, true);
    QCOMPARE(got.stateChangedOn, QDate(2024, 10, 22));
    QCOMPARE(got.filedOn, QDate(2024, 3, 1));
    QCOMPARE(auditCount(QStringLiteral("state")), qint64(4));
    const AuditEntry last = history(p.id).at(0);
    QCOMPARE(last.action, QStringLiteral("state"));
    for (const char* field : {"state", "acceptance_diagnosis_id", "accepted_on", "acceptance_inspectors", "dossier_verified"})
        QVERIFY2(last.changes.contains(QLatin1String(field)), field);
}

void TestProjectRepository::notAcceptedThenRequestedAgain()
{
    Project p = acceptanceRequested();
    // Not accepted needs the record too, but no qualifying assessment.
    QCOMPARE(m_repo->changeState(p.id, p.version, ProjectState::NotAccepted).code(), ErrorCode::Validation);
    QCOMPARE(m_repo->get(p.id)->state, ProjectState::AcceptanceRequested);

    AcceptanceRecord failed = record(QDate(2024, 7, 1));
    failed.result = QStringLiteral("设备联网率未达标");
    failed.dossierVerified = false;
    p = moved(p, ProjectState::NotAccepted, QString(), failed);
    Project got = m_repo->get(p.id).value();
    QCOMPARE(got.state, ProjectState::NotAccepted);
    QCOMPARE(got.acceptedOn, QDate(2024, 7, 1));
    QCOMPARE(got.acceptanceResult, QStringLiteral("设备联网率未达标"));
    QCOMPARE(got.acceptanceInspectors, QStringLiteral("王芳、李强"));
    QCOMPARE(got.dossierVerified, false);
    QCOMPARE(got.acceptanceDiagnosisId, qint64(0));

    // Rectified and inspected again.
    p = moved(p, ProjectState::AcceptanceRequested);
    QCOMPARE(m_repo->get(p.id)->state, ProjectState::AcceptanceRequested);
    const Diagnosis post = postDiagnosis(QDate(2024, 9, 1), answersLevel2(m_index));
    p = moved(p, ProjectState::Accepted, QString(), record(QDate(2024, 9, 15)));
    got = m_repo->get(p.id).value();
    QCOMPARE(got.state, ProjectState::Accepted);
    QCOMPARE(got.acceptanceDiagnosisId, post.id);
    QCOMPARE(got.acceptedOn, QDate(2024, 9, 15));
    QCOMPARE(got.acceptanceResult, QStringLiteral("MES 上线，设备联网率 85%"));
    QCOMPARE(got.dossierVerified, true);
    // Filed, in progress, requested, not accepted, requested, accepted.
    QCOMPARE(auditCount(QStringLiteral("state")), qint64(6));
    QCOMPARE(got.version, 7);
}

void TestProjectRepository::cancelNeedsReason_data()
{
    QTest::addColumn<int>("steps");   // how far along the project is
    QTest::newRow("draft") << 0;
    QTest::newRow("filed") << 1;
    QTest::newRow("in progress") << 2;
    QTest::newRow("acceptance requested") << 3;
}

void TestProjectRepository::cancelNeedsReason()
{
    QFETCH(int, steps);
    const ProjectState path[] = {ProjectState::Filed, ProjectState::InProgress, ProjectState::AcceptanceRequested};
    Project p = created(sampleProject());
    for (int i = 0; i < steps; ++i)
        p = moved(p, path[i]);
    const qint64 audits = auditCount(QStringLiteral("state"));
    QCOMPARE(audits, qint64(steps));

    for (const QString& blank : {QString(), QStringLiteral("   ")}) {
        const auto r = m_repo->changeState(p.id, p.version, ProjectState::Cancelled, blank);
        QCOMPARE(r.code(), ErrorCode::Validation);
        QVERIFY2(r.message().contains(QLatin1String("reason")), qPrintable(r.message()));
    }
    QCOMPARE(m_repo->get(p.id)->state, p.state);
    QCOMPARE(m_repo->get(p.id)->version, p.version);
    QCOMPARE(auditCount(QStringLiteral("state")), audits);

    m_clock->set(QDateTime(QDate(2024, 11, 30), QTime(9, 0), Qt::UTC));
    const auto r = m_repo->changeState(p.id, p.version, ProjectState::Cancelled, QStringLiteral("  企业停产，项目终止  "));
    QVERIFY2(r, qPrintable(r.message()));
    const Project got = m_repo->get(p.id).value();
    QCOMPARE(got.state, ProjectState::Cancelled);
    QCOMPARE(got.cancelReason, QStringLiteral("企业停产，项目终止"));
    QCOMPARE(got.stateChangedOn, QDate(2024, 11, 30));
    QCOMPARE(got.version, p.version + 1);
    QCOMPARE(got.filedOn, steps > 0 ? QDate(2024, 3, 1) : QDate());
    QCOMPARE(auditCount(QStringLiteral("state")), audits + 1);
    const AuditEntry last = history(p.id).at(0);
    QCOMPARE(last.action, QStringLiteral("state"));
    QVERIFY(last.changes.contains(QLatin1String("cancel_reason")));
}

void TestProjectRepository::closedProjectDoesNotMove()
{
    postDiagnosis(QDate(2024, 9, 1), answersLevel2(m_index));
    const Project accepted = moved(acceptanceRequested(), ProjectState::Accepted, QString(), record());
    const Project cancelled = moved(created(sampleProject()), ProjectState::Cancelled, QStringLiteral("重复立项"));
    const qint64 audits = auditCount();
    for (const Project& p : {accepted, cancelled}) {
        for (ProjectState to : {ProjectState::Draft, ProjectState::Filed, ProjectState::InProgress, ProjectState::AcceptanceRequested,
                                ProjectState::Accepted, ProjectState::NotAccepted, ProjectState::Cancelled}) {
            const auto r = m_repo->changeState(p.id, p.version, to, QStringLiteral("再改一次"), record());
            QCOMPARE(r.code(), ErrorCode::Validation);
            QVERIFY2(r.message().contains(projectStateName(p.state)), qPrintable(r.message()));
        }
        const Project got = m_repo->get(p.id).value();
        QCOMPARE(got.state, p.state);
        QCOMPARE(got.version, p.version);
    }
    QCOMPARE(auditCount(), audits);
}

void TestProjectRepository::illegalMoveChangesNothing_data()
{
    QTest::addColumn<int>("toState");
    QTest::newRow("draft->accepted") << int(ProjectState::Accepted);
    QTest::newRow("draft->not accepted") << int(ProjectState::NotAccepted);
    QTest::newRow("draft->in progress") << int(ProjectState::InProgress);
    QTest::newRow("draft->acceptance requested") << int(ProjectState::AcceptanceRequested);
    QTest::newRow("draft->draft") << int(ProjectState::Draft);
}

void TestProjectRepository::illegalMoveChangesNothing()
{
    QFETCH(int, toState);
    const auto to = ProjectState(toState);
    // Everything acceptance would need is there: only the move itself is wrong.
    postDiagnosis(QDate(2024, 9, 1), answersLevel3(m_index));
    const Project p = created(sampleProject());
    m_clock->set(kStart.addDays(30));
    const qint64 audits = auditCount();

    const auto r = m_repo->changeState(p.id, p.version, to, QStringLiteral("理由"), record());
    QCOMPARE(r.code(), ErrorCode::Validation);
    QVERIFY2(r.message().contains(projectStateName(ProjectState::Draft)), qPrintable(r.message()));
    QVERIFY2(r.message().contains(projectStateName(to)), qPrintable(r.message()));

    const Project got = m_repo->get(p.id).value();
    QCOMPARE(got.state, ProjectState::Draft);
    QCOMPARE(got.version, p.version);
    QCOMPARE(got.updatedAt, p.updatedAt);
    QCOMPARE(got.stateChangedOn, p.stateChangedOn);
    QCOMPARE(got.acceptanceDiagnosisId, qint64(0));
    QVERIFY(!got.acceptedOn.isValid());
    QVERIFY(got.acceptanceInspectors.isEmpty());
    QVERIFY(got.cancelReason.isEmpty());
    QVERIFY(!got.filedOn.isValid());
    QCOMPARE(auditCount(), audits);
}

QTEST_GUILESS_MAIN(TestProjectRepository)
#include "tst_projectrepository.moc"
