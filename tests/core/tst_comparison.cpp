// Before/after comparison of two diagnoses: totals, level, dimensions, items and scenes.
#include "assessment/Comparison.h"

#include <QtTest>

using namespace dx;

class TestComparison : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto index = AssessmentIndex::shipped(QStringLiteral("miit-sme-dx"), QStringLiteral("2024"));
        QVERIFY2(index.isOk(), qPrintable(index.message()));
        m_index = index.value();
    }

    void itemsScenesAndLevel()
    {
        const IndexItem* band = nullptr;
        for (const IndexItem* item : m_index.allItems())
            if (item->kind == ItemKind::Band && !band)
                band = item;
        QVERIFY(band);
        Answers before, after;
        before.items.insert(band->id, ItemAnswer{{}, band->min});            // lowest band
        after.items.insert(band->id, ItemAnswer{{}, band->max});             // highest band
        before.sceneLevels.insert(m_index.scenes.at(0).id, 1);
        after.sceneLevels.insert(m_index.scenes.at(0).id, 3);
        after.sceneLevels.insert(m_index.scenes.at(1).id, 2);

        const QVector<ComparisonRow> rows = Comparison::compare(m_index, before, m_index, after);
        auto find = [&rows](ComparisonRow::Kind kind, const QString& id) -> const ComparisonRow* {
            for (const ComparisonRow& r : rows)
                if (r.kind == kind && r.id == id)
                    return &r;
            return nullptr;
        };
        const MilliPoints gain = band->bands.last().points - band->bands.first().points;
        const ComparisonRow* total = find(ComparisonRow::Total, QStringLiteral("total"));
        QVERIFY(total);
        QCOMPARE(total->delta, gain);
        const ComparisonRow* item = find(ComparisonRow::Item, band->id);
        QVERIFY(item);
        QCOMPARE(item->delta, gain);
        QCOMPARE(item->after, AssessmentIndex::formatPoints(band->points));
        const ComparisonRow* scene0 = find(ComparisonRow::Scene, m_index.scenes.at(0).id);
        QCOMPARE(scene0->delta, qint64(2));
        const ComparisonRow* scene1 = find(ComparisonRow::Scene, m_index.scenes.at(1).id);
        QCOMPARE(scene1->delta, qint64(2));
        QCOMPARE(scene1->before, QStringLiteral("—"));
        // An unanswered item shows a dash and no change.
        int unchanged = 0;
        for (const ComparisonRow& r : rows)
            if (r.kind == ComparisonRow::Item && r.id != band->id) {
                QCOMPARE(r.before, QStringLiteral("—"));
                QCOMPARE(r.delta, qint64(0));
                ++unchanged;
            }
        QCOMPARE(unchanged, int(m_index.allItems().size()) - 1);
        // Every item, dimension and scene appears once, plus total and level.
        QCOMPARE(int(rows.size()), 2 + int(m_index.dimensions.size()) + int(m_index.allItems().size()) + int(m_index.scenes.size()));
    }

    void levelChangeIsCounted()
    {
        Answers none;
        Answers full;
        for (const IndexItem* item : m_index.allItems()) {
            ItemAnswer a;
            if (item->kind == ItemKind::Band)
                a.value = item->max;
            else if (item->kind == ItemKind::Multi) {
                for (const IndexOption& o : item->options)
                    if (!o.exclusive)
                        a.options << o.id;
            } else {
                MilliPoints best = -1;
                QString id;
                for (const IndexOption& o : item->options)
                    if (o.points > best) {
                        best = o.points;
                        id = o.id;
                    }
                a.options << id;
            }
            full.items.insert(item->id, a);
        }
        for (const Scene& s : m_index.scenes)
            full.sceneLevels.insert(s.id, 4);
        const QVector<ComparisonRow> rows = Comparison::compare(m_index, none, m_index, full);
        QCOMPARE(rows.at(0).kind, ComparisonRow::Total);
        QCOMPARE(rows.at(0).after, QStringLiteral("100"));
        QCOMPARE(rows.at(1).kind, ComparisonRow::Level);
        QCOMPARE(rows.at(1).delta, qint64(m_index.levels.first().level));
        QCOMPARE(rows.at(1).after, m_index.levels.first().name);
    }

private:
    AssessmentIndex m_index;
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
