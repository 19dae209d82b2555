// The Diary's charts plugin: found in this build, drawing each chart in a Qt Charts view from
// plain values; a missing or broken plugin is reported with the place and the reason; the values
// handed to it are the last 16 weeks of the statistics.

#include "diary/DiaryCharts.h"
#include "diary/DiaryChartsPlugin.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QPalette>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace legcare::gui {
namespace {

// The plugin of this build, also when the test program is run by hand.
const bool kPluginDirSet = [] {
    if (!qEnvironmentVariableIsSet("LEGCARE_PLUGIN_DIR"))
        qputenv("LEGCARE_PLUGIN_DIR", LEGCARE_TEST_PLUGIN_DIR);
    return true;
}();

TEST(DiaryChartsTest, ThePluginOfThisBuildDrawsEachChartInAChartView)
{
    ASSERT_TRUE(kPluginDirSet);
    const diarycharts::Loaded &charts = diarycharts::plugin();
    ASSERT_NE(charts.plugin, nullptr) << charts.error.toStdString();

    DiaryChartInput input;
    input.weekLabels = { QStringLiteral("1/5"), QStringLiteral("1/12"), QStringLiteral("1/19") };
    input.weekEpisodes = { 1, 4, 2 };
    input.weekRoutineDone = { false, true, false };
    input.weekMeanSeverity = { 3.0, std::nullopt, 6.5 };
    input.weeksRecorded = 3;
    input.frequentPerWeek = 3.0;
    input.names = { QStringLiteral("Calf"), QStringLiteral("Foot") };
    input.counts = { 5, 2 };
    input.byHour[3] = 4;
    input.perWeekWithRoutine = 1.5;

    std::unique_ptr<QWidget> view(charts.plugin->createView(nullptr));
    auto *chartView = qobject_cast<QChartView *>(view.get());
    ASSERT_NE(chartView, nullptr);
    EXPECT_EQ(chartView->focusPolicy(), Qt::NoFocus);

    const QPalette palette;
    charts.plugin->draw(view.get(), DiaryChartsPlugin::Chart::Weeks, input, palette);
    QChart *weeks = chartView->chart();
    EXPECT_EQ(weeks->title(), QStringLiteral("Cramps per week"));
    ASSERT_EQ(weeks->series().size(), 2); // the bars, and the dashed line at 3 a week
    auto *bars = qobject_cast<QAbstractBarSeries *>(weeks->series().first());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 2); // without a routine, with one (hatched)
    EXPECT_EQ(bars->barSets()[0]->at(1), 0);
    EXPECT_EQ(bars->barSets()[1]->at(1), 4);
    EXPECT_EQ(bars->barSets()[0]->at(2), 2);

    // Counts by name: one bar per name, the biggest at the top (drawn last).
    charts.plugin->draw(view.get(), DiaryChartsPlugin::Chart::Locations, input, palette);
    EXPECT_EQ(chartView->chart()->title(), QStringLiteral("Where"));
    auto *byName = qobject_cast<QAbstractBarSeries *>(chartView->chart()->series().first());
    ASSERT_NE(byName, nullptr);
    ASSERT_EQ(byName->barSets().size(), 1);
    EXPECT_EQ(byName->barSets()[0]->count(), 2);
    EXPECT_EQ(byName->barSets()[0]->at(1), 5);

    for (const DiaryChartsPlugin::Chart chart :
         { DiaryChartsPlugin::Chart::Severity, DiaryChartsPlugin::Chart::Hours,
           DiaryChartsPlugin::Chart::Triggers, DiaryChartsPlugin::Chart::Reliefs,
           DiaryChartsPlugin::Chart::Routines }) {
        charts.plugin->draw(view.get(), chart, input, palette);
        EXPECT_FALSE(chartView->chart()->title().isEmpty()) << static_cast<int>(chart);
        EXPECT_FALSE(chartView->chart()->series().isEmpty()) << static_cast<int>(chart);
    }
}

TEST(DiaryChartsTest, AMissingPluginIsReportedWithWhereItWasLookedFor)
{
    QTemporaryDir empty;
    ASSERT_TRUE(empty.isValid());
    const diarycharts::Loaded loaded = diarycharts::load({ empty.path() });
    EXPECT_EQ(loaded.plugin, nullptr);
    EXPECT_TRUE(loaded.error.contains(QStringLiteral(LEGCARE_DIARY_CHARTS_FILE_NAME)))
        << loaded.error.toStdString();
    EXPECT_TRUE(loaded.error.contains(empty.path())) << loaded.error.toStdString();
}

TEST(DiaryChartsTest, ABrokenPluginFileIsReportedNotLoaded)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile broken(dir.filePath(QStringLiteral(LEGCARE_DIARY_CHARTS_FILE_NAME)));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("not a shared library\n");
    broken.close();
    const diarycharts::Loaded loaded = diarycharts::load({ dir.path() });
    EXPECT_EQ(loaded.plugin, nullptr);
    EXPECT_FALSE(loaded.error.isEmpty());
}

TEST(DiaryChartsTest, TheChartsGetTheLast16WeeksOfTheStatistics)
{
    diary::Statistics stats;
    const QDate monday(2026, 1, 5);
    for (int week = 0; week < 20; ++week) {
        diary::WeekCount count;
        count.weekStart = monday.addDays(7 * week);
        count.episodes = week;
        count.routineDone = week % 2 == 0;
        if (week % 3 == 0)
            count.meanSeverity = week / 3.0;
        stats.weeks.append(count);
    }
    stats.byHour[2] = 7;
    stats.perWeekWithoutRoutine = 2.5;

    const DiaryChartInput input = diarycharts::input(stats);
    ASSERT_EQ(input.weekLabels.size(), DiaryChartsPlugin::kMaxWeeksShown);
    EXPECT_EQ(input.weeksRecorded, 20);
    ASSERT_EQ(input.weekEpisodes.size(), 16);
    EXPECT_EQ(input.weekEpisodes.first(), 4); // weeks 4 to 19
    EXPECT_EQ(input.weekEpisodes.last(), 19);
    EXPECT_EQ(input.weekRoutineDone.first(), true);
    EXPECT_EQ(input.weekMeanSeverity.size(), 16);
    EXPECT_FALSE(input.weekMeanSeverity[0].has_value());  // week 4
    EXPECT_EQ(input.weekMeanSeverity[2], std::optional<double>(2.0)); // week 6
    EXPECT_EQ(input.frequentPerWeek, diary::kFrequentCrampsPerWeek);
    EXPECT_EQ(input.byHour[2], 7);
    EXPECT_EQ(input.perWeekWithoutRoutine, std::optional<double>(2.5));
    EXPECT_FALSE(input.perWeekWithRoutine.has_value());
}

} // namespace
} // namespace legcare::gui
