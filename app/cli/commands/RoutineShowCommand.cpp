#include "commands/RoutineShowCommand.h"

#include "commands/KbFormat.h"
#include "commands/RoutineCommon.h"
#include "routines/Timing.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace legcare::cli {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// "Hold: 30 s · Repetitions: 2 · …" in lines no wider than the terminal, never breaking inside
// one fact.
QString factLines(const QStringList &facts, const QString &indent)
{
    const QString separator = QStringLiteral(" · ");
    QString result;
    QString line;
    for (const QString &fact : facts) {
        if (!line.isEmpty()
            && KbFormat::displayWidth(indent + line + separator + fact) > KbFormat::kLineWidth) {
            result += indent + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : separator) + fact;
    }
    return result + indent + line + QLatin1Char('\n');
}

} // namespace

void RoutineShowCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("ID"),
        Command::tr("The routine's id, e.g. bedtime_cramp_prevention or custom-3 "
                    "('routine list' shows them)."));
}

int RoutineShowCommand::run(const QCommandLineParser & /*parser*/, const QStringList &arguments,
                            CommandContext &context)
{
    if (arguments.isEmpty())
        return fail(context, kExitUsage, Command::tr("no routine id given"));
    if (arguments.size() > 1)
        return fail(context, kExitUsage,
                    Command::tr("unexpected argument '%1'").arg(arguments.at(1)));
    const std::unique_ptr<RoutineCommon> catalog = RoutineCommon::open(context);
    if (!catalog)
        return kExitFailure;
    const std::optional<routines::Routine> routine = catalog->find(arguments.constFirst());
    if (!routine)
        return fail(context, kExitUsage, RoutineCommon::unknownRoutine(arguments.constFirst()));

    const i18n::Language language = context.language;
    const kb::KnowledgeBase &knowledgeBase = catalog->knowledgeBase();
    if (context.json) {
        QJsonArray exercises;
        int position = 0;
        for (const kb::RoutineItem &item : routine->items) {
            const kb::Exercise *exercise = knowledgeBase.exercise(item.exerciseId);
            if (!exercise)
                continue;
            exercises.append(QJsonObject {
                { QStringLiteral("position"), ++position },
                { QStringLiteral("id"), exercise->id },
                { QStringLiteral("name"), exercise->name.text(language) },
                { QStringLiteral("hold_seconds"), item.holdSeconds },
                { QStringLiteral("repetitions"), item.repetitions },
                { QStringLiteral("per_side"), exercise->perSide },
                { QStringLiteral("sides"), exercise->perSide ? 2 : 1 },
                { QStringLiteral("sets_per_day"), exercise->setsPerDay },
                { QStringLiteral("seconds"), routines::itemSeconds(item, *exercise) } });
        }
        writeJson(context.out,
                  { { QStringLiteral("id"), routine->id },
                    { QStringLiteral("name"), routine->name.text(language) },
                    { QStringLiteral("custom"), routine->isCustom() },
                    { QStringLiteral("purpose"), textOrNull(routine->purpose.text(language)) },
                    { QStringLiteral("when"), textOrNull(routine->when.text(language)) },
                    { QStringLiteral("total_seconds"), catalog->totalSeconds(*routine) },
                    { QStringLiteral("exercises"), exercises } });
        return kExitOk;
    }

    const QString indent(2, QLatin1Char(' '));
    QTextStream &out = context.out;
    out << KbFormat::wrap(routine->name.text(language), routine->id + indent,
                          QString(routine->id.size() + 2, QLatin1Char(' ')));
    if (!routine->purpose.text(language).isEmpty())
        out << KbFormat::wrap(Command::tr("Purpose: %1").arg(routine->purpose.text(language)),
                              indent, indent + indent);
    if (!routine->when.text(language).isEmpty())
        out << KbFormat::wrap(Command::tr("When: %1").arg(routine->when.text(language)), indent,
                              indent + indent);
    out << indent
        << Command::tr("Total time: %1")
               .arg(routines::DurationText::format(catalog->totalSeconds(*routine)))
        << QLatin1Char('\n');
    int position = 0;
    for (const kb::RoutineItem &item : routine->items) {
        const kb::Exercise *exercise = knowledgeBase.exercise(item.exerciseId);
        if (!exercise)
            continue;
        const QString number = QStringLiteral("%1. ").arg(++position, 2);
        out << QLatin1Char('\n')
            << KbFormat::wrap(
                   QStringLiteral("%1 (%2)").arg(exercise->name.text(language), exercise->id),
                   indent + number, QString(indent.size() + number.size(), QLatin1Char(' ')));
        QStringList facts = { item.holdSeconds > 0 ? Command::tr("Hold: %1 s").arg(item.holdSeconds)
                                                   : Command::tr("Hold: none (a moving exercise)"),
                              Command::tr("Repetitions: %1").arg(item.repetitions) };
        if (exercise->perSide)
            facts << Command::tr("each side");
        facts << Command::tr("Sets a day: %1").arg(exercise->setsPerDay)
              << Command::tr("Time: %1")
                     .arg(routines::DurationText::format(routines::itemSeconds(item, *exercise)));
        out << factLines(facts, QString(indent.size() + number.size(), QLatin1Char(' ')));
    }
    if (position == 0)
        out << QLatin1Char('\n') << indent << Command::tr("This routine has no exercises yet.")
            << QLatin1Char('\n');
    out.flush();
    return kExitOk;
}

} // namespace legcare::cli
