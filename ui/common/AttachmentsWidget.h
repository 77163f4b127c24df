#pragma once

#include <QWidget>
#include <memory>

class QComboBox;
class QTreeWidget;

namespace dx {

class Database;

// The evidence documents of a project or a diagnosis: attach a file (stored in the database
// with its SHA-256), open it with the system viewer, or save a copy. Documents are kept.
class AttachmentsWidget : public QWidget
{
    Q_OBJECT
public:
    AttachmentsWidget(std::shared_ptr<Database> db, const QString& ownerTable, qint64 ownerId, QWidget* parent = nullptr);
    void reload();
    // Attaches a file without the file dialog (drag and drop, tests). Shows errors itself.
    bool attachFile(const QString& path);

private:
    void attach();
    void openCurrent();
    void saveCopy();
    qint64 currentId() const;

    std::shared_ptr<Database> m_db;
    QString m_ownerTable;
    qint64 m_ownerId;
    QTreeWidget* m_view;
    QComboBox* m_kind;
};

} // namespace dx
