#pragma once

#include "ImportTarget.h"
#include "domain/Enterprise.h"

#include <QHash>
#include <memory>

namespace dx {

class EnterpriseCells;

// Enterprises from a ledger table: the fields the register keeps, every cell checked, duplicates
// inside the file and against the register (by credit code), new enterprises in one bulk insert
// and — when chosen — changed ones through the editor's versioned, audited update.
class EnterpriseImport : public ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(dx::EnterpriseImport)
public:
    explicit EnterpriseImport(const Database& db);
    ~EnterpriseImport() override;

    static const QString& kindName();   // "enterprises"
    static QVector<ImportField> fieldList();
    QString kind() const override { return kindName(); }
    QString title() const override;
    QVector<ImportField> fields() const override { return fieldList(); }
    // What the last dry run read for a row (for Update and Unchanged: the stored record with
    // the file's values merged in); null for an invalid or unknown row.
    const Enterprise* record(int rowNumber) const;

protected:
    Status prepare(const QVector<Cell>& headerRow, const ImportMapping& mapping) override;
    ImportAction readRow(const QVector<Cell>& row, int rowNumber, QVector<ImportIssue>* issues, QStringList* changed) override;
    Status write(const QVector<ImportRow>& rows, const QJsonObject& source, const Progress& progress,
                 const std::atomic_bool* cancel) const override;

private:
    std::unique_ptr<EnterpriseCells> m_cells;
    QHash<QString, qint64> m_known;           // credit code → id
    QHash<QString, int> m_firstRowOfCode;     // duplicates inside the file
    QHash<int, Enterprise> m_records;         // row number → what would be written
};

} // namespace dx
