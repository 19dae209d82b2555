#include "commands/PlannedCommand.h"

#include "AppInfo.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace legcare::cli {

PlannedCommand::PlannedCommand(QStringList words, QString summary, QString syntax)
    : m_words(std::move(words))
    , m_summary(std::move(summary))
    , m_syntax(std::move(syntax))
{
}

void PlannedCommand::configure(QCommandLineParser & /*parser*/) const
{
}

int PlannedCommand::run(const QCommandLineParser & /*parser*/, const QStringList & /*arguments*/,
                        CommandContext &context)
{
    context.err << Command::tr("%1: '%2' is not available in this version yet.")
                       .arg(QLatin1String(appinfo::kCliName), name())
                << Qt::endl;
    return kExitFailure;
}

} // namespace legcare::cli
