#include "commands/DiaryEpisodeCommand.h"

#include "commands/DiaryCommon.h"

namespace legcare::cli {

std::optional<DiaryEpisodeCommand::Target>
DiaryEpisodeCommand::loadTarget(const QStringList &arguments, CommandContext &context, int *exitCode) const
{
    if (arguments.size() != 1) {
        *exitCode = fail(context, kExitUsage, Command::tr("give exactly one episode id"));
        return std::nullopt;
    }
    const auto id = DiaryCommon::parseId(arguments.constFirst());
    if (!id) {
        *exitCode = fail(context, kExitUsage, Command::tr("'%1' is not an episode id").arg(arguments.constFirst()));
        return std::nullopt;
    }
    Target target;
    target.store = DiaryCommon::openStore(context);
    if (!target.store) {
        *exitCode = kExitFailure;
        return std::nullopt;
    }
    auto episode = target.store->episode(*id);
    if (!episode) {
        *exitCode = fail(context, kExitUsage,
                         Command::tr("there is no episode %1 in %2").arg(*id).arg(target.store->path()));
        return std::nullopt;
    }
    target.episode = std::move(*episode);
    return target;
}

} // namespace legcare::cli
