#include "commands/DiaryExportCommand.h"

#include "commands/DiaryCommon.h"
#include "commands/KbFormat.h"
#include "diary/Exchange.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace legcare::cli {

void DiaryExportCommand::configure(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("csv"), Command::tr("Write CSV (the import format) to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("json-file"), Command::tr("Write JSON to FILE (also accepted: --json FILE)."), QStringLiteral("FILE")},
    });
}

int DiaryExportCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CommandContext &context)
{
    // `--json` is the global switch; `diary export --json FILE` leaves FILE as a positional.
    QString path;
    diary::exchange::Format format = diary::exchange::Format::Csv;
    if (parser.isSet(QStringLiteral("csv")) && !context.json && !parser.isSet(QStringLiteral("json-file")) && arguments.isEmpty()) {
        path = parser.value(QStringLiteral("csv"));
    } else if (parser.isSet(QStringLiteral("json-file")) && !parser.isSet(QStringLiteral("csv")) && arguments.isEmpty()) {
        path = parser.value(QStringLiteral("json-file"));
        format = diary::exchange::Format::Json;
    } else if (context.json && !parser.isSet(QStringLiteral("csv")) && arguments.size() == 1) {
        path = arguments.constFirst();
        format = diary::exchange::Format::Json;
    } else {
        return fail(context, kExitUsage, Command::tr("give either --csv FILE or --json FILE"));
    }
    const auto store = DiaryCommon::openStore(context);
    if (!store)
        return kExitFailure;
    QString error;
    if (!diary::exchange::exportFile(*store, path, format, &error))
        return fail(context, kExitFailure, error);
    const qint64 count = store->episodeCount();
    if (context.json)
        writeJson(context.out, {{QStringLiteral("exported"), count}, {QStringLiteral("file"), path}});
    else
        context.out << Command::tr("Exported %1 episode(s) to %2.").arg(count).arg(path) << Qt::endl;
    return kExitOk;
}

} // namespace legcare::cli
