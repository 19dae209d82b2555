#include "commands/KbCheckCommand.h"

#include "commands/KbFormat.h"
#include "kb/Loader.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <utility>

namespace legcare::cli {

namespace {

const QString kRootOption = QStringLiteral("root");

// Languages whose texts kb check counts. A knowledge base that passed validation has every
// text in each of them, so each count equals Counts::texts.
const char *const kLanguageCodes[] = { "en", "zh_CN" };

} // namespace

QStringList KbCheckCommand::words() const
{
    return { QStringLiteral("kb"), QStringLiteral("check") };
}

QString KbCheckCommand::summary() const
{
    return Command::tr("Validate the bundled knowledge base");
}

QString KbCheckCommand::syntax() const
{
    return QStringLiteral("[--root DIR]");
}

void KbCheckCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(
        kRootOption,
        Command::tr("Check the knowledge-base directory DIR (with conditions/, exercises/, "
                    "routines.json, topics.json) instead of the bundled one."),
        QStringLiteral("DIR")));
}

int KbCheckCommand::run(const QCommandLineParser &parser, const QStringList &arguments,
                        CommandContext &context)
{
    if (!arguments.isEmpty()) {
        return fail(context, kExitUsage,
                    Command::tr("unexpected argument '%1'").arg(arguments.constFirst()));
    }

    QString root = QString::fromLatin1(kb::Loader::kBundledRoot);
    if (parser.isSet(kRootOption)) {
        root = parser.value(kRootOption);
        const QFileInfo info(root);
        if (root.isEmpty() || !info.exists()) {
            return fail(context, kExitUsage,
                        Command::tr("--root: no such directory '%1'").arg(root));
        }
        if (!info.isDir()) {
            return fail(context, kExitUsage,
                        Command::tr("--root: '%1' is not a directory").arg(root));
        }
        if (!info.isReadable() || !info.isExecutable()) {
            return fail(context, kExitUsage,
                        Command::tr("--root: cannot read the directory '%1'").arg(root));
        }
    }

    const kb::LoadResult result = kb::Loader::load(root);
    QList<kb::LoadError> errors = result.errors;
    if (result.knowledgeBase)
        errors += kb::Loader::checkCompleteness(*result.knowledgeBase);

    for (const kb::LoadError &error : std::as_const(errors))
        context.err << error.toString() << Qt::endl;

    if (context.json) {
        QJsonObject counts;
        if (result.knowledgeBase) {
            const kb::Counts found = result.knowledgeBase->counts();
            QJsonObject texts;
            for (const char *code : kLanguageCodes)
                texts.insert(QLatin1String(code), found.texts);
            counts = {
                { QStringLiteral("conditions"), found.conditions },
                { QStringLiteral("exercises"), found.exercises },
                { QStringLiteral("routines"), found.routines },
                { QStringLiteral("topics"), found.topics },
                { QStringLiteral("texts"), texts },
            };
        }
        QJsonArray jsonErrors;
        for (const kb::LoadError &error : std::as_const(errors)) {
            jsonErrors.append(QJsonObject { { QStringLiteral("file"), error.file },
                                            { QStringLiteral("item"), error.item },
                                            { QStringLiteral("message"), error.message } });
        }
        writeJson(context.out,
                  { { QStringLiteral("ok"), errors.isEmpty() },
                    { QStringLiteral("counts"), counts },
                    { QStringLiteral("errors"), jsonErrors } });
    } else if (result.knowledgeBase) {
        const kb::Counts found = result.knowledgeBase->counts();
        QList<std::pair<QString, QString>> lines = {
            { Command::tr("Conditions:"), QString::number(found.conditions) },
            { Command::tr("Exercises:"), QString::number(found.exercises) },
            { Command::tr("Routines:"), QString::number(found.routines) },
            { Command::tr("Topics:"), QString::number(found.topics) },
        };
        for (const char *code : kLanguageCodes) {
            lines.append({ Command::tr("Texts in %1:").arg(QLatin1String(code)),
                           QString::number(found.texts) });
        }
        int labelWidth = 0;
        for (const auto &line : std::as_const(lines))
            labelWidth = std::max(labelWidth, KbFormat::displayWidth(line.first));
        for (const auto &[label, value] : std::as_const(lines)) {
            context.out << label
                        << QString(labelWidth - KbFormat::displayWidth(label) + 2, QLatin1Char(' '))
                        << value << Qt::endl;
        }
        if (errors.isEmpty())
            context.out << Command::tr("OK") << Qt::endl;
    }

    if (!errors.isEmpty()) {
        const QString where = parser.isSet(kRootOption)
            ? Command::tr("the knowledge base in '%1'").arg(root)
            : Command::tr("the bundled knowledge base");
        return fail(
            context, kExitFailure,
            Command::tr("%1 failed the check; problems found: %2").arg(where).arg(errors.size()));
    }
    return kExitOk;
}

} // namespace legcare::cli
