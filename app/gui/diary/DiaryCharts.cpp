#include "diary/DiaryCharts.h"

#include "diary/Episode.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPluginLoader>

#include <algorithm>

namespace legcare::gui::diarycharts {

namespace {

QList<diary::WeekCount> shownWeeks(const diary::Statistics &stats)
{
    return stats.weeks.mid(
        std::max<qsizetype>(0, stats.weeks.size() - DiaryChartsPlugin::kMaxWeeksShown));
}

QStringList weekLabels(const QList<diary::WeekCount> &weeks)
{
    QStringList labels;
    const QString format
        = Strings::tr("M/d", "short date format of a week's first day on chart axes");
    for (const diary::WeekCount &week : weeks)
        labels.append(QLocale().toString(week.weekStart, format));
    return labels;
}

} // namespace

Loaded load(const QStringList &dirs)
{
    Loaded loaded;
    for (const QString &dir : dirs) {
        const QString path = QDir(dir).filePath(QLatin1String(LEGCARE_DIARY_CHARTS_FILE));
        if (!QFileInfo::exists(path))
            continue;
        QPluginLoader loader(path);
        // The instance stays valid, and the library loaded, when the loader goes.
        loaded.plugin = qobject_cast<DiaryChartsPlugin *>(loader.instance());
        if (loaded.plugin)
            return loaded;
        loaded.error = loader.errorString();
        return loaded;
    }
    loaded.error = QStringLiteral("%1 is in none of %2")
                       .arg(QLatin1String(LEGCARE_DIARY_CHARTS_FILE),
                            dirs.join(QStringLiteral(", ")));
    return loaded;
}

QStringList pluginDirs()
{
    QStringList dirs;
    const QString fromEnvironment = qEnvironmentVariable("LEGCARE_PLUGIN_DIR");
    if (!fromEnvironment.isEmpty())
        dirs.append(fromEnvironment);
    const QString program = QCoreApplication::applicationDirPath();
    dirs.append(program);
    // As plain bytes in the program, where the package and install tests look for it.
    dirs.append(QDir::cleanPath(program + QLatin1Char('/')
                                + QLatin1String(LEGCARE_PLUGIN_INSTALL_RELATIVE_DIR)));
    return dirs;
}

const Loaded &plugin()
{
    static const Loaded loaded = load(pluginDirs());
    return loaded;
}

DiaryChartInput input(const diary::Statistics &stats)
{
    DiaryChartInput in;
    const QList<diary::WeekCount> weeks = shownWeeks(stats);
    in.weekLabels = weekLabels(weeks);
    for (const diary::WeekCount &week : weeks) {
        in.weekEpisodes.append(week.episodes);
        in.weekRoutineDone.append(week.routineDone);
        in.weekMeanSeverity.append(week.meanSeverity);
    }
    in.weeksRecorded = static_cast<int>(stats.weeks.size());
    in.frequentPerWeek = diary::kFrequentCrampsPerWeek;
    in.maxSeverity = diary::kMaxSeverity;
    in.byHour = stats.byHour;
    in.perWeekWithRoutine = stats.perWeekWithRoutine;
    in.perWeekWithoutRoutine = stats.perWeekWithoutRoutine;
    return in;
}

QString describeWeeks(const diary::Statistics &stats)
{
    QStringList parts;
    const QList<diary::WeekCount> weeks = shownWeeks(stats);
    const QStringList labels = weekLabels(weeks);
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        parts.append(
            weeks[i].routineDone
                ? Strings::tr("week of %1: %2 (routine done)").arg(labels[i]).arg(weeks[i].episodes)
                : Strings::tr("week of %1: %2").arg(labels[i]).arg(weeks[i].episodes));
    }
    return parts.join(QStringLiteral("; "));
}

QString describeCounts(const QStringList &names, const QList<int> &counts)
{
    QStringList parts;
    for (qsizetype i = 0; i < names.size() && i < counts.size(); ++i)
        parts.append(QStringLiteral("%1: %2").arg(names[i]).arg(counts[i]));
    return parts.join(QStringLiteral("; "));
}

} // namespace legcare::gui::diarycharts
