#pragma once

#include "commands/DiaryEpisodeCommand.h"

namespace legcare::cli {

class DiaryEditCommand final : public DiaryEpisodeCommand
{
public:
    QStringList words() const override { return {QStringLiteral("diary"), QStringLiteral("edit")}; }
    QString summary() const override { return Command::tr("Change a diary episode"); }
    QString syntax() const override { return QStringLiteral("ID [flags of add]"); }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;
};

} // namespace legcare::cli
