#pragma once

#include <QDialog>
#include <memory>

namespace dx {

class Database;

// Two diagnoses of an enterprise side by side: total, level, dimensions, items and scenes,
// the older one first, with the change in a third column.
class ComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    ComparisonDialog(std::shared_ptr<Database> db, qint64 firstId, qint64 secondId, QWidget* parent = nullptr);
};

} // namespace dx
