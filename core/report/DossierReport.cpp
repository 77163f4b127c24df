#include "DossierReport.h"

#include "assessment/AssessmentIndex.h"
#include "assessment/Comparison.h"
#include "repo/AttachmentRepository.h"
#include "repo/AuditRepository.h"
#include "repo/ClusterRepository.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ReferenceRepository.h"

namespace dx::report {

Result<Document> DossierReport::buildByCreditCode(const Database& db, const QString& creditCode, const Options& options)
{
    auto e = EnterpriseRepository(db).findByCreditCode(creditCode.trimmed().toUpper());
    if (!e)
        return e.code() == ErrorCode::NotFound
                   ? Status::error(ErrorCode::NotFound, tr("No enterprise has the credit code %1.").arg(creditCode))
                   : e.status();
    return build(db, e->id, options);
}

Result<Document> DossierReport::build(const Database& db, qint64 enterpriseId, const Options& options)
{
    auto e = EnterpriseRepository(db).get(enterpriseId);
    if (!e)
        return e.status();
    Document doc;
    doc.title = tr("Enterprise dossier — %1").arg(e->name);
    doc.subtitle = tr("Unified social credit code %1 · printed %2").arg(e->creditCode, Format::date(Format::today(options)));
    doc.bureau = Format::bureau(options);
    doc.date = Format::today(options);
    doc.fileName = Format::pdfFileName(QStringLiteral("%1 %2").arg(e->creditCode, e->name));
    if (const Status s = profile(db, e.value(), options, doc); !s)
        return s;
    for (const auto& section : {&DossierReport::diagnoses, &DossierReport::projects, &DossierReport::grants, &DossierReport::history})
        if (const Status s = section(db, enterpriseId, doc); !s)
            return s;
    return doc;
}

Status DossierReport::profile(const Database& db, const Enterprise& e, const Options& options, Document& doc)
{
    QString district = e.districtCode;
    if (auto districts = ReferenceRepository(db).districts())
        for (const District& d : districts.value())
            if (d.code == e.districtCode)
                district = d.name;
    QString industry = e.industryCode;
    if (auto industries = ReferenceRepository(db).industries())
        for (const Industry& i : industries.value())
            if (i.code == e.industryCode)
                industry = QStringLiteral("%1 %2").arg(i.code, i.name);
    QString cluster;
    if (e.clusterId > 0)
        if (auto c = ClusterRepository(db).get(e.clusterId))
            cluster = c->name;
    doc.heading(tr("Enterprise profile"));
    QString tier = e.tier == Tier::None ? QString() : tierName(e.tier);
    if (!tier.isEmpty() && e.tierValidUntil.isValid())
        tier = tr("%1 (valid until %2)").arg(tier, Format::date(e.tierValidUntil));
    doc.fields({{tr("Name"), e.name},
                {tr("Credit code"), e.creditCode},
                {tr("District"), Format::text(district)},
                {tr("Industry cluster"), Format::text(cluster)},
                {tr("Industry"), Format::text(industry)},
                {tr("Scale"), e.aboveScale ? tr("Above designated size") : tr("Below designated size")},
                {tr("Employees"), Format::count(e.employees)},
                {tr("Annual revenue (yuan)"), Format::amount(e.revenue)},
                {tr("专精特新 tier"), Format::text(tier)},
                {tr("Service commissioner"), Format::text(e.commissioner)},
                {tr("Contact"), Format::text(e.contactName)},
                {tr("Contact phone"), Format::phone(e.contactPhone, options)},
                {tr("Status"), e.archived ? tr("Archived") : tr("Active")},
                {tr("Last changed"), tr("%1 by %2").arg(e.updatedAt.left(10), Format::text(e.updatedBy))},
                {tr("Notes"), Format::text(e.notes)}});
    if (!options.showPersonal)
        doc.note(tr("Contact phone numbers are masked in this print (personal information protection)."));
    return Status::ok();
}

Status DossierReport::diagnoses(const Database& db, qint64 enterpriseId, Document& doc)
{
    const DiagnosisRepository repo(db);
    auto list = repo.listForEnterprise(enterpriseId);
    if (!list)
        return list.status();
    doc.heading(tr("Diagnoses and assessments"));
    Table t;
    t.addColumn(tr("Visit date"), 12);
    t.addColumn(tr("Kind"), 14);
    t.addColumn(tr("Status"), 10);
    t.addColumn(tr("Assessor"), 12);
    t.addColumn(tr("Index"), 9);
    t.addColumn(tr("Score"), 9, true);
    t.addColumn(tr("Level"), 9);
    t.addColumn(tr("Note"), 12);
    const DiagnosisSummary* firstBaseline = nullptr;
    const DiagnosisSummary* latestPost = nullptr;
    for (const DiagnosisSummary& d : list.value()) {
        t.rows << QStringList{Format::date(d.visitDate), diagnosisKindName(d.kind), diagnosisStatusName(d.status),
                              Format::text(d.assessor), d.indexVersion, AssessmentIndex::formatPoints(d.totalScore),
                              Format::level(d.level), d.superseded ? tr("superseded") : d.revisionOf > 0 ? tr("revision") : QString()};
        if (d.status != DiagnosisStatus::Confirmed || d.superseded)
            continue;
        if (d.kind == DiagnosisKind::Baseline && (!firstBaseline || d.visitDate < firstBaseline->visitDate))
            firstBaseline = &d;
        if (d.kind == DiagnosisKind::PostTransformation && (!latestPost || latestPost->visitDate < d.visitDate))
            latestPost = &d;
    }
    if (t.rows.isEmpty()) {
        doc.paragraph(tr("No diagnosis has been recorded."));
        return Status::ok();
    }
    doc.table(t);
    if (const Status s = diagnosisEvidence(db, list.value(), doc); !s)
        return s;

    // Before and after: the first confirmed baseline against the latest confirmed post assessment.
    if (!firstBaseline || !latestPost)
        return Status::ok();
    auto before = repo.get(firstBaseline->id);
    auto after = repo.get(latestPost->id);
    if (!before || !after)
        return !before ? before.status() : after.status();
    auto beforeIndex = AssessmentIndex::shipped(before->indexId, before->indexVersion);
    auto afterIndex = AssessmentIndex::shipped(after->indexId, after->indexVersion);
    if (!beforeIndex || !afterIndex)
        return !beforeIndex ? beforeIndex.status() : afterIndex.status();
    doc.subheading(tr("Before and after transformation (%1 → %2)").arg(Format::date(before->visitDate), Format::date(after->visitDate)));
    Table c;
    c.addColumn(tr("Measure"), 40);
    c.addColumn(tr("Before"), 15, true);
    c.addColumn(tr("After"), 15, true);
    c.addColumn(tr("Change"), 15, true);
    for (const ComparisonRow& r : Comparison::compare(beforeIndex.value(), before->answers, afterIndex.value(), after->answers)) {
        if (r.kind != ComparisonRow::Total && r.kind != ComparisonRow::Level && r.kind != ComparisonRow::Dimension)
            continue;
        const QString delta = r.kind == ComparisonRow::Level ? QString::number(r.delta)
                                                             : AssessmentIndex::formatPoints(r.delta);
        c.rows << QStringList{r.name, r.before, r.after, r.delta > 0 ? QStringLiteral("+") + delta : delta};
    }
    doc.table(c);
    return Status::ok();
}

// The documents kept with the diagnoses (signed forms, site photos), with their SHA-256.
Status DossierReport::diagnosisEvidence(const Database& db, const QVector<DiagnosisSummary>& diagnoses, Document& doc)
{
    Table t;
    t.addColumn(tr("Visit date"), 12);
    t.addColumn(tr("Evidence file"), 26);
    t.addColumn(tr("Size (bytes)"), 10, true);
    t.addColumn(tr("SHA-256"), 40);
    for (const DiagnosisSummary& d : diagnoses) {
        auto files = AttachmentRepository(db).list(DiagnosisRepository::tableName(), d.id);
        if (!files)
            return files.status();
        for (const Attachment& a : files.value())
            t.rows << QStringList{Format::date(d.visitDate), a.fileName, Format::count(a.size), Format::sha256(a.sha256)};
    }
    if (!t.rows.isEmpty()) {
        doc.subheading(tr("Evidence of the diagnoses"));
        doc.table(t);
    }
    return Status::ok();
}

Status DossierReport::history(const Database& db, qint64 enterpriseId, Document& doc)
{
    auto entries = AuditRepository(db).history(EnterpriseRepository::tableName(), enterpriseId);
    if (!entries)
        return entries.status();
    doc.heading(tr("Change history (summary)"));
    const auto actionName = [](const QString& action) {
        if (action == QLatin1String("create"))
            return tr("created");
        if (action == QLatin1String("update"))
            return tr("changed");
        if (action == QLatin1String("archive"))
            return tr("archived");
        if (action == QLatin1String("restore"))
            return tr("restored");
        if (action == QLatin1String("reveal"))
            return tr("phone number displayed");
        return action;
    };
    // The newest changes, with who and when; the full log with old → new values stays in the
    // application (and would print phone numbers).
    constexpr int kShown = 15;
    Table t;
    t.addColumn(tr("Time (UTC)"), 18);
    t.addColumn(tr("User"), 14);
    t.addColumn(tr("Action"), 16);
    t.addColumn(tr("Fields changed"), 10, true);
    for (const AuditEntry& a : entries.value()) {
        if (t.rows.size() == kShown)
            break;
        t.rows << QStringList{a.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')), Format::text(a.user), actionName(a.action),
                              Format::count(a.changes.size())};
    }
    const int recorded = int(entries->size());
    doc.paragraph(recorded > kShown ? tr("%n changes recorded; the latest %1 are listed.", nullptr, recorded).arg(kShown)
                                    : tr("%n change(s) recorded.", nullptr, recorded));
    doc.table(t);
    return Status::ok();
}

} // namespace dx::report
