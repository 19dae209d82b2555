#pragma once

#include "Command.h"

namespace legcare::cli {

class DiaryExportCommand final : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("diary"), QStringLiteral("export")}; }
    QString summary() const override { return Command::tr("Export every episode to CSV or JSON"); }
    QString syntax() const override { return QStringLiteral("--csv FILE | --json FILE"); }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;
};

} // namespace legcare::cli
