#include "diary/Exchange.h"

#include "diary/EpisodeRows.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringDecoder>

namespace legcare::diary::exchange {

namespace {


const QStringList kColumns = {
    QStringLiteral("started_at"), QStringLiteral("duration_s"), QStringLiteral("location"),
    QStringLiteral("side"),       QStringLiteral("severity"),   QStringLiteral("context"),
    QStringLiteral("triggers"),   QStringLiteral("reliefs"),    QStringLiteral("note"),
};

// ISO 8601 local date-time or with offset; kept with the offset it names (or the local one).
std::optional<QDateTime> parseStart(const QString &text)
{
    if (text.size() < 16 || !text.contains(QLatin1Char('T')))
        return std::nullopt; // a bare date is not a time
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    return when.toOffsetFromUtc(when.offsetFromUtc());
}

std::optional<int> parseInt(const QString &text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

template<typename T, typename Parse>
std::optional<QList<T>> parseIdList(const QStringList &ids, Parse parse, QString *bad)
{
    QList<T> result;
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        if (id.isEmpty())
            continue;
        const auto value = parse(id);
        if (!value) {
            *bad = id;
            return std::nullopt;
        }
        if (!result.contains(*value))
            result.append(*value);
    }
    std::sort(result.begin(), result.end());
    return result;
}

// Builds an episode from the fields of one record (CSV or JSON); on failure *error names the
// field and what is wrong.
struct RawEpisode {
    QString startedAt;
    QString duration;
    QString location;
    QString side;
    QString severity;
    QString context;
    QStringList triggers;
    QStringList reliefs;
    QString note;
};

std::optional<Episode> build(const RawEpisode &raw, QString *error)
{
    Episode episode;
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    const auto start = parseStart(raw.startedAt.trimmed());
    if (!start)
        return fail(Exchange::tr("started_at: '%1' is not an ISO 8601 date and time (e.g. 2026-11-20T03:15:00)").arg(raw.startedAt.left(40)));
    episode.startedAt = *start;
    if (!raw.duration.trimmed().isEmpty()) {
        episode.durationSeconds = parseInt(raw.duration.trimmed(), 0, kMaxDurationSeconds);
        if (!episode.durationSeconds)
            return fail(Exchange::tr("duration_s: '%1' is not a whole number of seconds from 0 to %2").arg(raw.duration.left(20)).arg(kMaxDurationSeconds));
    }
    const auto location = kb::parseLocation(raw.location.trimmed());
    if (!location)
        return fail(Exchange::tr("location: unknown location '%1'").arg(raw.location.left(40)));
    episode.location = *location;
    const auto side = parseSide(raw.side.trimmed());
    if (!side)
        return fail(Exchange::tr("side: '%1' is not left, right or both").arg(raw.side.left(40)));
    episode.side = *side;
    const auto severity = parseInt(raw.severity.trimmed(), 0, kMaxSeverity);
    if (!severity)
        return fail(Exchange::tr("severity: '%1' is not a whole number from 0 to 10").arg(raw.severity.left(20)));
    episode.severity = *severity;
    if (!raw.context.trimmed().isEmpty()) {
        episode.context = parseContext(raw.context.trimmed());
        if (!episode.context)
            return fail(Exchange::tr("context: '%1' is not sleep, exercise, rest or other").arg(raw.context.left(40)));
    }
    QString bad;
    const auto triggers = parseIdList<Trigger>(raw.triggers, parseTrigger, &bad);
    if (!triggers)
        return fail(Exchange::tr("triggers: unknown trigger '%1'").arg(bad.left(40)));
    episode.triggers = *triggers;
    const auto reliefs = parseIdList<Relief>(raw.reliefs, parseRelief, &bad);
    if (!reliefs)
        return fail(Exchange::tr("reliefs: unknown relief '%1'").arg(bad.left(40)));
    episode.reliefs = *reliefs;
    episode.note = raw.note;
    const QString problem = validate(episode);
    if (!problem.isEmpty())
        return fail(problem);
    return episode;
}

// RFC 4180 reader over a device, streaming: memory stays bounded by the field and column
// limits whatever the file holds.
class CsvReader
{
public:
    explicit CsvReader(QIODevice &device)
        : m_device(device)
    {
    }

