// One- and two-character searches of the register through the bigram index (BigramSchema,
// EnterpriseSearch): for every such piece of a set of awkward names the register lists exactly
// the enterprises a LIKE scan finds, after single creates, renames, archiving, deletion, a bulk
// insert (triggers suspended) and a failed one, and after the schema step builds the index for
// rows already there. Correctness only; the speed is measured in scripts/bench.

#include "TestSupport.h"

#include "db/BigramSchema.h"
#include "domain/CreditCode.h"
#include "repo/EnterpriseRepository.h"
#include "repo/EnterpriseSearch.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace dx;

namespace {
// Repeated characters, ASCII mixed with Chinese in either case, ASCII punctuation, LIKE's own
// wildcards, a character outside the BMP, one-character names, full-width brackets.
const char* const kNames[] = {
    "恒泰恒泰五金有限公司", "泰恒贸易商行", "ABC恒泰科技有限公司", "abc塑胶厂", "A-B 实业有限公司", "𠮷野家餐饮有限公司",
    "恒", "泰", "五金恒", "100%纯食品厂", "a_b恒信", "恒恒恒", "Ab恒泰", "（恒泰）贸易有限公司", "揭阳市鑫鑫鑫织造厂",
    "Q恒", "恒q", "X", "\\斜杠",
};
}

class TestBigramSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyPieceEqualsLike();
    void indexAnswersOnlyWhatItCan();
    void commonPieceScans();
    void renameArchiveDelete();
    void bulkInsert();
    void piecesCutInCodeEqualTheSql();
    void failedBulkInsertLeavesIndex();
    void migrationIndexesExistingRows();

private:
    qint64 create(const QString& name);
    // The ids the register lists for `text` (paged in small pages) and its count, against the
    // ids a LIKE scan of names and codes finds; every difference is a failure message.
    QStringList compare(const QString& text, ArchivedFilter archived = ArchivedFilter::All) const;
    // compare() for every one- and two-character piece of every name, plus pieces no name has.
    QStringList compareAll() const;
    QStringList createAndCompareAll(const QString& name, const QString& piece);
    QSet<qint64> viaLike(const QString& text, ArchivedFilter archived) const;
    bool exec(const QString& sql, const QVariantList& binds = {}) const;

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<EnterpriseRepository> m_repo;
    int m_next = 1;
};

void TestBigramSearch::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    m_repo = std::make_unique<EnterpriseRepository>(**m_db);
    m_next = 1;
    for (const char* name : kNames)
        QVERIFY(create(QString::fromUtf8(name)) > 0);
}

void TestBigramSearch::cleanup()
{
    m_repo.reset();
    m_db.reset();
}

qint64 TestBigramSearch::create(const QString& name)
{
    auto created = m_repo->create(test::sampleEnterprise(m_next++, name));
    if (!created)
        qWarning("create failed: %s", qPrintable(created.message()));
    return created ? created->id : 0;
}

bool TestBigramSearch::exec(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery q((*m_db)->connection());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.isActive();
}

