#pragma once

#include "ImportTarget.h"
#include "RowCells.h"
#include "domain/Provider.h"

#include <QHash>

namespace dx {

// Service providers of the resource pool from a list (牵引单位, 集成服务商, 产品供应商): name,
// credit code (checked), roles and clusters by name, admission batch and date, contact.
// Matched by credit code; a registered provider changes only when chosen, through the pool's
// audited update. Its standing (warned, removed …) is never set by an import.
class ProviderImport : public ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(dx::ProviderImport)
public:
    explicit ProviderImport(const Database& db) : ImportTarget(db) {}
    QString kind() const override { return QStringLiteral("providers"); }
    QString title() const override;
    QVector<ImportField> fields() const override;
    const Provider* record(int rowNumber) const;

protected:
    Status prepare(const QVector<Cell>& headerRow, const ImportMapping& mapping) override;
    ImportAction readRow(const QVector<Cell>& row, int rowNumber, QVector<ImportIssue>* issues, QStringList* changed) override;
    Status write(const QVector<ImportRow>& rows, const QJsonObject& source, const Progress& progress,
                 const std::atomic_bool* cancel) const override;

private:
    ColumnMap m_columns;
    QHash<QString, qint64> m_clusterByName;
    QHash<QString, Provider> m_known;      // credit code → stored provider
    QHash<QString, int> m_firstRowOfCode;
    QHash<int, Provider> m_records;
};

} // namespace dx
