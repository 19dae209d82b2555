#pragma once

#include "diary/commands/DiaryCommand.h"

#include <QList>

namespace legcare::gui {

// The diary's undoable edits; ownership as in DiaryCommand.h (the stack owns the command, the
// command owns copies of the episodes, the store is only referenced).

// Logs a new episode. Redo after undo puts it back under the same id, so later commands that
// refer to it stay right.
class AddEpisodeCommand final : public DiaryCommand
{
public:
    AddEpisodeCommand(diary::DiaryStore &store, DiaryChanges *changes, diary::Episode episode);
    qint64 episodeId() const { return m_episode.id; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;
    qint64 focusAfterApply() const override { return m_episode.id; }
    qint64 focusAfterRevert() const override { return 0; }

private:
    diary::Episode m_episode; // as stored (id set after the first apply)
};

// Replaces an episode with an edited copy; undo writes back the episode as it was.
class EditEpisodeCommand final : public DiaryCommand
{
public:
    EditEpisodeCommand(diary::DiaryStore &store, DiaryChanges *changes, diary::Episode before,
                       diary::Episode after);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;
    qint64 focusAfterApply() const override { return m_after.id; }
    qint64 focusAfterRevert() const override { return m_before.id; }

private:
    diary::Episode m_before;
    diary::Episode m_after;
};

// Deletes one or more episodes; undo restores them with their ids, triggers and reliefs.
class DeleteEpisodesCommand final : public DiaryCommand
{
public:
    DeleteEpisodesCommand(diary::DiaryStore &store, DiaryChanges *changes,
                          QList<diary::Episode> episodes);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;
    qint64 focusAfterApply() const override { return 0; }
    qint64 focusAfterRevert() const override;

private:
    QList<diary::Episode> m_episodes; // full copies, as they were stored
};

} // namespace legcare::gui
