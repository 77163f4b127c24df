#pragma once

#include "EnterpriseImport.h"
#include "RowCells.h"
#include "repo/ClusterRepository.h"

#include <QHash>
#include <QSet>

namespace dx {

struct Cell;

// Turns the cells of one ledger row into an Enterprise: each mapped column parsed by its
// field's rules (credit code check, district and industry by code or name, cluster by name or
// suggested from the industry, 规上 as 是/否, amounts in 元 or 万元, dates in the ways
// people write them). Every problem becomes an ImportIssue naming the row, column and value.
class EnterpriseCells
{
    Q_DECLARE_TR_FUNCTIONS(dx::EnterpriseCells)
public:
    static Result<EnterpriseCells> load(const Database& db, const QVector<Cell>& headerRow, const ImportMapping& mapping);

    Enterprise read(const QVector<Cell>& row, int rowNumber, QVector<ImportIssue>* issues) const;
    // Copies the fields this row fills from `fromFile` into `stored`; returns the labels of the
    // fields whose value changed.
    QStringList mergeInto(const QVector<Cell>& row, const Enterprise& fromFile, Enterprise* stored) const;
    QString header(const QString& key) const;

private:
    EnterpriseCells() = default;
    QString districtCode(const QString& text, QString* reason) const;
    QString industryCode(const QString& text, QString* reason) const;

    ColumnMap m_columns;
    bool m_revenueInWan = true;        // the register keeps revenue in 万元 unless the header says 元
    QSet<QString> m_districtCodes;
    QHash<QString, QString> m_districtByName;   // "" value: the name is ambiguous
    QSet<QString> m_industryCodes;
    QHash<QString, QString> m_industryByName;
    QHash<QString, qint64> m_clusterByName;
    QVector<Cluster> m_clusters;
};

} // namespace dx
