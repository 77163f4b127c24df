#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>

namespace dx {

// A diagnosis's answers merged item by item: two people answering different items of one
// questionnaire is a parallel update, not a conflict. Answers are addressed as
// "items/<id>", "evidence/<id>", "scenes/<id>" (or a top-level key); a missing entry is null.
namespace AnswerMerge {

using Flat = QHash<QString, QJsonValue>;

Flat flatten(const QString& answersJson);
// Back to the stored form (canonical, as the diagnosis repository writes it).
QString unflatten(const Flat& flat);
// Whether two stored answer texts say the same.
bool same(const QJsonValue& a, const QJsonValue& b);

struct Outcome
{
    Flat merged;             // the bureau's answers with the field's changes to other items
    QStringList conflicts;   // entries both changed differently
};
Outcome merge(const Flat& base, const Flat& bureau, const Flat& field);

} // namespace AnswerMerge
} // namespace dx
