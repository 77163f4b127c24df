// The project and grant sections of the dossier (DossierReport.h): the longest part of the file,
// kept apart from the profile, diagnoses and history.
#include "DossierReport.h"

#include "domain/CostCategory.h"
#include "repo/AttachmentRepository.h"
#include "repo/GrantRepository.h"
#include "repo/ProjectRepository.h"
#include "repo/ProviderRepository.h"

namespace dx::report {

namespace {

QString providerName(const ProviderRepository& providers, qint64 id)
{
    if (id <= 0)
        return QStringLiteral("—");
    auto p = providers.get(id);
    return p ? p->name : QStringLiteral("#%1").arg(id);
}

// The evidence kinds keep the names the evidence tab gives them (same translation context).
QString evidenceKind(const QString& kind)
{
    static const QHash<QString, const char*> names = {{QStringLiteral("contract"), "Contract"},
                                                      {QStringLiteral("invoice"), "Invoice"},
                                                      {QStringLiteral("payment"), "Payment proof"},
                                                      {QStringLiteral("photo"), "Site photo"},
                                                      {QStringLiteral("acceptance"), "Signed acceptance form"},
                                                      {QStringLiteral("other"), "Other"}};
    const char* name = names.value(kind);
    return name ? QCoreApplication::translate("dx::AttachmentsWidget", name) : kind;
}

} // namespace

Status DossierReport::projects(const Database& db, qint64 enterpriseId, Document& doc)
{
    const ProjectRepository repo(db);
    const ProviderRepository providers(db);
    auto list = repo.listForEnterprise(enterpriseId);
    if (!list)
        return list.status();
    doc.heading(tr("Transformation projects"));
    if (list->isEmpty()) {
        doc.paragraph(tr("No project has been recorded."));
        return Status::ok();
    }
    for (const Project& p : list.value()) {
        doc.subheading(tr("Project: %1 (%2)").arg(p.title, projectStateName(p.state)));
        QStringList vendors;
        for (qint64 id : p.vendorIds)
            vendors << providerName(providers, id);
        doc.fields({{tr("Traction unit"), providerName(providers, p.tractionProviderId)},
                    {tr("Integrator"), providerName(providers, p.integratorProviderId)},
                    {tr("Contract signed"), Format::date(p.contractSignedOn)},
                    {tr("Contract amount (yuan)"), Format::amount(p.contractAmount)},
                    {tr("Filed"), Format::date(p.filedOn)},
                    {tr("Target level"), Format::level(p.targetLevel)},
                    {tr("Product vendors"), vendors.isEmpty() ? QStringLiteral("—") : vendors.join(QStringLiteral("、"))}});

        auto costs = repo.costLines(p.id);
        auto milestones = repo.milestones(p.id);
        auto evidence = AttachmentRepository(db).list(ProjectRepository::tableName(), p.id);
        if (!costs || !milestones || !evidence)
            return !costs ? costs.status() : !milestones ? milestones.status() : evidence.status();
        if (!costs->isEmpty()) {
            Table t;
            t.addColumn(tr("Category"), 14);
            t.addColumn(tr("Description"), 30);
            t.addColumn(tr("Amount (yuan)"), 16, true);
            t.addColumn(tr("Eligible"), 8);
            Money sum;
            for (const CostLine& c : costs.value()) {
                t.rows << QStringList{costCategoryName(c.category), c.description, Format::amount(c.amount), Format::yesNo(c.eligible)};
                sum = sum + c.amount;
            }
            t.rows << QStringList{tr("Total"), QString(), Format::amount(sum), QString()};
            t.lastRowIsTotal = true;
            doc.table(t);
        }
        if (!milestones->isEmpty()) {
            Table t;
            t.addColumn(tr("Milestone"), 30);
            t.addColumn(tr("Due"), 12);
            t.addColumn(tr("Done"), 12);
            for (const Milestone& m : milestones.value())
                t.rows << QStringList{m.title, Format::date(m.dueOn), m.doneOn.isValid() ? Format::date(m.doneOn) : tr("open")};
            doc.table(t);
        }
        if (p.acceptedOn.isValid() || !p.acceptanceResult.isEmpty())
            doc.fields({{tr("Acceptance inspected"), Format::date(p.acceptedOn)},
                        {tr("Inspectors"), Format::text(p.acceptanceInspectors)},
                        {tr("Dossier verified on site"), Format::yesNo(p.dossierVerified)},
                        {tr("Findings"), Format::text(p.acceptanceResult)}});
        if (!evidence->isEmpty()) {
            Table t;
            t.addColumn(tr("Evidence file"), 22);
            t.addColumn(tr("Kind"), 10);
            t.addColumn(tr("Size (bytes)"), 10, true);
            t.addColumn(tr("SHA-256"), 40);
            for (const Attachment& a : evidence.value())
                t.rows << QStringList{a.fileName, evidenceKind(a.kind), Format::count(a.size), Format::sha256(a.sha256)};
            doc.table(t);
        }
    }
    return Status::ok();
}

Status DossierReport::grants(const Database& db, qint64 enterpriseId, Document& doc)
{
    const GrantRepository repo(db);
    GrantFilter filter;
    filter.enterpriseId = enterpriseId;
    auto rows = repo.page(filter, {}, std::nullopt, 1000);
    if (!rows)
        return rows.status();
    doc.heading(tr("Subsidy grants"));
    if (rows->isEmpty()) {
        doc.paragraph(tr("No subsidy application has been recorded."));
        return Status::ok();
    }
    for (const GrantListRow& row : rows.value()) {
        auto grant = repo.get(row.id);
        auto tranches = repo.tranches(row.id);
        if (!grant || !tranches)
            return !grant ? grant.status() : tranches.status();
        const Grant& g = grant.value();
        doc.subheading(tr("%1 — %2 (%3)").arg(row.fundName, row.policyName, grantStateName(g.state)));
        doc.fields({{tr("Project"), Format::text(row.projectTitle)},
                    {tr("Applied"), Format::date(g.appliedOn)},
                    {tr("Requested (yuan)"), Format::amount(g.requested)},
                    {tr("Eligible (yuan)"), Format::amount(g.eligible)},
                    {tr("Approved (yuan)"), Format::amount(g.approved)},
                    {tr("Paid (yuan)"), Format::amount(g.paid)}});
        // The eligible amount as it was computed, line by line (the policy version it used).
        Table e;
        e.addColumn(tr("How the eligible amount was computed (policy version %1)").arg(g.policyVersionNumber), 1);
        for (const QString& line : g.eligibility.texts())
            e.rows << QStringList{line};
        doc.table(e);
        if (!tranches->isEmpty()) {
            Table t;
            t.addColumn(tr("Tranche"), 8, true);
            t.addColumn(tr("Paid on"), 12);
            t.addColumn(tr("Amount (yuan)"), 16, true);
            t.addColumn(tr("Voucher"), 14);
            t.addColumn(tr("Basis"), 14);
            for (const GrantTranche& tranche : tranches.value())
                t.rows << QStringList{QString::number(tranche.number), Format::date(tranche.paidOn), Format::amount(tranche.amount),
                                      Format::text(tranche.voucher), trancheBasisName(tranche.basis)};
            doc.table(t);
        }
    }
    return Status::ok();
}

} // namespace dx::report
