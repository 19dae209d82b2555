#pragma once

#include "Command.h"

namespace legcare::cli {

class DiaryImportCommand final : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("diary"), QStringLiteral("import")}; }
    QString summary() const override { return Command::tr("Import episodes from a CSV file (all rows or none)"); }
    QString syntax() const override { return QStringLiteral("FILE.csv"); }
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;
};

} // namespace legcare::cli
