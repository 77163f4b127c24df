// translations/dxdesk_zh_CN.ts is complete: no unfinished entry, no source string missing
// (lupdate over today's sources finds nothing new), and the compiled catalogue translates
// core messages at run time under the contexts the code uses.
#include "domain/CreditCode.h"
#include "domain/Enterprise.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Catalogue
{
    QSet<QString> keys;        // context + '\x1f' + source
    QStringList unfinished;
    QStringList placeholderMismatch;
};

Catalogue readTs(const QString& path)
{
    Catalogue c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&f);
    QString context, source, translation;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            c.keys.insert(context + QChar(0x1f) + source);
            if (unfinished || translation.isEmpty())
                c.unfinished << context + QStringLiteral(": ") + source;
            static const QRegularExpression ph(QStringLiteral("%(\\d+|n)"));
            QSet<QString> a, b;
            for (auto it = ph.globalMatch(source); it.hasNext();)
                a.insert(it.next().captured(0));
            for (auto it = ph.globalMatch(translation); it.hasNext();)
                b.insert(it.next().captured(0));
            if (!unfinished && a != b)
                c.placeholderMismatch << source;
        }
    }
    return c;
}

const QString kTs = QStringLiteral(DX_SOURCE_DIR "/translations/dxdesk_zh_CN.ts");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void noUnfinishedEntries()
    {
        const Catalogue c = readTs(kTs);
        QVERIFY2(c.keys.size() > 100, "the catalogue is missing or nearly empty");
        QVERIFY2(c.unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished, e.g. %2")
                                                        .arg(c.unfinished.size())
                                                        .arg(c.unfinished.mid(0, 5).join(QStringLiteral(" | ")))));
        QVERIFY2(c.placeholderMismatch.isEmpty(), qPrintable(c.placeholderMismatch.join(QStringLiteral(" | "))));
    }

    void noSourceStringMissing()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QFile::copy(kTs, fresh);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(DX_SOURCE_DIR));
        lupdate.start(QStringLiteral(DX_LUPDATE), {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                                   QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                                                   QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const Catalogue committed = readTs(kTs);
        const Catalogue current = readTs(fresh);
        QStringList missing;
        for (const QString& k : current.keys)
            if (!committed.keys.contains(k))
                missing << k.section(QChar(0x1f), 0, 0) + QStringLiteral(": ") + k.section(QChar(0x1f), 1);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the .ts: ") + missing.mid(0, 8).join(QStringLiteral(" | "))));
        QVERIFY2(current.unfinished.isEmpty(), qPrintable(current.unfinished.mid(0, 8).join(QStringLiteral(" | "))));
    }

    // Strings looked up at run time under a context the catalogue does not have stay English
    // (a free tr() helper in a namespace is filed by lupdate under the namespace): every context
    // the code names must be one the catalogue has.
    void contextsNamedInCodeExist()
    {
        QSet<QString> contexts;
        for (const QString& k : readTs(kTs).keys)
            contexts.insert(k.section(QChar(0x1f), 0, 0));
        static const QRegularExpression named(
            QStringLiteral("(?:translate\\(\\s*\"([\\w:]+)\"|Q_DECLARE_TR_FUNCTIONS\\(([\\w:]+)\\))"));
        QStringList unknown;
        int seen = 0;
        for (const QString& area : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(QStringLiteral(DX_SOURCE_DIR "/") + area, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                for (auto m = named.globalMatch(text); m.hasNext();) {
                    const auto match = m.next();
                    const QString context = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
                    ++seen;
                    if (!contexts.contains(context))
                        unknown << QStringLiteral("%1 (%2)").arg(context, QFileInfo(f.fileName()).fileName());
                }
            }
        }
        QVERIFY2(seen > 20, "the scan found no translation contexts");
        unknown.removeDuplicates();
        QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("contexts missing from the .ts: ") + unknown.join(QStringLiteral(", "))));
    }

    void coreMessagesTranslateAtRunTime()
    {
        QTemporaryDir dir;
        const QString qm = dir.filePath(QStringLiteral("zh.qm"));
        QProcess lrelease;
        const QString tool = QString::fromLatin1(DX_LUPDATE).replace(QStringLiteral("lupdate"), QStringLiteral("lrelease"));
        lrelease.start(tool, {kTs, QStringLiteral("-qm"), qm});
        QVERIFY(lrelease.waitForFinished(60000));
        QCOMPARE(lrelease.exitCode(), 0);
        QTranslator translator;
        QVERIFY(translator.load(qm));
        QCoreApplication::installTranslator(&translator);
        const QString message = dx::CreditCode::check(QStringLiteral("91330106MA27Y4U47Y")).message();
        const QString tier = dx::tierName(dx::Tier::LittleGiant);
        QCoreApplication::removeTranslator(&translator);
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        QVERIFY2(han.match(message).hasMatch(), qPrintable(message));
        QVERIFY2(han.match(tier).hasMatch(), qPrintable(tier));
        QVERIFY(message.contains(QLatin1Char('R')));   // the placeholder survived
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
