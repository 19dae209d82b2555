#include "commands/DiaryDeleteCommand.h"

#include "commands/DiaryCommon.h"
#include "commands/KbFormat.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace legcare::cli {

int DiaryDeleteCommand::run(const QCommandLineParser & /*parser*/, const QStringList &arguments, CommandContext &context)
{
    if (arguments.size() != 1)
        return fail(context, kExitUsage, Command::tr("give exactly one episode id"));
    const auto id = DiaryCommon::parseId(arguments.constFirst());
    if (!id)
        return fail(context, kExitUsage, Command::tr("'%1' is not an episode id").arg(arguments.constFirst()));
    const auto store = DiaryCommon::openStore(context);
    if (!store)
        return kExitFailure;
    if (!store->episode(*id))
        return fail(context, kExitUsage, Command::tr("there is no episode %1 in %2").arg(*id).arg(store->path()));
    QString error;
    if (!store->deleteEpisode(*id, &error))
        return fail(context, kExitFailure, QStringLiteral("%1: %2").arg(store->path(), error));
    if (context.json)
        writeJson(context.out, {{QStringLiteral("deleted"), *id}});
    else
        context.out << Command::tr("Deleted episode %1.").arg(*id) << Qt::endl;
    return kExitOk;
}

} // namespace legcare::cli
