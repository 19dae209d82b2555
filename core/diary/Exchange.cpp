#include "diary/Exchange.h"

#include "diary/CsvReader.h"
#include "diary/EpisodeRecord.h"
#include "diary/EpisodeRows.h"
#include "diary/JsonShape.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace legcare::diary::exchange {

namespace {

const QStringList kColumns = {
    QStringLiteral("started_at"), QStringLiteral("duration_s"), QStringLiteral("location"),
    QStringLiteral("side"),       QStringLiteral("severity"),   QStringLiteral("context"),
    QStringLiteral("triggers"),   QStringLiteral("reliefs"),    QStringLiteral("note"),
};

QString csvField(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool needsQuotes = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); })
        || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

template<typename T, typename ToId>
QStringList ids(const QList<T> &values, ToId toId)
{
    QStringList result;
    for (const T &value : values)
        result.append(toId(value));
    return result;
}

QString startText(const QDateTime &when)
{
    return detail::isoDateTime(when);
}

QList<Episode> allOldestFirst(const DiaryStore &store)
{
    QList<Episode> episodes = store.episodes();
    std::reverse(episodes.begin(), episodes.end());
    return episodes;
}

} // namespace

std::optional<QList<Episode>> parseCsv(QIODevice &device, QString *error)
{
    CsvReader reader(device, kColumns.size());
    QList<QStringView> fields;
    int line = 0;
    QString problem;
    if (!reader.next(&fields, &line, &problem)) {
        *error = problem.isEmpty() ? Exchange::tr("line 1: the header row is missing") : problem;
        return std::nullopt;
    }
    bool header = fields.size() == kColumns.size();
    for (qsizetype i = 0; header && i < fields.size(); ++i)
        header = fields[i].trimmed() == kColumns[i];
    if (!header) {
        *error = Exchange::tr("line %1: the header must be %2").arg(line).arg(kColumns.join(QLatin1Char(',')));
        return std::nullopt;
    }
    QList<Episode> episodes;
    RawEpisode raw; // refilled for every line, so that its lists keep their memory
    while (reader.next(&fields, &line, &problem)) {
        if (fields.size() != kColumns.size()) {
            *error = Exchange::tr("line %1: %2 columns instead of %3").arg(line).arg(fields.size()).arg(kColumns.size());
            return std::nullopt;
        }
        raw.startedAt = fields[0];
        raw.duration = fields[1];
        raw.location = fields[2];
        raw.side = fields[3];
        raw.severity = fields[4];
        raw.context = fields[5];
        splitIds(fields[6], &raw.triggers);
        splitIds(fields[7], &raw.reliefs);
        raw.note = fields[8];
        QString fieldError;
        auto episode = buildEpisode(raw, &fieldError);
        if (!episode) {
            *error = Exchange::tr("line %1: %2").arg(line).arg(fieldError);
            return std::nullopt;
        }
        episodes.append(std::move(*episode));
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return episodes;
}

std::optional<QList<Episode>> parseJson(const QByteArray &data, QString *error)
{
    if (!checkJsonShape(data, error))
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Exchange::tr("byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QStringLiteral("episodes")).isArray()) {
        *error = Exchange::tr("expected an object with an \"episodes\" array");
        return std::nullopt;
    }
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() != QLatin1String("episodes") && it.key() != QLatin1String("schema")) {
            *error = Exchange::tr("unknown key '%1'").arg(it.key());
            return std::nullopt;
        }
    }
    if (root.contains(QStringLiteral("schema")) && root.value(QStringLiteral("schema")).toInt(-1) != 1) {
        *error = Exchange::tr("schema: only schema 1 is supported");
        return std::nullopt;
    }
    const QStringList keys = kColumns;
    QList<Episode> episodes;
    const QJsonArray array = root.value(QStringLiteral("episodes")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto fail = [&](const QString &message) {
            *error = Exchange::tr("episodes[%1]: %2").arg(i).arg(message);
            return std::nullopt;
        };
        if (!array.at(i).isObject())
            return fail(Exchange::tr("must be an object"));
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                return fail(Exchange::tr("unknown key '%1'").arg(it.key()));
        }
        const auto text = [&object](const char *key) {
            const QJsonValue value = object.value(QLatin1String(key));
            if (value.isDouble())
                return QString::number(value.toDouble(), 'g', 17);
            return value.toString();
        };
        const auto list = [&object](const char *key, bool *ok) {
            QStringList result;
            const QJsonValue value = object.value(QLatin1String(key));
            *ok = value.isUndefined() || value.isNull() || value.isArray();
            for (const QJsonValue &entry : value.toArray()) {
                if (!entry.isString())
                    *ok = false;
                result.append(entry.toString());
            }
            return result;
        };
        bool triggersOk = true;
        bool reliefsOk = true;
        const QJsonValue note = object.value(QStringLiteral("note"));
        if (!note.isUndefined() && !note.isNull() && !note.isString())
            return fail(Exchange::tr("note: must be text"));
        const QString fields[] = {text("started_at"), text("duration_s"), text("location"),
                                  text("side"),       text("severity"),   text("context"),
                                  note.toString()};
        const QStringList triggers = list("triggers", &triggersOk);
        const QStringList reliefs = list("reliefs", &reliefsOk);
        RawEpisode raw{fields[0], fields[1], fields[2], fields[3], fields[4], fields[5],
                       {triggers.cbegin(), triggers.cend()}, {reliefs.cbegin(), reliefs.cend()},
                       fields[6]};
        if (!triggersOk)
            return fail(Exchange::tr("triggers: must be an array of ids"));
        if (!reliefsOk)
            return fail(Exchange::tr("reliefs: must be an array of ids"));
        QString fieldError;
        auto episode = buildEpisode(raw, &fieldError);
        if (!episode)
            return fail(fieldError);
        episodes.append(std::move(*episode));
    }
    return episodes;
}

