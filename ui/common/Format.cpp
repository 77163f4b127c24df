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

QString yuan(Money amount)
{
    const qint64 fen = amount.fen();
    const qint64 whole = (fen < 0 ? -fen : fen) / 100;
    return QCoreApplication::translate("dx::format", "%1 yuan")
        .arg((fen < 0 ? QStringLiteral("-") : QString()) + QLocale().toString(whole) + QLocale().decimalPoint() +
             QStringLiteral("%1").arg((fen < 0 ? -fen : fen) % 100, 2, 10, QLatin1Char('0')));
}

namespace {
bool s_yuan = false;   // read on every cell of a list: kept in memory, not in QSettings
}

void setMoneyInYuan(bool yuanUnit)
{
    s_yuan = yuanUnit;
}

bool moneyInYuan()
{
    return s_yuan;
}

QString money(Money amount)
{
    return s_yuan ? yuan(amount) : wan(amount);
}

double moneyNumber(Money amount)
{
    return double(amount.fen()) / (s_yuan ? 100.0 : 1000000.0);
}

QString withMoneyUnit(const QString& header)
{
    return s_yuan ? QCoreApplication::translate("dx::format", "%1 (yuan)").arg(header)
                  : QCoreApplication::translate("dx::format", "%1 (10k yuan)").arg(header);
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

QString percentInput(int basisPoints)
{
    QString text = QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
    return text.remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

std::optional<int> parsePercent(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,3})(?:\\.(\\d{1,2}))?\\s*%?\\s*$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int whole = m.captured(1).toInt();
    const int fraction = m.captured(2).isEmpty() ? 0 : m.captured(2).leftJustified(2, QLatin1Char('0')).toInt();
    const int bp = whole * 100 + fraction;
    if (bp > 10000)
        return std::nullopt;
    return bp;
}

} // namespace dx::format
