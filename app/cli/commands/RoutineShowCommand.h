#pragma once

#include "Command.h"

namespace legcare::cli {

// routine show ID [--json]: a routine's purpose and when to do it, its exercises in order with
// hold, repetitions, sides and sets a day, and the total time.
class RoutineShowCommand final : public Command
{
public:
    QStringList words() const override
    {
        return { QStringLiteral("routine"), QStringLiteral("show") };
    }
    QString summary() const override
    {
        return Command::tr("Show a routine's exercises and total time");
    }
    QString syntax() const override { return QStringLiteral("ID"); }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;
};

} // namespace legcare::cli
