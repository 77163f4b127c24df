#pragma once

#include "ImportTarget.h"
#include "Table.h"
#include "ValueParsers.h"

#include <QHash>
#include <optional>

namespace dx {

// Which column holds which field of a file, with the file's own header names for messages.
class ColumnMap
{
public:
    ColumnMap() = default;
    ColumnMap(const QVector<ImportField>& fields, const QVector<Cell>& headerRow, const ImportMapping& mapping);
    int column(const QString& key) const { return m_column.value(key, -1); }
    bool has(const QString& key) const { return m_column.contains(key); }
    QString header(const QString& key) const;   // the file's header, else the field's label
    QString label(const QString& key) const { return m_label.value(key); }

private:
    QHash<QString, int> m_column;
    QHash<QString, QString> m_label;
    QStringList m_headers;
};

// The cells of one row by field, each parser turning a bad cell into an ImportIssue that names
// the row, the column and the value. An empty cell is "no value", never an error, unless the
// field is required.
class RowCells
{
public:
    RowCells(const QVector<Cell>& row, int rowNumber, const ColumnMap& columns, QVector<ImportIssue>* issues);

    const Cell* cell(const QString& key) const;   // null when the field has no column
    bool blank(const QString& key) const;          // no column, or an empty cell
    QString text(const QString& key) const;        // normalised (ValueParsers::normalizeText)
    QString required(const QString& key, const QString& missingReason);
    void issue(const QString& key, const QString& reason);
    std::optional<Money> amount(const QString& key, const AmountOptions& options = {});
    std::optional<qint64> integer(const QString& key);
    std::optional<QDate> date(const QString& key);
    // 是/否, Y/N, 1/0 … (and the given extra words for yes and no).
    std::optional<bool> yesNo(const QString& key, const QStringList& extraYes = {}, const QStringList& extraNo = {});
    bool hadIssues() const { return m_issues->size() > m_issuesBefore; }
    int rowNumber() const { return m_rowNumber; }

private:
    const QVector<Cell>& m_row;
    int m_rowNumber;
    const ColumnMap& m_columns;
    QVector<ImportIssue>* m_issues;
    int m_issuesBefore;
};

} // namespace dx
