#pragma once

#include "repo/EnterpriseRepository.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace dx {

// The register's loaded rows in little memory, so a whole province scrolled end to end stays
// within a few hundred MB (EnterpriseListRow, with its ten strings and its cursor, takes about
// 1 KB a row: 992 MB for 1,000,000). Numbers are kept inline; the texts many rows repeat
// (district, cluster, industry, commissioner) once in a pool; each row's own texts as UTF-8 in one
// shared buffer, decoded only for the cells on screen.
class CompactRows
{
public:
    enum Text { Name, CreditCode, Contact, Phone, UpdatedAt, TextCount };
    enum Shared { District, Cluster, Commissioner, SharedCount };

    struct Row
    {
        qint64 id = 0;
        qint64 revenueFen = 0;
        qint64 textAt = 0;         // offset in the buffer
        qint32 textSize = 0;
        qint32 employees = 0;
        quint32 shared[SharedCount] = {};
        qint8 tier = 0;
        qint8 level = -1;
        bool aboveScale = false;
        bool archived = false;
    };

    void append(const EnterpriseListRow& row);
    void clear();
    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const Row& at(int i) const { return m_rows.at(i); }
    QString text(const Row& row, Text which) const;
    const QString& shared(const Row& row, Shared which) const { return m_pool.at(int(row.shared[which])); }

private:
    quint32 intern(const QString& text);

    QVector<Row> m_rows;
    QByteArray m_texts;
    QStringList m_pool;
    QHash<QString, quint32> m_poolIndex;
};

} // namespace dx
