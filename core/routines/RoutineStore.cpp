#include "routines/RoutineStore.h"

#include "diary/DiaryStore.h"
#include "diary/EpisodeRows.h"
#include "diary/SqlHelpers.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace legcare::routines {

using diary::detail::exec;
using diary::detail::isoDate;
using diary::detail::isoDateTime;
using diary::detail::textValue;
using diary::detail::WriteTransaction;

namespace {

// The longest session the diary accepts (the table's CHECK): a routine left running for a day
// is a mistake, not a session.
constexpr int kMaxSessionSeconds = 24 * 60 * 60;

const QChar kIdSeparator = QLatin1Char(';');

QString now()
{
    return isoDateTime(QDateTime::currentDateTime());
}

// Numbers go into messages through the multi-argument arg(), with the name: chained arg() calls
// would also replace a "%2" that the person typed into the name.
QString number(qint64 value)
{
    return QString::number(value);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The routine's name and items against the limits of Routine.h. name is already trimmed.
bool validRoutine(const QString &name, const QList<kb::RoutineItem> &items, QString *error)
{
    if (name.isEmpty())
        return fail(error, RoutineStore::tr("The name of a routine cannot be empty"));
    if (name.size() > kMaxNameLength)
        return fail(error, RoutineStore::tr("The name of a routine can have at most %1 characters; “%2…” has %3")
                               .arg(number(kMaxNameLength), name.left(20), number(name.size())));
    // A line break or NUL in a name breaks every list that shows it (and SQLite's length()
    // stops at a NUL).
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return fail(error, RoutineStore::tr("The name of routine “%1” contains a control character").arg(name));
    if (items.size() > kMaxItems)
        return fail(error, RoutineStore::tr("Routine “%1” has %2 exercises; a routine can have at most %3")
                               .arg(name, number(items.size()), number(kMaxItems)));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const kb::RoutineItem &item = items[i];
        if (item.exerciseId.trimmed().isEmpty())
            return fail(error,
                        RoutineStore::tr("Routine “%1”, exercise %2: no exercise is chosen").arg(name, number(i + 1)));
        if (item.holdSeconds < 0 || item.holdSeconds > kMaxHoldSeconds)
            return fail(error,
                        RoutineStore::tr("Routine “%1”, exercise %2: a hold of %3 s is not between 0 and %4 s")
                            .arg(name, number(i + 1), number(item.holdSeconds), number(kMaxHoldSeconds)));
        if (item.repetitions < 1 || item.repetitions > kMaxRepetitions)
            return fail(error, RoutineStore::tr("Routine “%1”, exercise %2: %3 repetitions is not between 1 and %4")
                                   .arg(name, number(i + 1), number(item.repetitions), number(kMaxRepetitions)));
    }
    return true;
}

bool validSession(const Session &session, QString *error)
{
    const QString name = session.routineName.trimmed().isEmpty() ? session.routineId : session.routineName;
    if (session.routineId.trimmed().isEmpty())
        return fail(error, RoutineStore::tr("The session of “%1” does not say which routine was played").arg(name));
    if (session.routineName.trimmed().isEmpty())
        return fail(error, RoutineStore::tr("The session of routine %1 has no routine name").arg(session.routineId));
    if (!session.startedAt.isValid())
        return fail(error, RoutineStore::tr("The session of “%1” has no valid start time").arg(name));
    if (session.durationSeconds < 0 || session.durationSeconds > kMaxSessionSeconds)
        return fail(error, RoutineStore::tr("The session of “%1” lasted %2 s, which is not between 0 and %3 s")
                               .arg(name, number(session.durationSeconds), number(kMaxSessionSeconds)));
    if (session.plannedExercises < session.completedExercises.size())
        return fail(error, RoutineStore::tr("The session of “%1” completed %2 exercises but only %3 were planned")
                               .arg(name, number(session.completedExercises.size()),
                                    number(session.plannedExercises)));
    for (const QString &id : session.completedExercises) {
        if (id.trimmed().isEmpty() || id.contains(kIdSeparator))
            return fail(error,
                        RoutineStore::tr("The session of “%1” names an invalid exercise id “%2”").arg(name, id));
    }
    return true;
}

// Writes the items of routine `id` in order, inside the caller's transaction.
bool insertItems(QSqlDatabase db, qint64 id, const QList<kb::RoutineItem> &items, QString *error)
{
    QSqlQuery query(db);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const kb::RoutineItem &item = items[i];
        if (!exec(query,
                  QStringLiteral("INSERT INTO custom_routine_items"
                                 " (routine_id, position, exercise_id, hold_seconds, repetitions)"
                                 " VALUES (?, ?, ?, ?, ?)"),
                  {id, i, item.exerciseId.trimmed(), item.holdSeconds, item.repetitions}, error))
            return false;
    }
    return true;
}

