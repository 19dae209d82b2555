#pragma once

#include "Command.h"

namespace legcare::cli {

// A subcommand of cli.md that this version does not implement yet. It is listed, has --help,
// and says plainly that it is not available (exit 1) instead of pretending to work. Each one is
// replaced by its own class when its feature lands.
class PlannedCommand final : public Command
{
public:
    PlannedCommand(QStringList words, QString summary, QString syntax);

    QStringList words() const override { return m_words; }
    QString summary() const override { return m_summary; }
    QString syntax() const override { return m_syntax; }
    bool isAvailable() const override { return false; }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QStringList &arguments,
            CommandContext &context) override;

private:
    QStringList m_words;
    QString m_summary;
    QString m_syntax;
};

} // namespace legcare::cli
