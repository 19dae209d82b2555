#pragma once

#include "i18n/Language.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QCommandLineParser;
class QTextStream;

namespace legcare::cli {

// Exit codes of cli.md: 0 success, 1 the operation failed, 2 bad input or usage.
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,
    kExitUsage = 2,
};

// What every command gets: where to write, and the options that apply everywhere.
struct CommandContext {
    QTextStream &out;
    QTextStream &err;
    i18n::Language language = i18n::Language::English;
    bool json = false;
    QString databasePath = {}; // from --db or LEGCARE_DB; empty means the default location
};

// One subcommand ("kb check", "diary add"): KeePassXC's pattern, one small class each.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;

    // The words that select it: {"kb", "check"}, {"assess"}.
    virtual QStringList words() const = 0;
    // One line for the command list of --help.
    virtual QString summary() const = 0;
    // How the arguments after the command words look, for the usage line ("ID --pdf OUT.pdf").
    virtual QString syntax() const { return {}; }
    // True when the command paints (PDF), which needs a QGuiApplication and its fonts.
    virtual bool needsGui() const { return false; }
    // Adds the command's own options and positional arguments (global ones are added for it).
    virtual void configure(QCommandLineParser &parser) const;
    // Runs with the parsed command line; returns an ExitCode. Positional arguments exclude
    // the command words.
    virtual int run(const QCommandLineParser &parser, const QStringList &arguments,
                    CommandContext &context) = 0;

    QString name() const { return words().join(QLatin1Char(' ')); }

protected:
    // Prints "legcare-cli: <command>: <message>" on stderr (and, for a usage error, where to
    // find help); returns the code, so that run() can end with `return fail(...)`.
    int fail(CommandContext &context, ExitCode code, const QString &message) const;
};

using CommandList = std::vector<std::unique_ptr<Command>>;

// Every command of cli.md, in the order --help lists them.
CommandList allCommands();

} // namespace legcare::cli
