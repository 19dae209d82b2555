#include "commands/DiaryEditCommand.h"

#include "commands/DiaryCommon.h"
#include "commands/KbFormat.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace legcare::cli {

void DiaryEditCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), Command::tr("The episode's id ('diary list' shows it)."));
    DiaryCommon::addEpisodeOptions(parser);
}

int DiaryEditCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CommandContext &context)
{
    int exitCode = kExitOk;
    auto target = loadTarget(arguments, context, &exitCode);
    if (!target)
        return exitCode;
    diary::Episode &episode = target->episode;
    QString error;
    if (!DiaryCommon::applyEpisodeOptions(parser, false, &episode, &error))
        return fail(context, kExitUsage, error);
    if (!target->store->updateEpisode(episode, &error))
        return fail(context, kExitFailure, QStringLiteral("%1: %2").arg(target->store->path(), error));
    if (context.json)
        writeJson(context.out, DiaryCommon::episodeJson(episode));
    else
        context.out << DiaryCommon::episodeLine(episode) << Qt::endl;
    return kExitOk;
}

} // namespace legcare::cli
