#include "commands/DiaryAddCommand.h"

#include "commands/DiaryCommon.h"
#include "commands/KbFormat.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace legcare::cli {

void DiaryAddCommand::configure(QCommandLineParser &parser) const
{
    DiaryCommon::addEpisodeOptions(parser);
}

int DiaryAddCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CommandContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, kExitUsage, Command::tr("unexpected argument '%1'").arg(arguments.constFirst()));
    diary::Episode episode;
    QString error;
    if (!DiaryCommon::applyEpisodeOptions(parser, true, &episode, &error))
        return fail(context, kExitUsage, error);
    const auto store = DiaryCommon::openStore(context);
    if (!store)
        return kExitFailure;
    const auto id = store->addEpisode(episode, &error);
    if (!id)
        return fail(context, kExitFailure, QStringLiteral("%1: %2").arg(store->path(), error));
    if (context.json)
        writeJson(context.out, {{QStringLiteral("id"), *id}});
    else
        context.out << *id << Qt::endl;
    return kExitOk;
}

} // namespace legcare::cli
