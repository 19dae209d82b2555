#pragma once

#include "commands/DiaryEpisodeCommand.h"

namespace legcare::cli {

class DiaryDeleteCommand final : public DiaryEpisodeCommand
{
public:
    QStringList words() const override { return {QStringLiteral("diary"), QStringLiteral("delete")}; }
    QString summary() const override { return Command::tr("Delete a diary episode"); }
    QString syntax() const override { return QStringLiteral("ID"); }
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;
};

} // namespace legcare::cli
