#pragma once

#include "diary/Statistics.h"

#include <QCoreApplication>
#include <QPalette>

class QChart;

namespace legcare::gui::diarycharts {

// The Diary page's charts, each built from diary::Statistics as a new QChart (the caller's
// QChartView takes it). Colours follow the palette (light or dark); no animations.
class Strings
{
    Q_DECLARE_TR_FUNCTIONS(DiaryCharts)
};

// At most this many weeks are drawn, the newest ones, so the labels stay readable.
inline constexpr int kMaxWeeksShown = 16;

// Episodes per week as bars, weeks with a routine hatched and named in the legend, and a
// dashed line at the threshold of diary::kFrequentCrampsPerWeek.
QChart *episodesPerWeek(const diary::Statistics &stats, const QPalette &palette);
// Mean severity per week (weeks with episodes only).
QChart *severityTrend(const diary::Statistics &stats, const QPalette &palette);
QChart *locations(const diary::Statistics &stats, const QPalette &palette);
QChart *timeOfNight(const diary::Statistics &stats, const QPalette &palette);
QChart *triggers(const diary::Statistics &stats, const QPalette &palette);
QChart *reliefs(const diary::Statistics &stats, const QPalette &palette);
QChart *routineComparison(const diary::Statistics &stats, const QPalette &palette);

// The same facts in words, for screen readers (the charts' accessible descriptions).
QString describeWeeks(const diary::Statistics &stats);
QString describeCounts(const QStringList &names, const QList<int> &counts);

} // namespace legcare::gui::diarycharts
