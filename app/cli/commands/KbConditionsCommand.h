#pragma once

#include "Command.h"

namespace legcare::cli {

// kb conditions [--json]: every condition of the knowledge base with its summary, causes,
// self-care, prevention, when to see a doctor and sources (--json: every field).
class KbConditionsCommand final : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;
};

} // namespace legcare::cli
