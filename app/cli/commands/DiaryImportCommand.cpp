#include "commands/DiaryImportCommand.h"

#include "commands/DiaryCommon.h"
#include "commands/KbFormat.h"
#include "diary/Exchange.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace legcare::cli {

int DiaryImportCommand::run(const QCommandLineParser & /*parser*/, const QStringList &arguments, CommandContext &context)
{
    if (arguments.size() != 1)
        return fail(context, kExitUsage, Command::tr("give exactly one file to import"));
    const auto store = DiaryCommon::openStore(context);
    if (!store)
        return kExitFailure;
    QString error;
    const auto summary = diary::exchange::importFile(*store, arguments.constFirst(), &error);
    if (!summary) {
        // A file that does not parse is bad input (2); a database that refuses is a failure (1).
        const bool badInput = !error.contains(store->path());
        return fail(context, badInput ? kExitUsage : kExitFailure, error);
    }
    if (context.json) {
        writeJson(context.out, {{QStringLiteral("added"), summary->added},
                                {QStringLiteral("skipped_duplicates"), summary->skippedDuplicates}});
    } else {
        context.out << Command::tr("Imported %1 episode(s); skipped %2 exact duplicate(s).")
                           .arg(summary->added)
                           .arg(summary->skippedDuplicates)
                    << Qt::endl;
    }
    return kExitOk;
}

} // namespace legcare::cli
