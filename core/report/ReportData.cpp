#include "report/ReportData.h"

#include "diary/DiaryStore.h"
#include "diary/RoutineDays.h"
#include "report/DoctorReport.h"

#include <QMap>

#include <algorithm>

namespace legcare::report {

ReportData collectReportData(const diary::DiaryStore &store, const ReportOptions &options)
{
    ReportData data;
    const QDate to = options.lastDay.isValid() ? options.lastDay : QDate::currentDate();
    const QDate from = to.addDays(1 - std::max(1, options.days));
    data.days = static_cast<int>(from.daysTo(to)) + 1;
    data.printedAt = options.printedAt.isValid() ? options.printedAt : QDateTime::currentDateTime();
    data.stats = diary::computeStatistics(store, from, to);
    data.episodes = store.episodes(diary::EpisodeFilter{from, to, std::nullopt});
    std::reverse(data.episodes.begin(), data.episodes.end());

    QMap<QDate, int> worst;
    for (const diary::Episode &episode : std::as_const(data.episodes)) {
        int &value = worst[diary::weekStart(episode.startedAt.date())];
        value = std::max(value, episode.severity);
    }
    for (const diary::WeekCount &week : std::as_const(data.stats.weeks)) {
        ReportWeek entry{week.weekStart, week.episodes, week.meanSeverity, std::nullopt, week.routineDone};
        if (week.episodes > 0 && worst.contains(week.weekStart))
            entry.worstSeverity = worst.value(week.weekStart);
        data.weeks.append(entry);
    }
    data.routineDays = int(diary::routineDays(store, from, to).size());
    return data;
}

} // namespace legcare::report
