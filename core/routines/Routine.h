#pragma once

#include "kb/Model.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::routines {

// A stretching routine as the person sees it: one of the knowledge base's built-in routines, or
// one of their own ("custom") kept in the diary's database. Everything that shows, plays, prints
// or stores a routine works on this one type.
struct Routine {
    QString id;                // the knowledge base's id, or customKey(customId) ("custom-12")
    qint64 customId = 0;       // the database row of a custom routine; 0 for a built-in one
    kb::LocalizedText name;    // a custom routine's name is the same text in every language
    kb::LocalizedText purpose; // empty for a custom routine
    kb::LocalizedText when;    // empty for a custom routine
    QList<kb::RoutineItem> items;

    bool isCustom() const { return customId > 0; }
};

// Limits of what a routine may ask for (the editor's spin boxes and the store's checks).
inline constexpr int kMaxNameLength = 80;
inline constexpr int kMaxItems = 30;
inline constexpr int kMaxHoldSeconds = 300;
inline constexpr int kMaxRepetitions = 50;

// "custom-12" for the custom routine with row id 12, and back.
QString customKey(qint64 customId);
std::optional<qint64> parseCustomKey(const QString &id);

// A built-in routine of the knowledge base.
Routine fromKnowledgeBase(const kb::Routine &routine);

// A custom routine with one name for every language.
Routine customRoutine(qint64 customId, const QString &name, const QList<kb::RoutineItem> &items);

// A played routine, for the diary: when, which routine, what was done. The name is kept as it was
// then, so that the history reads right after a custom routine is renamed or deleted.
struct Session {
    qint64 id = 0;                  // 0 until stored
    QDateTime startedAt;            // with the offset it was played in
    int durationSeconds = 0;        // from start to finish or stop, pauses excluded
    QString routineId;              // Routine::id at the time
    QString routineName;            // in the language it was played in
    QStringList completedExercises; // exercise ids done to the end, in the order done
    int plannedExercises = 0;       // items in the routine
    bool finished = false;          // reached the end (false: stopped early)
};

} // namespace legcare::routines
