#include "Diagnosis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dx {

QString diagnosisKindName(DiagnosisKind kind)
{
    switch (kind) {
    case DiagnosisKind::Baseline: return QCoreApplication::translate("dx::Diagnosis", "Baseline diagnosis");
    case DiagnosisKind::PostTransformation: return QCoreApplication::translate("dx::Diagnosis", "Post-transformation assessment");
    case DiagnosisKind::SelfAssessment: return QCoreApplication::translate("dx::Diagnosis", "Self-assessment");
    }
    return {};
}

QString diagnosisStatusName(DiagnosisStatus status)
{
    switch (status) {
    case DiagnosisStatus::Draft: return QCoreApplication::translate("dx::Diagnosis", "Draft");
    case DiagnosisStatus::Submitted: return QCoreApplication::translate("dx::Diagnosis", "Submitted");
    case DiagnosisStatus::Confirmed: return QCoreApplication::translate("dx::Diagnosis", "Confirmed");
    }
    return {};
}

QByteArray answersToJson(const Answers& answers)
{
    QJsonObject items;
    for (auto it = answers.items.cbegin(); it != answers.items.cend(); ++it) {
        QJsonObject a;
        if (!it->options.isEmpty())
            a.insert(QStringLiteral("options"), QJsonArray::fromStringList(it->options));
        if (it->value)
            a.insert(QStringLiteral("value"), *it->value);
        items.insert(it.key(), a);
    }
    QJsonObject evidence;
    for (auto it = answers.evidence.cbegin(); it != answers.evidence.cend(); ++it)
        evidence.insert(it.key(), it.value());
    QJsonObject scenes;
    for (auto it = answers.sceneLevels.cbegin(); it != answers.sceneLevels.cend(); ++it)
        scenes.insert(it.key(), it.value());
    QJsonObject root{{QStringLiteral("items"), items}, {QStringLiteral("evidence"), evidence}, {QStringLiteral("scenes"), scenes}};
    if (answers.totalOnly)
        root.insert(QStringLiteral("totalOnly"), double(*answers.totalOnly) / 1000.0);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Answers answersFromJson(const QByteArray& json)
{
    Answers answers;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject items = root.value(QLatin1String("items")).toObject();
    for (auto it = items.begin(); it != items.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        ItemAnswer answer;
        for (const QJsonValue& v : a.value(QLatin1String("options")).toArray())
            answer.options << v.toString();
        if (a.contains(QLatin1String("value")))
            answer.value = a.value(QLatin1String("value")).toDouble();
        answers.items.insert(it.key(), answer);
    }
    const QJsonObject evidence = root.value(QLatin1String("evidence")).toObject();
    for (auto it = evidence.begin(); it != evidence.end(); ++it)
        answers.evidence.insert(it.key(), it.value().toDouble());
    const QJsonObject scenes = root.value(QLatin1String("scenes")).toObject();
    for (auto it = scenes.begin(); it != scenes.end(); ++it)
        answers.sceneLevels.insert(it.key(), it.value().toInt());
    if (root.contains(QLatin1String("totalOnly")))
        answers.totalOnly = AssessmentIndex::toMilli(root.value(QLatin1String("totalOnly")).toDouble());
    return answers;
}

} // namespace dx
