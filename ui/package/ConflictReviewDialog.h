#pragma once

#include <QDialog>
#include <memory>

class QTableWidget;
class QLabel;

namespace dx {

class Database;

// The review queue: every field changed on both sides, with the value as it left, the bureau's
// and the field's, and a choice per field. Apply settles the decided ones, each in its own
// transaction; a field the bureau changed again since is refused and stays in the queue.
class ConflictReviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { RecordColumn, FieldColumn, BaseColumn, BureauColumn, FieldValueColumn, ChoiceColumn, ColumnCount };
    ConflictReviewDialog(std::shared_ptr<Database> db, QWidget* parent = nullptr);

private:
    void reload();
    void apply();

    std::shared_ptr<Database> m_db;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace dx
