#include "EnterpriseUndoCommand.h"

#include "repo/EnterpriseRepository.h"

#include <QCoreApplication>

namespace dx {

namespace {
std::function<void(const QString&)> s_errorHandler;
}

EnterpriseUndoCommand::EnterpriseUndoCommand(std::shared_ptr<Database> db, Enterprise before, Enterprise after, const QString& text)
    : QUndoCommand(text), m_db(std::move(db)), m_before(std::move(before)), m_after(std::move(after))
{
}

void EnterpriseUndoCommand::setErrorHandler(std::function<void(const QString&)> handler)
{
    s_errorHandler = std::move(handler);
}

bool EnterpriseUndoCommand::apply(const Enterprise& target)
{
    EnterpriseRepository repo(*m_db);
    auto current = repo.get(target.id);
    if (!current) {
        if (s_errorHandler)
            s_errorHandler(current.message());
        return false;
    }
    // Only undo what this command did: if the stored record is no longer the state this
    // command left, someone changed it since, and their change wins.
    const Enterprise& expected = &target == &m_before ? m_after : m_before;
    if (current->version != expected.version) {
        if (s_errorHandler)
            s_errorHandler(QCoreApplication::translate("dx::EnterpriseUndoCommand",
                                                       "\"%1\" was changed again by %2 at %3; the undo was not applied.")
                               .arg(current->name, current->updatedBy, current->updatedAt));
        return false;
    }
    Enterprise next = target;
    next.version = current->version;
    auto saved = repo.update(next);
    if (!saved) {
        if (s_errorHandler)
            s_errorHandler(saved.message());
        return false;
    }
    // Remember the versions the stored record now has, for the next undo/redo.
    if (&target == &m_before)
        m_before.version = saved->version;
    else
        m_after.version = saved->version;
    return true;
}

void EnterpriseUndoCommand::undo()
{
    if (!apply(m_before))
        setObsolete(true);
}

void EnterpriseUndoCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (!apply(m_after))
        setObsolete(true);
}

} // namespace dx
