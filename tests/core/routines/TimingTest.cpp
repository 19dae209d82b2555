#include "kb/KnowledgeBase.h"
#include "kb/Loader.h"
#include "routines/Timing.h"

#include <gtest/gtest.h>

using namespace legcare::routines;
using legcare::kb::KnowledgeBase;
using legcare::kb::Loader;
using legcare::kb::LoadResult;
using legcare::kb::RoutineItem;

namespace {

const KnowledgeBase &bundled()
{
    static const LoadResult result = Loader::load();
    EXPECT_TRUE(result.ok());
    return *result.knowledgeBase;
}

Routine builtIn(const char *id)
{
    const legcare::kb::Routine *routine = bundled().routine(QString::fromLatin1(id));
    EXPECT_NE(routine, nullptr) << id;
    return routine ? fromKnowledgeBase(*routine) : Routine{};
}

const legcare::kb::Exercise &exercise(const char *id)
{
    const legcare::kb::Exercise *found = bundled().exercise(QString::fromLatin1(id));
    EXPECT_NE(found, nullptr) << id;
    static const legcare::kb::Exercise none;
    return found ? *found : none;
}

RoutineItem item(const char *exerciseId, int holdSeconds, int repetitions)
{
    return RoutineItem{QString::fromLatin1(exerciseId), holdSeconds, repetitions};
}

// A compact picture of phases: "G5 L, H30 L1, R5 L1, M30 R, ...".
QString describe(const QList<Phase> &phases)
{
    QStringList result;
    for (const Phase &phase : phases) {
        QString text;
        switch (phase.kind) {
        case PhaseKind::GetReady: text = QStringLiteral("G"); break;
        case PhaseKind::Hold: text = QStringLiteral("H"); break;
        case PhaseKind::Rest: text = QStringLiteral("R"); break;
        case PhaseKind::Move: text = QStringLiteral("M"); break;
        }
        text += QString::number(phase.seconds);
        const QString side = phase.side == Side::Left    ? QStringLiteral("L")
                             : phase.side == Side::Right ? QStringLiteral("R")
                                                         : QString();
        if (!side.isEmpty() || phase.repetition > 0)
            text += QLatin1Char(' ') + side;
        if (phase.repetition > 0)
            text += QString::number(phase.repetition);
        result.append(text);
    }
    return result.join(QStringLiteral(", "));
}

} // namespace

TEST(Timing, RestIsLongerAfterLongHolds)
{
    EXPECT_EQ(restSeconds(2), 2);
    EXPECT_EQ(restSeconds(5), 2);
    EXPECT_EQ(restSeconds(14), 2);
    EXPECT_EQ(restSeconds(15), 5);
    EXPECT_EQ(restSeconds(30), 5);
}

TEST(Timing, PerSideHeldExerciseUnrollsLeftThenRight)
{
    // calf_stretch is done per side; the bedtime routine holds it 30 s twice.
    ASSERT_TRUE(exercise("calf_stretch").perSide);
    const QList<Phase> phases
        = itemPhases(item("calf_stretch", 30, 2), 3, exercise("calf_stretch"));
    EXPECT_EQ(describe(phases),
              QStringLiteral("G5 L, H30 L1, R5 L1, H30 L2, G5 R, H30 R1, R5 R1, H30 R2"));
    for (const Phase &phase : phases) {
        EXPECT_EQ(phase.item, 3);
        EXPECT_EQ(phase.repetitions, 2);
    }
    EXPECT_EQ(itemSeconds(item("calf_stretch", 30, 2), exercise("calf_stretch")),
              2 * (5 + 30 + 5 + 30));
}

TEST(Timing, HeldExerciseWithoutSidesHasOneGetReady)
{
    // Short holds get the short rest: 5 + 3 * 5 + 2 * 2.
    const QList<Phase> phases
        = itemPhases(item("prone_back_extension", 5, 3), 0, exercise("prone_back_extension"));
    EXPECT_EQ(describe(phases), QStringLiteral("G5, H5 1, R2 1, H5 2, R2 2, H5 3"));
    EXPECT_EQ(itemSeconds(item("prone_back_extension", 5, 3), exercise("prone_back_extension")),
              24);
}

