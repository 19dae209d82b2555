#pragma once

#include "diary/DiaryStore.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace legcare::test {

// A diary in a fresh temporary folder, so no test touches the user's own.
class TempDiary
{
public:
    TempDiary()
        : m_path(m_dir.filePath(QStringLiteral("diary.sqlite")))
    {
        diary::DiaryStore::OpenResult result = diary::DiaryStore::open(m_path);
        if (!result.store)
            ADD_FAILURE() << "cannot open a temporary diary: "
                          << (result.error ? result.error->message.toStdString() : std::string());
        m_store = std::move(result.store);
    }

    diary::DiaryStore &store() { return *m_store; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<diary::DiaryStore> m_store;
};

inline diary::Episode makeEpisode(const QDateTime &when, int severity = 5,
                                  kb::Location location = kb::Location::Calf)
{
    diary::Episode episode;
    episode.startedAt = when;
    episode.severity = severity;
    episode.location = location;
    episode.durationSeconds = 90;
    episode.context = diary::Context::Sleep;
    return episode;
}

// count realistic episodes, one every `spacingMinutes` going back from `newest`.
inline QList<diary::Episode> generateEpisodes(int count, const QDateTime &newest,
                                              int spacingMinutes = 60 * 7, quint32 seed = 42)
{
    QRandomGenerator random(seed);
    const QList<kb::Location> places = kb::allLocations();
    const QList<diary::Trigger> triggers = diary::allTriggers();
    const QList<diary::Relief> reliefs = diary::allReliefs();
    QList<diary::Episode> episodes;
    episodes.reserve(count);
    for (int i = 0; i < count; ++i) {
        diary::Episode episode;
        episode.startedAt = newest.addSecs(-60LL * spacingMinutes * i - random.bounded(600));
        episode.durationSeconds = 20 + random.bounded(600);
        episode.location = random.bounded(3) == 0
            ? places[random.bounded(static_cast<int>(places.size()))]
            : kb::Location::Calf;
        episode.side = static_cast<diary::Side>(random.bounded(3));
        episode.severity = 2 + random.bounded(8);
        episode.context = static_cast<diary::Context>(random.bounded(4));
        if (random.bounded(2) == 0)
            episode.triggers.append(triggers[random.bounded(static_cast<int>(triggers.size()))]);
        if (random.bounded(3) != 0)
            episode.reliefs.append(reliefs[random.bounded(static_cast<int>(reliefs.size()))]);
        if (random.bounded(5) == 0)
            episode.note = QStringLiteral("Woke up at night, note %1").arg(i);
        std::sort(episode.triggers.begin(), episode.triggers.end());
        episodes.append(episode);
    }
    return episodes;
}

} // namespace legcare::test
