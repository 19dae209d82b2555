#pragma once

#include "routines/Routine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::routines {

enum class Side { None, Left, Right };

// One timed stretch of a played routine. A routine unrolls into phases: for each exercise, for
// each side (left, then right, when the exercise is done per side): a get-ready countdown, then
// each repetition, held for its hold time with a short rest between held repetitions. An exercise
// without a hold (a movement such as leg swings) is one paced phase for all its repetitions.
enum class PhaseKind {
    GetReady, // move into position
    Hold,     // hold the stretch (one repetition)
    Rest,     // relax between two held repetitions
    Move,     // do the repetitions of a moving exercise at an easy pace
};

struct Phase {
    PhaseKind kind = PhaseKind::GetReady;
    int item = 0;        // index into Routine::items
    Side side = Side::None;
    int repetition = 0;  // 1-based for Hold and for the Rest after it; 0 otherwise
    int repetitions = 0; // of this item (per side)
    int seconds = 0;
};

// The pacing rules, in one place for the player, the viewer's total time and the printout.
inline constexpr int kGetReadySeconds = 5;
inline constexpr int kSecondsPerMovingRepetition = 3;
int restSeconds(int holdSeconds); // between two held repetitions: 5 s after long holds, else 2 s

// The phases of a routine in the order they are played. Items whose exercise the knowledge base
// does not hold are left out (a custom routine may outlive an exercise).
QList<Phase> phases(const Routine &routine, const kb::KnowledgeBase &kb);
// The phases of one item of a routine.
QList<Phase> itemPhases(const kb::RoutineItem &item, int index, const kb::Exercise &exercise);

// How long a routine or one of its items takes to play, in seconds.
int totalSeconds(const Routine &routine, const kb::KnowledgeBase &kb);
int itemSeconds(const kb::RoutineItem &item, const kb::Exercise &exercise);

// "8 min 30 s", "45 s" (translated).
class DurationText final
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    static QString format(int seconds);
};

} // namespace legcare::routines
