#pragma once

#include "Command.h"
#include "diary/DiaryStore.h"

#include <QCommandLineOption>
#include <QJsonObject>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace legcare::cli {

// What the diary subcommands share: opening the store, the episode flags of add and edit, the
// --from / --to period, and how an episode is printed.
class DiaryCommon
{
    Q_DECLARE_TR_FUNCTIONS(DiaryCommon)

public:
    // Opens the diary of --db / LEGCARE_DB / the default path; on failure prints the reason
    // (naming the file) and returns null.
    static std::unique_ptr<diary::DiaryStore> openStore(const CommandContext &context);

    // --at, --location, --side, --severity, --duration, --context, --trigger, --relief, --note.
    static void addEpisodeOptions(QCommandLineParser &parser);
    // Applies the flags that are set to *episode; requireAll for add. On a bad value returns
    // false with *error naming the flag.
    static bool applyEpisodeOptions(const QCommandLineParser &parser, bool requireAll,
                                    diary::Episode *episode, QString *error);

    // --from DATE / --to DATE.
    static void addPeriodOptions(QCommandLineParser &parser);
    static bool readPeriod(const QCommandLineParser &parser, std::optional<QDate> *from,
                           std::optional<QDate> *to, QString *error);

    // Parses a positional episode id.
    static std::optional<qint64> parseId(const QString &text);

    static QJsonObject episodeJson(const diary::Episode &episode);
    // One line: id, local date and time, where, severity, context, triggers, reliefs, note.
    static QString episodeLine(const diary::Episode &episode);
};

} // namespace legcare::cli
