#include "diary/Schema.h"

#include "diary/SqlHelpers.h"
#include "diary/Summaries.h"

#include <QStringList>

namespace legcare::diary::detail {

namespace {

bool run(QSqlDatabase db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!exec(db, sql, error))
            return false;
    }
    return true;
}

// Version 1: the episodes. started_at keeps the ISO text as logged (with its offset);
// started_utc orders and ranges; local_date and local_minute are the logged wall-clock day and
// time, for day filters and "time of night" statistics.
bool createVersion1(QSqlDatabase db, QString *error)
{
    return run(db,
               {
                   QStringLiteral(
                       "CREATE TABLE episodes ("
                       " id INTEGER PRIMARY KEY,"
                       " started_at TEXT NOT NULL,"
                       " started_utc INTEGER NOT NULL,"
                       " local_date TEXT NOT NULL,"
                       " local_minute INTEGER NOT NULL CHECK (local_minute BETWEEN 0 AND 1439),"
                       " duration_s INTEGER CHECK (duration_s IS NULL OR duration_s BETWEEN 0 AND 86400),"
                       " location TEXT NOT NULL,"
                       " side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),"
                       " severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 10),"
                       " context TEXT,"
                       " note TEXT NOT NULL DEFAULT '')"),
                   QStringLiteral("CREATE INDEX episodes_started ON episodes (started_utc)"),
                   QStringLiteral("CREATE INDEX episodes_day ON episodes (local_date)"),
                   QStringLiteral("CREATE TABLE episode_triggers ("
                                  " episode_id INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,"
                                  " trigger TEXT NOT NULL,"
                                  " PRIMARY KEY (episode_id, trigger)) WITHOUT ROWID"),
                   QStringLiteral("CREATE TABLE episode_reliefs ("
                                  " episode_id INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,"
                                  " relief TEXT NOT NULL,"
                                  " PRIMARY KEY (episode_id, relief)) WITHOUT ROWID"),
               },
               error);
}

// Version 2:
// - triggers and reliefs move from child tables into two columns of episodes (ids joined by ';',
//   in a fixed order), so that adding, listing and counting an episode is one row;
// - an index covering every column the statistics group by, so they never read the table;
// - one line a day for water drunk and whether a routine was done.
bool createVersion2(QSqlDatabase db, QString *error)
{
    return run(db,
               {
                   QStringLiteral("ALTER TABLE episodes ADD COLUMN triggers TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE episodes ADD COLUMN reliefs TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("UPDATE episodes SET"
                                  " triggers = coalesce((SELECT group_concat(trigger, ';') FROM"
                                  "  (SELECT trigger FROM episode_triggers t WHERE t.episode_id = episodes.id ORDER BY trigger)), ''),"
                                  " reliefs = coalesce((SELECT group_concat(relief, ';') FROM"
                                  "  (SELECT relief FROM episode_reliefs r WHERE r.episode_id = episodes.id ORDER BY relief)), '')"),
                   QStringLiteral("DROP TABLE episode_triggers"),
                   QStringLiteral("DROP TABLE episode_reliefs"),
                   QStringLiteral("DROP INDEX episodes_day"),
                   QStringLiteral("CREATE INDEX episodes_stats ON episodes"
                                  " (local_date, severity, location, side, context, local_minute, triggers, reliefs)"),
                   QStringLiteral("CREATE TABLE days ("
                                  " date TEXT PRIMARY KEY,"
                                  " water_ml INTEGER CHECK (water_ml IS NULL OR water_ml BETWEEN 0 AND 20000),"
                                  " routine_done INTEGER NOT NULL DEFAULT 0 CHECK (routine_done IN (0, 1)))"),
               },
               error);
}

