#include "CliRunner.h"

#include "AppInfo.h"
#include "i18n/TranslationLoader.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QProcessEnvironment>
#include <QTextStream>

namespace legcare::cli {

namespace {

const QString kProgram = QString::fromLatin1(appinfo::kCliName);

// Global options that take a value, so the word after them is not a command word.
bool takesValue(const QString &argument)
{
    return argument == QLatin1String("--lang") || argument == QLatin1String("--db");
}

// The value of a global option given as "--opt value" or "--opt=value", scanning before the
// real parse so that --lang can translate even the help text.
QString prescanValue(const QStringList &arguments, const QString &option)
{
    const QString withEquals = option + QLatin1Char('=');
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--"))
            break;
        if (arguments[i] == option && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(withEquals))
            return arguments[i].mid(withEquals.size());
    }
    return {};
}

QString versionLine()
{
    return QStringLiteral("%1 %2").arg(kProgram, QLatin1String(appinfo::kVersion));
}

} // namespace

CliRunner::CliRunner(QTextStream &out, QTextStream &err, i18n::TranslationLoader *translations)
    : m_out(out)
    , m_err(err)
    , m_translations(translations)
{
}

bool CliRunner::applyLanguage(const QString &code)
{
    if (code.isEmpty()) {
        m_language = i18n::languageForLocale(QLocale::system());
    } else if (const auto language = i18n::parseLanguageCode(code)) {
        m_language = *language;
    } else {
        m_language = i18n::languageForLocale(QLocale::system());
        if (m_translations)
            m_translations->install(m_language);
        return false;
    }
    if (m_translations)
        m_translations->install(m_language);
    return true;
}

bool CliRunner::needsGuiApplication(const QStringList &arguments)
{
    const CommandList commands = allCommands();
    const Selection selection = select(commands, arguments);
    return selection.command && selection.command->needsGui();
}

CliRunner::Selection CliRunner::select(const CommandList &commands, const QStringList &arguments)
{
    Selection selection;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(QLatin1Char('-'))) {
            if (takesValue(argument))
                ++i;
            continue;
        }
        selection.words.append(argument);
        if (selection.words.size() == 2)
            break; // No command has more than two words.
    }
    for (const auto &command : commands) {
        const QStringList words = command->words();
        if (words.size() <= selection.words.size()
            && selection.words.mid(0, words.size()) == words
            && words.size() > selection.wordsUsed) {
            selection.command = command.get();
            selection.wordsUsed = static_cast<int>(words.size());
        }
    }
    return selection;
}

void CliRunner::addGlobalOptions(QCommandLineParser &parser) const
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                        tr("Language of the output: en or zh_CN."),
                                        QStringLiteral("L")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"),
                                        tr("Machine-readable JSON output on stdout.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("db"),
        tr("The diary database (default: the one the desktop program uses; or LEGCARE_DB)."),
        QStringLiteral("PATH")));
}

int CliRunner::usageError(const QString &message)
{
    m_err << kProgram << QStringLiteral(": ") << message << Qt::endl
          << tr("Try '%1 --help'.").arg(kProgram) << Qt::endl;
    return kExitUsage;
}

void CliRunner::printTopLevelHelp()
{
    m_out << tr("Usage: %1 [options] <command> [arguments]").arg(kProgram) << Qt::endl
          << tr("LegCare on the command line: the knowledge base, the symptom check, stretching "
                "routines and the cramp diary.")
          << Qt::endl
          << Qt::endl
          << tr("Commands:") << Qt::endl;
    int width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, static_cast<int>(command->name().size()));
    for (const auto &command : m_commands) {
        m_out << QStringLiteral("  ") << command->name().leftJustified(width + 2)
              << command->summary() << Qt::endl;
    }
    m_out << Qt::endl << tr("Options everywhere:") << Qt::endl;
    QCommandLineParser parser;
    addGlobalOptions(parser);
    const QString help = parser.helpText();
    const qsizetype options = help.indexOf(QLatin1Char('\n'), help.indexOf(QLatin1Char(':'), help.indexOf(QLatin1Char('\n'))));
    m_out << help.mid(options + 1);
    m_out << Qt::endl
          << tr("Run '%1 <command> --help' for a command's own options.").arg(kProgram) << Qt::endl
          << tr("Exit codes: 0 success, 1 the operation failed, 2 bad input or usage.") << Qt::endl;
}

