#pragma once

#include "Command.h"

namespace legcare::cli {

// kb exercises [--json]: every exercise with its target muscles, numbered steps, hold,
// repetitions, sets per day, difficulty, cautions, illustration and sources.
class KbExercisesCommand final : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;
};

} // namespace legcare::cli
