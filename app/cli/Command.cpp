#include "Command.h"

#include "AppInfo.h"
#include "commands/KbCheckCommand.h"
#include "commands/KbConditionCommand.h"
#include "commands/KbConditionsCommand.h"
#include "commands/KbExercisesCommand.h"
#include "commands/PlannedCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace legcare::cli {

void Command::configure(QCommandLineParser & /*parser*/) const
{
}

namespace {

// A free function: lupdate warns about Command::tr() inside Command's own members.
QString tryHelp(const QString &program, const QString &command)
{
    return Command::tr("Try '%1 %2 --help'.").arg(program, command);
}

} // namespace

int Command::fail(CommandContext &context, ExitCode code, const QString &message) const
{
    const QString program = QString::fromLatin1(appinfo::kCliName);
    context.err << program << QStringLiteral(": ") << name() << QStringLiteral(": ") << message
                << Qt::endl;
    if (code == kExitUsage)
        context.err << tryHelp(program, name()) << Qt::endl;
    return code;
}

CommandList allCommands()
{
    CommandList commands;
    const auto planned = [&commands](QStringList words, QString summary, QString syntax) {
        commands.push_back(std::make_unique<PlannedCommand>(std::move(words), std::move(summary),
                                                            std::move(syntax)));
    };
    commands.push_back(std::make_unique<KbConditionsCommand>());
    commands.push_back(std::make_unique<KbConditionCommand>());
    commands.push_back(std::make_unique<KbExercisesCommand>());
    commands.push_back(std::make_unique<KbCheckCommand>());
    planned({QStringLiteral("assess")},
            Command::tr("Assess a symptom profile: triage level, likely conditions, advice"),
            QStringLiteral("--profile FILE|-"));
    planned({QStringLiteral("routine"), QStringLiteral("list")},
            Command::tr("List the built-in and your own stretching routines"), QString());
    planned({QStringLiteral("routine"), QStringLiteral("show")},
            Command::tr("Show a routine's exercises and total time"), QStringLiteral("ID"));
    planned({QStringLiteral("routine"), QStringLiteral("print")},
            Command::tr("Print a routine to a PDF"), QStringLiteral("ID --pdf OUT.pdf"));
    planned({QStringLiteral("diary"), QStringLiteral("add")},
            Command::tr("Add a cramp episode to the diary"),
            QStringLiteral("--at ISO8601 --location LOC --side SIDE --severity N"));
    planned({QStringLiteral("diary"), QStringLiteral("list")},
            Command::tr("List diary episodes"), QString());
    planned({QStringLiteral("diary"), QStringLiteral("edit")},
            Command::tr("Change a diary episode"), QStringLiteral("ID"));
    planned({QStringLiteral("diary"), QStringLiteral("delete")},
            Command::tr("Delete a diary episode"), QStringLiteral("ID"));
    planned({QStringLiteral("diary"), QStringLiteral("stats")},
            Command::tr("Diary statistics and the frequent-cramps threshold"), QString());
    planned({QStringLiteral("diary"), QStringLiteral("import")},
            Command::tr("Import episodes from a CSV file (all rows or none)"),
            QStringLiteral("FILE.csv"));
    planned({QStringLiteral("diary"), QStringLiteral("export")},
            Command::tr("Export every episode to CSV or JSON"),
            QStringLiteral("--csv FILE | --json FILE"));
    planned({QStringLiteral("report")}, Command::tr("Write a PDF report to take to a doctor"),
            QStringLiteral("--pdf OUT.pdf"));
    return commands;
}

} // namespace legcare::cli
