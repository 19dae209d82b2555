#include "routines/Timing.h"

#include "kb/KnowledgeBase.h"

namespace legcare::routines {

int restSeconds(int holdSeconds)
{
    return holdSeconds >= 15 ? 5 : 2;
}

QList<Phase> itemPhases(const kb::RoutineItem &item, int index, const kb::Exercise &exercise)
{
    QList<Phase> result;
    const QList<Side> sides = exercise.perSide ? QList<Side>{Side::Left, Side::Right}
                                               : QList<Side>{Side::None};
    const int repetitions = qMax(1, item.repetitions);
    for (const Side side : sides) {
        result.append({PhaseKind::GetReady, index, side, 0, repetitions, kGetReadySeconds});
        if (item.holdSeconds <= 0) {
            result.append({PhaseKind::Move, index, side, 0, repetitions,
                           repetitions * kSecondsPerMovingRepetition});
            continue;
        }
        for (int repetition = 1; repetition <= repetitions; ++repetition) {
            result.append({PhaseKind::Hold, index, side, repetition, repetitions, item.holdSeconds});
            if (repetition < repetitions)
                result.append({PhaseKind::Rest, index, side, repetition, repetitions,
                               restSeconds(item.holdSeconds)});
        }
    }
    return result;
}

QList<Phase> phases(const Routine &routine, const kb::KnowledgeBase &kb)
{
    QList<Phase> result;
    for (qsizetype i = 0; i < routine.items.size(); ++i) {
        const kb::RoutineItem &item = routine.items.at(i);
        if (const kb::Exercise *exercise = kb.exercise(item.exerciseId))
            result.append(itemPhases(item, int(i), *exercise));
    }
    return result;
}

int itemSeconds(const kb::RoutineItem &item, const kb::Exercise &exercise)
{
    int total = 0;
    for (const Phase &phase : itemPhases(item, 0, exercise))
        total += phase.seconds;
    return total;
}

int totalSeconds(const Routine &routine, const kb::KnowledgeBase &kb)
{
    int total = 0;
    for (const Phase &phase : phases(routine, kb))
        total += phase.seconds;
    return total;
}

QString DurationText::format(int seconds)
{
    seconds = qMax(0, seconds);
    const int minutes = seconds / 60;
    const int rest = seconds % 60;
    if (minutes == 0)
        return tr("%1 s").arg(rest);
    if (rest == 0)
        return tr("%1 min").arg(minutes);
    return tr("%1 min %2 s").arg(minutes).arg(rest);
}

} // namespace legcare::routines
