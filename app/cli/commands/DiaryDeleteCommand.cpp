#include "commands/DiaryDeleteCommand.h"

#include "commands/KbFormat.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace legcare::cli {

int DiaryDeleteCommand::run(const QCommandLineParser & /*parser*/, const QStringList &arguments, CommandContext &context)
{
    int exitCode = kExitOk;
    const auto target = loadTarget(arguments, context, &exitCode);
    if (!target)
        return exitCode;
    const qint64 id = target->episode.id;
    QString error;
    if (!target->store->deleteEpisode(id, &error))
        return fail(context, kExitFailure, QStringLiteral("%1: %2").arg(target->store->path(), error));
    if (context.json)
        writeJson(context.out, {{QStringLiteral("deleted"), id}});
    else
        context.out << Command::tr("Deleted episode %1.").arg(id) << Qt::endl;
    return kExitOk;
}

} // namespace legcare::cli