// Version 3: the history of symptom checks the person chose to keep: the answers (the profile
// JSON of the contract), the level they were given and the conditions ranked first.
bool createVersion3(QSqlDatabase db, QString *error)
{
    return run(db,
               {QStringLiteral("CREATE TABLE assessments ("
                               " id INTEGER PRIMARY KEY,"
                               " taken_at TEXT NOT NULL,"
                               " taken_utc INTEGER NOT NULL,"
                               " level TEXT NOT NULL CHECK (level IN ('self_care', 'doctor', 'urgent', 'emergency')),"
                               " profile TEXT NOT NULL,"
                               " conditions TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX assessments_taken ON assessments (taken_utc)")},
               error);
}

// Version 4: stretching routines.
// - The person's own routines and their items in order (position 0, 1, ...); deleting a routine
//   deletes its items. The limits match routines/Routine.h, so a bug in a caller cannot store a
//   routine that the editor could not show. AUTOINCREMENT: an id is never handed out twice, so
//   "custom-12" in the history never comes to mean a newer routine, and the undo of a delete
//   can always put the routine back under its old id.
// - The history of played routines. A session keeps the routine's id and name as they were, not
//   a reference: the history must still read right after a custom routine is renamed or deleted.
//   Times are stored like those of episodes; completed holds the exercise ids done to the end,
//   joined by ';' in the order done.
bool createVersion4(QSqlDatabase db, QString *error)
{
    return run(db,
               {
                   QStringLiteral("CREATE TABLE custom_routines ("
                                  " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                  " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),"
                                  " created_at TEXT NOT NULL,"
                                  " updated_at TEXT NOT NULL)"),
                   QStringLiteral("CREATE TABLE custom_routine_items ("
                                  " routine_id INTEGER NOT NULL REFERENCES custom_routines (id) ON DELETE CASCADE,"
                                  " position INTEGER NOT NULL CHECK (position >= 0),"
                                  " exercise_id TEXT NOT NULL,"
                                  " hold_seconds INTEGER NOT NULL CHECK (hold_seconds BETWEEN 0 AND 300),"
                                  " repetitions INTEGER NOT NULL CHECK (repetitions BETWEEN 1 AND 50),"
                                  " PRIMARY KEY (routine_id, position)) WITHOUT ROWID"),
                   QStringLiteral("CREATE TABLE routine_sessions ("
                                  " id INTEGER PRIMARY KEY,"
                                  " started_at TEXT NOT NULL,"
                                  " started_utc INTEGER NOT NULL,"
                                  " local_date TEXT NOT NULL,"
                                  " duration_s INTEGER NOT NULL CHECK (duration_s BETWEEN 0 AND 86400),"
                                  " routine_id TEXT NOT NULL,"
                                  " routine_name TEXT NOT NULL,"
                                  " completed TEXT NOT NULL DEFAULT '',"
                                  " planned INTEGER NOT NULL CHECK (planned >= 0),"
                                  " finished INTEGER NOT NULL CHECK (finished IN (0, 1)))"),
                   QStringLiteral("CREATE INDEX routine_sessions_started ON routine_sessions (started_utc)"),
                   QStringLiteral("CREATE INDEX routine_sessions_day ON routine_sessions (local_date)"),
               },
               error);
}

// Version 5: running totals of the episodes per day and per month (diary/Summaries.h), counted
// here once from the episodes and kept by every write from then on, so that the statistics of
// a whole diary read a few thousand rows instead of every episode.
bool createVersion5(QSqlDatabase db, QString *error)
{
    return createSummaries(db, error);
}

} // namespace

bool migrate(QSqlDatabase db, int fromVersion, int toVersion, QString *error)
{
    if (fromVersion < 1 && toVersion >= 1 && !createVersion1(db, error))
        return false;
    if (fromVersion < 2 && toVersion >= 2 && !createVersion2(db, error))
        return false;
    if (fromVersion < 3 && toVersion >= 3 && !createVersion3(db, error))
        return false;
    if (fromVersion < 4 && toVersion >= 4 && !createVersion4(db, error))
        return false;
    if (fromVersion < 5 && toVersion >= 5 && !createVersion5(db, error))
        return false;
    return run(db,
               {QStringLiteral("PRAGMA user_version = %1").arg(toVersion),
                QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)},
               error);
}

} // namespace legcare::diary::detail
