#pragma once

#include "ImportMapping.h"
#include "domain/Enterprise.h"
#include "util/Result.h"

#include <QJsonObject>
#include <atomic>
#include <functional>

namespace dx {

class Database;
struct Table;

// One problem of one cell or row, as the dry-run report lists it.
struct ImportIssue
{
    int row = 0;        // the row number the user sees in Excel/WPS (1-based, header included)
    QString column;     // the header of the column, empty for a whole-row problem
    QString value;
    QString reason;     // translated
};

enum class ImportAction {
    Create,     // a new enterprise
    Update,     // matched by credit code and the file changes it: written only with updateExisting
    Unchanged,  // matched by credit code, the file says nothing new
    Invalid,    // has at least one issue: never written
};

struct ImportRow
{
    int row = 0;
    ImportAction action = ImportAction::Invalid;
    Enterprise enterprise;   // for Update and Unchanged: the stored record with the file's values merged in
    QStringList changedFields;
};

struct ImportOptions
{
    int headerRow = 0;            // index of the header row in the table; data starts below it
    bool updateExisting = false;  // matched enterprises take the file's values (versioned, audited)
    bool skipInvalid = false;     // import the valid rows even when others are invalid
};

// The dry run: what an import would do, row by row, before anything is written.
struct ImportPlan
{
    QVector<ImportRow> rows;
    QVector<ImportIssue> issues;
    int count(ImportAction action) const;
    int dataRows() const { return int(rows.size()); }
    // What would be written with these options: nothing while a row is invalid, unless the
    // valid rows are imported on their own.
    bool writesAnything(const ImportOptions& options) const;
};

struct ImportOutcome
{
    int created = 0;
    int updated = 0;
    int skipped = 0;   // invalid and unchanged rows, and changed ones when updating was not chosen
};

// Enterprises from a ledger table: the fields the register keeps, the validation of every
// cell, duplicates inside the file and against the database, and the import itself in one
// transaction through the same validated, audited repository paths as the editor.
class EnterpriseImport
{
    Q_DECLARE_TR_FUNCTIONS(dx::EnterpriseImport)
public:
    explicit EnterpriseImport(const Database& db) : m_db(db) {}

    static const QString& kind();   // "enterprises", for remembered mappings
    static QVector<ImportField> fields();

    using Progress = std::function<void(int done, int total)>;
    Result<ImportPlan> dryRun(const Table& table, const ImportMapping& mapping, const ImportOptions& options,
                              const Progress& progress = {}, const std::atomic_bool* cancel = nullptr) const;
    // Writes the plan: everything or, on any failure or cancel, nothing. `source` names the
    // file in the audit rows.
    Result<ImportOutcome> apply(const ImportPlan& plan, const ImportOptions& options, const QString& source,
                                const Progress& progress = {}, const std::atomic_bool* cancel = nullptr) const;

private:
    const Database& m_db;
};

QString importActionName(ImportAction action);   // translated

} // namespace dx
