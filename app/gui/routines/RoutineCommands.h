#pragma once

#include "diary/commands/DiaryCommand.h"
#include "routines/Routine.h"

namespace legcare::gui {

// Edits of the person's own routines, undoable like the diary's edits: the routines live in the
// diary's database, so these are DiaryCommands (see DiaryCommand.h for the ownership rules) and
// the focus id they report is the routine's customId. Each keeps full copies of the routine
// before and after, never pointers into a view.

// Creates a routine (empty, or a copy of another's items). Undo deletes it; redo puts it back
// with the same id, so later commands that name it stay valid.
class CreateRoutineCommand final : public DiaryCommand
{
public:
    CreateRoutineCommand(diary::DiaryStore &store, DiaryChanges *changes, QString name,
                         QList<kb::RoutineItem> items);
    qint64 customId() const { return m_routine.customId; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;
    qint64 focusAfterApply() const override { return m_routine.customId; }
    qint64 focusAfterRevert() const override { return 0; }

private:
    routines::Routine m_routine;
};

// Any change of one routine: a new name, items reordered, added or removed, holds and
// repetitions changed. The text says which ("rename routine", "move an exercise", …), after "Undo".
class SaveRoutineCommand final : public DiaryCommand
{
public:
    SaveRoutineCommand(diary::DiaryStore &store, DiaryChanges *changes, routines::Routine before,
                       routines::Routine after, const QString &text);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;
    qint64 focusAfterApply() const override { return m_after.customId; }
    qint64 focusAfterRevert() const override { return m_before.customId; }

private:
    routines::Routine m_before;
    routines::Routine m_after;
};

class DeleteRoutineCommand final : public DiaryCommand
{
public:
    DeleteRoutineCommand(diary::DiaryStore &store, DiaryChanges *changes, routines::Routine routine);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;
    qint64 focusAfterApply() const override { return 0; }
    qint64 focusAfterRevert() const override { return m_routine.customId; }

private:
    routines::Routine m_routine;
};

} // namespace legcare::gui
