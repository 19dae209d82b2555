#include "commands/KbConditionsCommand.h"

#include "commands/KbFormat.h"

#include <QTextStream>

namespace legcare::cli {

QStringList KbConditionsCommand::words() const
{
    return { QStringLiteral("kb"), QStringLiteral("conditions") };
}

QString KbConditionsCommand::summary() const
{
    return Command::tr("List every condition of the knowledge base");
}

int KbConditionsCommand::run(const QCommandLineParser & /*parser*/, const QStringList &arguments,
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
        context, knowledgeBase->conditions(), QStringLiteral("conditions"),
        [&format](const kb::Condition &item) { return format.conditionJson(item); },
        [&format](const kb::Condition &item, int width) { return format.conditionText(item, KbFormat::Detail::Overview, width); });
    context.out.flush();
    return kExitOk;
}

} // namespace legcare::cli
