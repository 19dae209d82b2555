#pragma once

#include "Command.h"

namespace legcare::cli {

// kb check [--root DIR] [--json]: loads and validates the bundled knowledge base (or, for data
// editors, the one in DIR), checks that every id of the symptom-profile contract is there, and
// prints what it counted. Exit 0 only when it is complete and consistent; 1 when the data has
// problems (each printed on stderr); 2 when DIR is not a readable directory.
class KbCheckCommand final : public Command
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
