#include "commands/RoutineListCommand.h"

#include "commands/KbFormat.h"
#include "commands/RoutineCommon.h"
#include "routines/Timing.h"

#include <QJsonArray>
#include <QTextStream>

#include <array>

namespace legcare::cli {

namespace {

// text padded with spaces to width terminal columns (on the left when alignRight).
QString padded(const QString &text, int width, bool alignRight = false)
{
    const QString fill(std::max(0, width - KbFormat::displayWidth(text)), QLatin1Char(' '));
    return alignRight ? fill + text : text + fill;
}

} // namespace

int RoutineListCommand::run(const QCommandLineParser & /*parser*/, const QStringList &arguments,
                            CommandContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, kExitUsage,
                    Command::tr("unexpected argument '%1'").arg(arguments.constFirst()));
    const std::unique_ptr<RoutineCommon> catalog = RoutineCommon::open(context);
    if (!catalog)
        return kExitFailure;
    const QList<routines::Routine> all = catalog->all();

    if (context.json) {
        QJsonArray array;
        for (const routines::Routine &routine : all)
            array.append(catalog->summaryJson(routine, context.language));
        writeJson(context.out, { { QStringLiteral("routines"), array } });
        return kExitOk;
    }

    // An aligned table under a header row.
    using Row = std::array<QString, 4>;
    QList<Row> rows = { { Command::tr("ID"), Command::tr("Name"), Command::tr("Exercises"),
                          Command::tr("Total time") } };
    for (const routines::Routine &routine : all) {
        rows.append({ routine.id, routine.name.text(context.language),
                      QString::number(catalog->exerciseCount(routine)),
                      routines::DurationText::format(catalog->totalSeconds(routine)) });
    }
    std::array<int, 4> widths {};
    for (const Row &row : std::as_const(rows)) {
        for (std::size_t column = 0; column < row.size(); ++column)
            widths.at(column) = std::max(widths.at(column), KbFormat::displayWidth(row.at(column)));
    }
    for (const Row &row : std::as_const(rows)) {
        context.out << padded(row[0], widths[0]) << QStringLiteral("  ")
                    << padded(row[1], widths[1]) << QStringLiteral("  ")
                    << padded(row[2], widths[2], true) << QStringLiteral("  ") << row[3]
                    << QLatin1Char('\n');
    }
    context.out.flush();
    return kExitOk;
}

} // namespace legcare::cli
