#include "diary/commands/EpisodeCommands.h"

#include <QCoreApplication>

namespace legcare::gui {

AddEpisodeCommand::AddEpisodeCommand(diary::DiaryStore &store, DiaryChanges *changes,
                                     diary::Episode episode)
    : DiaryCommand(store, changes)
    , m_episode(std::move(episode))
{
    setText(QCoreApplication::translate("DiaryCommands", "log a cramp episode"));
}

bool AddEpisodeCommand::apply(QString *error)
{
    if (m_episode.id > 0) // again after an undo: the same id as before
        return m_store.restoreEpisode(m_episode, error);
    const std::optional<qint64> id = m_store.addEpisode(m_episode, error);
    if (!id)
        return false;
    // Keep what the store holds (times are stored to the second), so undo and redo are exact.
    m_episode = m_store.episode(*id).value_or(m_episode);
    m_episode.id = *id;
    return true;
}

bool AddEpisodeCommand::revert(QString *error)
{
    return m_store.deleteEpisode(m_episode.id, error);
}

EditEpisodeCommand::EditEpisodeCommand(diary::DiaryStore &store, DiaryChanges *changes,
                                       diary::Episode before, diary::Episode after)
    : DiaryCommand(store, changes)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    m_after.id = m_before.id;
    setText(QCoreApplication::translate("DiaryCommands", "edit a cramp episode"));
}

bool EditEpisodeCommand::apply(QString *error)
{
    return m_store.updateEpisode(m_after, error);
}

bool EditEpisodeCommand::revert(QString *error)
{
    return m_store.updateEpisode(m_before, error);
}

DeleteEpisodesCommand::DeleteEpisodesCommand(diary::DiaryStore &store, DiaryChanges *changes,
                                             QList<diary::Episode> episodes)
    : DiaryCommand(store, changes)
    , m_episodes(std::move(episodes))
{
    const int count = static_cast<int>(m_episodes.size());
    setText(QCoreApplication::translate("DiaryCommands", "delete %n cramp episode(s)", "", count));
}

bool DeleteEpisodesCommand::apply(QString *error)
{
    // One write each; on a failure part-way, put back the ones already deleted.
    for (qsizetype i = 0; i < m_episodes.size(); ++i) {
        if (!m_store.deleteEpisode(m_episodes[i].id, error)) {
            for (qsizetype j = 0; j < i; ++j)
                m_store.restoreEpisode(m_episodes[j], nullptr);
            return false;
        }
    }
    return true;
}

bool DeleteEpisodesCommand::revert(QString *error)
{
    for (qsizetype i = 0; i < m_episodes.size(); ++i) {
        if (!m_store.restoreEpisode(m_episodes[i], error)) {
            for (qsizetype j = 0; j < i; ++j)
                m_store.deleteEpisode(m_episodes[j].id, nullptr);
            return false;
        }
    }
    return true;
}

qint64 DeleteEpisodesCommand::focusAfterRevert() const
{
    return m_episodes.isEmpty() ? 0 : m_episodes.constFirst().id;
}

} // namespace legcare::gui
