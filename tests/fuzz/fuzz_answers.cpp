// libFuzzer: a diagnosis's answers document (answersFromJson), the text a field return package
// carries in each diagnosis record and the bureau scores on import, on arbitrary bytes. Whatever
// it holds: the stored form written from it reads back to itself; it scores against every
// shipped index with a level the index has and every item accounted for; and the item-by-item
// merge of a package import (AnswerMerge) takes an answer changed on one side only without a
// conflict.

#include "assessment/Scoring.h"
#include "domain/Diagnosis.h"
#include "package/AnswerMerge.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const QVector<dx::AssessmentIndex>& shippedIndices()
{
    static const QVector<dx::AssessmentIndex> indices = [] {
        auto shipped = dx::AssessmentIndex::shipped();
        if (!shipped || shipped->isEmpty())
            std::abort();   // the resources are linked into dxcore; without them nothing is scored
        return shipped.takeValue();
    }();
    return indices;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const dx::Answers answers = dx::answersFromJson(bytes);
    const QByteArray stored = dx::answersToJson(answers);
    if (dx::answersToJson(dx::answersFromJson(stored)) != stored)
        std::abort();

    for (const dx::AssessmentIndex& index : shippedIndices()) {
        const dx::ScoreCard card = dx::Scoring::score(index, answers);
        bool levelKnown = card.level == 0;
        for (const dx::LevelRule& rule : index.levels)
            levelKnown = levelKnown || rule.level == card.level;
        if (card.items.size() != index.allItems().size() || !levelKnown)
            std::abort();
        const dx::GapAnalysis gap = dx::Scoring::gap(index, answers, card);
        if (gap.nextLevel < 0 || gap.suggestions.size() > 5)
            std::abort();
    }

    const QString text = QString::fromUtf8(bytes);
    const dx::AnswerMerge::Flat mine = dx::AnswerMerge::flatten(text);
    const dx::AnswerMerge::Flat theirs = dx::AnswerMerge::flatten(QString::fromUtf8(stored));
    const dx::AnswerMerge::Outcome outcome = dx::AnswerMerge::merge(mine, mine, theirs);
    if (!outcome.conflicts.isEmpty())
        std::abort();
    const QString merged = dx::AnswerMerge::unflatten(outcome.merged);
    if (dx::AnswerMerge::unflatten(dx::AnswerMerge::flatten(merged)) != merged)
        std::abort();
    return 0;
}
