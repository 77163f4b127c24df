#include "Format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace dx::format {

QString wan(Money amount)
{
    const QString plain = amount.toWanString(2);
    const int dot = int(plain.indexOf(QLatin1Char('.')));
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString integral = plain.mid(negative ? 1 : 0, dot - (negative ? 1 : 0));
    QString grouped = QLocale().toString(integral.toLongLong());
    return QCoreApplication::translate("dx::format", "%1 10k yuan")
        .arg((negative ? QStringLiteral("-") : QString()) + grouped + QLocale().decimalPoint() + plain.mid(dot + 1));
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString localTime(const QString& isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : isoUtc;
}

QString wanInput(Money amount)
{
    return amount.fen() ? amount.toWanString(6).remove(QRegularExpression(QStringLiteral("\\.?0+$"))) : QString();
}

} // namespace dx::format
