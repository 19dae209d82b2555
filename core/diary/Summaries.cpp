#include "diary/Summaries.h"

#include "diary/EpisodeRows.h"
#include "diary/SqlHelpers.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace legcare::diary::detail {

namespace {

// The episodes of the local days [?, ?], the columns the totals count (all in the covering
// index episodes_stats, so counting never reads the table).
const QString kEpisodesBetween = QStringLiteral(
    "WITH e AS (SELECT local_date, severity, location, side, context, local_minute, triggers, reliefs"
    " FROM episodes WHERE local_date BETWEEN ? AND ?) ");

const QString kDayTotals =
    QStringLiteral("SELECT local_date, count(*), sum(severity), max(severity) FROM e GROUP BY local_date");

// The dimension numbers are those of the Dimension enum, in its order.
const QString kMonthTotals = QStringLiteral(
    "SELECT substr(local_date, 1, 7), 0, location, count(*) FROM e GROUP BY 1, 3"
    " UNION ALL SELECT substr(local_date, 1, 7), 1, side, count(*) FROM e GROUP BY 1, 3"
    " UNION ALL SELECT substr(local_date, 1, 7), 2, coalesce(context, ''), count(*) FROM e GROUP BY 1, 3"
    " UNION ALL SELECT substr(local_date, 1, 7), 3, CAST(local_minute / 60 AS TEXT), count(*) FROM e GROUP BY 1, 3"
    " UNION ALL SELECT substr(local_date, 1, 7), 4, triggers, count(*) FROM e GROUP BY 1, 3"
    " UNION ALL SELECT substr(local_date, 1, 7), 5, reliefs, count(*) FROM e GROUP BY 1, 3");
static_assert(static_cast<int>(Dimension::Reliefs) == 5, "kMonthTotals numbers the dimensions in enum order");

const QString kFirstDay = QStringLiteral("0000-01-01");
const QString kLastDay = QStringLiteral("9999-12-31");

// Counts the totals of the days [from, to] again from the episodes.
bool recount(QSqlDatabase db, const QString &from, const QString &to, bool days, bool months, QString *error)
{
    QSqlQuery query(db);
    if (days
        && (!exec(query, QStringLiteral("DELETE FROM episode_days WHERE date BETWEEN ? AND ?"), {from, to}, error)
            || !exec(query,
                     kEpisodesBetween + QStringLiteral("INSERT INTO episode_days (date, episodes, severity_sum, severity_max) ")
                         + kDayTotals,
                     {from, to}, error)))
        return false;
    if (months
        && (!exec(query, QStringLiteral("DELETE FROM episode_months WHERE month BETWEEN ? AND ?"),
                  {from.first(7), to.first(7)}, error)
            || !exec(query,
                     kEpisodesBetween + QStringLiteral("INSERT INTO episode_months (month, dimension, value, episodes) ")
                         + kMonthTotals,
                     {from, to}, error)))
        return false;
    return true;
}

// Rows for upsertRows(): a JSON array of arrays, made by hand (the values are dates, ids and
// numbers) because a QJsonArray of tens of thousands of rows costs more than the insert.
class JsonRows
{
public:
    void add(const QString &text, int a, const QString &b, int c)
    {
        startRow();
        appendText(text);
        appendNumber(a);
        appendText(b);
        appendNumber(c);
        m_json += QLatin1Char(']');
    }
    void add(const QString &text, int a, int b, int c)
    {
        startRow();
        appendText(text);
        appendNumber(a);
        appendNumber(b);
        appendNumber(c);
        m_json += QLatin1Char(']');
    }
    bool isEmpty() const { return m_json.isEmpty(); }
    QString json() const { return m_json + QLatin1Char(']'); }

private:
    void startRow() { m_json += m_json.isEmpty() ? QLatin1String("[[") : QLatin1String(",["); }
    void separate()
    {
        if (!m_json.endsWith(QLatin1Char('[')))
            m_json += QLatin1Char(',');
    }
    void appendNumber(int value)
    {
        separate();
        char digits[12];
        int start = sizeof digits;
        unsigned magnitude = value < 0 ? 0U - static_cast<unsigned>(value) : static_cast<unsigned>(value);
        do {
            digits[--start] = static_cast<char>('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (value < 0)
            digits[--start] = '-';
        m_json += QLatin1String(digits + start, static_cast<qsizetype>(sizeof digits) - start);
    }
    void appendText(const QString &text)
    {
        separate();
        m_json += QLatin1Char('"');
        for (const QChar c : text) {
            if (c == u'"' || c == u'\\')
                m_json += QLatin1Char('\\');
            if (c.unicode() < 0x20)
                m_json += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                m_json += c;
        }
        m_json += QLatin1Char('"');
    }

    QString m_json;
};

// Runs `head SELECT <the rows' columns> ... tail` over all the rows at once: one bound value and
// one statement, where a row at a time (or 64 to a statement) spent most of the time binding.
bool upsertRows(QSqlDatabase db, const QString &head, const QString &tail, const JsonRows &rows, QString *error)
{
    if (rows.isEmpty())
        return true;
    QSqlQuery query(db);
    // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT.
    return exec(query,
                head + QStringLiteral(" SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?) WHERE true ")
                    + tail,
                {rows.json()}, error);
}

} // namespace

bool createSummaries(QSqlDatabase db, QString *error)
{
    return exec(db,
                QStringLiteral("CREATE TABLE episode_days ("
                               " date TEXT PRIMARY KEY,"
                               " episodes INTEGER NOT NULL CHECK (episodes > 0),"
                               " severity_sum INTEGER NOT NULL,"
                               " severity_max INTEGER NOT NULL) WITHOUT ROWID"),
                error)
        && exec(db,
                QStringLiteral("CREATE TABLE episode_months ("
                               " month TEXT NOT NULL,"
                               " dimension INTEGER NOT NULL CHECK (dimension BETWEEN 0 AND 5),"
                               " value TEXT NOT NULL,"
                               " episodes INTEGER NOT NULL CHECK (episodes > 0),"
                               " PRIMARY KEY (month, dimension, value)) WITHOUT ROWID"),
                error)
        && recount(db, kFirstDay, kLastDay, true, true, error);
}

QStringList summaryMismatches(QSqlDatabase db)
{
    QStringList problems;
    const auto compare = [&](const QString &table, const QString &columns, const QString &totals) {
        const QString stored = QStringLiteral("SELECT %1 FROM %2").arg(columns, table);
        QSqlQuery query(db);
        QString error;
        if (!exec(query,
                  kEpisodesBetween + QStringLiteral("SELECT 'stored', * FROM (SELECT * FROM (%1) EXCEPT SELECT * FROM (%2))"
                                                    " UNION ALL SELECT 'counted', * FROM (SELECT * FROM (%2) EXCEPT SELECT * FROM (%1))")
                                         .arg(stored, totals),
                  {kFirstDay, kLastDay}, &error)) {
            problems.append(error);
            return;
        }
        while (query.next()) {
            QStringList row;
            for (int i = 1; i < query.record().count(); ++i)
                row.append(query.value(i).toString());
            problems.append(QStringLiteral("%1 %2: %3").arg(table, query.value(0).toString(), row.join(u'|')));
        }
    };
    compare(QStringLiteral("episode_days"), QStringLiteral("date, episodes, severity_sum, severity_max"), kDayTotals);
    compare(QStringLiteral("episode_months"), QStringLiteral("month, dimension, value, episodes"), kMonthTotals);
    return problems;
}

SummaryChange::SummaryChange(QSqlDatabase db)
    : m_db(std::move(db))
{
}

namespace {

// Keys of SummaryChange::m_months: a month, a dimension and a CountedValues value in one
// integer, so that counting an episode costs six integer hash lookups.
constexpr int kValueBits = 12; // a value + 1 below 2^12: triggers use 11 bits, context -1
constexpr int kDimensionBits = 4;

quint64 monthOf(const QDate &date)
{
    return static_cast<quint64>((date.year() + 10000) * 12 + date.month() - 1);
}

quint64 monthKey(quint64 month, Dimension dimension, int value)
{
    return month << (kDimensionBits + kValueBits) | static_cast<quint64>(dimension) << kValueBits
        | static_cast<quint64>(value + 1);
}

QString monthText(quint64 key)
{
    const int month = static_cast<int>(key >> (kDimensionBits + kValueBits));
    return isoDate(QDate(month / 12 - 10000, month % 12 + 1, 1)).first(7);
}

} // namespace

void SummaryChange::added(const Episode &episode)
{
    const CountedValues values = countedValues(episode);
    DayTotal &day = m_addedDays[values.localDay];
    day.episodes += 1;
    day.severitySum += values.severity;
    day.severityMax = std::max(day.severityMax, values.severity);
    if (values.localDay != m_lastDay) {
        m_lastDay = values.localDay;
        m_lastMonth = monthOf(QDate::fromJulianDay(values.localDay));
    }
    m_months[monthKey(m_lastMonth, Dimension::Location, values.location)] += 1;
    m_months[monthKey(m_lastMonth, Dimension::Side, values.side)] += 1;
    m_months[monthKey(m_lastMonth, Dimension::Context, values.context)] += 1;
    m_months[monthKey(m_lastMonth, Dimension::Hour, values.hour)] += 1;
    m_months[monthKey(m_lastMonth, Dimension::Triggers, values.triggers)] += 1;
    m_months[monthKey(m_lastMonth, Dimension::Reliefs, values.reliefs)] += 1;
}

bool SummaryChange::removing(qint64 id, QString *error)
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT local_date FROM episodes WHERE id = ?"), {id}, error))
        return false;
    if (query.next())
        m_recountedDays.insert(query.value(0).toString());
    return true;
}

bool SummaryChange::apply(QString *error)
{
    // A day or month that loses an episode is counted again from the episodes (a few hundred
    // rows at most, through the covering index); one that only gains one grows by it. Counting
    // again also mends totals that would ever disagree with the episodes.
    QSet<QString> recountedMonths;
    for (const QString &day : std::as_const(m_recountedDays))
        recountedMonths.insert(day.first(7));

    // In key order, so that SQLite appends to its b-trees rather than inserting all over them.
    const auto sortedKeys = [](const auto &hash) {
        auto keys = hash.keys();
        std::sort(keys.begin(), keys.end());
        return keys;
    };
    JsonRows days;
    for (const qint64 julianDay : sortedKeys(m_addedDays)) {
        const QString date = isoDate(QDate::fromJulianDay(julianDay));
        const DayTotal &total = m_addedDays[julianDay];
        if (!m_recountedDays.contains(date))
            days.add(date, total.episodes, total.severitySum, total.severityMax);
    }
    JsonRows months;
    for (const quint64 key : sortedKeys(m_months)) {
        const QString month = monthText(key);
        if (recountedMonths.contains(month))
            continue;
        const int dimension = static_cast<int>(key >> kValueBits & ((1 << kDimensionBits) - 1));
        const int value = static_cast<int>(key & ((1 << kValueBits) - 1)) - 1;
        months.add(month, dimension, countedText(dimension, value), m_months[key]);
    }
    m_addedDays.clear();
    m_months.clear();
    m_lastDay = -1;
    const QSet<QString> recountedDays = std::exchange(m_recountedDays, {});

    if (!upsertRows(m_db, QStringLiteral("INSERT INTO episode_days (date, episodes, severity_sum, severity_max)"),
                    QStringLiteral(" ON CONFLICT (date) DO UPDATE SET episodes = episodes + excluded.episodes,"
                                   " severity_sum = severity_sum + excluded.severity_sum,"
                                   " severity_max = max(severity_max, excluded.severity_max)"),
                    days, error)
        || !upsertRows(m_db, QStringLiteral("INSERT INTO episode_months (month, dimension, value, episodes)"),
                       QStringLiteral(" ON CONFLICT (month, dimension, value) DO UPDATE"
                                      " SET episodes = episodes + excluded.episodes"),
                       months, error))
        return false;
    for (const QString &day : recountedDays) {
        if (!recount(m_db, day, day, true, false, error))
            return false;
    }
    for (const QString &month : std::as_const(recountedMonths)) {
        if (!recount(m_db, month + QStringLiteral("-01"), month + QStringLiteral("-31"), false, true, error))
            return false;
    }
    return true;
}

} // namespace legcare::diary::detail
