#pragma once

#include "diary/Episode.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Running totals of the episodes (schema v5), so that the statistics of a long period read a
// few thousand rows rather than every episode:
// - episode_days: per local day, the episodes, the sum of their severities and the worst;
// - episode_months: per local month ("2026-11"), dimension and value, the episodes. The
//   dimensions are what the statistics break down by; triggers and reliefs count their stored
//   ';'-joined combination, which the statistics split.
// Every write of episodes updates them in its own transaction through a SummaryChange, so they
// are always exactly what the episodes add up to (summaryMismatches() checks it).
namespace legcare::diary::detail {

enum class Dimension { Location = 0, Side = 1, Context = 2, Hour = 3, Triggers = 4, Reliefs = 5 };

// Creates the two tables and fills them from the episodes (the migration to v5).
bool createSummaries(QSqlDatabase db, QString *error);

// What is wrong with the totals, one line per differing row; empty when they agree.
QStringList summaryMismatches(QSqlDatabase db);

// The totals' side of one write transaction: say what is added and what is removed, write the
// episodes, then apply().
class SummaryChange final
{
public:
    explicit SummaryChange(QSqlDatabase db);

    // An episode that is (or is about to be) written as a new row or as a row's new content.
    void added(const Episode &episode);
    // The stored row id, before it is deleted or replaced. False (and *error) if it cannot be
    // read; a row that does not exist is no error (nothing to take away).
    bool removing(qint64 id, QString *error);
    // Writes the changes, in the caller's transaction, after the episodes are written.
    bool apply(QString *error);

private:
    struct DayTotal {
        int episodes = 0;
        int severitySum = 0;
        int severityMax = 0;
    };

    QSqlDatabase m_db;
    QHash<qint64, DayTotal> m_addedDays; // by Julian day; days only added to grow by these
    QSet<QString> m_recountedDays;       // days that lose an episode ("2026-11-20"): counted again
    QHash<quint64, int> m_months;        // episodes added per month, dimension and value (monthKey())
    qint64 m_lastDay = -1;               // the month of the last day seen: imports come in order
    quint64 m_lastMonth = 0;
};

} // namespace legcare::diary::detail
