#include "BigramSchema.h"

#include <QVector>

namespace dx {

namespace {

const char* const kTable = "enterprises_bigram_fts";

// The text indexed for a name (see the header): each character with the one after it, the last
// one alone, separated by spaces. NULL for an empty name, which indexes nothing.
QString piecesOf(const QString& name)
{
    return QStringLiteral("(SELECT group_concat(substr(%1, p.key + 1, 2), ' ') FROM json_each("
                          "'[' || substr(replace(hex(zeroblob(length(%1))), '00', ',0'), 2) || ']') p)")
        .arg(name);
}

QString addRow(const QString& id, const QString& name)
{
    return QStringLiteral("INSERT INTO %1(rowid, grams) VALUES (%2, %3);").arg(QLatin1String(kTable), id, piecesOf(name));
}

// A contentless table forgets a row by being told the text it indexed for it, cut the same way.
QString removeRow(const QString& id, const QString& name)
{
    return QStringLiteral("INSERT INTO %1(%1, rowid, grams) VALUES ('delete', %2, %3);").arg(QLatin1String(kTable), id, piecesOf(name));
}

} // namespace

QString BigramSchema::insertTrigger()
{
    return QStringLiteral("CREATE TRIGGER enterprises_bigram_ai AFTER INSERT ON enterprises BEGIN %1 END")
        .arg(addRow(QStringLiteral("new.id"), QStringLiteral("new.name")));
}

QString BigramSchema::dropInsertTrigger()
{
    return QStringLiteral("DROP TRIGGER enterprises_bigram_ai");
}

QString BigramSchema::indexRowsAfter(qint64 lastIdBefore)
{
    return QStringLiteral("INSERT INTO %1(rowid, grams) SELECT id, %2 FROM enterprises WHERE id > %3")
        .arg(QLatin1String(kTable), piecesOf(QStringLiteral("enterprises.name")))
        .arg(lastIdBefore);
}

QString BigramSchema::piecesOfName(const QString& name)
{
    // Where each character starts in the UTF-16 text (a surrogate pair is one character).
    QVector<qsizetype> starts;
    starts.reserve(name.size() + 1);
    for (qsizetype i = 0; i < name.size(); ++i)
        if (!(name.at(i).isLowSurrogate() && i > 0 && name.at(i - 1).isHighSurrogate()))
            starts << i;
    const qsizetype n = starts.size();
    starts << name.size();
    QString out;
    out.reserve(name.size() * 3);
    for (qsizetype k = 0; k < n; ++k) {
        if (k > 0)
            out += QLatin1Char(' ');
        const qsizetype end = starts.at(qMin(k + 2, n));
        out += QStringView(name).mid(starts.at(k), end - starts.at(k));
    }
    return out;
}

QString BigramSchema::insertPiecesSql()
{
    return QStringLiteral("INSERT INTO %1(rowid, grams) VALUES (?, ?)").arg(QLatin1String(kTable));
}

QStringList BigramSchema::migration()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(grams, content='', detail='none', tokenize='ascii', prefix='1')")
            .arg(QLatin1String(kTable)),
        indexRowsAfter(0),
        insertTrigger(),
        QStringLiteral("CREATE TRIGGER enterprises_bigram_ad AFTER DELETE ON enterprises BEGIN %1 END")
            .arg(removeRow(QStringLiteral("old.id"), QStringLiteral("old.name"))),
        // Saving an enterprise writes every column; only a new name touches the index.
        QStringLiteral("CREATE TRIGGER enterprises_bigram_au AFTER UPDATE OF name ON enterprises WHEN old.name IS NOT new.name "
                       "BEGIN %1 %2 END")
            .arg(removeRow(QStringLiteral("old.id"), QStringLiteral("old.name")),
                 addRow(QStringLiteral("new.id"), QStringLiteral("new.name"))),
    };
}

QString BigramSchema::searchMatch(const QString& text)
{
    const QVector<uint> characters = text.toUcs4();
    if (characters.isEmpty() || characters.size() > 2)
        return {};
    for (uint c : characters) {
        const bool asciiWordCharacter = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (c < 0x80 && !asciiWordCharacter)
            return {};
    }
    // Two characters: the piece itself. One: any piece starting with it (the last character of a
    // name is a piece of its own, so it is found too).
    const QString phrase = QLatin1Char('"') + text + QLatin1Char('"');
    return characters.size() == 2 ? phrase : phrase + QStringLiteral(" *");
}

} // namespace dx
