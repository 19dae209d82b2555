#include "commands/DiaryStatsCommand.h"

#include "commands/DiaryCommon.h"
#include "commands/KbFormat.h"
#include "diary/Statistics.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace legcare::cli {

namespace {

template<typename Key, typename ToId>
QJsonObject countsJson(const QMap<Key, int> &counts, ToId toId)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(toId(it.key()), it.value());
    return object;
}

template<typename Key, typename ToName>
QString countsText(const QMap<Key, int> &counts, ToName toName)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(toName(it.key())).arg(it.value()));
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 100.0) / 100.0) : QJsonValue();
}

} // namespace

void DiaryStatsCommand::configure(QCommandLineParser &parser) const
{
    DiaryCommon::addPeriodOptions(parser);
}

int DiaryStatsCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CommandContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, kExitUsage, Command::tr("unexpected argument '%1'").arg(arguments.constFirst()));
    std::optional<QDate> from;
    std::optional<QDate> to;
    QString error;
    if (!DiaryCommon::readPeriod(parser, &from, &to, &error))
        return fail(context, kExitUsage, error);
    const auto store = DiaryCommon::openStore(context);
    if (!store)
        return kExitFailure;
    const diary::Statistics stats = diary::computeStatistics(*store, from, to);

    if (context.json) {
        QJsonArray weeks;
        for (const diary::WeekCount &week : stats.weeks) {
            weeks.append(QJsonObject{{QStringLiteral("week_start"), week.weekStart.toString(Qt::ISODate)},
                                     {QStringLiteral("episodes"), week.episodes},
                                     {QStringLiteral("mean_severity"), optionalNumber(week.meanSeverity)},
                                     {QStringLiteral("routine_done"), week.routineDone}});
        }
        QJsonObject hours;
        for (std::size_t hour = 0; hour < stats.byHour.size(); ++hour) {
            if (stats.byHour[hour] > 0)
                hours.insert(QString::number(hour), stats.byHour[hour]);
        }
        writeJson(context.out,
                  {{QStringLiteral("from"), stats.from.toString(Qt::ISODate)},
                   {QStringLiteral("to"), stats.to.toString(Qt::ISODate)},
                   {QStringLiteral("episodes"), stats.episodeCount},
                   {QStringLiteral("episodes_per_week"), optionalNumber(stats.episodesPerWeek)},
                   {QStringLiteral("last_four_weeks"),
                    QJsonObject{{QStringLiteral("episodes"), stats.lastFourWeeksCount},
                                {QStringLiteral("per_week"), optionalNumber(stats.lastFourWeeksPerWeek)}}},
                   {QStringLiteral("frequent_threshold_per_week"), diary::kFrequentCrampsPerWeek},
                   {QStringLiteral("frequent_threshold_met"), stats.frequentThresholdMet},
                   {QStringLiteral("mean_severity"), optionalNumber(stats.meanSeverity)},
                   {QStringLiteral("worst_severity"), stats.worstSeverity ? QJsonValue(*stats.worstSeverity) : QJsonValue()},
                   {QStringLiteral("weeks"), weeks},
                   {QStringLiteral("by_location"), countsJson(stats.byLocation, kb::locationId)},
                   {QStringLiteral("by_side"), countsJson(stats.bySide, diary::sideId)},
                   {QStringLiteral("by_context"), countsJson(stats.byContext, diary::contextId)},
                   {QStringLiteral("by_hour"), hours},
                   {QStringLiteral("by_trigger"), countsJson(stats.byTrigger, diary::triggerId)},
                   {QStringLiteral("by_relief"), countsJson(stats.byRelief, diary::reliefId)},
                   {QStringLiteral("per_week_with_routine"), optionalNumber(stats.perWeekWithRoutine)},
                   {QStringLiteral("per_week_without_routine"), optionalNumber(stats.perWeekWithoutRoutine)}});
        return kExitOk;
    }

    const QLocale locale;
    const auto number = [&locale](double value) { return locale.toString(value, 'f', 1); };
    QTextStream &out = context.out;
    out << Command::tr("Period:              %1 to %2").arg(locale.toString(stats.from, QLocale::ShortFormat),
                                                            locale.toString(stats.to, QLocale::ShortFormat))
        << '\n'
        << Command::tr("Episodes:            %1").arg(stats.episodeCount) << '\n'
        << Command::tr("Per week:            %1").arg(number(stats.episodesPerWeek)) << '\n'
        << Command::tr("Last four weeks:     %1 (%2 a week)").arg(stats.lastFourWeeksCount).arg(number(stats.lastFourWeeksPerWeek))
        << '\n';
    if (stats.meanSeverity) {
        out << Command::tr("Severity:            mean %1, worst %2").arg(number(*stats.meanSeverity)).arg(*stats.worstSeverity)
            << '\n';
    }
    out << Command::tr("Where:               %1").arg(countsText(stats.byLocation, kb::locationName)) << '\n'
        << Command::tr("Side:                %1").arg(countsText(stats.bySide, diary::sideName)) << '\n'
        << Command::tr("Doing:               %1").arg(countsText(stats.byContext, diary::contextName)) << '\n'
        << Command::tr("Triggers:            %1").arg(countsText(stats.byTrigger, diary::triggerName)) << '\n'
        << Command::tr("What helped:         %1").arg(countsText(stats.byRelief, diary::reliefName)) << '\n';
    QStringList night;
    for (std::size_t hour = 0; hour < stats.byHour.size(); ++hour) {
        if (stats.byHour[hour] > 0)
            night.append(QStringLiteral("%1:00 %2").arg(hour, 2, 10, QLatin1Char('0')).arg(stats.byHour[hour]));
    }
    out << Command::tr("By hour:             %1").arg(night.isEmpty() ? QStringLiteral("—") : night.join(QStringLiteral(", ")))
        << '\n';
    if (stats.frequentThresholdMet) {
        out << '\n'
            << Command::tr("3 or more cramps a week: please see a doctor, and run the symptom check "
                           "(legcare assess or the Symptom check in LegCare).")
            << '\n';
    } else {
        out << Command::tr("Below the frequent-cramps threshold of 3 a week.") << '\n';
    }
    out.flush();
    return kExitOk;
}

} // namespace legcare::cli
