#pragma once

#include "Command.h"

namespace legcare::cli {

// assess --profile FILE|- [--json]: reads a symptom profile (shared/spec/symptom-profile.md) and
// prints the assessment: the level with what to do and how soon, the likely conditions and why,
// advice, stretches and the disclaimer. A profile that does not parse or validate, or a file
// that cannot be read, is bad input: one line on stderr naming the file and field, exit 2.
class AssessCommand final : public Command
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
