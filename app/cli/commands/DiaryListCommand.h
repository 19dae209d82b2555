#pragma once

#include "Command.h"

namespace legcare::cli {

class DiaryListCommand final : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("diary"), QStringLiteral("list")}; }
    QString summary() const override { return Command::tr("List diary episodes"); }
    QString syntax() const override { return QStringLiteral("[--from DATE] [--to DATE]"); }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;
};

} // namespace legcare::cli