bool routineExists(QSqlDatabase db, qint64 id, bool *exists, QString *error)
{
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("SELECT 1 FROM custom_routines WHERE id = ?"), {id}, error))
        return false;
    *exists = query.next();
    return true;
}

// Items of every routine (or of routine `only`), by routine id, in order.
QHash<qint64, QList<kb::RoutineItem>> readItems(QSqlDatabase db, std::optional<qint64> only)
{
    QHash<qint64, QList<kb::RoutineItem>> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT routine_id, exercise_id, hold_seconds, repetitions"
                                       " FROM custom_routine_items%1 ORDER BY routine_id, position")
                            .arg(only ? QStringLiteral(" WHERE routine_id = ?") : QString());
    if (!query.prepare(sql))
        return result;
    if (only)
        query.addBindValue(*only);
    if (!query.exec())
        return result;
    while (query.next()) {
        kb::RoutineItem item;
        item.exerciseId = query.value(1).toString();
        item.holdSeconds = query.value(2).toInt();
        item.repetitions = query.value(3).toInt();
        result[query.value(0).toLongLong()].append(item);
    }
    return result;
}

Session sessionFromRow(const QSqlQuery &query)
{
    Session session;
    session.id = query.value(0).toLongLong();
    session.startedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    session.durationSeconds = query.value(2).toInt();
    session.routineId = query.value(3).toString();
    session.routineName = query.value(4).toString();
    session.completedExercises = query.value(5).toString().split(kIdSeparator, Qt::SkipEmptyParts);
    session.plannedExercises = query.value(6).toInt();
    session.finished = query.value(7).toInt() != 0;
    return session;
}

} // namespace

RoutineStore::RoutineStore(diary::DiaryStore &diary)
    : m_diary(diary)
{
}

QSqlDatabase RoutineStore::database() const
{
    return QSqlDatabase::database(m_diary.connectionName(), false);
}

QList<Routine> RoutineStore::customRoutines() const
{
    QSqlDatabase db = database();
    QList<Routine> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name FROM custom_routines")))
        return result;
    const QHash<qint64, QList<kb::RoutineItem>> items = readItems(db, std::nullopt);
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        result.append(routines::customRoutine(id, query.value(1).toString(), items.value(id)));
    }
    // Sorted here rather than with COLLATE NOCASE, which folds ASCII letters only.
    std::sort(result.begin(), result.end(), [](const Routine &a, const Routine &b) {
        const int order = a.name.en.compare(b.name.en, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.customId < b.customId;
    });
    return result;
}

std::optional<Routine> RoutineStore::customRoutine(qint64 customId) const
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("SELECT name FROM custom_routines WHERE id = ?"), {customId}, nullptr)
        || !query.next())
        return std::nullopt;
    return routines::customRoutine(customId, query.value(0).toString(), readItems(db, customId).value(customId));
}

std::optional<qint64> RoutineStore::createRoutine(const QString &name, const QList<kb::RoutineItem> &items,
                                                  QString *error)
{
    const QString trimmed = name.trimmed();
    if (!validRoutine(trimmed, items, error))
        return std::nullopt;
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    QSqlQuery query(db);
    const QString stamp = now();
    if (!transaction.begin(error)
        || !exec(query, QStringLiteral("INSERT INTO custom_routines (name, created_at, updated_at) VALUES (?, ?, ?)"),
                 {trimmed, stamp, stamp}, error))
        return std::nullopt;
    const qint64 id = query.lastInsertId().toLongLong();
    if (!insertItems(db, id, items, error) || !transaction.commit(error))
        return std::nullopt;
    return id;
}

