#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace legcare::diary {
class DiaryStore;
}

namespace legcare::routines {

// Do weeks with stretching have fewer cramps? The figures the Stretching and Diary pages show,
// computed from the diary's database with aggregate SQL (fast at 100,000 episodes).
//
// Definitions:
// - Days are local calendar days (the day the episode or session was logged in); weeks are ISO
//   weeks, Monday to Sunday.
// - A day "with a routine" has at least one played routine (a routine_sessions row, finished or
//   stopped early) or is marked "routine done" in the daily items (days.routine_done = 1). A
//   week "with a routine" has at least one such day.
// - Only the period's days count (a period that starts or ends mid-week counts the part of the
//   week inside it), and of its weeks only those from the first to the last week that hold any
//   data (an episode, a session or a day with a routine). Weeks between them without any data
//   count as weeks without a routine and without cramps: the person kept the diary and had none.
// - The mean of a group is the number of cramp episodes in its weeks divided by the number of
//   its weeks; it is absent when the group has no week.
// This differs from diary::Statistics::perWeekWithRoutine, which reads days.routine_done only
// and counts every week of its period.

// One counted week.
struct SessionWeek {
    QDate weekStart; // Monday
    int episodes = 0;
    int sessions = 0;        // routine_sessions rows
    int daysWithRoutine = 0; // 0–7

    bool withRoutine() const { return daysWithRoutine > 0; }
};

struct SessionStatistics {
    QList<SessionWeek> weeks; // every counted week, oldest first (empty: no data)

    int weeksWithRoutine = 0;
    int weeksWithoutRoutine = 0;
    int episodesInWeeksWithRoutine = 0;
    int episodesInWeeksWithoutRoutine = 0;
    std::optional<double> meanEpisodesWithRoutine;    // per week
    std::optional<double> meanEpisodesWithoutRoutine; // per week

    int sessions = 0;         // played routines in the period
    int finishedSessions = 0; // of which played to the end
    int daysWithRoutine = 0;  // distinct days with a session or marked "routine done"
};

// Local days [from, to], both ends included; an absent end is open. A reversed period is
// read the right way round.
struct SessionPeriod {
    std::optional<QDate> from;
    std::optional<QDate> to;

    static SessionPeriod allTime() { return {}; }
    // The last `weeks` ISO weeks up to today, this week included (at least one).
    static SessionPeriod lastWeeks(int weeks, const QDate &today);
};

// The figures for the period; nullopt (and *error, translated) when the database cannot be read.
std::optional<SessionStatistics> computeSessionStatistics(const diary::DiaryStore &diary,
                                                          const SessionPeriod &period, QString *error);

} // namespace legcare::routines
