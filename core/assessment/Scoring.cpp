#include "Scoring.h"

#include <algorithm>

namespace dx {

namespace {

// The option a comparison item takes from its before/after evidence, when not chosen.
QString derivedComparison(const IndexItem& item, const Answers& answers)
{
    std::optional<double> before, after;
    for (const IndexEvidence& ev : item.evidence) {
        if (!answers.evidence.contains(ev.id))
            continue;
        if (ev.role == QLatin1String("before"))
            before = answers.evidence.value(ev.id);
        else if (ev.role == QLatin1String("after"))
            after = answers.evidence.value(ev.id);
    }
    if (!before || !after)
        return {};
    if (qFuzzyCompare(*before + 1.0, *after + 1.0))
        return QStringLiteral("same");
    const bool lowerIsBetter = item.betterWhen == QLatin1String("lower");
    return (*after < *before) == lowerIsBetter ? QStringLiteral("better") : QStringLiteral("worse");
}

} // namespace

ItemScore Scoring::scoreItem(const IndexItem& item, const Answers& answers)
{
    ItemScore s;
    s.item = &item;
    const ItemAnswer answer = answers.items.value(item.id);
    switch (item.kind) {
    case ItemKind::Band: {
        if (!answer.value)
            return s;
        const double v = *answer.value;
        if (v < item.min || v > item.max) {
            s.problem = tr("%1: %2 is outside %3–%4 %5").arg(item.name).arg(v).arg(item.min).arg(item.max).arg(item.unit);
            return s;
        }
        s.answered = true;
        for (const IndexBand& band : item.bands)
            if (v <= band.upTo) {
                s.points = band.points;
                break;
            }
        return s;
    }
    case ItemKind::Single:
    case ItemKind::Compare: {
        QString chosen = answer.options.value(0);
        if (chosen.isEmpty() && item.kind == ItemKind::Compare)
            chosen = derivedComparison(item, answers);
        if (chosen.isEmpty())
            return s;
        const IndexOption* opt = item.option(chosen);
        if (!opt || answer.options.size() > 1) {
            s.problem = tr("%1: choose exactly one of the listed answers").arg(item.name);
            return s;
        }
        s.answered = true;
        s.points = opt->points;
        return s;
    }
    case ItemKind::Multi: {
        if (answer.options.isEmpty())
            return s;
        MilliPoints sum = 0;
        const IndexOption* exclusiveChosen = nullptr;
        QStringList chosen = answer.options;
        chosen.removeDuplicates();   // an answer named twice counts once
        for (const QString& id : chosen) {
            const IndexOption* opt = item.option(id);
            if (!opt) {
                s.problem = tr("%1: \"%2\" is not one of the answers").arg(item.name, id);
                return s;
            }
            if (opt->exclusive)
                exclusiveChosen = opt;
            sum += opt->points;
        }
        if (exclusiveChosen && chosen.size() > 1) {
            s.problem = tr("%1: \"%2\" cannot be combined with other answers").arg(item.name, exclusiveChosen->label);
            return s;
        }
        s.answered = true;
        s.points = qMin(sum, item.points);
        return s;
    }
    }
    return s;
}

ScoreCard Scoring::score(const AssessmentIndex& index, const Answers& answers)
{
    ScoreCard card;
    if (index.totalOnly) {
        card.total = qBound(MilliPoints(0), answers.totalOnly.value_or(0), index.totalPoints);
    }
    for (const IndexDimension& d : index.dimensions) {
        MilliPoints dimPoints = 0;
        for (const IndexIndicator& ind : d.indicators) {
            MilliPoints indPoints = 0;
            for (const IndexItem& item : ind.items) {
                ItemScore s = scoreItem(item, answers);
                if (!s.problem.isEmpty())
                    card.problems << s.problem;
                if (!s.answered && item.required)
                    card.unanswered << item.id;
                indPoints += s.points;
                card.items.push_back(s);
            }
            card.indicatorPoints.insert(ind.id, indPoints);
            dimPoints += indPoints;
        }
        card.dimensionPoints.insert(d.id, dimPoints);
        card.total += dimPoints;
    }
    for (int level = 0; level <= 4; ++level) {
        int all = 0, binding = 0;
        for (const Scene& scene : index.scenes) {
            if (answers.sceneLevels.value(scene.id) >= level) {
                ++all;
                binding += scene.binding ? 1 : 0;
            }
        }
        card.sceneCounts.insert(level, all);
        card.bindingCounts.insert(level, binding);
    }
    for (const LevelRule& rule : index.levels) {   // highest first: the first rule met
        if (card.total >= rule.minScore && card.scenesAtOrAbove(rule.sceneLevel) >= rule.minScenes &&
            card.bindingScenesAtOrAbove(rule.sceneLevel) >= rule.minBindingScenes) {
            card.level = rule.level;
            card.levelName = rule.name;
            break;
        }
    }
    return card;
}

GapAnalysis Scoring::gap(const AssessmentIndex& index, const Answers& answers, const ScoreCard& card, int maxSuggestions)
{
    GapAnalysis gap;
    const LevelRule* next = nullptr;
    for (const LevelRule& rule : index.levels)   // highest first: keep the lowest above the current
        if (rule.level > card.level)
            next = &rule;
    if (!next) {
        gap.sentences << tr("The highest level of the index is reached.");
        return gap;
    }
    gap.nextLevel = next->level;
    gap.nextLevelName = next->name;
    gap.sceneLevel = next->sceneLevel;
    gap.pointsMissing = qMax(MilliPoints(0), next->minScore - card.total);
    gap.scenesMissing = qMax(0, next->minScenes - card.scenesAtOrAbove(next->sceneLevel));
    gap.bindingScenesMissing = qMax(0, next->minBindingScenes - card.bindingScenesAtOrAbove(next->sceneLevel));

    if (gap.pointsMissing > 0)
        gap.sentences << tr("%1 needs at least %2 points: %3 more than the %4 reached.")
                             .arg(next->name, AssessmentIndex::formatPoints(next->minScore),
                                  AssessmentIndex::formatPoints(gap.pointsMissing), AssessmentIndex::formatPoints(card.total));
    if (gap.scenesMissing > 0)
        gap.sentences << tr("%1 needs %2 business scenes at level %3 or above: %4 more.")
                             .arg(next->name)
                             .arg(next->minScenes)
                             .arg(next->sceneLevel)
                             .arg(gap.scenesMissing);
    if (gap.bindingScenesMissing > 0)
        gap.sentences << tr("Of those, %1 must be binding scenes: %2 more binding scenes are needed.")
                             .arg(next->minBindingScenes)
                             .arg(gap.bindingScenesMissing);
    if (gap.sentences.isEmpty())
        gap.sentences << tr("All requirements of %1 are met.").arg(next->name);

    // The next better answer of each item, by points gained.
    for (const ItemScore& s : card.items) {
        const IndexItem& item = *s.item;
        GapSuggestion best;
        best.item = &item;
        const ItemAnswer answer = answers.items.value(item.id);
        if (item.kind == ItemKind::Multi) {
            for (const IndexOption& opt : item.options) {
                if (opt.exclusive || answer.options.contains(opt.id))
                    continue;
                const MilliPoints gain = qMin(item.points, s.points + opt.points) - s.points;
                if (gain > best.gain) {
                    best.gain = gain;
                    best.change = tr("add \"%1\"").arg(opt.label);
                }
            }
        } else if (item.kind == ItemKind::Band) {
            double lower = item.min;
            for (const IndexBand& band : item.bands) {
                if (band.points > s.points) {
                    best.gain = band.points - s.points;
                    best.change = tr("raise above %1 %2").arg(lower).arg(item.unit);
                    break;
                }
                lower = band.upTo;
            }
        } else {
            // The cheapest better option: the one with the smallest gain above the current.
            for (const IndexOption& opt : item.options) {
                const MilliPoints gain = opt.points - s.points;
                if (gain > 0 && (best.gain == 0 || gain < best.gain)) {
                    best.gain = gain;
                    best.change = tr("reach \"%1\"").arg(opt.label);
                }
            }
        }
        if (best.gain > 0)
            gap.suggestions.push_back(best);
    }
    std::stable_sort(gap.suggestions.begin(), gap.suggestions.end(),
                     [](const GapSuggestion& a, const GapSuggestion& b) { return a.gain > b.gain; });
    if (gap.suggestions.size() > maxSuggestions)
        gap.suggestions.resize(maxSuggestions);
    return gap;
}

} // namespace dx
