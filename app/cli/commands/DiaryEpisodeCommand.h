#pragma once

#include "Command.h"
#include "diary/DiaryStore.h"

#include <memory>
#include <optional>

namespace legcare::cli {

// A diary subcommand that acts on one stored episode named by its id (edit, delete).
class DiaryEpisodeCommand : public Command
{
protected:
    struct Target {
        std::unique_ptr<diary::DiaryStore> store;
        diary::Episode episode;
    };

    // Reads the one id argument, opens the diary and loads that episode. On failure prints why
    // (a bad or unknown id is a usage error, a diary that will not open a failure) and returns
    // nullopt with *exitCode set.
    std::optional<Target> loadTarget(const QStringList &arguments, CommandContext &context,
                                     int *exitCode) const;
};

} // namespace legcare::cli
