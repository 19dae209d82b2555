#include "routines/SessionStatistics.h"

#include "diary/DiaryStore.h"
#include "diary/EpisodeRows.h"
#include "diary/SqlHelpers.h"
#include "diary/Statistics.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace legcare::routines {

namespace {

// Open ends of a period, as text that sorts before and after every ISO date, so that one
// statement with bound values serves every period and keeps using the local_date indexes.
const QString kBeforeEverything = QStringLiteral("0000-01-01");
const QString kAfterEverything = QStringLiteral("9999-12-31");

// One row per ISO week that holds any data: the Monday ('weekday 0' moves to the Sunday that
// ends the week, then back six days), episodes, sessions, finished sessions and days with a
// routine. Episodes are first counted per day, which reads only the episodes_stats index
// (local_date leads it), so the per-row date arithmetic runs once per day, not per episode.
const QString kWeeksSql = QStringLiteral(
    "SELECT date(day, 'weekday 0', '-6 days') AS week, sum(episodes), sum(sessions), sum(finished), sum(routine)"
    " FROM ("
    "  SELECT day, sum(episodes) AS episodes, sum(sessions) AS sessions, sum(finished) AS finished,"
    "   max(routine) AS routine"
    "  FROM ("
    "   SELECT local_date AS day, count(*) AS episodes, 0 AS sessions, 0 AS finished, 0 AS routine"
    "    FROM episodes WHERE local_date BETWEEN ? AND ? GROUP BY local_date"
    "   UNION ALL"
    "   SELECT local_date, 0, count(*), sum(finished), 1"
    "    FROM routine_sessions WHERE local_date BETWEEN ? AND ? GROUP BY local_date"
    "   UNION ALL"
    "   SELECT date, 0, 0, 0, 1 FROM days WHERE routine_done = 1 AND date BETWEEN ? AND ?)"
    "  GROUP BY day)"
    " WHERE week IS NOT NULL"
    " GROUP BY week ORDER BY week");

QString failure(const QSqlQuery &query)
{
    return QCoreApplication::translate("SessionStatistics", "Cannot compute the routine statistics: %1")
        .arg(diary::detail::sqlError(query));
}

} // namespace

SessionPeriod SessionPeriod::lastWeeks(int weeks, const QDate &today)
{
    SessionPeriod period;
    period.from = diary::weekStart(today).addDays(-7 * (std::max(weeks, 1) - 1));
    period.to = today;
    return period;
}

std::optional<SessionStatistics> computeSessionStatistics(const diary::DiaryStore &diary,
                                                          const SessionPeriod &period, QString *error)
{
    QString from = period.from ? diary::detail::isoDate(*period.from) : kBeforeEverything;
    QString to = period.to ? diary::detail::isoDate(*period.to) : kAfterEverything;
    if (from > to)
        std::swap(from, to);

    QSqlQuery query(QSqlDatabase::database(diary.connectionName(), false));
    query.setForwardOnly(true);
    if (!diary::detail::exec(query, kWeeksSql, {from, to, from, to, from, to}, nullptr)) {
        if (error)
            *error = failure(query);
        return std::nullopt;
    }
    QMap<QDate, SessionWeek> withData;
    SessionStatistics stats;
    while (query.next()) {
        SessionWeek week;
        week.weekStart = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        week.episodes = query.value(1).toInt();
        week.sessions = query.value(2).toInt();
        week.daysWithRoutine = query.value(4).toInt();
        stats.finishedSessions += query.value(3).toInt();
        if (week.weekStart.isValid())
            withData.insert(week.weekStart, week);
    }
    if (query.lastError().isValid()) {
        if (error)
            *error = failure(query);
        return std::nullopt;
    }
    if (withData.isEmpty())
        return stats;

    // The weeks in between without any data are weeks without a routine and without cramps.
    const QDate last = withData.lastKey();
    for (QDate monday = withData.firstKey(); monday <= last; monday = monday.addDays(7)) {
        SessionWeek week = withData.value(monday);
        week.weekStart = monday;
        stats.weeks.append(week);
        stats.sessions += week.sessions;
        stats.daysWithRoutine += week.daysWithRoutine;
        if (week.withRoutine()) {
            ++stats.weeksWithRoutine;
            stats.episodesInWeeksWithRoutine += week.episodes;
        } else {
            ++stats.weeksWithoutRoutine;
            stats.episodesInWeeksWithoutRoutine += week.episodes;
        }
    }
    if (stats.weeksWithRoutine > 0)
        stats.meanEpisodesWithRoutine =
            static_cast<double>(stats.episodesInWeeksWithRoutine) / stats.weeksWithRoutine;
    if (stats.weeksWithoutRoutine > 0)
        stats.meanEpisodesWithoutRoutine =
            static_cast<double>(stats.episodesInWeeksWithoutRoutine) / stats.weeksWithoutRoutine;
    return stats;
}

} // namespace legcare::routines
