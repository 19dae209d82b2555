#include "Command.h"

#include "AppInfo.h"
#include "commands/AssessCommand.h"
#include "commands/DiaryAddCommand.h"
#include "commands/DiaryDeleteCommand.h"
#include "commands/DiaryEditCommand.h"
#include "commands/DiaryExportCommand.h"
#include "commands/DiaryImportCommand.h"
#include "commands/DiaryListCommand.h"
#include "commands/DiaryStatsCommand.h"
#include "commands/KbCheckCommand.h"
#include "commands/KbConditionCommand.h"
#include "commands/KbConditionsCommand.h"
#include "commands/KbExercisesCommand.h"
#include "commands/ReportCommand.h"
#include "commands/RoutineListCommand.h"
#include "commands/RoutinePrintCommand.h"
#include "commands/RoutineShowCommand.h"

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
    commands.push_back(std::make_unique<KbConditionsCommand>());
    commands.push_back(std::make_unique<KbConditionCommand>());
    commands.push_back(std::make_unique<KbExercisesCommand>());
    commands.push_back(std::make_unique<KbCheckCommand>());
    commands.push_back(std::make_unique<AssessCommand>());
    commands.push_back(std::make_unique<RoutineListCommand>());
    commands.push_back(std::make_unique<RoutineShowCommand>());
    commands.push_back(std::make_unique<RoutinePrintCommand>());
    commands.push_back(std::make_unique<DiaryAddCommand>());
    commands.push_back(std::make_unique<DiaryListCommand>());
    commands.push_back(std::make_unique<DiaryEditCommand>());
    commands.push_back(std::make_unique<DiaryDeleteCommand>());
    commands.push_back(std::make_unique<DiaryStatsCommand>());
    commands.push_back(std::make_unique<DiaryImportCommand>());
    commands.push_back(std::make_unique<DiaryExportCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    return commands;
}

} // namespace legcare::cli
