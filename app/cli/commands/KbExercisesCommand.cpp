#include "commands/KbExercisesCommand.h"

#include "commands/KbFormat.h"

#include <QTextStream>

namespace legcare::cli {

QStringList KbExercisesCommand::words() const
{
    return { QStringLiteral("kb"), QStringLiteral("exercises") };
}

QString KbExercisesCommand::summary() const
{
    return Command::tr("List every exercise of the knowledge base");
}

int KbExercisesCommand::run(const QCommandLineParser & /*parser*/, const QStringList &arguments,
                            CommandContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, kExitUsage,
                    Command::tr("unexpected argument '%1'").arg(arguments.constFirst()));

    const std::optional<kb::KnowledgeBase> knowledgeBase = loadBundledKnowledgeBase(context);
    if (!knowledgeBase)
        return kExitFailure;
    const KbFormat format(*knowledgeBase, context.language);

    writeItems(
        context, knowledgeBase->exercises(), QStringLiteral("exercises"),
        [&format](const kb::Exercise &item) { return format.exerciseJson(item); },
        [&format](const kb::Exercise &item, int width) { return format.exerciseText(item, width); });
    context.out.flush();
    return kExitOk;
}

} // namespace legcare::cli
