#include "commands/DiaryCommon.h"

#include "diary/Exchange.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

namespace legcare::cli {

namespace {

template<typename T, typename ToName>
QStringList names(const QList<T> &values, ToName toName)
{
    QStringList result;
    for (const T &value : values)
        result.append(toName(value));
    return result;
}

} // namespace

std::unique_ptr<diary::DiaryStore> DiaryCommon::openStore(const CommandContext &context)
{
    const QString path = context.databasePath.isEmpty() ? diary::DiaryStore::defaultPath() : context.databasePath;
    auto result = diary::DiaryStore::open(path);
    if (!result.store) {
        context.err << QStringLiteral("legcare-cli: ") << result.error->message << Qt::endl;
        return nullptr;
    }
    return std::move(result.store);
}

void DiaryCommon::addEpisodeOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("at"), tr("When it started: ISO 8601 (2026-11-20T03:15:00, with or without an offset) or 'now'."), QStringLiteral("ISO8601")},
        {QStringLiteral("location"), tr("Where: inner_thigh, groin, front_thigh, back_thigh, calf, shin, foot or toes."), QStringLiteral("LOC")},
        {QStringLiteral("side"), tr("left, right or both."), QStringLiteral("SIDE")},
        {QStringLiteral("severity"), tr("How bad, 0 (none) to 10 (worst imaginable)."), QStringLiteral("N")},
        {QStringLiteral("duration"), tr("How long it lasted, in seconds."), QStringLiteral("SECONDS")},
        {QStringLiteral("context"), tr("sleep, exercise, rest or other."), QStringLiteral("CONTEXT")},
        {QStringLiteral("trigger"), tr("A possible trigger (repeatable): long_sitting, long_standing, hard_exercise, heavy_sweating, little_water, cold, caffeine_late, short_sleep, pregnancy, new_medicine, other."), QStringLiteral("T")},
        {QStringLiteral("relief"), tr("What helped (repeatable): stretching, massage, heat, cold, walking, electrolytes, nothing."), QStringLiteral("R")},
        {QStringLiteral("note"), tr("A note."), QStringLiteral("TEXT")},
    });
}

bool DiaryCommon::applyEpisodeOptions(const QCommandLineParser &parser, bool requireAll, diary::Episode *episode,
                                      QString *error)
{
    if (requireAll) {
        for (const char *required : {"at", "location", "side", "severity"}) {
            if (!parser.isSet(QLatin1String(required))) {
                *error = tr("--%1 is required").arg(QLatin1String(required));
                return false;
            }
        }
    }
    // Build the raw record the CSV importer understands, so that the CLI and files accept and
    // reject exactly the same values.
    diary::Episode updated = *episode;
    if (parser.isSet(QStringLiteral("at"))) {
        const QString at = parser.value(QStringLiteral("at"));
        QDateTime when = at == QLatin1String("now") ? QDateTime::currentDateTime() : QDateTime::fromString(at, Qt::ISODate);
        if (!when.isValid() || (at != QLatin1String("now") && !at.contains(QLatin1Char('T')))) {
            *error = tr("--at: '%1' is not an ISO 8601 date and time (e.g. 2026-11-20T03:15:00)").arg(at);
            return false;
        }
        updated.startedAt = when.toOffsetFromUtc(when.offsetFromUtc());
    }
    if (parser.isSet(QStringLiteral("location"))) {
        const auto location = kb::parseLocation(parser.value(QStringLiteral("location")));
        if (!location) {
            *error = tr("--location: unknown location '%1'").arg(parser.value(QStringLiteral("location")));
            return false;
        }
        updated.location = *location;
    }
    if (parser.isSet(QStringLiteral("side"))) {
        const auto side = diary::parseSide(parser.value(QStringLiteral("side")));
        if (!side) {
            *error = tr("--side: '%1' is not left, right or both").arg(parser.value(QStringLiteral("side")));
            return false;
        }
        updated.side = *side;
    }
    if (parser.isSet(QStringLiteral("severity"))) {
        bool ok = false;
        const int severity = parser.value(QStringLiteral("severity")).toInt(&ok);
        if (!ok || severity < 0 || severity > diary::kMaxSeverity) {
            *error = tr("--severity: '%1' is not a whole number from 0 to 10").arg(parser.value(QStringLiteral("severity")));
            return false;
        }
        updated.severity = severity;
    }
    if (parser.isSet(QStringLiteral("duration"))) {
        bool ok = false;
        const int duration = parser.value(QStringLiteral("duration")).toInt(&ok);
        if (!ok || duration < 0 || duration > diary::kMaxDurationSeconds) {
            *error = tr("--duration: '%1' is not a number of seconds from 0 to %2")
                         .arg(parser.value(QStringLiteral("duration")))
                         .arg(diary::kMaxDurationSeconds);
            return false;
        }
        updated.durationSeconds = duration;
    }
    if (parser.isSet(QStringLiteral("context"))) {
        const auto context = diary::parseContext(parser.value(QStringLiteral("context")));
        if (!context) {
            *error = tr("--context: '%1' is not sleep, exercise, rest or other").arg(parser.value(QStringLiteral("context")));
            return false;
        }
        updated.context = context;
    }
    if (parser.isSet(QStringLiteral("trigger"))) {
        updated.triggers.clear();
        for (const QString &id : parser.values(QStringLiteral("trigger"))) {
            const auto trigger = diary::parseTrigger(id);
            if (!trigger) {
                *error = tr("--trigger: unknown trigger '%1'").arg(id);
                return false;
            }
            if (!updated.triggers.contains(*trigger))
                updated.triggers.append(*trigger);
        }
        std::sort(updated.triggers.begin(), updated.triggers.end());
    }
    if (parser.isSet(QStringLiteral("relief"))) {
        updated.reliefs.clear();
        for (const QString &id : parser.values(QStringLiteral("relief"))) {
            const auto relief = diary::parseRelief(id);
            if (!relief) {
                *error = tr("--relief: unknown relief '%1'").arg(id);
                return false;
            }
            if (!updated.reliefs.contains(*relief))
                updated.reliefs.append(*relief);
        }
        std::sort(updated.reliefs.begin(), updated.reliefs.end());
    }
    if (parser.isSet(QStringLiteral("note")))
        updated.note = parser.value(QStringLiteral("note"));
    const QString problem = diary::validate(updated);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *episode = updated;
    return true;
}

