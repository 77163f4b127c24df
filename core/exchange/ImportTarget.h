#pragma once

#include "ImportMapping.h"
#include "util/Result.h"

#include <QJsonObject>
#include <atomic>
#include <functional>
#include <memory>

namespace dx {

class Database;
struct Cell;
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
    Create,     // a new record
    Update,     // matched to a stored record that the file changes: written only with updateExisting
    Unchanged,  // matched, and the file says nothing new
    Invalid,    // has at least one issue: never written
};
QString importActionName(ImportAction action);   // translated

struct ImportRow
{
    int row = 0;
    ImportAction action = ImportAction::Invalid;
    QStringList changedFields;   // labels, for Update
};

struct ImportOptions
{
    int headerRow = 0;            // index of the header row in the table; data starts below it
    bool updateExisting = false;  // matched records take the file's values (versioned, audited)
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

// One kind of record a ledger can fill (enterprises, providers, a project's cost lines,
// invoices and payments, grant applications). The machinery is shared: the dry run walks the
// rows with progress and cancel and asks the kind to read and check each; the import writes
// the chosen rows in one transaction through the kind's audited repository paths, so a
// failure or a cancel anywhere leaves the database exactly as it was.
// An object keeps what its dry run read until apply() writes it: use one per file.
class ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(dx::ImportTarget)
public:
    using Progress = std::function<void(int done, int total)>;
    explicit ImportTarget(const Database& db) : m_db(db) {}
    virtual ~ImportTarget() = default;

    virtual QString kind() const = 0;                 // stable name: remembered mappings, command line
    virtual QString title() const = 0;                // translated, for dialogs
    virtual QVector<ImportField> fields() const = 0;

    Result<ImportPlan> dryRun(const Table& table, const ImportMapping& mapping, const ImportOptions& options,
                              const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    // Writes the plan of the last dry run: everything or, on any failure or cancel, nothing.
    // `source` names the file in the audit rows.
    Result<ImportOutcome> apply(const ImportPlan& plan, const ImportOptions& options, const QString& source,
                                const Progress& progress = {}, const std::atomic_bool* cancel = nullptr) const;

    static QStringList kinds();   // "enterprises", "providers", "cost-lines", "invoices", "payments", "grants"
    static std::unique_ptr<ImportTarget> create(const QString& kind, const Database& db);   // null when unknown

protected:
    // Loads what checking the rows needs (reference data, the stored records to match).
    virtual Status prepare(const QVector<Cell>& headerRow, const ImportMapping& mapping) = 0;
    // Reads and checks one row, keeping what it would write; adds issues (then the caller marks
    // the row Invalid) and fills `changed` for a matched record the file changes.
    virtual ImportAction readRow(const QVector<Cell>& row, int rowNumber, QVector<ImportIssue>* issues, QStringList* changed) = 0;
    // Writes these rows (Create, and Update when chosen) inside the caller's transaction.
    virtual Status write(const QVector<ImportRow>& rows, const QJsonObject& source, const Progress& progress,
                         const std::atomic_bool* cancel) const = 0;

    const Database& m_db;
};

} // namespace dx
