#include "RowCells.h"

namespace dx {

ColumnMap::ColumnMap(const QVector<ImportField>& fields, const QVector<Cell>& headerRow, const ImportMapping& mapping)
{
    for (const ImportField& f : fields) {
        m_label.insert(f.key, f.label);
        const int column = mapping.columnOf(f.key);
        if (column >= 0)
            m_column.insert(f.key, column);
    }
    for (int i = 0; i < mapping.columnCount(); ++i)
        m_headers << (i < headerRow.size() ? headerRow.at(i).text.trimmed() : QString());
}

QString ColumnMap::header(const QString& key) const
{
    const int c = column(key);
    return c >= 0 && c < m_headers.size() && !m_headers.at(c).isEmpty() ? m_headers.at(c) : m_label.value(key);
}

RowCells::RowCells(const QVector<Cell>& row, int rowNumber, const ColumnMap& columns, QVector<ImportIssue>* issues)
    : m_row(row), m_rowNumber(rowNumber), m_columns(columns), m_issues(issues), m_issuesBefore(int(issues->size()))
{
}

const Cell* RowCells::cell(const QString& key) const
{
    static const Cell empty;
    const int c = m_columns.column(key);
    return c < 0 ? nullptr : c < m_row.size() ? &m_row.at(c) : &empty;
}

bool RowCells::blank(const QString& key) const
{
    const Cell* c = cell(key);
    return !c || c->isBlank();
}

QString RowCells::text(const QString& key) const
{
    const Cell* c = cell(key);
    return c ? ValueParsers::normalizeText(c->text) : QString();
}

QString RowCells::required(const QString& key, const QString& missingReason)
{
    const QString t = text(key);
    if (t.isEmpty())
        issue(key, missingReason);
    return t;
}

void RowCells::issue(const QString& key, const QString& reason)
{
    const Cell* c = cell(key);
    m_issues->push_back({m_rowNumber, key.isEmpty() ? QString() : m_columns.header(key), c ? c->text : QString(), reason});
}

std::optional<Money> RowCells::amount(const QString& key, const AmountOptions& options)
{
    if (blank(key))
        return std::nullopt;
    auto m = ValueParsers::parseAmountFen(cell(key)->text, options);
    if (!m) {
        issue(key, m.message());
        return std::nullopt;
    }
    return m.value();
}

std::optional<qint64> RowCells::integer(const QString& key)
{
    if (blank(key))
        return std::nullopt;
    auto n = ValueParsers::parseInteger(cell(key)->text);
    if (!n) {
        issue(key, n.message());
        return std::nullopt;
    }
    return n.value();
}

std::optional<QDate> RowCells::date(const QString& key)
{
    if (blank(key))
        return std::nullopt;
    auto d = ValueParsers::parseDate(*cell(key));
    if (!d) {
        issue(key, d.message());
        return std::nullopt;
    }
    return d.value();
}

std::optional<bool> RowCells::yesNo(const QString& key, const QStringList& extraYes, const QStringList& extraNo)
{
    static const QStringList yes{QStringLiteral("是"), QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("1"),
                                 QStringLiteral("true"), QStringLiteral("√"), QStringLiteral("✓")};
    static const QStringList no{QStringLiteral("否"), QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("0"),
                                QStringLiteral("false"), QStringLiteral("×")};
    if (blank(key))
        return std::nullopt;
    const QString t = text(key).toLower();
    if (yes.contains(t) || extraYes.contains(t))
        return true;
    if (no.contains(t) || extraNo.contains(t))
        return false;
    issue(key, QCoreApplication::translate("dx::RowCells", "Write 是 or 否."));
    return std::nullopt;
}

} // namespace dx
