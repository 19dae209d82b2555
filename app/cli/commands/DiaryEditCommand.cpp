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
    if (arguments.size() != 1)
        return fail(context, kExitUsage, Command::tr("give exactly one episode id"));
    const auto id = DiaryCommon::parseId(arguments.constFirst());
    if (!id)
        return fail(context, kExitUsage, Command::tr("'%1' is not an episode id").arg(arguments.constFirst()));
    const auto store = DiaryCommon::openStore(context);
    if (!store)
        return kExitFailure;
    auto episode = store->episode(*id);
    if (!episode)
        return fail(context, kExitUsage, Command::tr("there is no episode %1 in %2").arg(*id).arg(store->path()));
    QString error;
    if (!DiaryCommon::applyEpisodeOptions(parser, false, &*episode, &error))
        return fail(context, kExitUsage, error);
    if (!store->updateEpisode(*episode, &error))
        return fail(context, kExitFailure, QStringLiteral("%1: %2").arg(store->path(), error));
    if (context.json)
        writeJson(context.out, DiaryCommon::episodeJson(*episode));
    else
        context.out << DiaryCommon::episodeLine(*episode) << Qt::endl;
    return kExitOk;
}

} // namespace legcare::cli