void DiaryCommon::addPeriodOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("from"), tr("First day (YYYY-MM-DD), included."), QStringLiteral("DATE")},
        {QStringLiteral("to"), tr("Last day (YYYY-MM-DD), included."), QStringLiteral("DATE")},
    });
}

bool DiaryCommon::readPeriod(const QCommandLineParser &parser, std::optional<QDate> *from, std::optional<QDate> *to,
                             QString *error)
{
    for (const auto &[name, target] : {std::pair{QStringLiteral("from"), from}, std::pair{QStringLiteral("to"), to}}) {
        if (!parser.isSet(name))
            continue;
        const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date.isValid()) {
            *error = tr("--%1: '%2' is not a date (YYYY-MM-DD)").arg(name, parser.value(name));
            return false;
        }
        *target = date;
    }
    if (*from && *to && **from > **to) {
        *error = tr("--from is after --to");
        return false;
    }
    return true;
}

std::optional<qint64> DiaryCommon::parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QJsonObject DiaryCommon::episodeJson(const diary::Episode &episode)
{
    // The same fields as the JSON export, plus the id.
    QJsonObject object = diary::exchange::episodeJson(episode);
    object.insert(QStringLiteral("id"), episode.id);
    return object;
}

QString DiaryCommon::episodeLine(const diary::Episode &episode)
{
    const QLocale locale;
    QStringList parts = {
        QStringLiteral("%1").arg(episode.id, 6),
        locale.toString(episode.startedAt, QLocale::ShortFormat),
        QStringLiteral("%1 (%2)").arg(kb::locationName(episode.location), diary::sideName(episode.side)),
        tr("severity %1").arg(episode.severity),
    };
    if (episode.durationSeconds)
        parts.append(tr("%1 s").arg(*episode.durationSeconds));
    if (episode.context)
        parts.append(diary::contextName(*episode.context));
    if (!episode.triggers.isEmpty())
        parts.append(tr("triggers: %1").arg(names(episode.triggers, diary::triggerName).join(tr(", "))));
    if (!episode.reliefs.isEmpty())
        parts.append(tr("helped: %1").arg(names(episode.reliefs, diary::reliefName).join(tr(", "))));
    if (!episode.note.isEmpty())
        parts.append(QStringLiteral("“%1”").arg(QString(episode.note).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    return parts.join(QStringLiteral("  "));
}

} // namespace legcare::cli
