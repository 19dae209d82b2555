#pragma once

#include "routines/Routine.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace legcare::diary {
class DiaryStore;
}

namespace legcare::routines {

// The person's own routines and the history of played routines, kept in the diary's SQLite
// database (schema v4: tables custom_routines, custom_routine_items, routine_sessions) on the
// diary's own connection, with the diary's rules: BEGIN IMMEDIATE writes, every step checked,
// values bound. Errors are translated and name the routine or session.
//
// Refers to the DiaryStore, which must outlive it. Not thread-safe, like the DiaryStore.
class RoutineStore final
{
    Q_DECLARE_TR_FUNCTIONS(RoutineStore)

public:
    explicit RoutineStore(diary::DiaryStore &diary);

    // Custom routines, by name (case-insensitive), then id.
    QList<Routine> customRoutines() const;
    std::optional<Routine> customRoutine(qint64 customId) const;

    // Creates a routine; returns its customId. The name is trimmed and must be 1–kMaxNameLength
    // characters; at most kMaxItems items, each with a hold of 0–kMaxHoldSeconds and
    // 1–kMaxRepetitions repetitions. An empty routine is allowed (the person fills it next).
    std::optional<qint64> createRoutine(const QString &name, const QList<kb::RoutineItem> &items,
                                        QString *error);
    // Replaces the name and the items (in order) of routine.customId.
    bool saveRoutine(const Routine &routine, QString *error);
    bool deleteRoutine(qint64 customId, QString *error);
    // Puts a deleted routine back with its old id (undo of a delete).
    bool restoreRoutine(const Routine &routine, QString *error);

    // Records a played routine; returns its id.
    std::optional<qint64> recordSession(const Session &session, QString *error);
    // Sessions whose local start date lies in [from, to] (both optional), newest first.
    QList<Session> sessions(std::optional<QDate> from = std::nullopt,
                            std::optional<QDate> to = std::nullopt) const;

private:
    QSqlDatabase database() const;

    diary::DiaryStore &m_diary;
};

} // namespace legcare::routines
