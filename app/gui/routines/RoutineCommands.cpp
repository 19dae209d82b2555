#include "routines/RoutineCommands.h"

#include "routines/RoutineStore.h"

#include <QCoreApplication>

namespace legcare::gui {

CreateRoutineCommand::CreateRoutineCommand(diary::DiaryStore &store, DiaryChanges *changes, QString name,
                                           QList<kb::RoutineItem> items)
    : DiaryCommand(store, changes)
    , m_routine(routines::customRoutine(0, name, items))
{
    setText(QCoreApplication::translate("RoutineCommands", "create routine “%1”").arg(name));
}

bool CreateRoutineCommand::apply(QString *error)
{
    routines::RoutineStore store(m_store);
    if (m_routine.customId > 0) // redo: the same id as before
        return store.restoreRoutine(m_routine, error);
    const std::optional<qint64> id = store.createRoutine(m_routine.name.en, m_routine.items, error);
    if (!id)
        return false;
    m_routine = routines::customRoutine(*id, m_routine.name.en, m_routine.items);
    return true;
}

bool CreateRoutineCommand::revert(QString *error)
{
    return routines::RoutineStore(m_store).deleteRoutine(m_routine.customId, error);
}

SaveRoutineCommand::SaveRoutineCommand(diary::DiaryStore &store, DiaryChanges *changes, routines::Routine before,
                                       routines::Routine after, const QString &text)
    : DiaryCommand(store, changes)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

bool SaveRoutineCommand::apply(QString *error)
{
    return routines::RoutineStore(m_store).saveRoutine(m_after, error);
}

bool SaveRoutineCommand::revert(QString *error)
{
    return routines::RoutineStore(m_store).saveRoutine(m_before, error);
}

DeleteRoutineCommand::DeleteRoutineCommand(diary::DiaryStore &store, DiaryChanges *changes,
                                           routines::Routine routine)
    : DiaryCommand(store, changes)
    , m_routine(std::move(routine))
{
    setText(QCoreApplication::translate("RoutineCommands", "delete routine “%1”").arg(m_routine.name.en));
}

bool DeleteRoutineCommand::apply(QString *error)
{
    return routines::RoutineStore(m_store).deleteRoutine(m_routine.customId, error);
}

bool DeleteRoutineCommand::revert(QString *error)
{
    return routines::RoutineStore(m_store).restoreRoutine(m_routine, error);
}

} // namespace legcare::gui
