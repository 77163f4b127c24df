#pragma once

#include "ImportTarget.h"
#include "ProjectResolver.h"
#include "RowCells.h"
#include "repo/GrantRepository.h"

#include <QHash>
#include <QSet>

namespace dx {

// Subsidy applications from a list (e.g. the applications a district collected on paper):
// enterprise by credit code, project by title (or the enterprise's only project), policy by
// name, requested amount, application date. Each is filed through GrantRepository::apply, so
// its eligible amount is computed and explained exactly as in the application dialog. An
// application the enterprise already has open for the same project and policy is "unchanged".
class GrantImport : public ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(dx::GrantImport)
public:
    explicit GrantImport(const Database& db) : ImportTarget(db), m_resolver(db) {}
    QString kind() const override { return QStringLiteral("grants"); }
    QString title() const override;
    QVector<ImportField> fields() const override;

protected:
    Status prepare(const QVector<Cell>& headerRow, const ImportMapping& mapping) override;
    ImportAction readRow(const QVector<Cell>& row, int rowNumber, QVector<ImportIssue>* issues, QStringList* changed) override;
    Status write(const QVector<ImportRow>& rows, const QJsonObject& source, const Progress& progress,
                 const std::atomic_bool* cancel) const override;

private:
    ColumnMap m_columns;
    ProjectResolver m_resolver;
    bool m_amountsInWan = false;
    QHash<QString, qint64> m_policyByName;
    QSet<QString> m_open;                  // enterprise|project|policy of applications still open
    QHash<QString, int> m_firstRowOfKey;
    QHash<int, GrantApplication> m_records;
};

} // namespace dx
