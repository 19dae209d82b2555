#pragma once

#include "diary/DiaryStore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace legcare::test {

// A diary in a fresh temporary folder.
class TempDiary
{
public:
    TempDiary()
    {
        auto result = diary::DiaryStore::open(path());
        EXPECT_TRUE(result.store) << (result.error ? result.error->message.toStdString() : std::string());
        store = std::move(result.store);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("diary.sqlite")); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<diary::DiaryStore> store;

private:
    QTemporaryDir m_dir;
};

// An episode at a fixed time in +08:00, so tests do not depend on the machine's time zone.
inline diary::Episode makeEpisode(const QString &when, int severity = 5,
                                  kb::Location location = kb::Location::Calf)
{
    diary::Episode episode;
    episode.startedAt = QDateTime::fromString(when, Qt::ISODate);
    episode.severity = severity;
    episode.location = location;
    episode.side = diary::Side::Left;
    return episode;
}

} // namespace legcare::test
