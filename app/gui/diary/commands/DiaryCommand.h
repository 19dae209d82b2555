#pragma once

#include "diary/DiaryStore.h"

#include <QObject>
#include <QPointer>
#include <QUndoCommand>

namespace legcare::gui {

// Tells the views that a diary command changed the store (so they re-read it) or failed.
class DiaryChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiaryChanges)

public:
    explicit DiaryChanges(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

signals:
    // The store changed; focusId is the episode to show (0: none in particular).
    void changed(qint64 focusId);
    void failed(const QString &message);
};

// Edits of the diary that the user may undo (Ctrl+Z) and redo.
//
// Ownership: a command is owned by the QUndoStack it is pushed onto (the Diary page's), which
// deletes it. A command keeps *copies* of the episodes it touches (never pointers into a model)
// and refers to them by id, so it stays valid however the model reloads. The DiaryStore is
// referenced, not owned: main() owns it and it outlives the window, the page and the stack. The
// DiaryChanges notifier belongs to the page; the command holds a QPointer to it.
//
// A command writes the store once in execute() before it is pushed, so a failure can be shown
// where the user is and nothing is pushed; push() then calls redo(), which skips that first
// time. A later undo or redo that fails reports through DiaryChanges::failed and marks the
// command obsolete, so the stack drops it rather than pretend it happened.
class DiaryCommand : public QUndoCommand
{
public:
    DiaryCommand(diary::DiaryStore &store, DiaryChanges *changes);
    Q_DISABLE_COPY_MOVE(DiaryCommand)

    // The first run; false (with *error set) when the store refused.
    bool execute(QString *error);

    void redo() final;
    void undo() final;

protected:
    virtual bool apply(QString *error) = 0; // do (again)
    virtual bool revert(QString *error) = 0; // undo
    virtual qint64 focusAfterApply() const = 0;
    virtual qint64 focusAfterRevert() const = 0;

    diary::DiaryStore &m_store;

private:
    QPointer<DiaryChanges> m_changes;
    bool m_skipNextRedo = false;
};

} // namespace legcare::gui