bool RoutineStore::saveRoutine(const Routine &routine, QString *error)
{
    const QString name = routine.name.en.trimmed();
    if (!validRoutine(name, routine.items, error))
        return false;
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.begin(error)
        || !exec(query, QStringLiteral("UPDATE custom_routines SET name = ?, updated_at = ? WHERE id = ?"),
                 {name, now(), routine.customId}, error))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(error, tr("Routine “%1” cannot be saved: there is no custom routine %2 (was it deleted?)")
                               .arg(name, number(routine.customId)));
    // The items are replaced as a whole: positions are the order, and renumbering in place
    // would collide with the primary key.
    QSqlQuery clear(db);
    return exec(clear, QStringLiteral("DELETE FROM custom_routine_items WHERE routine_id = ?"), {routine.customId},
                error)
        && insertItems(db, routine.customId, routine.items, error) && transaction.commit(error);
}

bool RoutineStore::deleteRoutine(qint64 customId, QString *error)
{
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin(error))
        return false;
    // The items go explicitly as well as by ON DELETE CASCADE, so that a connection without
    // PRAGMA foreign_keys cannot leave orphans behind.
    QSqlQuery items(db);
    QSqlQuery routine(db);
    if (!exec(items, QStringLiteral("DELETE FROM custom_routine_items WHERE routine_id = ?"), {customId}, error)
        || !exec(routine, QStringLiteral("DELETE FROM custom_routines WHERE id = ?"), {customId}, error))
        return false;
    if (routine.numRowsAffected() != 1)
        return fail(error, tr("There is no custom routine %1 to delete").arg(customId));
    return transaction.commit(error);
}

bool RoutineStore::restoreRoutine(const Routine &routine, QString *error)
{
    const QString name = routine.name.en.trimmed();
    if (routine.customId <= 0)
        return fail(error, tr("Routine “%1” cannot be restored: it has no id of its own").arg(name));
    if (!validRoutine(name, routine.items, error))
        return false;
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    bool exists = false;
    if (!transaction.begin(error) || !routineExists(db, routine.customId, &exists, error))
        return false;
    if (exists)
        return fail(error, tr("Routine “%1” cannot be restored: custom routine %2 already exists")
                               .arg(name, number(routine.customId)));
    // The original creation time went with the row; the restored one starts afresh.
    QSqlQuery query(db);
    const QString stamp = now();
    return exec(query,
                QStringLiteral("INSERT INTO custom_routines (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                {routine.customId, name, stamp, stamp}, error)
        && insertItems(db, routine.customId, routine.items, error) && transaction.commit(error);
}

std::optional<qint64> RoutineStore::recordSession(const Session &session, QString *error)
{
    if (!validSession(session, error))
        return std::nullopt;
    const QDateTime &when = session.startedAt;
    const QDateTime local = when.toOffsetFromUtc(when.offsetFromUtc());
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.begin(error)
        || !exec(query,
                 QStringLiteral("INSERT INTO routine_sessions (started_at, started_utc, local_date, duration_s,"
                                " routine_id, routine_name, completed, planned, finished)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {isoDateTime(when), when.toSecsSinceEpoch(), isoDate(local.date()), session.durationSeconds,
                  session.routineId, session.routineName, textValue(session.completedExercises.join(kIdSeparator)),
                  session.plannedExercises, session.finished ? 1 : 0},
                 error))
        return std::nullopt;
    const qint64 id = query.lastInsertId().toLongLong();
    if (!transaction.commit(error))
        return std::nullopt;
    return id;
}

QList<Session> RoutineStore::sessions(std::optional<QDate> from, std::optional<QDate> to) const
{
    QStringList conditions;
    QVariantList values;
    if (from) {
        conditions.append(QStringLiteral("local_date >= ?"));
        values.append(isoDate(*from));
    }
    if (to) {
        conditions.append(QStringLiteral("local_date <= ?"));
        values.append(isoDate(*to));
    }
    const QString where =
        conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery query(database());
    query.setForwardOnly(true);
    QList<Session> result;
    if (!query.prepare(QStringLiteral("SELECT id, started_at, duration_s, routine_id, routine_name, completed,"
                                      " planned, finished FROM routine_sessions%1"
                                      " ORDER BY started_utc DESC, id DESC")
                           .arg(where)))
        return result;
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(sessionFromRow(query));
    return result;
}

} // namespace legcare::routines
