#pragma once

#include "Command.h"

namespace legcare::cli {

// routine print ID --pdf OUT.pdf [--page-size A4|Letter]: the printable routine, painted by the
// same renderer the GUI prints with (report::RoutineHandout).
class RoutinePrintCommand final : public Command
{
public:
    QStringList words() const override
    {
        return { QStringLiteral("routine"), QStringLiteral("print") };
    }
    QString summary() const override { return Command::tr("Print a routine to a PDF"); }
    QString syntax() const override
    {
        return QStringLiteral("ID --pdf OUT.pdf [--page-size A4|Letter]");
    }
    bool needsGui() const override { return true; }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;
};

} // namespace legcare::cli
