#pragma once

#include "Command.h"

#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace legcare::i18n {
class TranslationLoader;
}

namespace legcare::cli {

// Parses a legcare-cli command line, finds the subcommand, applies the options that hold
// everywhere (--help, --version, --lang, --json, --db) and runs it. Writes to the given streams
// so that tests can run it in-process; returns the exit code.
class CliRunner final
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    CliRunner(QTextStream &out, QTextStream &err, i18n::TranslationLoader *translations = nullptr);

    int run(const QStringList &arguments);

    // Whether the command line selects a command that paints, so main() can create a
    // QGuiApplication only then (a QCoreApplication starts faster and needs no platform).
    static bool needsGuiApplication(const QStringList &arguments);

private:
    struct Selection {
        Command *command = nullptr;
        QStringList words;  // the non-option words before the first unmatched one
        int wordsUsed = 0;  // how many of them name the command
    };

    static Selection select(const CommandList &commands, const QStringList &arguments);
    void addGlobalOptions(QCommandLineParser &parser) const;
    int usageError(const QString &message);
    void printTopLevelHelp();
    void printGroupHelp(const QString &group);
    bool applyLanguage(const QString &code);

    QTextStream &m_out;
    QTextStream &m_err;
    i18n::TranslationLoader *m_translations;
    CommandList m_commands;
    i18n::Language m_language = i18n::Language::English;
};

} // namespace legcare::cli
