#include "commands/KbConditionCommand.h"

#include "commands/KbFormat.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace legcare::cli {

QStringList KbConditionCommand::words() const
{
    return { QStringLiteral("kb"), QStringLiteral("condition") };
}

QString KbConditionCommand::summary() const
{
    return Command::tr("Show one condition in full");
}

QString KbConditionCommand::syntax() const
{
    return QStringLiteral("ID");
}

void KbConditionCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Command::tr("The condition's id, e.g. nocturnal_leg_cramps "
                                             "('kb conditions' lists them)."));
}

int KbConditionCommand::run(const QCommandLineParser & /*parser*/, const QStringList &arguments,
                            CommandContext &context)
{
    if (arguments.isEmpty())
        return fail(context, kExitUsage, Command::tr("no condition id given"));
    if (arguments.size() > 1)
        return fail(context, kExitUsage,
                    Command::tr("unexpected argument '%1'").arg(arguments.at(1)));

    const std::optional<kb::KnowledgeBase> knowledgeBase = loadBundledKnowledgeBase(context);
    if (!knowledgeBase)
        return kExitFailure;

    const QString &id = arguments.constFirst();
    const kb::Condition *condition = knowledgeBase->condition(id);
    if (!condition) {
        return fail(context, kExitUsage,
                    Command::tr("unknown condition '%1' ('kb conditions' lists them)").arg(id));
    }

    const KbFormat format(*knowledgeBase, context.language);
    if (context.json) {
        writeJson(context.out, format.conditionJson(*condition));
    } else {
        context.out << format.conditionText(*condition, KbFormat::Detail::Full);
        context.out.flush();
    }
    return kExitOk;
}

} // namespace legcare::cli