QSet<qint64> TestBigramSearch::viaLike(const QString& text, ArchivedFilter archived) const
{
    QString like = text;
    like.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    like = QLatin1Char('%') + like + QLatin1Char('%');
    const QString where = archived == ArchivedFilter::All ? QStringLiteral("1")
                                                          : QStringLiteral("archived = %1").arg(archived == ArchivedFilter::Archived);
    QSqlQuery q((*m_db)->connection());
    q.prepare(QStringLiteral("SELECT id FROM enterprises WHERE %1 AND (name LIKE ? ESCAPE '\\' OR credit_code LIKE ? ESCAPE '\\')")
                  .arg(where));
    q.addBindValue(like);
    q.addBindValue(like);
    QSet<qint64> ids;
    if (!q.exec())
        qWarning("LIKE failed: %s", qPrintable(q.lastError().text()));
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

QStringList TestBigramSearch::compare(const QString& text, ArchivedFilter archived) const
{
    EnterpriseFilter f;
    f.search = text;
    f.archived = archived;
    QSet<qint64> listed;
    int rows = 0;
    std::optional<PageCursor> after;
    for (int pages = 0; pages < 1000; ++pages) {
        auto page = m_repo->page(f, EnterpriseSortKey::Name, Qt::AscendingOrder, after, 3);
        if (!page)
            return {text + QStringLiteral(": ") + page.message()};
        for (const EnterpriseListRow& r : page.value())
            listed.insert(r.id);
        rows += int(page->size());
        if (page->size() < 3)
            break;
        after = page->last().cursor;
    }
    const QSet<qint64> expected = viaLike(text, archived);
    QStringList problems;
    if (listed != expected || rows != listed.size())
        problems << QStringLiteral("%1: listed %2 rows (%3 distinct), LIKE finds %4").arg(text).arg(rows).arg(listed.size()).arg(expected.size());
    const auto counted = m_repo->count(f);
    if (!counted || counted.value() != expected.size())
        problems << QStringLiteral("%1: counted %2, LIKE finds %3").arg(text).arg(counted ? counted.value() : -1).arg(expected.size());
    return problems;
}

// After a bulk insert the per-row insert trigger is back: a single create is indexed too, and
// `piece` of its name is in no other name.
QStringList TestBigramSearch::createAndCompareAll(const QString& name, const QString& piece)
{
    const qint64 id = create(name);
    QStringList problems = compareAll();
    if (id <= 0 || viaLike(piece, ArchivedFilter::All) != QSet<qint64>{id})
        problems << QStringLiteral("%1 is not the only name with %2").arg(name, piece);
    return problems;
}

QStringList TestBigramSearch::compareAll() const
{
    QSet<QString> pieces = {QStringLiteral("泰泰"), QStringLiteral("恒a"), QStringLiteral("无"), QStringLiteral("%"),
                            QStringLiteral("_"), QStringLiteral("\\"), QStringLiteral("公 "), QStringLiteral("𠮷"),
                            QStringLiteral("𠮷野"), QStringLiteral("AB"), QStringLiteral("bC"), QStringLiteral("B恒"),
                            QStringLiteral("q恒"), QStringLiteral("恒Q"), QStringLiteral("x"), QStringLiteral("A-"), QStringLiteral("B ")};
    QSqlQuery q((*m_db)->connection());
    q.exec(QStringLiteral("SELECT name FROM enterprises"));
    while (q.next()) {
        const QVector<uint> name = q.value(0).toString().toUcs4();
        for (int i = 0; i < name.size(); ++i) {
            pieces.insert(QString::fromUcs4(reinterpret_cast<const char32_t*>(&name[i]), 1));
            if (i + 1 < name.size())
                pieces.insert(QString::fromUcs4(reinterpret_cast<const char32_t*>(&name[i]), 2));
        }
    }
    QStringList problems;
    for (const QString& piece : pieces) {
        // The search first trims spaces and reads "A-" as a credit code pasted with a separator
        // ("A"); such pieces ask for something else than their LIKE (tst_searchscale has them).
        const QString asCode = CreditCode::normalize(piece);
        if (piece.trimmed() != piece || (asCode != piece && !asCode.contains(QRegularExpression(QStringLiteral("[^0-9A-Z]")))))
            continue;
        problems += compare(piece);
    }
    return problems;
}

void TestBigramSearch::everyPieceEqualsLike()
{
    const QStringList problems = compareAll();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // And the answers are not trivially empty.
    QCOMPARE(viaLike(QStringLiteral("恒泰"), ArchivedFilter::All).size(), 4);
    QCOMPARE(viaLike(QStringLiteral("鑫"), ArchivedFilter::All).size(), 1);
}

// The index answers pieces of Chinese (mixed with ASCII letters or digits); punctuation, spaces
// and pieces that could be in a credit code go to the scan.
void TestBigramSearch::indexAnswersOnlyWhatItCan()
{
    const auto byIndex = [this](const QString& text) {
        QVariantList binds;
        bool used = false;
        EnterpriseSearch(text).condition((*m_db)->connection(), EnterpriseSearch::PageIndexLimit, binds, &used);
        return used;
    };
    QVERIFY(byIndex(QStringLiteral("恒泰")));
    QVERIFY(byIndex(QStringLiteral("恒")));
    QVERIFY(byIndex(QStringLiteral("c恒")));
    QVERIFY(byIndex(QStringLiteral("𠮷")));
    QVERIFY(byIndex(QStringLiteral("泰泰")));   // no match is an answer too
    QVERIFY(!byIndex(QStringLiteral("AB")));
    QVERIFY(!byIndex(QStringLiteral("9")));
    QVERIFY(!byIndex(QStringLiteral("%恒")));
    QVERIFY(!byIndex(QStringLiteral("-B")));
    QCOMPARE(BigramSchema::searchMatch(QStringLiteral("恒泰")), QStringLiteral("\"恒泰\""));
    QCOMPARE(BigramSchema::searchMatch(QStringLiteral("恒")), QStringLiteral("\"恒\" *"));
    QVERIFY(BigramSchema::searchMatch(QStringLiteral("恒泰五")).isEmpty());
    QVERIFY(BigramSchema::searchMatch(QStringLiteral("恒 ")).isEmpty());
}

// Past the limit of matches the register scans instead, with the same answer.
void TestBigramSearch::commonPieceScans()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(create(QStringLiteral("恒泰%1号").arg(QChar(0x4E00 + i))) > 0);
    const QString text = QStringLiteral("恒泰");
    bool used = true;
    QVariantList binds;
    const QString scan = EnterpriseSearch(text).condition((*m_db)->connection(), 9, binds, &used);   // 9 matches
    QVERIFY(!used);
    QVERIFY2(scan.contains(QLatin1String("LIKE")), qPrintable(scan));
    const QString index = EnterpriseSearch(text).condition((*m_db)->connection(), 10, binds, &used);
    QVERIFY(used);
    QVERIFY2(index.contains(QLatin1String("enterprises_bigram_fts")), qPrintable(index));
    const QStringList problems = compare(text);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestBigramSearch::renameArchiveDelete()
{
    auto e = m_repo->findByCreditCode(test::makeCreditCode(QStringLiteral("445202"), 1));   // 恒泰恒泰五金有限公司
    QVERIFY(e);
    Enterprise renamed = e.value();
    renamed.name = QStringLiteral("新泰丰达织造有限公司");
    auto saved = m_repo->update(renamed);
    QVERIFY2(saved, qPrintable(saved.message()));
    // Saved again unchanged: the name stays indexed once.
    saved = m_repo->update(saved.value());
    QVERIFY2(saved, qPrintable(saved.message()));
    QVERIFY(m_repo->setArchived(e->id, saved->version, true));
    auto other = m_repo->findByCreditCode(test::makeCreditCode(QStringLiteral("445202"), 3));   // ABC恒泰科技有限公司
    QVERIFY(other);
    QVERIFY(m_repo->setArchived(other->id, other->version, true));
    auto gone = m_repo->findByCreditCode(test::makeCreditCode(QStringLiteral("445202"), 11));   // a_b恒信
    QVERIFY(gone);
    QVERIFY(exec(QStringLiteral("DELETE FROM enterprise_progress WHERE enterprise_id = ?"), {gone->id}));
    QVERIFY(exec(QStringLiteral("DELETE FROM enterprises WHERE id = ?"), {gone->id}));

    QStringList problems = compareAll();
    for (const QString& text : {QStringLiteral("恒泰"), QStringLiteral("恒"), QStringLiteral("织造"), QStringLiteral("达")}) {
        problems += compare(text, ArchivedFilter::Active);
        problems += compare(text, ArchivedFilter::Archived);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(viaLike(QStringLiteral("丰达"), ArchivedFilter::Archived).size(), 1);
    QCOMPARE(viaLike(QStringLiteral("恒信"), ArchivedFilter::All).size(), 0);
}

void TestBigramSearch::bulkInsert()
{
    QVector<Enterprise> list;
    for (int i = 0; i < 250; ++i) {
        // The awkward names again, and new pieces: 鑫 repeated, letters, numbers.
        const QString name = i < int(std::size(kNames)) ? QString::fromUtf8(kNames[i])
                                                        : QStringLiteral("%1鑫%2x%3有限公司").arg(QChar(0x4E00 + i % 37)).arg(i % 7).arg(QChar(0x5000 + i));
        list << test::sampleEnterprise(1000 + i, name);
    }
    QVERIFY(m_repo->insertMany(list, QJsonObject{{QStringLiteral("source"), QStringLiteral("unit test")}}));
    const QStringList problems = createAndCompareAll(QStringLiteral("后来恒泰"), QStringLiteral("后来"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// A bulk insert cuts the pieces in C++; the triggers that later remove a renamed row cut them
// in SQL: both must give the very same text, or the contentless index keeps stale pieces.
void TestBigramSearch::piecesCutInCodeEqualTheSql()
{
    const QStringList names = {QStringLiteral("恒泰五金"), QStringLiteral("A"), QStringLiteral("ab cd-EF"), QString::fromUtf8("𠮷野家食品"),
                               QString::fromUtf8("丰𠮷𠮷a"), QStringLiteral("Ｘ公司（揭阳）"), QStringLiteral("  两 格  "), QStringLiteral("a\b_c%d")};
    for (const QString& name : names) {
        QSqlQuery q((*m_db)->connection());
        QVERIFY(q.prepare(QStringLiteral("SELECT (SELECT group_concat(substr(n, p.key + 1, 2), ' ') FROM json_each("
                                         "'[' || substr(replace(hex(zeroblob(length(n))), '00', ',0'), 2) || ']') p) FROM (SELECT ? AS n)")));
        q.addBindValue(name);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(BigramSchema::piecesOfName(name), q.value(0).toString());
    }
    QCOMPARE(BigramSchema::piecesOfName(QStringLiteral("恒泰五金")), QStringLiteral("恒泰 泰五 五金 金"));
    // Bulk-inserted rows renamed, archived and deleted through the triggers: still what LIKE finds.
    QVector<Enterprise> list;
    for (int i = 0; i < 120; ++i)
        list << test::sampleEnterprise(3000 + i, names.at(i % names.size()) + QString::number(i));
    QVector<qint64> ids;
    QVERIFY(m_repo->insertMany(list, {}, {}, nullptr, &ids));
    for (int i = 0; i < ids.size(); i += 3) {
        Enterprise e = m_repo->get(ids.at(i)).value();
        e.name = QStringLiteral("改名") + e.name.left(3);
        QVERIFY(m_repo->update(e));
    }
    QVERIFY(exec(QStringLiteral("DELETE FROM enterprises WHERE id = ?"), {ids.at(1)}));
    QStringList problems;
    for (const QString& text : {QStringLiteral("𠮷"), QString::fromUtf8("𠮷野"), QStringLiteral("泰五"), QStringLiteral("改名"), QStringLiteral("恒"),
                                QStringLiteral("公司"), QStringLiteral("金1")})
        problems += compare(text, ArchivedFilter::All);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QSqlQuery q((*m_db)->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO enterprises_bigram_fts(enterprises_bigram_fts) VALUES ('integrity-check')")));
}

void TestBigramSearch::failedBulkInsertLeavesIndex()
{
    QVector<Enterprise> list;
    for (int i = 0; i < 150; ++i)
        list << test::sampleEnterprise(2000 + i, QStringLiteral("批量恒泰%1").arg(i));
    list[120].creditCode = QStringLiteral("not a code");
    QVERIFY(!m_repo->insertMany(list, QJsonObject{{QStringLiteral("source"), QStringLiteral("unit test")}}));
    QVERIFY(viaLike(QStringLiteral("批量"), ArchivedFilter::All).isEmpty());
    const QStringList problems = createAndCompareAll(QStringLiteral("批量之后"), QStringLiteral("批量"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// Schema step 9 on a register that already has enterprises: the index and its triggers are
// dropped and the step's statements run again, as an upgrade runs them.
void TestBigramSearch::migrationIndexesExistingRows()
{
    for (const char* drop : {"DROP TABLE enterprises_bigram_fts", "DROP TRIGGER enterprises_bigram_ai", "DROP TRIGGER enterprises_bigram_ad",
                             "DROP TRIGGER enterprises_bigram_au"})
        QVERIFY(exec(QString::fromLatin1(drop)));
    QVERIFY(!BigramSchema::migration().isEmpty());
    for (const QString& sql : BigramSchema::migration())
        QVERIFY(exec(sql));
    QVERIFY(exec(QStringLiteral("INSERT INTO enterprises_bigram_fts(enterprises_bigram_fts) VALUES ('integrity-check')")));
    const QStringList problems = compareAll();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestBigramSearch)
#include "tst_bigramsearch.moc"
