#pragma once

#include "domain/Enterprise.h"

#include <QUndoCommand>
#include <functional>
#include <memory>

namespace dx {

class Database;

// One saved change of an enterprise (an edit, an archive or a restore), undoable as a new,
// audited version: undo writes the old values back, redo the new ones. Both go through the
// repository's version check, so an undo never overwrites someone else's later change.
class EnterpriseUndoCommand : public QUndoCommand
{
public:
    EnterpriseUndoCommand(std::shared_ptr<Database> db, Enterprise before, Enterprise after, const QString& text);
    void undo() override;
    void redo() override;

    // Called with the message when undo/redo could not be applied (e.g. a conflict).
    static void setErrorHandler(std::function<void(const QString&)> handler);

private:
    bool apply(const Enterprise& target);
    std::shared_ptr<Database> m_db;
    Enterprise m_before;
    Enterprise m_after;
    bool m_firstRedo = true;   // the change is already saved when the command is pushed
};

} // namespace dx