QByteArray toCsv(const QList<Episode> &episodes)
{
    QString text = kColumns.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Episode &episode : episodes) {
        const QStringList fields = {
            startText(episode.startedAt),
            episode.durationSeconds ? QString::number(*episode.durationSeconds) : QString(),
            kb::locationId(episode.location),
            sideId(episode.side),
            QString::number(episode.severity),
            episode.context ? contextId(*episode.context) : QString(),
            ids(episode.triggers, triggerId).join(QLatin1Char(';')),
            ids(episode.reliefs, reliefId).join(QLatin1Char(';')),
            csvField(episode.note),
        };
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QJsonObject episodeJson(const Episode &episode)
{
    return QJsonObject{
        {QStringLiteral("started_at"), startText(episode.startedAt)},
        {QStringLiteral("duration_s"), episode.durationSeconds ? QJsonValue(*episode.durationSeconds) : QJsonValue()},
        {QStringLiteral("location"), kb::locationId(episode.location)},
        {QStringLiteral("side"), sideId(episode.side)},
        {QStringLiteral("severity"), episode.severity},
        {QStringLiteral("context"), episode.context ? QJsonValue(contextId(*episode.context)) : QJsonValue()},
        {QStringLiteral("triggers"), QJsonArray::fromStringList(ids(episode.triggers, triggerId))},
        {QStringLiteral("reliefs"), QJsonArray::fromStringList(ids(episode.reliefs, reliefId))},
        {QStringLiteral("note"), episode.note},
    };
}

QByteArray toJson(const QList<Episode> &episodes)
{
    QJsonArray array;
    for (const Episode &episode : episodes)
        array.append(episodeJson(episode));
    return QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1}, {QStringLiteral("episodes"), array}}).toJson();
}

std::optional<ImportSummary> importFile(DiaryStore &store, const QString &path, QString *error)
{
    const QFileInfo info(path);
    const auto fail = [&](const QString &message) {
        *error = QStringLiteral("%1: %2").arg(path, message);
        return std::nullopt;
    };
    if (!info.exists())
        return fail(Exchange::tr("no such file"));
    if (info.isDir())
        return fail(Exchange::tr("is a folder, not a file"));
    // A device or a pipe: reading /dev/zero would never end, opening a pipe would wait forever.
    if (!info.isFile())
        return fail(Exchange::tr("is not a regular file"));
    if (info.size() > kMaxFileBytes)
        return fail(Exchange::tr("is larger than %1 MiB").arg(kMaxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QString problem;
    std::optional<QList<Episode>> episodes;
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        const std::optional<QByteArray> data = readJsonFile(file, &problem);
        if (!data)
            return fail(problem);
        episodes = parseJson(*data, &problem);
    } else
        episodes = parseCsv(file, &problem);
    if (!episodes)
        return fail(problem);
    const auto summary = store.importEpisodes(*episodes, &problem);
    if (!summary)
        return fail(problem);
    return summary;
}

bool exportFile(const DiaryStore &store, const QString &path, Format format, QString *error)
{
    const QList<Episode> episodes = allOldestFirst(store);
    const QByteArray data = format == Format::Json ? toJson(episodes) : toCsv(episodes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // On a full disk a write is first cut short, and Qt reports a short write without a reason
    // ("Unknown error"): writing the rest gets the system's reason ("No space left on device").
    for (qint64 written = 0; written < data.size();) {
        const qint64 count = file.write(data.constData() + written, data.size() - written);
        if (count <= 0) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return false; // QSaveFile leaves any old file untouched
        }
        written += count;
    }
    // QSaveFile::commit() ignores a failed fsync, and a device that failed one may report
    // success the next time: so sync here, and give up (keeping the old file) if the data may
    // not be on the disk.
    if (::fsync(file.handle()) != 0) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace legcare::diary::exchange
