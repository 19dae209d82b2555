#include "diary/Exchange.h"

#include "diary/EpisodeRows.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringDecoder>

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

// The digits text[from, from + count) as a number; -1 unless they are all ASCII digits.
int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "2026-11-20T03:15:00+08:00" or "...Z", the form LegCare writes, read by hand: QDateTime's ISO
// parser was a large part of reading a big file. Builds the QDateTime exactly as that parser
// does; anything else (other forms, 24:00, out-of-range fields) is left to it.
std::optional<QDateTime> parseWrittenForm(QStringView text)
{
    const bool utc = text.size() == 20 && text[19] == u'Z';
    const bool offset =
        text.size() == 25 && (text[19] == u'+' || text[19] == u'-') && text[22] == u':';
    if ((!utc && !offset) || text[4] != u'-' || text[7] != u'-' || text[10] != u'T'
        || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    if (offset) {
        const int offsetHours = digitsAt(text, 20, 2);
        const int offsetMinutes = digitsAt(text, 23, 2);
        // Only the world's offsets (up to 14:00): nothing that Qt's parser might judge otherwise.
        if (offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59
            || offsetHours * 60 + offsetMinutes > 14 * 60)
            return std::nullopt;
        offsetSeconds = (text[19] == u'-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    }
    // An offset of 0 makes it UTC, as with Qt's parser.
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds);
}

// ISO 8601 local date-time or with offset; kept with the offset it names (or the local one).
std::optional<QDateTime> parseStart(QStringView text)
{
    if (text.size() < 16 || !text.contains(QLatin1Char('T')))
        return std::nullopt; // a bare date is not a time
    if (auto written = parseWrittenForm(text))
        return written;
    QDateTime when = QDateTime::fromString(text.toString(), Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    // The diary keeps whole seconds (as it stores and exports them): a fraction kept here made
    // the same file import twice, since the stored episode no longer matched the file's.
    when = when.addMSecs(-when.time().msec());
    return when.toOffsetFromUtc(when.offsetFromUtc());
}

std::optional<int> parseInt(QStringView text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// A QString over the text of a view, without a copy, for the id parsers (which only compare it).
QString viewed(QStringView text)
{
    return QString::fromRawData(text.constData(), text.size());
}

template<typename T, typename Parse>
std::optional<QList<T>> parseIdList(const QList<QStringView> &ids, Parse parse, QString *bad)
{
    QList<T> result;
    for (const QStringView raw : ids) {
        const QStringView id = raw.trimmed();
        if (id.isEmpty())
            continue;
        const auto value = parse(viewed(id));
        if (!value) {
            *bad = id.toString();
            return std::nullopt;
        }
        if (!result.contains(*value))
            result.append(*value);
    }
    std::sort(result.begin(), result.end());
    return result;
}

// Builds an episode from the fields of one record (CSV or JSON); on failure *error names the
// field and what is wrong. The fields are views into text that outlives the RawEpisode.
struct RawEpisode {
    QStringView startedAt;
    QStringView duration;
    QStringView location;
    QStringView side;
    QStringView severity;
    QStringView context;
    QList<QStringView> triggers;
    QList<QStringView> reliefs;
    QStringView note;
};

// The ';'-separated parts of text, as views into it.
void splitIds(QStringView text, QList<QStringView> *ids)
{
    ids->clear();
    for (const QStringView id : text.tokenize(u';'))
        ids->append(id);
}

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
    const auto location = kb::parseLocation(viewed(raw.location.trimmed()));
    if (!location)
        return fail(Exchange::tr("location: unknown location '%1'").arg(raw.location.left(40)));
    episode.location = *location;
    const auto side = parseSide(viewed(raw.side.trimmed()));
    if (!side)
        return fail(Exchange::tr("side: '%1' is not left, right or both").arg(raw.side.left(40)));
    episode.side = *side;
    const auto severity = parseInt(raw.severity.trimmed(), 0, kMaxSeverity);
    if (!severity)
        return fail(Exchange::tr("severity: '%1' is not a whole number from 0 to 10").arg(raw.severity.left(20)));
    episode.severity = *severity;
    if (!raw.context.trimmed().isEmpty()) {
        episode.context = parseContext(viewed(raw.context.trimmed()));
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
    if (!raw.note.isEmpty())
        episode.note = raw.note.toString();
    const QString problem = validate(episode);
    if (!problem.isEmpty())
        return fail(problem);
    return episode;
}

// Where the first byte that is not part of valid UTF-8 is (judged as QStringDecoder does: no
// overlong forms, surrogates or values above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const qsizetype length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > size)
            return i;
        char32_t code = lead & (0x7Fu >> length);
        for (qsizetype k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if ((next & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (next & 0x3Fu);
        }
        if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF))
            || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
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

    // Reads the next record into *fields, views into the reader's own text that stay valid until
    // the next call; false at the end or on error (then *error is set).
    bool next(QList<QStringView> *fields, int *startLine, QString *error)
    {
        qsizetype count = 0; // fields completed in this record
        QString *field = startField(count);
        bool quoted = false;
        bool fieldStarted = false;
        bool afterQuote = false;
        *startLine = m_line;
        const auto finish = [&] {
            fields->clear();
            for (qsizetype i = 0; i <= count; ++i)
                fields->append(m_fields.at(i));
            return true;
        };
        for (;;) {
            const std::optional<QChar> c = take(error);
            if (!c) {
                if (!error->isEmpty())
                    return false;
                if (quoted) {
                    *error = Exchange::tr("line %1: a quoted field is not closed").arg(*startLine);
                    return false;
                }
                if (fieldStarted || count > 0)
                    return finish();
                return false;
            }
            if (quoted) {
                if (*c == QLatin1Char('"')) {
                    const std::optional<QChar> peeked = peek(error);
                    if (peeked && *peeked == QLatin1Char('"')) {
                        take(error);
                        field->append(QLatin1Char('"'));
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    // This character and the rest of the quoted text in one go: appending a QChar
                    // at a time dominated the cost of an import.
                    --m_pos;
                    const QStringView run = takeRun([](QChar ch) { return ch == u'"'; });
                    m_line += static_cast<int>(run.count(QLatin1Char('\n')));
                    field->append(run);
                }
            } else if (*c == QLatin1Char(',')) {
                field = startField(++count);
                afterQuote = false;
                fieldStarted = true;
                if (count > kColumns.size()) {
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
                if (!fieldStarted && count == 0 && field->isEmpty()) {
                    *startLine = m_line; // a blank line between records
                    continue;
                }
                return finish();
            } else if (*c == QLatin1Char('"') && field->isEmpty() && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                *error = Exchange::tr("line %1: text after a closing quote").arg(*startLine);
                return false;
            } else {
                --m_pos; // this character and the rest of the plain text in one go, as above
                const auto isEnd = [](QChar ch) { return ch == u',' || ch == u'\r' || ch == u'\n'; };
                field->append(takeRun(isEnd));
            }
            fieldStarted = true;
            if (field->size() > kMaxFieldChars) {
                *error = Exchange::tr("line %1: a field is longer than %2 characters").arg(*startLine).arg(kMaxFieldChars);
                return false;
            }
        }
    }

private:
    // The text of field i of the record, emptied; its memory is kept from record to record, so
    // that reading a line costs no allocations.
    QString *startField(qsizetype i)
    {
        if (m_fields.size() <= i)
            m_fields.resize(i + 1);
        m_fields[i].truncate(0);
        return &m_fields[i];
    }

    // The characters from the read position up to the next one that isStop() (or the end of
    // what has been read), consumed.
    template<typename IsStop>
    QStringView takeRun(IsStop isStop)
    {
        const qsizetype from = m_pos;
        while (m_pos < m_buffer.size() && !isStop(m_buffer.at(m_pos)))
            ++m_pos;
        return QStringView(m_buffer).sliced(from, m_pos - from);
    }

    // Where the last complete UTF-8 character of bytes ends: a character cut by the end of a read
    // waits for the next one. (The decoder keeps no state between reads, so that a character cut
    // by the end of the file is an error.)
    static qsizetype completeUtf8(const QByteArray &bytes)
    {
        for (qsizetype i = bytes.size() - 1; i >= 0 && i >= bytes.size() - 4; --i) {
            const auto byte = static_cast<unsigned char>(bytes.at(i));
            if ((byte & 0xC0) == 0x80)
                continue; // a continuation byte: look further back for the lead byte
            const qsizetype length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
            return i + length <= bytes.size() ? bytes.size() : i;
        }
        return bytes.size();
    }

    bool fill(QString *error)
    {
        if (m_pos < m_buffer.size())
            return true;
        m_buffer.clear();
        m_pos = 0;
        while (m_buffer.isEmpty()) {
            const QByteArray chunk = m_device.read(64 * 1024);
            if (chunk.isEmpty() && m_pending.isEmpty()) {
                if (m_device.atEnd() || chunk.isNull()) {
                    m_buffer = m_decoder(QByteArrayView());
                    if (m_decoder.hasError())
                        *error = Exchange::tr("line %1: the file is not valid UTF-8").arg(m_line);
                    return !m_buffer.isEmpty();
                }
            }
            QByteArray bytes = m_pending.isEmpty() ? chunk : m_pending + chunk;
            m_pending.clear();
            if (!m_device.atEnd()) {
                const qsizetype complete = completeUtf8(bytes);
                m_pending = bytes.sliced(complete);
                bytes.truncate(complete);
            }
            m_buffer = m_decoder(bytes);
            if (m_decoder.hasError()) {
                // Everything read before is consumed, so the bad byte's line is m_line plus the
                // line ends before it in this chunk.
                const qsizetype bad = firstInvalidUtf8(bytes);
                const auto before = QByteArrayView(bytes).first(bad < 0 ? bytes.size() : bad);
                *error = Exchange::tr("line %1: the file is not valid UTF-8").arg(m_line + static_cast<int>(before.count('\n')));
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
    // ConvertInitialBom: a stateless decoder would otherwise drop a U+FEFF at the start of every
    // read, wherever it fell in the file (fill() removes the file's own byte-order mark).
    QStringDecoder m_decoder{QStringDecoder::Utf8,
                             QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};
    QList<QString> m_fields; // the fields of the current record (at most one more than kColumns)
    QByteArray m_pending;    // the start of a character cut by the end of the last read
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
        auto episode = build(raw, &fieldError);
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

namespace {

// Qt's JSON parser builds the whole document, at 16 bytes or more a value: hostile JSON could
// make it take gigabytes (a 100 MB text, tens of millions of tiny values, empty arrays) or
// recurse deeply. So the bytes are checked first against what a diary's JSON can hold:
// nesting as deep as the format's (root, episodes, episode, triggers) and a little more, no text
// longer than a note may be (each character written as \uXXXX at worst), and a bounded
// "weight" (strings, commas and containers, a container weighing more). A JSON export weighs
// about 50 an episode, so the limit leaves room for some 160,000 episodes (a diary's CSV has no
// such limit), and a document of the cheapest values stays near 150 MiB.
constexpr int kMaxJsonDepth = 8;
constexpr qsizetype kMaxJsonTextBytes = 6 * qsizetype(kMaxFieldChars) + 2;
constexpr qsizetype kContainerWeight = 8;
constexpr qsizetype kMaxJsonWeight = 8 * 1000 * 1000;

// The checks above over a document read in pieces: feed() each piece in order.
class JsonShape
{
public:
    // Checks bytes, which start at offset in the document; false (and *error) at the first problem.
    bool feed(QByteArrayView bytes, qsizetype offset, QString *error)
    {
        for (qsizetype k = 0; k < bytes.size(); ++k) {
            const qsizetype i = offset + k;
            const char c = bytes[k];
            if (m_textStart >= 0) {
                if (m_escaped)
                    m_escaped = false;
                else if (c == '\\')
                    m_escaped = true;
                else if (c == '"')
                    m_textStart = -1;
                if (m_textStart >= 0 && i - m_textStart > kMaxJsonTextBytes) {
                    *error = Exchange::tr("byte %1: a text longer than %2 characters").arg(m_textStart).arg(kMaxFieldChars);
                    return false;
                }
                continue;
            }
            switch (c) {
            case '"':
                m_textStart = i;
                ++m_weight;
                break;
            case '[':
            case '{':
                if (++m_depth > kMaxJsonDepth) {
                    *error = Exchange::tr("byte %1: nested more than %2 levels deep").arg(i).arg(kMaxJsonDepth);
                    return false;
                }
                m_weight += kContainerWeight;
                break;
            case ']':
            case '}':
                --m_depth;
                break;
            case ',':
                ++m_weight;
                break;
            default:
                break;
            }
            if (m_weight > kMaxJsonWeight) {
                *error = Exchange::tr("byte %1: too many values for a diary file").arg(i);
                return false;
            }
        }
        return true;
    }

private:
    int m_depth = 0;
    qsizetype m_weight = 0;
    qsizetype m_textStart = -1; // the opening quote of the text being read, or -1
    bool m_escaped = false;     // the last byte was the backslash of an escape in a text
};

bool checkJsonShape(const QByteArray &data, QString *error)
{
    return JsonShape().feed(data, 0, error);
}

// A JSON file's bytes, checked as they are read, so that a hostile file is refused after the
// first megabyte that shows it rather than after all of it has been loaded.
std::optional<QByteArray> readJsonFile(QFile &file, QString *error)
{
    QByteArray data;
    data.reserve(file.size());
    JsonShape shape;
    for (;;) {
        const QByteArray chunk = file.read(1024 * 1024);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                *error = file.errorString();
                return std::nullopt;
            }
            return data;
        }
        if (!shape.feed(chunk, data.size(), error))
            return std::nullopt;
        data += chunk;
    }
}

} // namespace

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
        auto episode = build(raw, &fieldError);
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
