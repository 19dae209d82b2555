#include "diary/EpisodeRows.h"

#include "diary/SqlHelpers.h"
#include "diary/Summaries.h"

#include <QScopeGuard>

#include <array>

namespace legcare::diary::detail {

namespace {

// Every id of an enum (numbered from 0), indexed by value, made once: a bulk import binds them
// for every row.
template<typename T, typename ToId>
QList<QString> idsByValue(const QList<T> &values, ToId toId)
{
    QList<QString> ids(values.size());
    for (const T value : values)
        ids[static_cast<qsizetype>(value)] = toId(value);
    return ids;
}

const QString &storedId(kb::Location location)
{
    static const QList<QString> ids = idsByValue(kb::allLocations(), kb::locationId);
    return ids.at(static_cast<qsizetype>(location));
}

const QString &storedId(Side side)
{
    static const QList<QString> ids =
        idsByValue(QList<Side>{Side::Left, Side::Right, Side::Both}, sideId);
    return ids.at(static_cast<qsizetype>(side));
}

const QString &storedId(Context context)
{
    static const QList<QString> ids = idsByValue(allContexts(), contextId);
    return ids.at(static_cast<qsizetype>(context));
}

const QString &storedId(Trigger trigger)
{
    static const QList<QString> ids = idsByValue(allTriggers(), triggerId);
    return ids.at(static_cast<qsizetype>(trigger));
}

const QString &storedId(Relief relief)
{
    static const QList<QString> ids = idsByValue(allReliefs(), reliefId);
    return ids.at(static_cast<qsizetype>(relief));
}

// Ids joined by ';' in enum order, as stored.
template<typename T>
QString joinIds(QList<T> values)
{
    std::sort(values.begin(), values.end());
    QString text;
    for (const T &value : values) {
        if (!text.isEmpty())
            text += QLatin1Char(';');
        text += storedId(value);
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

namespace {

// The ISO text of a wall-clock date and time at an offset from UTC.
QString isoDateTime(const QDate &date, const QTime &time, int offset)
{
    QString text = isoDate(date);
    text += QLatin1Char('T');
    appendDigits(text, time.hour(), 2);
    text += QLatin1Char(':');
    appendDigits(text, time.minute(), 2);
    text += QLatin1Char(':');
    appendDigits(text, time.second(), 2);
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

// The columns written for an episode (the id aside), in the order of writtenValues(); the
// store's UPDATE lists them in the same order.
constexpr int kWrittenCount = 12;
const QString kWrittenColumns =
    QStringLiteral("started_at, started_utc, local_date, local_minute, duration_s, location, side,"
                   " severity, context, note, triggers, reliefs");

std::array<QVariant, kWrittenCount> writtenValues(const Episode &episode)
{
    const QDateTime &when = episode.startedAt;
    const QDateTime local = when.toOffsetFromUtc(when.offsetFromUtc());
    const QTime time = local.time();
    const QString startedAt = isoDateTime(local.date(), time, local.offsetFromUtc());
    return {
        startedAt,
        when.toSecsSinceEpoch(),
        startedAt.first(10), // isoDate(local.date()), already written at the start
        time.hour() * 60 + time.minute(),
        episode.durationSeconds ? QVariant(*episode.durationSeconds) : QVariant(),
        storedId(episode.location),
        storedId(episode.side),
        episode.severity,
        episode.context ? QVariant(storedId(*episode.context)) : QVariant(),
        textValue(episode.note),
        textValue(joinIds(episode.triggers)),
        textValue(joinIds(episode.reliefs)),
    };
}

} // namespace

QString isoDateTime(const QDateTime &when)
{
    const QDateTime local = when.toOffsetFromUtc(when.offsetFromUtc());
    return isoDateTime(local.date(), local.time(), local.offsetFromUtc());
}

CountedValues countedValues(const Episode &episode)
{
    // The wall-clock time is UTC plus the offset it was logged in, as in writtenValues(); here
    // with integers rather than a QDateTime conversion per episode.
    const qint64 wallSeconds = episode.startedAt.toSecsSinceEpoch() + episode.startedAt.offsetFromUtc();
    constexpr qint64 kSecondsPerDay = 24 * 3600;
    constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01
    const qint64 daysSinceEpoch = wallSeconds >= 0 ? wallSeconds / kSecondsPerDay
                                                   : -((-wallSeconds + kSecondsPerDay - 1) / kSecondsPerDay);
    CountedValues values;
    values.localDay = kJulianDayOfEpoch + daysSinceEpoch;
    values.hour = static_cast<int>((wallSeconds - daysSinceEpoch * kSecondsPerDay) / 3600);
    values.severity = episode.severity;
    values.location = static_cast<int>(episode.location);
    values.side = static_cast<int>(episode.side);
    values.context = episode.context ? static_cast<int>(*episode.context) : -1;
    for (const Trigger trigger : episode.triggers)
        values.triggers |= 1 << static_cast<int>(trigger);
    for (const Relief relief : episode.reliefs)
        values.reliefs |= 1 << static_cast<int>(relief);
    return values;
}

namespace {

// The values whose bits are set, in enum order (the order joinIds() stores).
template<typename T>
QList<T> fromBits(int bits)
{
    QList<T> values;
    for (int i = 0; bits >> i != 0; ++i) {
        if (bits & (1 << i))
            values.append(static_cast<T>(i));
    }
    return values;
}

} // namespace

QString countedText(int dimension, int value)
{
    switch (static_cast<Dimension>(dimension)) {
    case Dimension::Location:
        return storedId(static_cast<kb::Location>(value));
    case Dimension::Side:
        return storedId(static_cast<Side>(value));
    case Dimension::Context:
        return value < 0 ? QStringLiteral("") : storedId(static_cast<Context>(value));
    case Dimension::Hour:
        return QString::number(value);
    case Dimension::Triggers:
        return textValue(joinIds(fromBits<Trigger>(value))).toString();
    case Dimension::Reliefs:
        return textValue(joinIds(fromBits<Relief>(value))).toString();
    }
    return QStringLiteral("");
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
    m_prepared = m_insert.prepare(QStringLiteral("INSERT INTO episodes (id, %1)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(kWrittenColumns));
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
    const auto values = writtenValues(episode);
    for (int i = 0; i < kWrittenCount; ++i)
        query.bindValue(first + i, values[static_cast<std::size_t>(i)]);
}

bool insertEpisodes(QSqlDatabase db, const QList<const Episode *> &episodes, QString *error)
{
    // The table's CHECKs hold for any episode that passed validate(), and SQLite rebuilds the
    // lookup table of the side column's CHECK for every row it checks (a sixth of an import), so
    // they are off for the statements prepared here. ExchangeTest pins the list of CHECKs.
    exec(db, QStringLiteral("PRAGMA ignore_check_constraints = ON"), nullptr);
    const auto checksBackOn = qScopeGuard(
        [&db] { exec(db, QStringLiteral("PRAGMA ignore_check_constraints = OFF"), nullptr); });

    // 64 rows of 12 values stay under the 999 bound values that any SQLite accepts.
    constexpr int kRowsPerStatement = 64;
    const qsizetype batched = episodes.size() - episodes.size() % kRowsPerStatement;
    if (batched > 0) {
        // Named placeholders (":v0", ":v1", ...): QtSql turns a positional one into a name with
        // QString::arg each time a value is bound, which cost a sixth of an import.
        QStringList names;
        // OR ROLLBACK: a failed row ends the whole transaction, which an import gives up anyway;
        // otherwise SQLite journals every multi-row statement to be able to undo just it, which
        // cost a fifth of an import.
        QString sql =
            QStringLiteral("INSERT OR ROLLBACK INTO episodes (%1) VALUES ").arg(kWrittenColumns);
        for (int row = 0; row < kRowsPerStatement; ++row) {
            sql += row == 0 ? QStringLiteral("(") : QStringLiteral(", (");
            for (int column = 0; column < kWrittenCount; ++column) {
                names.append(QStringLiteral(":v%1").arg(row * kWrittenCount + column));
                sql += (column == 0 ? QString() : QStringLiteral(", ")) + names.constLast();
            }
            sql += QLatin1Char(')');
        }
        QSqlQuery insert(db);
        if (!insert.prepare(sql)) {
            if (error)
                *error = sqlError(insert);
            return false;
        }
        for (qsizetype start = 0; start < batched; start += kRowsPerStatement) {
            auto name = names.cbegin();
            for (qsizetype row = start; row < start + kRowsPerStatement; ++row) {
                for (const QVariant &value : writtenValues(*episodes[row]))
                    insert.bindValue(*name++, value);
            }
            if (!insert.exec()) {
                if (error)
                    *error = sqlError(insert);
                return false;
            }
        }
    }
    EpisodeWriter writer(db);
    for (qsizetype i = batched; i < episodes.size(); ++i) {
        if (!writer.insert(*episodes[i], false, error))
            return false;
    }
    return true;
}

} // namespace legcare::diary::detail
