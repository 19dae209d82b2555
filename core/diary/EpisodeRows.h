#pragma once

#include "diary/DiaryStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

// How an episode maps to a row of the episodes table, shared by the store's reads and writes.
namespace legcare::diary::detail {

// The columns episodeFromRow() reads, in its order.
extern const QString kEpisodeColumns;

// A null QString binds as SQL NULL; text columns hold text, empty when there is none.
QVariant textValue(const QString &text);

// "2026-11-20" and "2026-11-20T03:15:00+08:00" (or "...Z"): the wall-clock time with the offset
// it was logged in. Written without QDateTime::toString, whose printf formatting dominated the
// cost of a bulk import.
QString isoDate(const QDate &date);
QString isoDateTime(const QDateTime &when);

Episode episodeFromRow(const QSqlQuery &query);

// What the statistics count an episode by (diary/Summaries.h), as numbers that are cheap to
// make and to hash for every episode of a bulk import; countedText() gives the text the row
// stores for each.
struct CountedValues {
    qint64 localDay = 0; // Julian day number of local_date
    int hour = 0;        // local_minute / 60
    int severity = 0;
    int location = 0;  // kb::Location
    int side = 0;      // Side
    int context = -1;  // Context, or -1 for none
    int triggers = 0;  // bit (1 << Trigger) for each trigger
    int reliefs = 0;   // bit (1 << Relief) for each relief
};
CountedValues countedValues(const Episode &episode);
// The text the episodes table stores for a value of CountedValues: the ids (joined by ';' for
// triggers and reliefs, empty for no context) or the hour's number. dimension is a
// Summaries.h Dimension.
QString countedText(int dimension, int value);

// WHERE clause (with a leading space, or empty) and its values for a filter.
QString whereClause(const EpisodeFilter &filter, QVariantList *values);

// Adds the episodes, in order, as new rows (new ids), many rows to a statement: SQLite sets
// every statement up anew (its cursors, the lookup table of the side column's CHECK), which
// made one INSERT per row cost most of a bulk import. Every episode must have passed validate().
// The caller holds the transaction and gives it up on failure (SQLite may have rolled it back).
bool insertEpisodes(QSqlDatabase db, const QList<const Episode *> &episodes, QString *error);

// Writes episodes with one statement prepared once, so that a bulk import costs one SQLite
// step per row rather than a prepare per row.
class EpisodeWriter
{
public:
    explicit EpisodeWriter(QSqlDatabase db);

    // Inserts the episode (with its own id when explicitId); returns its id.
    std::optional<qint64> insert(const Episode &episode, bool explicitId, QString *error);

    // Binds the episode's columns in the order of the INSERT, from position first on (the
    // UPDATE of the store uses the same order).
    static void bindEpisode(QSqlQuery &query, const Episode &episode, int first);

private:
    QSqlQuery m_insert;
    bool m_prepared = false;
};

} // namespace legcare::diary::detail
