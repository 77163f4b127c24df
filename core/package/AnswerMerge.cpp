#include "AnswerMerge.h"

#include "domain/Diagnosis.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace dx::AnswerMerge {

Flat flatten(const QString& answersJson)
{
    Flat out;
    const QJsonObject root = QJsonDocument::fromJson(answersJson.toUtf8()).object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.value().isObject()) {
            out.insert(it.key(), it.value());
            continue;
        }
        const QJsonObject inner = it.value().toObject();
        for (auto sub = inner.begin(); sub != inner.end(); ++sub)
            out.insert(it.key() + QLatin1Char('/') + sub.key(), sub.value());
    }
    return out;
}

QString unflatten(const Flat& flat)
{
    QJsonObject root;
    for (auto it = flat.cbegin(); it != flat.cend(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue;
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        if (slash < 0) {
            root.insert(it.key(), it.value());
            continue;
        }
        const QString group = it.key().left(slash);
        QJsonObject inner = root.value(group).toObject();
        inner.insert(it.key().mid(slash + 1), it.value());
        root.insert(group, inner);
    }
    // Through the domain type, so the text is the one the repository itself would store.
    return QString::fromUtf8(answersToJson(answersFromJson(QJsonDocument(root).toJson(QJsonDocument::Compact))));
}

bool same(const QJsonValue& a, const QJsonValue& b)
{
    if (a == b)
        return true;
    return a.isString() && b.isString() && flatten(a.toString()) == flatten(b.toString());
}

Outcome merge(const Flat& base, const Flat& bureau, const Flat& field)
{
    Outcome out{bureau, {}};
    QSet<QString> keys;
    for (const Flat* f : {&base, &bureau, &field})
        for (auto it = f->cbegin(); it != f->cend(); ++it)
            keys.insert(it.key());
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    for (const QString& key : sorted) {
        const QJsonValue b = base.value(key), c = bureau.value(key), i = field.value(key);
        if (i == b || i == c)
            continue;
        if (c == b) {
            if (i.isNull())
                out.merged.remove(key);
            else
                out.merged.insert(key, i);
        } else {
            out.conflicts << key;
        }
    }
    return out;
}

} // namespace dx::AnswerMerge
