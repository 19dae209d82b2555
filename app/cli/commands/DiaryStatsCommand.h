#pragma once

#include "Command.h"

namespace legcare::cli {

class DiaryStatsCommand final : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("diary"), QStringLiteral("stats")}; }
    QString summary() const override { return Command::tr("Diary statistics and the frequent-cramps threshold"); }
    QString syntax() const override { return QStringLiteral("[--from DATE] [--to DATE]"); }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;
};

} // namespace legcare::cli
