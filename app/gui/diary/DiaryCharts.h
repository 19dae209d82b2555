#pragma once

#include "diary/DiaryChartsPlugin.h"
#include "diary/Statistics.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace legcare::gui::diarycharts {

// The Diary page's charts: what they show, computed here from diary::Statistics, and the plugin
// that draws them (DiaryChartsPlugin), loaded when the statistics are first shown.
class Strings
{
    Q_DECLARE_TR_FUNCTIONS(DiaryCharts)
};

struct Loaded {
    const DiaryChartsPlugin *plugin = nullptr; // null when it could not be loaded
    QString error;                             // then: why, in English
};

// Loads the plugin from the first of dirs that holds it.
Loaded load(const QStringList &dirs);
// Where it is looked for: $LEGCARE_PLUGIN_DIR when set, the program's own directory (a build
// tree), then LegCare's library directory beside the program's (an installation).
QStringList pluginDirs();
// load(pluginDirs()), once per process; GUI thread.
const Loaded &plugin();

// The weeks, hours and routine figures of stats as the charts show them: at most the last
// DiaryChartsPlugin::kMaxWeeksShown weeks.
DiaryChartInput input(const diary::Statistics &stats);

// The same facts in words, for screen readers (the charts' accessible descriptions).
QString describeWeeks(const diary::Statistics &stats);
QString describeCounts(const QStringList &names, const QList<int> &counts);

} // namespace legcare::gui::diarycharts
