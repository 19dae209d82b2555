#pragma once

#include "diary/Episode.h"
#include "diary/Statistics.h"
#include "report/ReportCharts.h"

#include <QDateTime>
#include <QList>

namespace legcare::diary {
class DiaryStore;
}

namespace legcare::report {

struct ReportOptions;

// What the doctor's report shows, read from the diary once: the statistics of the period (the
// same ones `diary stats` and the Diary page show), its episodes oldest first, the weeks with
// their worst severity, and on how many days a routine was done.
struct ReportData {
    diary::Statistics stats;
    QList<diary::Episode> episodes; // oldest first
    QList<ReportWeek> weeks;
    int days = 0;
    int routineDays = 0;
    QDateTime printedAt;
};

ReportData collectReportData(const diary::DiaryStore &store, const ReportOptions &options);

} // namespace legcare::report
