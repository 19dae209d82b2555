#pragma once

#include "Command.h"

namespace legcare::cli {

class DiaryAddCommand final : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("diary"), QStringLiteral("add")}; }
    QString summary() const override { return Command::tr("Add a cramp episode to the diary"); }
    QString syntax() const override { return QStringLiteral("--at ISO8601 --location LOC --side SIDE --severity N"); }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;
};

} // namespace legcare::cli
