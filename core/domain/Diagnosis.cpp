#include "Diagnosis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtNumeric>

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

namespace {
// A small JSON writer: answers are written on every autosave and for every demo diagnosis,
// and QJsonDocument was a third of a 100,000-enterprise demo load. Keys are sorted so equal
// answers always give equal text (the audit log compares the text).
void appendString(QByteArray& out, const QString& s)
{
    out += '"';
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        // A surrogate without its pair (a key "\ud800" in a damaged package) has no UTF-8 form:
        // written escaped, it reads back as itself, so the stored text stays the same text.
        const bool lone = QChar::isHighSurrogate(u) ? i + 1 == s.size() || !s.at(i + 1).isLowSurrogate()
                        : QChar::isLowSurrogate(u)  ? i == 0 || !s.at(i - 1).isHighSurrogate()
                                                    : false;
        if (u != '"' && u != '\\' && u >= 0x20 && !lone)
            continue;
        out += QStringView(s).mid(plainFrom, i - plainFrom).toUtf8();
        if (u == '"' || u == '\\') {
            out += '\\';
            out += char(u);
        } else {
            out += QByteArrayLiteral("\\u");
            out += QByteArray::number(u, 16).rightJustified(4, '0');
        }
        plainFrom = i + 1;
    }
    out += QStringView(s).mid(plainFrom).toUtf8();
    out += '"';
}

void appendNumber(QByteArray& out, double v)
{
    if (!qIsFinite(v))
        out += "null";
    else
        out += QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

template <typename Map, typename WriteValue>
void appendObject(QByteArray& out, const Map& map, WriteValue writeValue)
{
    QStringList keys = map.keys();
    keys.sort();
    out += '{';
    for (int i = 0; i < keys.size(); ++i) {
        if (i)
            out += ',';
        appendString(out, keys.at(i));
        out += ':';
        writeValue(out, map.value(keys.at(i)));
    }
    out += '}';
}
}

QByteArray answersToJson(const Answers& answers)
{
    QByteArray out;
    out.reserve(1024);
    out += "{\"evidence\":";
    appendObject(out, answers.evidence, [](QByteArray& o, double v) { appendNumber(o, v); });
    out += ",\"items\":";
    appendObject(out, answers.items, [](QByteArray& o, const ItemAnswer& a) {
        o += '{';
        bool first = true;
        if (!a.options.isEmpty()) {
            o += "\"options\":[";
            for (int i = 0; i < a.options.size(); ++i) {
                if (i)
                    o += ',';
                appendString(o, a.options.at(i));
            }
            o += ']';
            first = false;
        }
        if (a.value) {
            if (!first)
                o += ',';
            o += "\"value\":";
            appendNumber(o, *a.value);
        }
        o += '}';
    });
    out += ",\"scenes\":";
    appendObject(out, answers.sceneLevels, [](QByteArray& o, int v) { o += QByteArray::number(v); });
    if (answers.totalOnly) {
        out += ",\"totalOnly\":";
        appendNumber(out, double(*answers.totalOnly) / 1000.0);
    }
    out += '}';
    return out;
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
    // A total beyond any index's points (1e300 in a damaged or hostile package) is no total: it
    // could not even be converted to milli-points.
    const double totalOnly = root.value(QLatin1String("totalOnly")).toDouble();
    if (root.contains(QLatin1String("totalOnly")) && qAbs(totalOnly) <= 1000000)
        answers.totalOnly = AssessmentIndex::toMilli(totalOnly);
    return answers;
}

} // namespace dx
