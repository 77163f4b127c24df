#pragma once

#include "ImportTarget.h"
#include "ProjectResolver.h"
#include "RowCells.h"
#include "domain/Project.h"

#include <QHash>
#include <QSet>

namespace dx {

// A project's money from a ledger: cost lines, invoices or payment proofs, one kind per file.
// A row names the enterprise by credit code and the project by its title (which may be left
// out when the enterprise has one project). Invoices are matched by number and payments by
// voucher within their project, cost lines by category, description and amount: a row already
// recorded is "unchanged", never a second copy. Written through the project editor's audited
// line-saving path, so a closed project refuses what the editor would refuse.
class ProjectMoneyImport : public ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(dx::ProjectMoneyImport)
public:
    enum class Lines { CostLines, Invoices, Payments };
    ProjectMoneyImport(const Database& db, Lines lines) : ImportTarget(db), m_lines(lines), m_resolver(db) {}
    QString kind() const override;
    QString title() const override;
    QVector<ImportField> fields() const override;

protected:
    Status prepare(const QVector<Cell>& headerRow, const ImportMapping& mapping) override;
    ImportAction readRow(const QVector<Cell>& row, int rowNumber, QVector<ImportIssue>* issues, QStringList* changed) override;
    Status write(const QVector<ImportRow>& rows, const QJsonObject& source, const Progress& progress,
                 const std::atomic_bool* cancel) const override;

private:
    // The project a row means, or 0 with an issue.
    qint64 projectOf(RowCells& cells);
    // What identifies a line within its project, for duplicates in the file and the database.
    Result<QSet<QString>> storedKeys(qint64 projectId);

    Lines m_lines;
    ColumnMap m_columns;
    bool m_amountsInWan = false;
    ProjectResolver m_resolver;
    QHash<qint64, ProjectState> m_projectState;
    QHash<qint64, QSet<QString>> m_stored;          // project → keys of its stored lines
    QHash<QString, int> m_firstRowOfKey;
    QHash<int, CostLine> m_costLines;
    QHash<int, Invoice> m_invoices;
    QHash<int, Payment> m_payments;
};

} // namespace dx
