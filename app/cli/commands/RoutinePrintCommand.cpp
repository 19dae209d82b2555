#include "commands/RoutinePrintCommand.h"

#include "commands/KbFormat.h"
#include "commands/RoutineCommon.h"
#include "report/DoctorReport.h"
#include "report/RoutineHandout.h"

#include <QCommandLineParser>
#include <QDate>
#include <QTextStream>

namespace legcare::cli {

void RoutinePrintCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Command::tr("The routine's id ('routine list' shows them)."));
    parser.addOptions({
        { QStringLiteral("pdf"), Command::tr("Write the routine to FILE (PDF)."),
          QStringLiteral("FILE") },
        { QStringLiteral("page-size"), Command::tr("Paper size: A4 (the default) or Letter."),
          QStringLiteral("SIZE") },
    });
}

int RoutinePrintCommand::run(const QCommandLineParser &parser, const QStringList &arguments,
                             CommandContext &context)
{
    if (arguments.isEmpty())
        return fail(context, kExitUsage, Command::tr("no routine id given"));
    if (arguments.size() > 1)
        return fail(context, kExitUsage,
                    Command::tr("unexpected argument '%1'").arg(arguments.at(1)));
    const QString path = parser.value(QStringLiteral("pdf"));
    if (path.isEmpty())
        return fail(context, kExitUsage, Command::tr("--pdf FILE is required"));
    report::ReportPageSize pageSize = report::ReportPageSize::A4;
    if (parser.isSet(QStringLiteral("page-size"))) {
        const auto size = report::parseReportPageSize(parser.value(QStringLiteral("page-size")));
        if (!size) {
            return fail(context, kExitUsage,
                        Command::tr("--page-size: unknown paper size '%1' (use A4 or Letter)")
                            .arg(parser.value(QStringLiteral("page-size"))));
        }
        pageSize = *size;
    }

    const std::unique_ptr<RoutineCommon> catalog = RoutineCommon::open(context);
    if (!catalog)
        return kExitFailure;
    const std::optional<routines::Routine> routine = catalog->find(arguments.constFirst());
    if (!routine)
        return fail(context, kExitUsage, RoutineCommon::unknownRoutine(arguments.constFirst()));

    const report::RoutineHandout handout(*routine, catalog->knowledgeBase(), context.language,
                                         QDate::currentDate());
    QString error;
    const bool letter = pageSize == report::ReportPageSize::Letter;
    if (!handout.writePdf(path, letter ? QPageSize::Letter : QPageSize::A4, &error))
        return fail(context, kExitFailure, error);
    if (context.json) {
        writeJson(context.out,
                  { { QStringLiteral("file"), path },
                    { QStringLiteral("routine"), routine->id },
                    { QStringLiteral("page_size"),
                      letter ? QStringLiteral("Letter") : QStringLiteral("A4") } });
    } else {
        context.out << Command::tr("Wrote the routine '%1' to %2.")
                           .arg(routine->name.text(context.language), path)
                    << Qt::endl;
    }
    return kExitOk;
}

} // namespace legcare::cli
