#include "diary/Statistics.h"

#include "common/Logging.h"
#include "diary/EpisodeRows.h"
#include "diary/RoutineDays.h"
#include "diary/Summaries.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace legcare::diary {

namespace {

using detail::Dimension;

// Runs a query and calls row() for each result row.
void forEachRow(QSqlDatabase db, const QString &sql, const QVariantList &values,
                const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcDiary) << "Cannot compute the statistics:" << query.lastError().text();
        return;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcDiary) << "Cannot compute the statistics:" << query.lastError().text();
        return;
    }
    while (query.next())
        row(query);
}

QVariantList days(const QDate &from, const QDate &to)
{
    return {detail::isoDate(from), detail::isoDate(to)};
}

// Adds count episodes with the stored value of a dimension to the breakdowns.
void countValue(Statistics &stats, Dimension dimension, const QVariant &value, int count)
{
    const auto countIds = [&](auto &breakdown, auto parse) {
        for (const QString &id : value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (const auto parsed = parse(id))
                breakdown[*parsed] += count;
        }
    };
    switch (dimension) {
    case Dimension::Location:
        if (const auto location = kb::parseLocation(value.toString()))
            stats.byLocation[*location] += count;
        break;
    case Dimension::Side:
        if (const auto side = parseSide(value.toString()))
            stats.bySide[*side] += count;
        break;
    case Dimension::Context:
        if (const auto context = parseContext(value.toString()))
            stats.byContext[*context] += count;
        break;
    case Dimension::Hour: {
        bool ok = false;
        const int hour = value.toInt(&ok);
        if (ok && hour >= 0 && hour < 24)
            stats.byHour[static_cast<std::size_t>(hour)] += count;
        break;
    }
    case Dimension::Triggers:
        countIds(stats.byTrigger, parseTrigger);
        break;
    case Dimension::Reliefs:
        countIds(stats.byRelief, parseRelief);
        break;
    }
}

// The breakdowns of the episodes of the days [from, to], counted from the episodes themselves
// (through the covering index episodes_stats).
void countEpisodes(QSqlDatabase db, const QDate &from, const QDate &to, Statistics &stats)
{
    const QString period = QStringLiteral(" FROM episodes WHERE local_date BETWEEN ? AND ?");
    forEachRow(db,
               QStringLiteral("SELECT location, side, context, local_minute / 60, count(*)") + period
                   + QStringLiteral(" GROUP BY location, side, context, local_minute / 60"),
               days(from, to), [&](const QSqlQuery &query) {
                   const int count = query.value(4).toInt();
                   countValue(stats, Dimension::Location, query.value(0), count);
                   countValue(stats, Dimension::Side, query.value(1), count);
                   countValue(stats, Dimension::Context, query.value(2), count);
                   countValue(stats, Dimension::Hour, query.value(3), count);
               });
    // Triggers and reliefs are stored as ';'-joined ids: count the few distinct combinations.
    forEachRow(db, QStringLiteral("SELECT triggers, reliefs, count(*)") + period + QStringLiteral(" GROUP BY triggers, reliefs"),
               days(from, to), [&](const QSqlQuery &query) {
                   const int count = query.value(2).toInt();
                   countValue(stats, Dimension::Triggers, query.value(0), count);
                   countValue(stats, Dimension::Reliefs, query.value(1), count);
               });
}

// The breakdowns of the whole months [from, to] ("2026-11"), from their running totals.
void countMonths(QSqlDatabase db, const QDate &from, const QDate &to, Statistics &stats)
{
    forEachRow(db,
               QStringLiteral("SELECT dimension, value, sum(episodes) FROM episode_months"
                              " WHERE month BETWEEN ? AND ? GROUP BY dimension, value"),
               {detail::isoDate(from).first(7), detail::isoDate(to).first(7)}, [&](const QSqlQuery &query) {
                   const int dimension = query.value(0).toInt();
                   if (dimension >= 0 && dimension <= static_cast<int>(Dimension::Reliefs))
                       countValue(stats, static_cast<Dimension>(dimension), query.value(1), query.value(2).toInt());
               });
}

} // namespace

