#include "Uuid.h"

#include <QByteArray>
#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>

namespace dx {

QString newUuid()
{
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint32 sequence = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint32 seq = 0;
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            // The same millisecond (or the clock stepped back): count on; past 4,096 borrow the next one.
            ms = lastMs;
            if (++sequence > 0xFFF) {
                ++ms;
                sequence = 0;
            }
        } else {
            sequence = 0;
        }
        lastMs = ms;
        seq = sequence;
    }
    const quint64 random = QRandomGenerator::global()->generate64();
    QByteArray b(16, '\0');
    for (int i = 0; i < 6; ++i)
        b[i] = char((ms >> (8 * (5 - i))) & 0xFF);
    b[6] = char(0x70 | ((seq >> 8) & 0x0F));   // version 7
    b[7] = char(seq & 0xFF);
    b[8] = char(0x80 | (random & 0x3F));         // RFC 4122 variant
    for (int i = 9; i < 16; ++i)
        b[i] = char((random >> (8 * (i - 8))) & 0xFF);
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

} // namespace dx