TEST(Timing, MovingExerciseIsOnePacedPhasePerSide)
{
    ASSERT_EQ(exercise("leg_swings").holdSeconds, 0);
    ASSERT_TRUE(exercise("leg_swings").perSide);
    const QList<Phase> phases = itemPhases(item("leg_swings", 0, 10), 0, exercise("leg_swings"));
    EXPECT_EQ(describe(phases), QStringLiteral("G5 L, M30 L, G5 R, M30 R"));
    EXPECT_EQ(phases.at(1).repetitions, 10);
    EXPECT_EQ(phases.at(1).repetition, 0);
    EXPECT_EQ(itemSeconds(item("leg_swings", 0, 10), exercise("leg_swings")), 70);
}

TEST(Timing, AtLeastOneRepetition)
{
    EXPECT_EQ(describe(itemPhases(item("bridge", 12, 0), 0, exercise("bridge"))),
              QStringLiteral("G5, H12 1"));
}

TEST(Timing, BuiltInRoutinesByHand)
{
    // bedtime: heel_raise 5 + 10*2 + 9*2 = 43, ankle_dorsiflexion 5 + 10*5 + 9*2 = 73,
    // foam_roll_calf (moving, per side) 2*(5 + 30) = 70, calf and hamstring 140 each.
    EXPECT_EQ(totalSeconds(builtIn("bedtime_cramp_prevention"), bundled()),
              43 + 73 + 70 + 140 + 140);
    // butterfly 5 + 3*30 + 2*5 = 105, adductor per side 210, bridge 5 + 8*12 + 7*2 = 115.
    EXPECT_EQ(totalSeconds(builtIn("inner_thigh_groin"), bundled()), 105 + 210 + 115);
    // bridge 115, prone_back_extension 5 + 5*5 + 4*2 = 38.
    EXPECT_EQ(totalSeconds(builtIn("lower_back_leg_root"), bundled()), 115 + 38);
    // leg_swings 70, quad and hamstring 140 each, butterfly 5 + 2*30 + 5 = 70.
    EXPECT_EQ(totalSeconds(builtIn("warm_up_cool_down"), bundled()), 70 + 140 + 140 + 70);
}

TEST(Timing, RoutinePhasesCarryTheirItemIndex)
{
    const Routine routine = builtIn("bedtime_cramp_prevention");
    const QList<Phase> all = phases(routine, bundled());
    ASSERT_EQ(all.size(), 20 + 20 + 4 + 8 + 8);
    EXPECT_EQ(all.first().item, 0);
    EXPECT_EQ(all.last().item, 4);
    int sum = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        sum += all.at(i).seconds;
        if (i > 0) {
            EXPECT_GE(all.at(i).item, all.at(i - 1).item);
        }
    }
    EXPECT_EQ(sum, totalSeconds(routine, bundled()));
    // calf_stretch is item 3: its phases are the 8 of the per-side hold above.
    const qsizetype calfStart = 20 + 20 + 4;
    EXPECT_EQ(all.at(calfStart).item, 3);
    EXPECT_EQ(all.at(calfStart).side, Side::Left);
    EXPECT_EQ(all.at(calfStart + 4).side, Side::Right);
}

TEST(Timing, UnknownExercisesAreLeftOut)
{
    const Routine routine = customRoutine(
        7, QStringLiteral("Mine"),
        {item("no_such_exercise", 30, 2), item("bridge", 12, 1), item("gone_too", 0, 5)});
    const QList<Phase> all = phases(routine, bundled());
    EXPECT_EQ(describe(all), QStringLiteral("G5, H12 1"));
    EXPECT_EQ(all.at(0).item, 1);
    EXPECT_EQ(totalSeconds(routine, bundled()), 17);
    EXPECT_TRUE(phases(customRoutine(8, QStringLiteral("Empty"), {}), bundled()).isEmpty());
    EXPECT_EQ(totalSeconds(customRoutine(8, QStringLiteral("Empty"), {}), bundled()), 0);
}

TEST(Timing, DurationText)
{
    EXPECT_EQ(DurationText::format(0), QStringLiteral("0 s"));
    EXPECT_EQ(DurationText::format(45), QStringLiteral("45 s"));
    EXPECT_EQ(DurationText::format(60), QStringLiteral("1 min"));
    EXPECT_EQ(DurationText::format(120), QStringLiteral("2 min"));
    EXPECT_EQ(DurationText::format(466), QStringLiteral("7 min 46 s"));
    EXPECT_EQ(DurationText::format(3601), QStringLiteral("60 min 1 s"));
    EXPECT_EQ(DurationText::format(-5), QStringLiteral("0 s"));
}
