#include "ReportFormat.h"

#include "assessment/AssessmentIndex.h"
#include "domain/Enterprise.h"
#include "util/Settings.h"

#include <QLocale>
#include <QRegularExpression>

namespace dx::report {

QString Format::count(qint64 n)
{
    // Grouped by thousands the way both Chinese and English documents write figures,
    // independent of the machine's locale so every print reads the same.
    return QLocale(QLocale::English).toString(n);
}

QString Format::amount(Money m)
{
    const QString plain = m.toYuanString();   // "-1234567.89"
    const int dot = int(plain.indexOf(QLatin1Char('.')));
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const qint64 integral = plain.mid(negative ? 1 : 0, dot - (negative ? 1 : 0)).toLongLong();
    return (negative ? QStringLiteral("-") : QString()) + count(integral) + plain.mid(dot);
}

QString Format::date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

QString Format::text(const QString& s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("—") : s;
}

QString Format::yesNo(bool b)
{
    return b ? tr("Yes") : tr("No");
}

QString Format::percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    return QStringLiteral("%1%").arg(double(part) * 100.0 / double(whole), 0, 'f', 1);
}

QString Format::level(int level)
{
    return level > 0 ? AssessmentIndex::levelName(level) : tr("No level");
}

QString Format::phone(const QString& phone, const Options& options)
{
    return text(options.showPersonal ? phone : maskPhone(phone));
}

QString Format::bureau(const Options& options)
{
    if (!options.bureau.trimmed().isEmpty())
        return options.bureau.trimmed();
    const QString configured = Settings::value(Settings::Key::BureauName).toString().trimmed();
    return configured.isEmpty() ? tr("SME Bureau") : configured;
}

QDate Format::today(const Options& options)
{
    return options.today.isValid() ? options.today : QDate::currentDate();
}

QString Format::sha256(const QString& hex)
{
    return hex.left(32) + QLatin1Char('\n') + hex.mid(32);
}

QString Format::pdfFileName(const QString& stem)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    return QString(stem).replace(unsafe, QStringLiteral("_")).trimmed() + QStringLiteral(".pdf");
}

} // namespace dx::report
