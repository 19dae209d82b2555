#include "diary/Statistics.h"

#include "diary/RoutineDays.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace legcare::diary {

namespace {

// Runs a query over the period's episodes and calls row() for each result row.
void forEachRow(QSqlDatabase db, const QString &sql, const QDate &from, const QDate &to,
                const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return;
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec())
        return;
    while (query.next())
        row(query);
}

const QString kPeriod = QStringLiteral(" WHERE local_date BETWEEN ? AND ?");

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
               QStringLiteral("SELECT local_date, count(*), sum(severity), max(severity) FROM episodes")
                   + kPeriod + QStringLiteral(" GROUP BY local_date"),
               stats.from, stats.to, [&](const QSqlQuery &query) {
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

    // One pass for every breakdown of the episodes themselves.
    forEachRow(db,
               QStringLiteral("SELECT location, side, context, local_minute / 60, count(*) FROM episodes") + kPeriod
                   + QStringLiteral(" GROUP BY location, side, context, local_minute / 60"),
               stats.from, stats.to, [&](const QSqlQuery &query) {
                   const int count = query.value(4).toInt();
                   if (const auto location = kb::parseLocation(query.value(0).toString()))
                       stats.byLocation[*location] += count;
                   if (const auto side = parseSide(query.value(1).toString()))
                       stats.bySide[*side] += count;
                   if (const auto context = parseContext(query.value(2).toString()))
                       stats.byContext[*context] += count;
                   const int hour = query.value(3).toInt();
                   if (hour >= 0 && hour < 24)
                       stats.byHour[static_cast<std::size_t>(hour)] += count;
               });

    // Triggers and reliefs are stored as ';'-joined ids: count the few distinct combinations.
    forEachRow(db,
               QStringLiteral("SELECT triggers, reliefs, count(*) FROM episodes") + kPeriod
                   + QStringLiteral(" GROUP BY triggers, reliefs"),
               stats.from, stats.to, [&](const QSqlQuery &query) {
                   const int count = query.value(2).toInt();
                   for (const QString &id : query.value(0).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                       if (const auto trigger = parseTrigger(id))
                           stats.byTrigger[*trigger] += count;
                   }
                   for (const QString &id : query.value(1).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                       if (const auto relief = parseRelief(id))
                           stats.byRelief[*relief] += count;
                   }
               });
    return stats;
}

} // namespace legcare::diary
