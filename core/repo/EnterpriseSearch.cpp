#include "EnterpriseSearch.h"

#include "db/BigramSchema.h"
#include "db/SearchSchema.h"
#include "domain/CreditCode.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace dx {

namespace {
const QRegularExpression& codeCharacters()
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Z]+$"));
    return re;
}
} // namespace

EnterpriseSearch::EnterpriseSearch(const QString& input) : m_text(input.trimmed())
{
    // A pasted credit code with spaces or full-width characters still matches.
    const QString asCode = CreditCode::normalize(m_text);
    if (asCode != m_text && codeCharacters().match(asCode).hasMatch())
        m_text = asCode;
    m_codeLike = codeCharacters().match(m_text.toUpper()).hasMatch();
}

EnterpriseSearch::Index EnterpriseSearch::index() const
{
    // Counted in code points, as SQLite counts characters (𠮷 is one).
    if (m_text.toUcs4().size() >= 3) {
        QString phrase = m_text;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return {QStringLiteral("enterprises_fts"), QStringLiteral("\"%1\"").arg(phrase)};
    }
    // The bigram index holds names only; a piece of a credit code this short matches a good
    // share of the register, which the scan finds at once.
    if (m_codeLike)
        return {};
    const QString match = BigramSchema::searchMatch(m_text);
    return {match.isEmpty() ? QString() : QStringLiteral("enterprises_bigram_fts"), match};
}

QString EnterpriseSearch::byIndex(const Index& index, QVariantList& binds) const
{
    binds << index.match;
    return QStringLiteral("e.id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(index.table);
}

QString EnterpriseSearch::byScan(QVariantList& binds, Backend backend) const
{
    // SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE does the same.
    const QString op = backend == Backend::Sqlite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
    QString like = m_text;
    like.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    like = QLatin1Char('%') + like + QLatin1Char('%');
    // Chinese text cannot be in a credit code; leaving the code out lets SQLite answer
    // from the (archived, name, id) index without reading each row.
    if (m_codeLike) {
        binds << like << like;
        return QStringLiteral("(e.name %1 ? ESCAPE '\\' OR e.credit_code %1 ? ESCAPE '\\')").arg(op);
    }
    binds << like;
    return QStringLiteral("e.name %1 ? ESCAPE '\\'").arg(op);
}

QString EnterpriseSearch::condition(QVariantList& binds, Backend backend) const
{
    if (isEmpty())
        return {};
    return backend == Backend::Sqlite && m_text.toUcs4().size() >= 3 ? byIndex(index(), binds) : byScan(binds, backend);
}

QString EnterpriseSearch::condition(const QSqlDatabase& conn, int indexLimit, QVariantList& binds, bool* usedIndex) const
{
    if (usedIndex)
        *usedIndex = false;
    if (isEmpty())
        return {};
    const Index i = index();
    const Backend backend = Dialect::of(conn);
    if (backend == Backend::Postgres)
        return postgresCondition(conn, indexLimit, binds, usedIndex);
    if (i.table.isEmpty())
        return byScan(binds, backend);
    QSqlQuery probe(conn);
    probe.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %1 MATCH ? LIMIT ?)").arg(i.table));
    probe.addBindValue(i.match);
    probe.addBindValue(indexLimit);
    // Should the index not answer, the scan still finds every match.
    if (!probe.exec() || !probe.next() || probe.value(0).toInt() >= indexLimit)
        return byScan(binds, backend);
    if (usedIndex)
        *usedIndex = true;
    return byIndex(i, binds);
}

// PostgreSQL: three characters or more, and pieces of credit codes, go to ILIKE (pg_trgm's
// index answers it); one or two characters of a name ask the character-pair index
// (SearchSchema::postgresShortTerms) — when it holds fewer matches than `indexLimit`, as on
// SQLite: a piece as common as 公司 is found at once by the list-order scan instead.
QString EnterpriseSearch::postgresCondition(const QSqlDatabase& conn, int indexLimit, QVariantList& binds, bool* usedIndex) const
{
    if (m_codeLike || m_text.toUcs4().size() >= 3)
        return byScan(binds, Backend::Postgres);
    QSqlQuery probe(conn);
    probe.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM enterprises WHERE %1 LIMIT ?) AS matches")
                      .arg(SearchSchema::postgresShortTermCondition(QStringLiteral("name"))));
    probe.addBindValue(m_text);
    probe.addBindValue(indexLimit);
    // A database from before schema step 11 has no such index: the scan still finds every match.
    if (!probe.exec() || !probe.next() || probe.value(0).toInt() >= indexLimit)
        return byScan(binds, Backend::Postgres);
    if (usedIndex)
        *usedIndex = true;
    binds << m_text;
    return SearchSchema::postgresShortTermCondition(QStringLiteral("e.name"));
}

} // namespace dx
