#include "ImportMapping.h"

#include "Table.h"
#include "util/Settings.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QVariantMap>

namespace dx {

ImportField importField(const char* key, const QString& label, const char* synonyms, bool required)
{
    return ImportField{QLatin1String(key), label, QString::fromUtf8(synonyms).split(QLatin1Char('|')), required};
}

QString ImportMapping::normalizeHeader(const QString& header)
{
    // NFKC folds full-width letters, digits and brackets (（万元） → (万元)).
    QString h = header.normalized(QString::NormalizationForm_KC).toLower();
    h.remove(QLatin1Char('*'));
    h.remove(QChar(0x3000));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));   // compiled once: headers are many
    h.remove(spaces);
    return h;
}

namespace {
QString withoutBrackets(const QString& normalized)
{
    static const QRegularExpression brackets(QStringLiteral("[(\\[【].*?[)\\]】]"));
    QString h = normalized;
    h.remove(brackets);
    return h;
}
}

ImportMapping ImportMapping::match(const QStringList& headers, const QVector<ImportField>& fields)
{
    ImportMapping m(int(headers.size()));
    QVector<QString> norm;
    for (const QString& h : headers)
        norm << normalizeHeader(h);
    QVector<QStringList> synonyms;   // normalised once, not per column and pass
    for (const ImportField& f : fields) {
        QStringList list;
        for (const QString& s : f.synonyms + QStringList{f.label})
            list << normalizeHeader(s);
        synonyms << list;
    }
    // Three passes, strictest first, so "企业名称" is not taken by a looser rule for another
    // column before its exact match is seen.
    for (int pass = 0; pass < 3; ++pass) {
        for (int fi = 0; fi < fields.size(); ++fi) {
            const ImportField& f = fields.at(fi);
            if (m.columnOf(f.key) >= 0)
                continue;
            for (int c = 0; c < norm.size() && m.columnOf(f.key) < 0; ++c) {
                if (!m.fieldAt(c).isEmpty() || norm.at(c).isEmpty())
                    continue;
                for (const QString& s : synonyms.at(fi)) {
                    const bool hit = pass == 0   ? norm.at(c) == s
                                     : pass == 1 ? withoutBrackets(norm.at(c)) == s
                                                 : s.size() >= 2 && norm.at(c).contains(s);
                    if (hit) {
                        m.m_fields[c] = f.key;
                        break;
                    }
                }
            }
        }
    }
    return m;
}

QStringList ImportMapping::headersOf(const Table& table, int row)
{
    QStringList headers;
    const int columns = table.columnCount();
    for (int c = 0; c < columns; ++c)
        headers << table.text(row, c).trimmed();
    return headers;
}

int ImportMapping::guessHeaderRow(const Table& table, const QVector<ImportField>& fields)
{
    int best = 0;
    int bestCount = 0;
    for (int row = 0; row < qMin(10, table.rowCount()); ++row) {
        const int n = match(headersOf(table, row), fields).mappedCount();
        if (n > bestCount) {
            best = row;
            bestCount = n;
        }
    }
    return best;
}

int ImportMapping::mappedCount() const
{
    int n = 0;
    for (const QString& k : m_fields)
        n += k.isEmpty() ? 0 : 1;
    return n;
}

void ImportMapping::setField(int column, const QString& key)
{
    if (column < 0 || column >= m_fields.size())
        return;
    if (!key.isEmpty())
        for (QString& k : m_fields)
            if (k == key)
                k.clear();
    m_fields[column] = key;
}

int ImportMapping::columnOf(const QString& key) const
{
    return key.isEmpty() ? -1 : int(m_fields.indexOf(key));
}

QStringList ImportMapping::missingRequired(const QVector<ImportField>& fields) const
{
    QStringList missing;
    for (const ImportField& f : fields)
        if (f.required && columnOf(f.key) < 0)
            missing << f.label;
    return missing;
}

QString ImportMapping::signature(const QStringList& headers)
{
    QStringList norm;
    for (const QString& h : headers)
        norm << normalizeHeader(h);
    return QString::fromLatin1(
        QCryptographicHash::hash(norm.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

void ImportMapping::remember(const QString& kind, const QStringList& headers) const
{
    QVariantMap all = Settings::value(Settings::Key::ImportMappings).toMap();
    all.insert(kind + QLatin1Char('/') + signature(headers), QStringList(m_fields.begin(), m_fields.end()));
    Settings::setValue(Settings::Key::ImportMappings, all);
}

bool ImportMapping::recall(const QString& kind, const QStringList& headers, const QVector<ImportField>& fields, ImportMapping* out)
{
    const QVariantMap all = Settings::value(Settings::Key::ImportMappings).toMap();
    const QStringList keys = all.value(kind + QLatin1Char('/') + signature(headers)).toStringList();
    if (keys.size() != headers.size())
        return false;
    ImportMapping m(int(headers.size()));
    for (int c = 0; c < keys.size(); ++c)
        for (const ImportField& f : fields)
            if (f.key == keys.at(c))
                m.setField(c, f.key);
    *out = m;
    return true;
}

} // namespace dx
