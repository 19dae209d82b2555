#include "diary/EpisodeRows.h"

#include "diary/SqlHelpers.h"

namespace legcare::diary::detail {

namespace {

// Ids joined by ';' in enum order, as stored.
template<typename T, typename ToId>
QString joinIds(QList<T> values, ToId toId)
{
    std::sort(values.begin(), values.end());
    QString text;
    for (const T &value : values) {
        if (!text.isEmpty())
            text += QLatin1Char(';');
        text += toId(value);
    }
    return text;
}

// The values of stored ids; unknown ids (from a newer version) are skipped.
template<typename T, typename Parse>
QList<T> splitIds(const QString &text, Parse parse)
{
    QList<T> values;
    for (const QString &id : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (const auto value = parse(id); value && !values.contains(*value))
            values.append(*value);
    }
    std::sort(values.begin(), values.end());
    return values;
}

// Fixed-width decimal digits, without the printf machinery of QString::arg / QDateTime::toString,
// which dominated the cost of a bulk import.
void appendDigits(QString &text, int value, int width)
{
    char digits[8] = {};
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    text.append(QLatin1String(digits, width));
}

} // namespace

const QString kEpisodeColumns = QStringLiteral(
    "id, started_at, duration_s, location, side, severity, context, note, triggers, reliefs");

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QString isoDate(const QDate &date)
{
    QString text;
    text.reserve(25);
    appendDigits(text, date.year(), 4);
    text += QLatin1Char('-');
    appendDigits(text, date.month(), 2);
    text += QLatin1Char('-');
    appendDigits(text, date.day(), 2);
    return text;
}

QString isoDateTime(const QDateTime &when)
{
    const QDateTime local = when.toOffsetFromUtc(when.offsetFromUtc());
    const QTime time = local.time();
    QString text = isoDate(local.date());
    text += QLatin1Char('T');
    appendDigits(text, time.hour(), 2);
    text += QLatin1Char(':');
    appendDigits(text, time.minute(), 2);
    text += QLatin1Char(':');
    appendDigits(text, time.second(), 2);
    const int offset = local.offsetFromUtc();
    if (offset == 0) {
        text += QLatin1Char('Z');
    } else {
        text += offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
        appendDigits(text, std::abs(offset) / 3600, 2);
        text += QLatin1Char(':');
        appendDigits(text, std::abs(offset) % 3600 / 60, 2);
    }
    return text;
}

Episode episodeFromRow(const QSqlQuery &query)
{
    Episode episode;
    episode.id = query.value(0).toLongLong();
    episode.startedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    if (!query.value(2).isNull())
        episode.durationSeconds = query.value(2).toInt();
    episode.location = kb::parseLocation(query.value(3).toString()).value_or(kb::Location::Calf);
    episode.side = parseSide(query.value(4).toString()).value_or(Side::Left);
    episode.severity = query.value(5).toInt();
    if (!query.value(6).isNull())
        episode.context = parseContext(query.value(6).toString());
    episode.note = query.value(7).toString();
    episode.triggers = splitIds<Trigger>(query.value(8).toString(), parseTrigger);
    episode.reliefs = splitIds<Relief>(query.value(9).toString(), parseRelief);
    return episode;
}

QString whereClause(const EpisodeFilter &filter, QVariantList *values)
{
    QStringList conditions;
    if (filter.from) {
        conditions.append(QStringLiteral("local_date >= ?"));
        values->append(filter.from->toString(Qt::ISODate));
    }
    if (filter.to) {
        conditions.append(QStringLiteral("local_date <= ?"));
        values->append(filter.to->toString(Qt::ISODate));
    }
    if (filter.location) {
        conditions.append(QStringLiteral("location = ?"));
        values->append(kb::locationId(*filter.location));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

EpisodeWriter::EpisodeWriter(QSqlDatabase db)
    : m_insert(db)
{
    m_prepared = m_insert.prepare(QStringLiteral(
        "INSERT INTO episodes (id, started_at, started_utc, local_date, local_minute,"
        " duration_s, location, side, severity, context, note, triggers, reliefs)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

std::optional<qint64> EpisodeWriter::insert(const Episode &episode, bool explicitId, QString *error)
{
    if (m_prepared) {
        bindEpisode(m_insert, episode, 1);
        m_insert.bindValue(0, explicitId ? QVariant(episode.id) : QVariant());
        if (m_insert.exec())
            return m_insert.lastInsertId().toLongLong();
    }
    if (error)
        *error = sqlError(m_insert);
    return std::nullopt;
}

void EpisodeWriter::bindEpisode(QSqlQuery &query, const Episode &episode, int first)
{
    const QDateTime &when = episode.startedAt;
    const QDateTime local = when.toOffsetFromUtc(when.offsetFromUtc());
    int i = first;
    query.bindValue(i++, isoDateTime(when));
    query.bindValue(i++, when.toSecsSinceEpoch());
    query.bindValue(i++, isoDate(local.date()));
    query.bindValue(i++, local.time().hour() * 60 + local.time().minute());
    query.bindValue(i++, episode.durationSeconds ? QVariant(*episode.durationSeconds) : QVariant());
    query.bindValue(i++, kb::locationId(episode.location));
    query.bindValue(i++, sideId(episode.side));
    query.bindValue(i++, episode.severity);
    query.bindValue(i++, episode.context ? QVariant(contextId(*episode.context)) : QVariant());
    query.bindValue(i++, textValue(episode.note));
    query.bindValue(i++, textValue(joinIds(episode.triggers, triggerId)));
    query.bindValue(i++, textValue(joinIds(episode.reliefs, reliefId)));
}

} // namespace legcare::diary::detail