    // Reads the next record into *fields; false at the end or on error (then *error is set).
    bool next(QStringList *fields, int *startLine, QString *error)
    {
        fields->clear();
        QString field;
        bool quoted = false;
        bool fieldStarted = false;
        bool afterQuote = false;
        *startLine = m_line;
        for (;;) {
            const std::optional<QChar> c = take(error);
            if (!c) {
                if (!error->isEmpty())
                    return false;
                if (quoted) {
                    *error = Exchange::tr("line %1: a quoted field is not closed").arg(*startLine);
                    return false;
                }
                if (fieldStarted || !fields->isEmpty()) {
                    fields->append(field);
                    return true;
                }
                return false;
            }
            if (quoted) {
                if (*c == QLatin1Char('"')) {
                    const std::optional<QChar> peeked = peek(error);
                    if (peeked && *peeked == QLatin1Char('"')) {
                        take(error);
                        field += QLatin1Char('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (*c == QLatin1Char('\n'))
                        ++m_line;
                    field += *c;
                }
            } else if (*c == QLatin1Char(',')) {
                fields->append(field);
                field.clear();
                afterQuote = false;
                fieldStarted = true;
                if (fields->size() > kColumns.size()) {
                    *error = Exchange::tr("line %1: more than %2 columns").arg(*startLine).arg(kColumns.size());
                    return false;
                }
                continue;
            } else if (*c == QLatin1Char('\r') || *c == QLatin1Char('\n')) {
                if (*c == QLatin1Char('\r')) {
                    const std::optional<QChar> peeked = peek(error);
                    if (peeked && *peeked == QLatin1Char('\n'))
                        take(error);
                }
                ++m_line;
                if (!fieldStarted && fields->isEmpty() && field.isEmpty()) {
                    *startLine = m_line; // a blank line between records
                    continue;
                }
                fields->append(field);
                return true;
            } else if (*c == QLatin1Char('"') && field.isEmpty() && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                *error = Exchange::tr("line %1: text after a closing quote").arg(*startLine);
                return false;
            } else {
                field += *c;
            }
            fieldStarted = true;
            if (field.size() > kMaxFieldChars) {
                *error = Exchange::tr("line %1: a field is longer than %2 characters").arg(*startLine).arg(kMaxFieldChars);
                return false;
            }
        }
    }

private:
    bool fill(QString *error)
    {
        if (m_pos < m_buffer.size())
            return true;
        m_buffer.clear();
        m_pos = 0;
        while (m_buffer.isEmpty()) {
            const QByteArray bytes = m_device.read(64 * 1024);
            if (bytes.isEmpty()) {
                if (m_device.atEnd() || bytes.isNull()) {
                    m_buffer = m_decoder(QByteArrayView());
                    if (m_decoder.hasError())
                        *error = Exchange::tr("line %1: the file is not valid UTF-8").arg(m_line);
                    return !m_buffer.isEmpty();
                }
            }
            m_buffer = m_decoder(bytes);
            if (m_decoder.hasError()) {
                *error = Exchange::tr("line %1: the file is not valid UTF-8").arg(m_line);
                return false;
            }
            if (m_first && !m_buffer.isEmpty()) {
                m_first = false;
                if (m_buffer.front() == QChar(0xFEFF))
                    m_buffer.remove(0, 1); // byte-order mark
            }
        }
        return true;
    }

    std::optional<QChar> take(QString *error)
    {
        if (!fill(error))
            return std::nullopt;
        return m_buffer.at(m_pos++);
    }

    std::optional<QChar> peek(QString *error)
    {
        if (!fill(error))
            return std::nullopt;
        return m_buffer.at(m_pos);
    }

    QIODevice &m_device;
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    QString m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_first = true;
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
    CsvReader reader(device);
    QStringList fields;
    int line = 0;
    QString problem;
    if (!reader.next(&fields, &line, &problem)) {
        *error = problem.isEmpty() ? Exchange::tr("line 1: the header row is missing") : problem;
        return std::nullopt;
    }
    for (QString &field : fields)
        field = field.trimmed();
    if (fields != kColumns) {
        *error = Exchange::tr("line %1: the header must be %2").arg(line).arg(kColumns.join(QLatin1Char(',')));
        return std::nullopt;
    }
    QList<Episode> episodes;
    while (reader.next(&fields, &line, &problem)) {
        if (fields.size() != kColumns.size()) {
            *error = Exchange::tr("line %1: %2 columns instead of %3").arg(line).arg(fields.size()).arg(kColumns.size());
            return std::nullopt;
        }
        RawEpisode raw{fields[0], fields[1], fields[2], fields[3], fields[4], fields[5],
                       fields[6].split(QLatin1Char(';')), fields[7].split(QLatin1Char(';')), fields[8]};
        QString fieldError;
        const auto episode = build(raw, &fieldError);
        if (!episode) {
            *error = Exchange::tr("line %1: %2").arg(line).arg(fieldError);
            return std::nullopt;
        }
        episodes.append(*episode);
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return episodes;
}

std::optional<QList<Episode>> parseJson(const QByteArray &data, QString *error)
{
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
        RawEpisode raw{text("started_at"), text("duration_s"), text("location"), text("side"), text("severity"),
                       text("context"), list("triggers", &triggersOk), list("reliefs", &reliefsOk), note.toString()};
        if (!triggersOk)
            return fail(Exchange::tr("triggers: must be an array of ids"));
        if (!reliefsOk)
            return fail(Exchange::tr("reliefs: must be an array of ids"));
        QString fieldError;
        const auto episode = build(raw, &fieldError);
        if (!episode)
            return fail(fieldError);
        episodes.append(*episode);
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
    if (info.size() > kMaxFileBytes)
        return fail(Exchange::tr("is larger than %1 MiB").arg(kMaxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QString problem;
    std::optional<QList<Episode>> episodes;
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        episodes = parseJson(file.readAll(), &problem);
    else
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
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false; // QSaveFile leaves any old file untouched
    }
    return true;
}

} // namespace legcare::diary::exchange
