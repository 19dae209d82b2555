#pragma once

#include "Command.h"

namespace legcare::cli {

// routine list [--json]: the built-in routines, then the person's own (when their diary exists),
// each with its id, name, number of exercises and total time.
class RoutineListCommand final : public Command
{
public:
    QStringList words() const override
    {
        return { QStringLiteral("routine"), QStringLiteral("list") };
    }
    QString summary() const override
    {
        return Command::tr("List the built-in and your own stretching routines");
    }
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;
};

} // namespace legcare::cli
