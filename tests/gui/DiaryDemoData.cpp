// Not a test: writes a realistic demo diary for screenshots and manual checks.
//   LEGCARE_DEMO_DB=/tmp/demo.sqlite legcare_gui_tests --gtest_also_run_disabled_tests
//   --gtest_filter='DiaryDemoData.*'

#include "diary/DiaryStore.h"

#include <QRandomGenerator>

#include <iostream>

#include <gtest/gtest.h>

namespace diary = legcare::diary;

TEST(DiaryDemoData, DISABLED_WriteDemoDiary)
{
    const QString path = qEnvironmentVariable("LEGCARE_DEMO_DB");
    if (path.isEmpty())
        GTEST_SKIP() << "set LEGCARE_DEMO_DB to the file to write";
    auto opened = diary::DiaryStore::open(path);
    ASSERT_TRUE(opened.store);
    diary::DiaryStore &store = *opened.store;

    QRandomGenerator random(2024);
    const QDate today = QDate::currentDate();
    const QStringList notes
        = { QStringLiteral("Woke up with the calf rock hard"),
            QStringLiteral("After a long walk, \"worse than usual\""),
            QStringLiteral("Stretched against the wall, eased in a minute"), QString() };
    QList<diary::Episode> episodes;
    for (int daysAgo = 540; daysAgo >= 0; --daysAgo) {
        const QDate date = today.addDays(-daysAgo);
        // Cramps get more frequent over the months: about 1 a week at first, 4 a week lately.
        const double perDay = daysAgo > 360 ? 0.2
            : daysAgo > 120                 ? 0.35
            : daysAgo > 60                  ? 0.45
                                            : 0.6;
        const bool routineWeek = (date.weekNumber() % 3) == 0;
        if (routineWeek && date.dayOfWeek() % 2 == 1)
            store.setDay({ date, 1500 + 250 * random.bounded(4), true }, nullptr);
        else if (random.bounded(3) == 0)
            store.setDay({ date, 1000 + 250 * random.bounded(6), false }, nullptr);
        const double chance = routineWeek ? perDay * 0.6 : perDay;
        if (random.generateDouble() > chance || date == today)
            continue;
        for (int nth = 0; nth < (random.bounded(4) == 0 ? 2 : 1); ++nth) {
            diary::Episode episode;
            const int hour
                = random.bounded(4) == 0 ? 17 + random.bounded(6) : 1 + random.bounded(5);
            episode.startedAt = QDateTime(date, QTime(hour, random.bounded(60)));
            episode.durationSeconds = 20 + random.bounded(300);
            episode.location = legcare::kb::Location::Calf;
            if (random.bounded(6) == 0)
                episode.location = legcare::kb::Location::Foot;
            if (random.bounded(9) == 0)
                episode.location = legcare::kb::Location::BackThigh;
            episode.side = static_cast<diary::Side>(random.bounded(3));
            episode.severity = 3 + random.bounded(6) + (daysAgo < 60 ? 1 : 0);
            episode.context
                = hour < 7 ? diary::Context::Sleep : static_cast<diary::Context>(random.bounded(4));
            if (random.bounded(3) == 0)
                episode.triggers.append(diary::Trigger::LittleWater);
            if (random.bounded(4) == 0)
                episode.triggers.append(diary::Trigger::HardExercise);
            if (random.bounded(6) == 0)
                episode.triggers.append(diary::Trigger::CaffeineLate);
            std::sort(episode.triggers.begin(), episode.triggers.end());
            episode.reliefs.append(random.bounded(3) == 0 ? diary::Relief::Massage
                                                          : diary::Relief::Stretching);
            if (random.bounded(4) == 0)
                episode.reliefs.append(diary::Relief::Walking);
            std::sort(episode.reliefs.begin(), episode.reliefs.end());
            episode.note = notes[random.bounded(static_cast<int>(notes.size()))];
            episodes.append(episode);
        }
    }
    QString error;
    ASSERT_TRUE(store.importEpisodes(episodes, &error)) << error.toStdString();
    std::cout << "wrote " << episodes.size() << " episodes to " << path.toStdString() << std::endl;
}
