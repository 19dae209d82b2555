#include "diary/commands/DiaryCommand.h"

#include "common/Logging.h"

namespace legcare::gui {

DiaryCommand::DiaryCommand(diary::DiaryStore &store, DiaryChanges *changes)
    : m_store(store)
    , m_changes(changes)
{
}

bool DiaryCommand::execute(QString *error)
{
    if (!apply(error))
        return false;
    m_skipNextRedo = true;
    if (m_changes)
        emit m_changes->changed(focusAfterApply());
    return true;
}

void DiaryCommand::redo()
{
    if (m_skipNextRedo) { // push() after execute(): the store already has it
        m_skipNextRedo = false;
        return;
    }
    QString error;
    if (!apply(&error)) {
        qCWarning(lcDiary) << "Redo failed:" << error;
        setObsolete(true);
        if (m_changes)
            emit m_changes->failed(error);
        return;
    }
    if (m_changes)
        emit m_changes->changed(focusAfterApply());
}

void DiaryCommand::undo()
{
    QString error;
    if (!revert(&error)) {
        qCWarning(lcDiary) << "Undo failed:" << error;
        setObsolete(true);
        if (m_changes)
            emit m_changes->failed(error);
        return;
    }
    if (m_changes)
        emit m_changes->changed(focusAfterRevert());
}

} // namespace legcare::gui
