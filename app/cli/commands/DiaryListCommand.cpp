#include "commands/DiaryListCommand.h"

#include "commands/DiaryCommon.h"
#include "commands/KbFormat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace legcare::cli {

void DiaryListCommand::configure(QCommandLineParser &parser) const
{
    DiaryCommon::addPeriodOptions(parser);
}

int DiaryListCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CommandContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, kExitUsage, Command::tr("unexpected argument '%1'").arg(arguments.constFirst()));
    diary::EpisodeFilter filter;
    QString error;
    if (!DiaryCommon::readPeriod(parser, &filter.from, &filter.to, &error))
        return fail(context, kExitUsage, error);
    const auto store = DiaryCommon::openStore(context);
    if (!store)
        return kExitFailure;
    const QList<diary::Episode> episodes = store->episodes(filter);
    if (context.json) {
        QJsonArray array;
        for (const diary::Episode &episode : episodes)
            array.append(DiaryCommon::episodeJson(episode));
        writeJson(context.out, {{QStringLiteral("episodes"), array}});
        return kExitOk;
    }
    for (const diary::Episode &episode : episodes)
        context.out << DiaryCommon::episodeLine(episode) << QLatin1Char('\n');
    context.out << Command::tr("%n episode(s)", "", static_cast<int>(episodes.size())) << Qt::endl;
    return kExitOk;
}

} // namespace legcare::cli
