#include "diary/EpisodeRecord.h"

#include "diary/Exchange.h"

#include <QDateTime>

#include <algorithm>

namespace legcare::diary::exchange {

namespace {

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

} // namespace

void splitIds(QStringView text, QList<QStringView> *ids)
{
    ids->clear();
    for (const QStringView id : text.tokenize(u';'))
        ids->append(id);
}

std::optional<Episode> buildEpisode(const RawEpisode &raw, QString *error)
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

} // namespace legcare::diary::exchange
