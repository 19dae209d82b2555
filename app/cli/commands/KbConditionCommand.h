#pragma once

#include "Command.h"

namespace legcare::cli {

// kb condition ID [--json]: one condition with every field. An unknown or missing id is a
// usage error (exit 2).
class KbConditionCommand final : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    QString syntax() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;
};

} // namespace legcare::cli
