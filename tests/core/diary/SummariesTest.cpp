// The running totals behind the statistics (schema v5) always add up to the episodes, whatever
// the writes, and statistics read through them equal statistics counted episode by episode.

#include "diary/Statistics.h"
#include "diary/Summaries.h"

#include "DiaryTestSupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace legcare::diary;
using legcare::kb::Location;
using legcare::test::TempDiary;

namespace {

QSqlDatabase database(const DiaryStore &store)
{
    return QSqlDatabase::database(store.connectionName(), false);
}

std::string mismatches(const DiaryStore &store)
{
    return detail::summaryMismatches(database(store)).join(QLatin1Char('\n')).toStdString();
}

// A random episode within about three months around a new year, in one of three offsets, so
// that local days and months differ from UTC ones.
Episode randomEpisode(QRandomGenerator &random)
{
    static const int offsets[] = {8 * 3600, -5 * 3600, 0};
    const QDateTime utc(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC);
    Episode episode;
    episode.startedAt = utc.addSecs(random.bounded(100 * 24 * 3600))
                            .toOffsetFromUtc(offsets[random.bounded(3)]);
    const auto locations = legcare::kb::allLocations();
    episode.location = locations.at(random.bounded(static_cast<int>(locations.size())));
    episode.side = static_cast<Side>(random.bounded(3));
    episode.severity = random.bounded(kMaxSeverity + 1);
    if (random.bounded(4) > 0)
        episode.context = static_cast<Context>(random.bounded(4));
    for (Trigger trigger : allTriggers()) {
        if (random.bounded(6) == 0)
            episode.triggers.append(trigger);
    }
    for (Relief relief : allReliefs()) {
        if (random.bounded(5) == 0)
            episode.reliefs.append(relief);
    }
    if (random.bounded(3) == 0)
        episode.durationSeconds = random.bounded(600);
    return episode;
}

// The statistics' breakdowns counted one episode at a time, the plain way.
Statistics countedByHand(const QList<Episode> &episodes, const QDate &from, const QDate &to)
{
    Statistics stats;
    qint64 severitySum = 0;
    for (const Episode &episode : episodes) {
        const QDateTime local = episode.startedAt.toOffsetFromUtc(episode.startedAt.offsetFromUtc());
        if (local.date() < from || local.date() > to)
            continue;
        ++stats.episodeCount;
        severitySum += episode.severity;
        stats.worstSeverity = std::max(stats.worstSeverity.value_or(0), episode.severity);
        stats.byLocation[episode.location] += 1;
        stats.bySide[episode.side] += 1;
        if (episode.context)
            stats.byContext[*episode.context] += 1;
        stats.byHour[static_cast<std::size_t>(local.time().hour())] += 1;
        for (Trigger trigger : episode.triggers)
            stats.byTrigger[trigger] += 1;
        for (Relief relief : episode.reliefs)
            stats.byRelief[relief] += 1;
    }
    if (stats.episodeCount > 0)
        stats.meanSeverity = static_cast<double>(severitySum) / static_cast<double>(stats.episodeCount);
    return stats;
}

void expectSameCounts(const Statistics &actual, const Statistics &expected, const std::string &period)
{
    SCOPED_TRACE(period);
    EXPECT_EQ(actual.episodeCount, expected.episodeCount);
    EXPECT_EQ(actual.worstSeverity, expected.worstSeverity);
    ASSERT_EQ(actual.meanSeverity.has_value(), expected.meanSeverity.has_value());
    if (expected.meanSeverity) {
        EXPECT_NEAR(*actual.meanSeverity, *expected.meanSeverity, 1e-9);
    }
    EXPECT_EQ(actual.byLocation, expected.byLocation);
    EXPECT_EQ(actual.bySide, expected.bySide);
    EXPECT_EQ(actual.byContext, expected.byContext);
    EXPECT_EQ(actual.byHour, expected.byHour);
    EXPECT_EQ(actual.byTrigger, expected.byTrigger);
    EXPECT_EQ(actual.byRelief, expected.byRelief);
    int weekTotal = 0;
    for (const WeekCount &week : actual.weeks)
        weekTotal += week.episodes;
    EXPECT_EQ(weekTotal, expected.episodeCount);
}

} // namespace

