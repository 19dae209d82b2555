#include "diary/Statistics.h"

#include "DiaryTestSupport.h"

#include <gtest/gtest.h>

using namespace legcare::diary;
using legcare::test::makeEpisode;
using legcare::test::TempDiary;

namespace {

void add(DiaryStore &store, const QString &when, int severity, legcare::kb::Location location = legcare::kb::Location::Calf,
         QList<Trigger> triggers = {})
{
    Episode episode = makeEpisode(when, severity, location);
    episode.triggers = std::move(triggers);
    QString error;
    ASSERT_TRUE(store.addEpisode(episode, &error)) << error.toStdString();
}

} // namespace

TEST(DiaryStatistics, CountsAndBreakdowns)
{
    TempDiary diary;
    add(*diary.store, QStringLiteral("2026-11-02T03:00:00+08:00"), 4, legcare::kb::Location::Calf, {Trigger::Cold});
    add(*diary.store, QStringLiteral("2026-11-03T03:30:00+08:00"), 8, legcare::kb::Location::Foot, {Trigger::Cold, Trigger::LittleWater});
    add(*diary.store, QStringLiteral("2026-11-10T23:10:00+08:00"), 6);
    const Statistics stats = computeStatistics(*diary.store, QDate(2026, 11, 1), QDate(2026, 11, 14));
    EXPECT_EQ(stats.episodeCount, 3);
    EXPECT_DOUBLE_EQ(*stats.meanSeverity, 6.0);
    EXPECT_EQ(*stats.worstSeverity, 8);
    EXPECT_EQ(stats.byLocation.value(legcare::kb::Location::Calf), 2);
    EXPECT_EQ(stats.byTrigger.value(Trigger::Cold), 2);
    EXPECT_EQ(stats.byHour[3], 2);
    EXPECT_EQ(stats.byHour[23], 1);
    EXPECT_NEAR(stats.episodesPerWeek, 1.5, 1e-9);
    // Weeks start on Monday: 26 Oct, 2 Nov, 9 Nov.
    ASSERT_EQ(stats.weeks.size(), 3);
    EXPECT_EQ(stats.weeks[0].weekStart, QDate(2026, 10, 26));
    EXPECT_EQ(stats.weeks[1].episodes, 2);
    EXPECT_EQ(stats.weeks[2].episodes, 1);
    EXPECT_FALSE(stats.frequentThresholdMet);
}

TEST(DiaryStatistics, FrequentCrampsThreshold)
{
    TempDiary diary;
    for (int day = 16; day <= 19; ++day)
        add(*diary.store, QStringLiteral("2026-11-%1T02:00:00+00:00").arg(day), 5);
    const Statistics recent = computeStatistics(*diary.store, std::nullopt, QDate(2026, 11, 20));
    EXPECT_EQ(recent.lastSevenDaysCount, 4);
    EXPECT_TRUE(recent.frequentThresholdMet);
    // A month later the same episodes are history.
    const Statistics later = computeStatistics(*diary.store, std::nullopt, QDate(2026, 12, 31));
    EXPECT_FALSE(later.frequentThresholdMet);
}

TEST(DiaryStatistics, WeeksWithAndWithoutRoutines)
{
    TempDiary diary;
    QString error;
    ASSERT_TRUE(diary.store->setDay({QDate(2026, 11, 3), std::nullopt, true}, &error));
    add(*diary.store, QStringLiteral("2026-11-04T02:00:00+00:00"), 5);
    for (int day = 10; day <= 13; ++day)
        add(*diary.store, QStringLiteral("2026-11-%1T02:00:00+00:00").arg(day), 5);
    const Statistics stats = computeStatistics(*diary.store, QDate(2026, 11, 2), QDate(2026, 11, 15));
    ASSERT_TRUE(stats.perWeekWithRoutine && stats.perWeekWithoutRoutine);
    EXPECT_DOUBLE_EQ(*stats.perWeekWithRoutine, 1.0);
    EXPECT_DOUBLE_EQ(*stats.perWeekWithoutRoutine, 4.0);
}

TEST(DiaryStatistics, EmptyDiary)
{
    TempDiary diary;
    const Statistics stats = computeStatistics(*diary.store);
    EXPECT_EQ(stats.episodeCount, 0);
    EXPECT_FALSE(stats.meanSeverity);
    EXPECT_FALSE(stats.worstSeverity);
    EXPECT_FALSE(stats.frequentThresholdMet);
}
