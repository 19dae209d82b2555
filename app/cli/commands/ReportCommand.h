#pragma once

#include "Command.h"

namespace legcare::cli {

// `report --pdf OUT.pdf [--days 30|90] [--page-size A4|Letter]`: the doctor's report of the
// diary, painted by the same renderer the GUI prints with.
class ReportCommand final : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("report")}; }
    QString summary() const override { return Command::tr("Write a PDF report to take to a doctor"); }
    QString syntax() const override
    {
        return QStringLiteral("--pdf OUT.pdf [--days 30|90] [--page-size A4|Letter]");
    }
    bool needsGui() const override { return true; }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;
};

} // namespace legcare::cli
