#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dx {

struct Table;

// One field an import can fill: its key (stable, used in remembered mappings), its label
// (translated, shown in the mapping step and the error report) and the header names that
// mean it in the ledgers officers keep (Chinese and English).
struct ImportField
{
    QString key;
    QString label;
    QStringList synonyms;
    bool required = false;
};

// A field with its synonyms written as one UTF-8 string "企业名称|单位名称|name".
ImportField importField(const char* key, const QString& label, const char* synonyms, bool required = false);

// Which field each column of the file fills ("" = the column is ignored). Matching is by
// header name; the user can change it, and the choice is remembered for the next file with
// the same headers.
class ImportMapping
{
public:
    ImportMapping() = default;
    explicit ImportMapping(int columns) : m_fields(columns) {}

    // Matches headers to fields: exact synonym first, then without bracketed units
    // ("营业收入（万元）" → 营业收入), then a synonym contained in the header. A field is
    // given to one column only (the first that matches).
    static ImportMapping match(const QStringList& headers, const QVector<ImportField>& fields);
    // Ledgers often have a title row or two above the headers: the row among the first ten
    // whose cells match the most fields.
    static int guessHeaderRow(const Table& table, const QVector<ImportField>& fields);
    static QStringList headersOf(const Table& table, int row);
    int mappedCount() const;

    int columnCount() const { return int(m_fields.size()); }
    QString fieldAt(int column) const { return column >= 0 && column < m_fields.size() ? m_fields.at(column) : QString(); }
    void setField(int column, const QString& key);   // clears the key from any other column
    int columnOf(const QString& key) const;          // -1 when unmapped
    // Required fields no column fills, by label; empty when the mapping can be used.
    QStringList missingRequired(const QVector<ImportField>& fields) const;

    // Remembered mappings, per import kind and header signature, in the user's settings.
    static QString signature(const QStringList& headers);
    void remember(const QString& kind, const QStringList& headers) const;
    // The remembered mapping for exactly these headers, if any (keys not in `fields` dropped).
    static bool recall(const QString& kind, const QStringList& headers, const QVector<ImportField>& fields, ImportMapping* out);

    // Header text reduced for matching: no spaces, full-width folded, lower case, no "*"
    // required marks.
    static QString normalizeHeader(const QString& header);

private:
    QVector<QString> m_fields;
};

} // namespace dx