void CliRunner::printGroupHelp(const QString &group)
{
    m_out << tr("Usage: %1 %2 <command> [options]").arg(kProgram, group) << Qt::endl
          << Qt::endl
          << tr("Commands:") << Qt::endl;
    for (const auto &command : m_commands) {
        if (command->words().constFirst() == group)
            m_out << QStringLiteral("  ") << command->name().leftJustified(20)
                  << command->summary() << Qt::endl;
    }
}

int CliRunner::run(const QStringList &arguments)
{
    const bool languageOk = applyLanguage(prescanValue(arguments, QStringLiteral("--lang")));
    m_commands = allCommands(); // after the language is set: summaries are translated
    if (!languageOk) {
        return usageError(tr("unsupported language '%1' (use en or zh_CN)")
                              .arg(prescanValue(arguments, QStringLiteral("--lang"))));
    }

    const Selection selection = select(m_commands, arguments);
    if (!selection.command) {
        QCommandLineParser parser;
        addGlobalOptions(parser);
        parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));
        if (!parser.parse(arguments))
            return usageError(parser.errorText());
        const bool isGroup = !selection.words.isEmpty()
            && std::any_of(m_commands.cbegin(), m_commands.cend(), [&](const auto &command) {
                   return command->words().size() > 1
                       && command->words().constFirst() == selection.words.constFirst();
               });
        if (parser.isSet(QStringLiteral("version"))) {
            m_out << versionLine() << Qt::endl;
            return kExitOk;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            if (isGroup)
                printGroupHelp(selection.words.constFirst());
            else
                printTopLevelHelp();
            return kExitOk;
        }
        if (selection.words.isEmpty())
            return usageError(tr("no command given"));
        if (isGroup && selection.words.size() == 1) {
            printGroupHelp(selection.words.constFirst());
            return kExitUsage;
        }
        return usageError(tr("unknown command '%1'").arg(selection.words.join(QLatin1Char(' '))));
    }

    Command &command = *selection.command;
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    addGlobalOptions(parser);
    command.configure(parser);

    CommandContext context{m_out, m_err};
    context.language = m_language;

    const bool parsed = parser.parse(arguments);
    const bool wantsHelp = parsed && parser.isSet(QStringLiteral("help"));
    const bool wantsVersion = parsed && parser.isSet(QStringLiteral("version"));
    if (!parsed)
        return usageError(QStringLiteral("%1: %2").arg(command.name(), parser.errorText()));
    if (wantsVersion) {
        m_out << versionLine() << Qt::endl;
        return kExitOk;
    }
    if (wantsHelp) {
        // QCommandLineParser's usage line names only the program; write our own with the
        // command words, then its description and option table.
        const QString help = parser.helpText();
        m_out << tr("Usage: %1 %2 [options] %3").arg(kProgram, command.name(), command.syntax()).trimmed()
              << Qt::endl
              << help.mid(help.indexOf(QLatin1Char('\n')) + 1);
        return kExitOk;
    }

    context.json = parser.isSet(QStringLiteral("json"));
    context.databasePath = parser.isSet(QStringLiteral("db"))
        ? parser.value(QStringLiteral("db"))
        : QProcessEnvironment::systemEnvironment().value(QStringLiteral("LEGCARE_DB"));

    const QStringList positional = parser.positionalArguments().mid(selection.wordsUsed);
    return command.run(parser, positional, context);
}

} // namespace legcare::cli
