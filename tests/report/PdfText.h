#pragma once

// Reading back the PDFs the report tests print, with poppler's tools (scripts/deps.sh installs
// poppler-utils): the text a reader would select or search, and the page count.
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QTranslator>

namespace dx::test {

inline QString pdfText(const QString& path, int page = 0, bool layout = false)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << path << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline int pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(60000);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

inline bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

// Whether `text` holds the footer "第 page 页 共 pages 页". pdftotext leaves out the spaces of a
// line made only of ideographs and digits ("第1页共3页"), so they are not compared.
inline bool hasFooter(const QString& text, int page, int pages)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).remove(space).contains(QStringLiteral("第%1页共%2页").arg(page).arg(pages));
}

// The footer as the Chinese interface prints it, without depending on the .ts file being
// translated yet: the test checks that "第 N 页 共 M 页" goes into the PDF and comes back out.
class ChineseFooter : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "dx::report::Renderer") == 0 && qstrcmp(source, "Page %1 of %2") == 0)
            return QStringLiteral("第 %1 页 共 %2 页");
        return QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace dx::test
