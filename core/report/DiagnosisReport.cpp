#include "DiagnosisReport.h"

#include "assessment/AssessmentIndex.h"
#include "assessment/Scoring.h"
#include "domain/Diagnosis.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"

namespace dx::report {

namespace {

// What the assessor recorded for an item, in words: the chosen options, or the number and unit.
QString answerText(const IndexItem& item, const Answers& answers)
{
    const auto it = answers.items.constFind(item.id);
    if (it == answers.items.cend())
        return QStringLiteral("—");
    if (item.kind == ItemKind::Band)
        return it->value ? QStringLiteral("%1 %2").arg(*it->value).arg(item.unit).trimmed() : QStringLiteral("—");
    QStringList labels;
    for (const QString& id : it->options)
        if (const IndexOption* o = item.option(id))
            labels << o->label;
    return labels.isEmpty() ? QStringLiteral("—") : labels.join(QStringLiteral("、"));
}

} // namespace

Result<Document> DiagnosisReport::build(const Database& db, qint64 diagnosisId, const Options& options)
{
    auto d = DiagnosisRepository(db).get(diagnosisId);
    if (!d)
        return d.code() == ErrorCode::NotFound ? Status::error(ErrorCode::NotFound, tr("There is no diagnosis %1.").arg(diagnosisId))
                                               : d.status();
    auto e = EnterpriseRepository(db).get(d->enterpriseId);
    if (!e)
        return e.status();
    auto index = AssessmentIndex::shipped(d->indexId, d->indexVersion);
    if (!index)
        return index.status();
    const ScoreCard card = Scoring::score(index.value(), d->answers);

    Document doc;
    doc.title = tr("Digital level diagnosis report — %1").arg(e->name);
    doc.subtitle = tr("%1 · visit %2 · %3").arg(diagnosisKindName(d->kind), Format::date(d->visitDate), index->title);
    doc.bureau = Format::bureau(options);
    doc.date = d->visitDate.isValid() ? d->visitDate : Format::today(options);
    doc.fileName = Format::pdfFileName(tr("Diagnosis %1 %2").arg(e->name, Format::date(d->visitDate)));

    doc.heading(tr("Enterprise and visit"));
    doc.fields({{tr("Enterprise"), e->name},
                {tr("Credit code"), e->creditCode},
                {tr("Contact"), Format::text(e->contactName)},
                {tr("Contact phone"), Format::phone(e->contactPhone, options)},
                {tr("Kind"), diagnosisKindName(d->kind)},
                {tr("Status"), diagnosisStatusName(d->status) + (d->superseded ? tr(" (superseded)") : QString())},
                {tr("Visit date"), Format::date(d->visitDate)},
                {tr("Service provider"), Format::text(d->provider)},
                {tr("Assessor"), Format::text(d->assessor)},
                {tr("Index"), tr("%1 (version %2)").arg(index->title, d->indexVersion)},
                {tr("Total score"), tr("%1 of %2").arg(AssessmentIndex::formatPoints(card.total), AssessmentIndex::formatPoints(index->totalPoints))},
                {tr("Level"), Format::level(card.level)}});
    if (index->totalOnly) {
        doc.paragraph(tr("This index version records the total score only."));
    } else {
        dimensions(index.value(), card, doc);
        items(index.value(), d.value(), card, doc);
    }
    scenes(index.value(), d.value(), doc);
    gap(index.value(), d.value(), card, doc);

    doc.heading(tr("Findings and recommendations"));
    doc.subheading(tr("Findings"));
    doc.paragraph(Format::text(d->findings));
    doc.subheading(tr("Recommendations"));
    doc.paragraph(Format::text(d->recommendations));
    doc.signatures({{tr("Enterprise (seal)"), tr("Signature:\n\nDate:")},
                    {tr("Assessor"), tr("Signature: %1\n\nDate:").arg(d->assessor)}});
    return doc;
}

void DiagnosisReport::dimensions(const AssessmentIndex& index, const ScoreCard& card, Document& doc)
{
    doc.heading(tr("Score by dimension"));
    Table t;
    t.addColumn(tr("Dimension"), 30);
    t.addColumn(tr("Full points"), 12, true);
    t.addColumn(tr("Points"), 12, true);
    t.addColumn(tr("Share of full points"), 14, true);
    Chart chart;
    chart.title = tr("Share of full points by dimension (%)");
    chart.seriesNames << tr("Score");
    chart.series.resize(1);
    chart.unit = QStringLiteral("%");
    for (const IndexDimension& dim : index.dimensions) {
        const MilliPoints got = card.dimensionPoints.value(dim.id);
        t.rows << QStringList{dim.name, AssessmentIndex::formatPoints(dim.points), AssessmentIndex::formatPoints(got),
                              Format::percent(got, dim.points)};
        chart.categories << dim.name;
        chart.series[0] << (dim.points > 0 ? double(got) * 100.0 / double(dim.points) : 0.0);
    }
    t.rows << QStringList{tr("Total"), AssessmentIndex::formatPoints(index.totalPoints), AssessmentIndex::formatPoints(card.total),
                          Format::percent(card.total, index.totalPoints)};
    t.lastRowIsTotal = true;
    doc.table(t);
    doc.chart(chart);
}

void DiagnosisReport::items(const AssessmentIndex& index, const Diagnosis& d, const ScoreCard& card, Document& doc)
{
    doc.heading(tr("Answers and points by item"));
    QHash<const IndexItem*, MilliPoints> points;
    for (const ItemScore& s : card.items)
        points.insert(s.item, s.points);
    for (const IndexDimension& dim : index.dimensions) {
        doc.subheading(dim.name);
        Table t;
        t.addColumn(tr("Indicator"), 16);
        t.addColumn(tr("Item"), 26);
        t.addColumn(tr("Answer"), 34);
        t.addColumn(tr("Points"), 9, true);
        t.addColumn(tr("Full"), 8, true);
        for (const IndexIndicator& ind : dim.indicators)
            for (const IndexItem& item : ind.items)
                t.rows << QStringList{ind.name, item.name, answerText(item, d.answers), AssessmentIndex::formatPoints(points.value(&item)),
                                      AssessmentIndex::formatPoints(item.points)};
        doc.table(t);
    }
}

void DiagnosisReport::scenes(const AssessmentIndex& index, const Diagnosis& d, Document& doc)
{
    if (index.scenes.isEmpty())
        return;
    doc.heading(tr("Business scenes"));
    Table t;
    t.addColumn(tr("Group"), 12);
    t.addColumn(tr("Scene"), 18);
    t.addColumn(tr("Binding"), 8);
    t.addColumn(tr("Level"), 8, true);
    t.addColumn(tr("What the level means"), 48);
    for (const Scene& s : index.scenes) {
        QString group = s.group;
        for (const SceneGroup& g : index.sceneGroups)
            if (g.id == s.group)
                group = g.name;
        const int level = d.answers.sceneLevels.value(s.id);
        t.rows << QStringList{group, s.name, s.binding ? tr("Yes") : QString(), level > 0 ? QString::number(level) : QStringLiteral("—"),
                              level > 0 && level < int(s.descriptors.size()) ? s.descriptors.at(size_t(level)) : QString()};
    }
    doc.table(t);
}

void DiagnosisReport::gap(const AssessmentIndex& index, const Diagnosis& d, const ScoreCard& card, Document& doc)
{
    doc.heading(tr("Level and gap to the next level"));
    doc.paragraph(card.level > 0 ? tr("The enterprise reaches %1 with %2 points.").arg(Format::level(card.level), AssessmentIndex::formatPoints(card.total))
                                 : tr("The enterprise does not reach a level yet (%1 points).").arg(AssessmentIndex::formatPoints(card.total)));
    if (index.totalOnly)
        return;
    const GapAnalysis g = Scoring::gap(index, d.answers, card, 8);
    if (g.nextLevel == 0) {
        doc.paragraph(tr("The highest level is reached."));
        return;
    }
    for (const QString& s : g.sentences)
        doc.paragraph(s);
    if (g.suggestions.isEmpty())
        return;
    Table t;
    t.addColumn(tr("Item"), 30);
    t.addColumn(tr("Suggested change"), 40);
    t.addColumn(tr("Points gained"), 12, true);
    for (const GapSuggestion& s : g.suggestions)
        t.rows << QStringList{s.item ? s.item->name : QString(), s.change, QStringLiteral("+") + AssessmentIndex::formatPoints(s.gain)};
    doc.subheading(tr("Steps that give the most points for the least change"));
    doc.table(t);
}

} // namespace dx::report