QDate weekStart(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

Statistics computeStatistics(const DiaryStore &store, std::optional<QDate> from, std::optional<QDate> to)
{
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    Statistics stats;
    stats.to = to.value_or(QDate::currentDate());
    if (from) {
        stats.from = *from;
    } else {
        QSqlQuery first(db);
        const bool found = first.exec(QStringLiteral("SELECT min(local_date) FROM episodes")) && first.next()
            && !first.value(0).isNull();
        stats.from = found ? std::min(QDate::fromString(first.value(0).toString(), Qt::ISODate), stats.to) : stats.to;
    }
    if (stats.from > stats.to)
        std::swap(stats.from, stats.to);

    // Per day: count and severity sum; everything per week and the totals follow from it.
    QMap<QDate, QPair<int, int>> perDay;
    forEachRow(db,
               QStringLiteral("SELECT date, episodes, severity_sum, severity_max FROM episode_days"
                              " WHERE date BETWEEN ? AND ?"),
               days(stats.from, stats.to), [&](const QSqlQuery &query) {
                   perDay.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate),
                                 {query.value(1).toInt(), query.value(2).toInt()});
                   stats.worstSeverity = std::max(stats.worstSeverity.value_or(0), query.value(3).toInt());
               });

    QSet<QDate> routineWeeks;
    for (const QDate &day : routineDays(store, stats.from, stats.to))
        routineWeeks.insert(weekStart(day));

    QMap<QDate, QPair<int, int>> perWeek; // count, severity sum
    qint64 severitySum = 0;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        auto &week = perWeek[weekStart(it.key())];
        week.first += it.value().first;
        week.second += it.value().second;
        stats.episodeCount += it.value().first;
        severitySum += it.value().second;
        const qint64 age = it.key().daysTo(stats.to);
        if (age < 28)
            stats.lastFourWeeksCount += it.value().first;
        if (age < 7)
            stats.lastSevenDaysCount += it.value().first;
    }
    int routineWeekCount = 0, otherWeekCount = 0, routineEpisodes = 0, otherEpisodes = 0;
    for (QDate week = weekStart(stats.from); week <= stats.to; week = week.addDays(7)) {
        WeekCount entry;
        entry.weekStart = week;
        const auto counts = perWeek.value(week);
        entry.episodes = counts.first;
        if (counts.first > 0)
            entry.meanSeverity = static_cast<double>(counts.second) / counts.first;
        entry.routineDone = routineWeeks.contains(week);
        (entry.routineDone ? routineWeekCount : otherWeekCount) += 1;
        (entry.routineDone ? routineEpisodes : otherEpisodes) += entry.episodes;
        stats.weeks.append(entry);
    }
    if (routineWeekCount > 0)
        stats.perWeekWithRoutine = static_cast<double>(routineEpisodes) / routineWeekCount;
    if (otherWeekCount > 0)
        stats.perWeekWithoutRoutine = static_cast<double>(otherEpisodes) / otherWeekCount;

    const double days = static_cast<double>(stats.from.daysTo(stats.to) + 1);
    stats.episodesPerWeek = static_cast<double>(stats.episodeCount) * 7.0 / days;
    stats.lastFourWeeksPerWeek = static_cast<double>(stats.lastFourWeeksCount) / 4.0;
    stats.frequentThresholdMet = stats.lastFourWeeksPerWeek >= kFrequentCrampsPerWeek
        || stats.lastSevenDaysCount >= kFrequentCrampsPerWeek;
    if (stats.episodeCount > 0)
        stats.meanSeverity = static_cast<double>(severitySum) / static_cast<double>(stats.episodeCount);
    else
        stats.worstSeverity.reset();

    // The breakdowns: whole months from their running totals, the days before the first and
    // after the last whole month from the episodes.
    const QDate firstWhole = stats.from.day() == 1 ? stats.from : QDate(stats.from.year(), stats.from.month(), 1).addMonths(1);
    const QDate lastWhole = stats.to.addDays(1).day() == 1 ? stats.to : QDate(stats.to.year(), stats.to.month(), 1).addDays(-1);
    if (firstWhole < lastWhole) {
        countMonths(db, firstWhole, lastWhole, stats);
        if (stats.from < firstWhole)
            countEpisodes(db, stats.from, firstWhole.addDays(-1), stats);
        if (lastWhole < stats.to)
            countEpisodes(db, lastWhole.addDays(1), stats.to, stats);
    } else {
        countEpisodes(db, stats.from, stats.to, stats);
    }
    return stats;
}

} // namespace legcare::diary
