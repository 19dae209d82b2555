#pragma once

#include "diary/DiaryStore.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <array>
#include <optional>

namespace legcare::diary {

// Cramp frequency that means seeing a doctor (seed 003, and the triage policy): 3 or more a week.
inline constexpr double kFrequentCrampsPerWeek = 3.0;

struct WeekCount {
    QDate weekStart; // Monday
    int episodes = 0;
    std::optional<double> meanSeverity;
    bool routineDone = false; // a routine was done on at least one day of the week (diary/RoutineDays)
};

// What the diary says over a period: the CLI's `diary stats`, the Diary page and the doctor's
// report all read this, so they can never disagree.
struct Statistics {
    QDate from; // first day of the period
    QDate to;   // last day of the period (inclusive)
    qint64 episodeCount = 0;
    double episodesPerWeek = 0.0; // over the whole period
    QList<WeekCount> weeks;       // every week that overlaps the period, oldest first

    int lastFourWeeksCount = 0; // the 28 days ending on `to`
    double lastFourWeeksPerWeek = 0.0;
    int lastSevenDaysCount = 0;
    // 3 or more a week on average over the last four weeks, or in the last seven days.
    bool frequentThresholdMet = false;

    std::optional<double> meanSeverity;
    std::optional<int> worstSeverity;

    QMap<kb::Location, int> byLocation;
    QMap<Side, int> bySide;
    QMap<Context, int> byContext;     // episodes with a context only
    std::array<int, 24> byHour{};     // local hour the episode started
    QMap<Trigger, int> byTrigger;
    QMap<Relief, int> byRelief;

    // Cramps per week on weeks with a routine and on weeks without (nullopt: no such week).
    std::optional<double> perWeekWithRoutine;
    std::optional<double> perWeekWithoutRoutine;
};

// Computes statistics for [from, to] (local days). When from is not given, the period starts at
// the first episode (or at `to` when there is none); to defaults to today.
Statistics computeStatistics(const DiaryStore &store, std::optional<QDate> from = std::nullopt,
                             std::optional<QDate> to = std::nullopt);

// The Monday of the week that holds date.
QDate weekStart(const QDate &date);

} // namespace legcare::diary
