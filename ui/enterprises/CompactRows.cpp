#include "CompactRows.h"

namespace dx {

namespace {
constexpr char Separator = '\x1f';   // the ASCII unit separator: never typed into a name
}

quint32 CompactRows::intern(const QString& text)
{
    auto it = m_poolIndex.constFind(text);
    if (it != m_poolIndex.constEnd())
        return it.value();
    const quint32 index = quint32(m_pool.size());
    m_pool << text;
    m_poolIndex.insert(text, index);
    return index;
}

void CompactRows::append(const EnterpriseListRow& r)
{
    Row row;
    row.id = r.id;
    row.revenueFen = r.revenueFen;
    row.employees = r.employees;
    row.tier = qint8(r.tier);
    row.level = qint8(r.level);
    row.aboveScale = r.aboveScale;
    row.archived = r.archived;
    row.shared[District] = intern(r.districtName.isEmpty() ? r.districtCode : r.districtName);
    row.shared[Cluster] = intern(r.clusterName);
    row.shared[Commissioner] = intern(r.commissioner);
    QByteArray texts;
    for (const QString* t : {&r.name, &r.creditCode, &r.contactName, &r.contactPhone, &r.updatedAt}) {
        QString clean = *t;
        clean.replace(QLatin1Char(Separator), QLatin1Char(' '));
        if (!texts.isEmpty() || t != &r.name)
            texts += Separator;
        texts += clean.toUtf8();
    }
    row.textAt = m_texts.size();
    row.textSize = qint32(texts.size());
    m_texts += texts;
    m_rows.push_back(row);
}

void CompactRows::clear()
{
    m_rows.clear();
    m_rows.squeeze();
    m_texts.clear();
    m_texts.squeeze();
    m_pool.clear();
    m_poolIndex.clear();
}

QString CompactRows::text(const Row& row, Text which) const
{
    const QByteArray slice = QByteArray::fromRawData(m_texts.constData() + row.textAt, row.textSize);
    return QString::fromUtf8(slice.split(Separator).value(int(which)));
}

} // namespace dx