TEST(DiarySummaries, AddUpToTheEpisodesAfterEveryKindOfWrite)
{
    TempDiary diary;
    DiaryStore &store = *diary.store;
    QRandomGenerator random(20261121);
    QString error;
    QList<Episode> deleted;
    for (int round = 0; round < 12; ++round) {
        for (int step = 0; step < 25; ++step) {
            const QList<Episode> stored = store.episodes();
            const int kind = random.bounded(10);
            if (kind < 5 || stored.isEmpty()) {
                ASSERT_TRUE(store.addEpisode(randomEpisode(random), &error)) << error.toStdString();
            } else if (kind < 7) {
                Episode changed = randomEpisode(random);
                changed.id = stored.at(random.bounded(static_cast<int>(stored.size()))).id;
                ASSERT_TRUE(store.updateEpisode(changed, &error)) << error.toStdString();
            } else if (kind < 9) {
                const Episode victim = stored.at(random.bounded(static_cast<int>(stored.size())));
                ASSERT_TRUE(store.deleteEpisode(victim.id, &error)) << error.toStdString();
                deleted.append(victim);
            } else if (!deleted.isEmpty() && !store.episode(deleted.constLast().id)) {
                // The undo of a delete (unless a newer episode took the id meanwhile).
                ASSERT_TRUE(store.restoreEpisode(deleted.takeLast(), &error)) << error.toStdString();
            }
        }
        // An import: new episodes, one repeated within the file and one already stored.
        QList<Episode> batch;
        for (int i = 0; i < 70 + round; ++i)
            batch.append(randomEpisode(random));
        batch.append(batch.first());
        const QList<Episode> stored = store.episodes({}, 1);
        if (!stored.isEmpty())
            batch.append(stored.first());
        const auto summary = store.importEpisodes(batch, &error);
        ASSERT_TRUE(summary) << error.toStdString();
        EXPECT_EQ(summary->skippedDuplicates, stored.isEmpty() ? 1 : 2);
        ASSERT_EQ(mismatches(store), "") << "after round " << round;
    }
    ASSERT_GT(store.episodeCount(), 800);
}

TEST(DiarySummaries, StatisticsThroughThemEqualStatisticsCountedByHand)
{
    TempDiary diary;
    DiaryStore &store = *diary.store;
    QRandomGenerator random(7);
    QList<Episode> episodes;
    for (int i = 0; i < 1500; ++i)
        episodes.append(randomEpisode(random));
    QString error;
    ASSERT_TRUE(store.importEpisodes(episodes, &error)) << error.toStdString();
    for (int i = 0; i < 40; ++i) {
        const QList<Episode> stored = store.episodes();
        ASSERT_TRUE(store.deleteEpisode(stored.at(random.bounded(static_cast<int>(stored.size()))).id, &error));
    }
    const QList<Episode> stored = store.episodes();

    // Periods: whole months, months cut at either end, within one month, a single day, one
    // that ends on the last day of a month, and a period without any episode.
    const QList<QPair<QDate, QDate>> periods = {
        {QDate(2025, 11, 1), QDate(2026, 3, 31)},  {QDate(2025, 12, 1), QDate(2026, 1, 31)},
        {QDate(2025, 12, 17), QDate(2026, 2, 3)},  {QDate(2025, 12, 2), QDate(2026, 1, 31)},
        {QDate(2026, 1, 1), QDate(2026, 2, 27)},   {QDate(2026, 1, 5), QDate(2026, 1, 25)},
        {QDate(2026, 2, 14), QDate(2026, 2, 14)},  {QDate(2026, 1, 31), QDate(2026, 3, 1)},
        {QDate(2024, 1, 1), QDate(2024, 12, 31)},  {QDate(2025, 11, 30), QDate(2026, 3, 10)},
    };
    for (const auto &[from, to] : periods) {
        expectSameCounts(computeStatistics(store, from, to), countedByHand(stored, from, to),
                         (from.toString(Qt::ISODate) + QLatin1Char(' ') + to.toString(Qt::ISODate)).toStdString());
    }
    for (int i = 0; i < 30; ++i) {
        const QDate from = QDate(2025, 11, 20).addDays(random.bounded(130));
        const QDate to = from.addDays(random.bounded(120));
        expectSameCounts(computeStatistics(store, from, to), countedByHand(stored, from, to),
                         (from.toString(Qt::ISODate) + QLatin1Char(' ') + to.toString(Qt::ISODate)).toStdString());
    }
}

TEST(DiarySummaries, MismatchesAreFoundAndADeleteInTheMonthMendsThem)
{
    TempDiary diary;
    DiaryStore &store = *diary.store;
    QString error;
    const auto first = store.addEpisode(legcare::test::makeEpisode(QStringLiteral("2026-11-02T03:00:00+08:00"), 4), &error);
    ASSERT_TRUE(store.addEpisode(legcare::test::makeEpisode(QStringLiteral("2026-11-03T03:00:00+08:00"), 6), &error));
    ASSERT_TRUE(first);
    ASSERT_EQ(mismatches(store), "");

    // Totals that no longer agree with the episodes (as if written by something else).
    QSqlQuery query(database(store));
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE episode_months SET episodes = 7 WHERE dimension = 0")));
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE episode_days SET severity_max = 9 WHERE date = '2026-11-03'")));
    const QStringList problems = detail::summaryMismatches(database(store));
    EXPECT_EQ(problems.size(), 4) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems.join(QLatin1Char('\n')).contains(QStringLiteral("episode_months stored: 2026-11|0|calf|7")));

    // Removing an episode counts its day and month again from the episodes.
    ASSERT_TRUE(store.deleteEpisode(*first, &error)) << error.toStdString();
    const QStringList after = detail::summaryMismatches(database(store));
    ASSERT_EQ(after.size(), 2) << after.join(QLatin1Char('\n')).toStdString(); // 3 November's day only
    EXPECT_TRUE(after.join(QLatin1Char('\n')).contains(QStringLiteral("2026-11-03")));
}
