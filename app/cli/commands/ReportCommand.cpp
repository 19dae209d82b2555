#include "commands/ReportCommand.h"

#include "commands/DiaryCommon.h"
#include "commands/KbFormat.h"
#include "report/DoctorReport.h"
#include "report/LatestSymptomCheck.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

namespace legcare::cli {

void ReportCommand::configure(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("pdf"), Command::tr("Write the report to FILE (PDF)."), QStringLiteral("FILE")},
        {QStringLiteral("days"), Command::tr("How many days the report covers, ending today: 30 (the default) or 90."),
         QStringLiteral("DAYS")},
        {QStringLiteral("page-size"), Command::tr("Paper size: A4 (the default) or Letter."), QStringLiteral("SIZE")},
    });
}

int ReportCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CommandContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, kExitUsage, Command::tr("unexpected argument '%1'").arg(arguments.constFirst()));
    const QString path = parser.value(QStringLiteral("pdf"));
    if (path.isEmpty())
        return fail(context, kExitUsage, Command::tr("--pdf FILE is required"));

    report::ReportOptions options;
    options.language = context.language;
    if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || !report::isValidReportDays(days)) {
            return fail(context, kExitUsage,
                        Command::tr("--days: '%1' is not a period the report covers (use %2 or %3)")
                            .arg(parser.value(QStringLiteral("days")))
                            .arg(report::kReportDaysShort)
                            .arg(report::kReportDaysLong));
        }
        options.days = days;
    }
    if (parser.isSet(QStringLiteral("page-size"))) {
        const auto size = report::parseReportPageSize(parser.value(QStringLiteral("page-size")));
        if (!size) {
            return fail(context, kExitUsage,
                        Command::tr("--page-size: unknown paper size '%1' (use A4 or Letter)")
                            .arg(parser.value(QStringLiteral("page-size"))));
        }
        options.pageSize = *size;
    }

    const auto store = DiaryCommon::openStore(context);
    if (!store)
        return kExitFailure;
    const std::optional<kb::KnowledgeBase> knowledgeBase = loadBundledKnowledgeBase(context);
    if (!knowledgeBase)
        return kExitFailure;
    options.latestSymptomCheck = report::latestSymptomCheck(*store, *knowledgeBase, context.language);
    QString error;
    report::ReportInfo info;
    if (!report::writeDoctorReport(*store, options, path, &error, &info))
        return fail(context, kExitFailure, error);
    if (context.json) {
        writeJson(context.out, {{QStringLiteral("file"), path},
                                {QStringLiteral("from"), info.from.toString(Qt::ISODate)},
                                {QStringLiteral("to"), info.to.toString(Qt::ISODate)},
                                {QStringLiteral("episodes"), info.episodes},
                                {QStringLiteral("pages"), info.pages}});
    } else {
        context.out << Command::tr("Wrote the report for %1 to %2 (%3 episodes, %4 pages).")
                           .arg(Command::tr("%1 to %2").arg(info.from.toString(Qt::ISODate), info.to.toString(Qt::ISODate)),
                                path, QString::number(info.episodes), QString::number(info.pages))
                    << Qt::endl;
    }
    return kExitOk;
}

} // namespace legcare::cli
