// Record uuids (core/util/Uuid): version 7 in the RFC 4122 variant, every one different, and
// made in order — also from several threads at once and beyond 4,096 in one millisecond.

#include "util/Uuid.h"

#include <QSet>
#include <QUuid>
#include <QtConcurrent>
#include <QtTest>

using namespace dx;

class TestUuid : public QObject
{
    Q_OBJECT

private slots:
    void versionSevenInOrder()
    {
        QStringList made;
        for (int i = 0; i < 20000; ++i)
            made << newUuid();
        for (int i = 0; i < made.size(); ++i) {
            const QUuid u = QUuid::fromString(made.at(i));
            QVERIFY2(!u.isNull(), qPrintable(made.at(i)));
            QCOMPARE(made.at(i).at(14), QLatin1Char('7'));   // version 7 (Qt 6.4's QUuid::version() stops at 5)
            QCOMPARE(u.variant(), QUuid::DCE);
            QCOMPARE(made.at(i).size(), 36);
            if (i > 0)
                QVERIFY2(made.at(i - 1) < made.at(i), qPrintable(made.at(i - 1) + QStringLiteral(" >= ") + made.at(i)));
        }
        QCOMPARE(QSet<QString>(made.cbegin(), made.cend()).size(), made.size());
        // The time part is now (to the second), so uuids of different days sort by day.
        const qint64 ms = made.first().left(8).toLongLong(nullptr, 16) << 16 | made.first().mid(9, 4).toLongLong(nullptr, 16);
        QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60000);
    }

    void uniqueAcrossThreads()
    {
        const auto batch = [] {
            QStringList out;
            for (int i = 0; i < 5000; ++i)
                out << newUuid();
            return out;
        };
        QList<QFuture<QStringList>> runs;
        for (int t = 0; t < 4; ++t)
            runs << QtConcurrent::run(batch);
        QSet<QString> all;
        for (auto& run : runs) {
            const QStringList list = run.result();
            for (int i = 1; i < list.size(); ++i)
                QVERIFY(list.at(i - 1) < list.at(i));   // in order within each thread
            for (const QString& u : list)
                all.insert(u);
        }
        QCOMPARE(all.size(), 20000);
    }
};

QTEST_GUILESS_MAIN(TestUuid)
#include "tst_uuid.moc"
