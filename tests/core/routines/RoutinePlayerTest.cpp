#include "kb/KnowledgeBase.h"
#include "kb/Loader.h"
#include "routines/RoutinePlayer.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace legcare::routines;
using legcare::i18n::Language;
using legcare::kb::KnowledgeBase;
using legcare::kb::Loader;
using legcare::kb::LoadResult;
using legcare::kb::RoutineItem;
using State = RoutinePlayer::State;

namespace {

const KnowledgeBase &bundled()
{
    static const LoadResult result = Loader::load();
    EXPECT_TRUE(result.ok());
    return *result.knowledgeBase;
}

RoutineItem item(const char *exerciseId, int holdSeconds, int repetitions)
{
    return RoutineItem{QString::fromLatin1(exerciseId), holdSeconds, repetitions};
}

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *id : list)
        result.append(QString::fromLatin1(id));
    return result;
}

// A player on a clock the test moves by hand.
class RoutinePlayerTest : public ::testing::Test
{
protected:
    RoutinePlayer &play(Routine routine)
    {
        m_player = std::make_unique<RoutinePlayer>(std::move(routine), bundled(),
                                                   [this] { return m_now; });
        m_phaseSpy = std::make_unique<QSignalSpy>(m_player.get(), &RoutinePlayer::phaseChanged);
        m_stateSpy = std::make_unique<QSignalSpy>(m_player.get(), &RoutinePlayer::stateChanged);
        m_finishedSpy = std::make_unique<QSignalSpy>(m_player.get(), &RoutinePlayer::finished);
        return *m_player;
    }

    // Moves the clock and lets the player catch up.
    void advance(qint64 ms)
    {
        m_now += ms;
        m_player->update();
    }

    // Moves the clock in small steps, updating after each, as the GUI's timer would.
    void advanceInSteps(qint64 ms, qint64 step = 100)
    {
        for (qint64 done = 0; done < ms; done += step)
            advance(qMin(step, ms - done));
    }

    // The index of the first phase of an item.
    int firstPhaseOf(int item) const
    {
        const QList<Phase> &phases = m_player->phases();
        for (qsizetype i = 0; i < phases.size(); ++i) {
            if (phases.at(i).item == item)
                return int(i);
        }
        return -1;
    }

    qint64 itemMs(int item) const
    {
        qint64 total = 0;
        for (const Phase &phase : m_player->phases()) {
            if (phase.item == item)
                total += qint64(phase.seconds) * 1000;
        }
        return total;
    }

    QList<int> phaseSignals() const
    {
        QList<int> result;
        for (const QList<QVariant> &arguments : *m_phaseSpy)
            result.append(arguments.at(0).toInt());
        return result;
    }

    QList<State> stateSignals() const
    {
        QList<State> result;
        for (const QList<QVariant> &arguments : *m_stateSpy)
            result.append(arguments.at(0).value<State>());
        return result;
    }

    qint64 m_now = 1'000'000; // any origin
    std::unique_ptr<RoutinePlayer> m_player;
    std::unique_ptr<QSignalSpy> m_phaseSpy;
    std::unique_ptr<QSignalSpy> m_stateSpy;
    std::unique_ptr<QSignalSpy> m_finishedSpy;
};

// calf_stretch (per side, 30 s x 2), heel_raise (2 s x 3), bridge (12 s x 2).
Routine threeItems()
{
    return customRoutine(
        3, QStringLiteral("Three"),
        {item("calf_stretch", 30, 2), item("heel_raise", 2, 3), item("bridge", 12, 2)});
}

} // namespace

TEST_F(RoutinePlayerTest, PlaysEveryBuiltInRoutineToTheEndInItsExactTime)
{
    for (const legcare::kb::Routine &builtIn : bundled().routines()) {
        SCOPED_TRACE(builtIn.id.toStdString());
        const Routine routine = fromKnowledgeBase(builtIn);
        const int total = totalSeconds(routine, bundled());
        RoutinePlayer &player = play(routine);
        EXPECT_EQ(player.state(), State::Ready);
        EXPECT_EQ(player.phaseIndex(), -1);
        EXPECT_EQ(player.currentPhase(), nullptr);
        EXPECT_EQ(player.remainingTotalSeconds(), total);

        player.start();
        EXPECT_EQ(player.state(), State::Running);
        EXPECT_EQ(player.remainingTotalSeconds(), total);
        advanceInSteps(qint64(total) * 1000 - 1, 250);
        EXPECT_EQ(player.state(), State::Running);
        EXPECT_EQ(player.phaseIndex(), player.phases().size() - 1);
        EXPECT_EQ(player.remainingMs(), 1);
        EXPECT_EQ(player.remainingTotalSeconds(), 1);
        advance(1);
        EXPECT_EQ(player.state(), State::Finished);
        EXPECT_EQ(player.phaseIndex(), -1);
        EXPECT_EQ(player.remainingMs(), 0);
        EXPECT_EQ(player.remainingTotalSeconds(), 0);

        // One phaseChanged per phase, in order.
        QList<int> expected;
        for (int i = 0; i < player.phases().size(); ++i)
            expected.append(i);
        EXPECT_EQ(phaseSignals(), expected);
        EXPECT_EQ(stateSignals(), (QList<State>{State::Running, State::Finished}));
        EXPECT_EQ(m_finishedSpy->count(), 1);

        const RoutinePlayer::Summary summary = player.summary();
        QStringList all;
        for (const RoutineItem &entry : routine.items)
            all.append(entry.exerciseId);
        EXPECT_EQ(summary.completedExercises, all);
        EXPECT_TRUE(summary.skippedExercises.isEmpty());
        EXPECT_EQ(summary.activeMs, qint64(total) * 1000);
        EXPECT_TRUE(summary.finished);

        // Nothing moves after the end.
        advance(60'000);
        player.pause();
        player.skip();
        player.back();
        player.stop();
        EXPECT_EQ(player.state(), State::Finished);
        EXPECT_EQ(m_stateSpy->count(), 2);
        EXPECT_EQ(player.summary().activeMs, qint64(total) * 1000);
    }
}

TEST_F(RoutinePlayerTest, PerSideHoldPhasesInOrder)
{
    RoutinePlayer &player
        = play(customRoutine(1, QStringLiteral("Calf"), {item("calf_stretch", 30, 2)}));
    struct Expected {
        PhaseKind kind;
        Side side;
        int repetition;
        int seconds;
    };
    const QList<Expected> expected{
        {PhaseKind::GetReady, Side::Left, 0, 5}, {PhaseKind::Hold, Side::Left, 1, 30},
        {PhaseKind::Rest, Side::Left, 1, 5},     {PhaseKind::Hold, Side::Left, 2, 30},
        {PhaseKind::GetReady, Side::Right, 0, 5}, {PhaseKind::Hold, Side::Right, 1, 30},
        {PhaseKind::Rest, Side::Right, 1, 5},     {PhaseKind::Hold, Side::Right, 2, 30},
    };
    player.start();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(i);
        ASSERT_EQ(player.phaseIndex(), i);
        const Phase *phase = player.currentPhase();
        ASSERT_NE(phase, nullptr);
        EXPECT_EQ(phase->kind, expected.at(i).kind);
        EXPECT_EQ(phase->side, expected.at(i).side);
        EXPECT_EQ(phase->repetition, expected.at(i).repetition);
        EXPECT_EQ(phase->repetitions, 2);
        EXPECT_EQ(phase->item, 0);
        EXPECT_EQ(player.remainingMs(), expected.at(i).seconds * 1000);
        advance(expected.at(i).seconds * 1000);
    }
    EXPECT_EQ(player.state(), State::Finished);
    EXPECT_EQ(player.summary().activeMs, 140'000);
}

TEST_F(RoutinePlayerTest, MovingExercisePhasesInOrder)
{
    RoutinePlayer &player
        = play(customRoutine(1, QStringLiteral("Swings"), {item("leg_swings", 0, 10)}));
    player.start();
    const QList<std::pair<PhaseKind, Side>> expected{{PhaseKind::GetReady, Side::Left},
                                                     {PhaseKind::Move, Side::Left},
                                                     {PhaseKind::GetReady, Side::Right},
                                                     {PhaseKind::Move, Side::Right}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(i);
        ASSERT_NE(player.currentPhase(), nullptr);
        EXPECT_EQ(player.currentPhase()->kind, expected.at(i).first);
        EXPECT_EQ(player.currentPhase()->side, expected.at(i).second);
        const int seconds = expected.at(i).first == PhaseKind::Move ? 30 : 5;
        EXPECT_EQ(player.remainingMs(), seconds * 1000);
        advance(seconds * 1000);
    }
    EXPECT_EQ(player.state(), State::Finished);
    EXPECT_EQ(player.summary().completedExercises, ids({"leg_swings"}));
}

TEST_F(RoutinePlayerTest, LateUpdateCatchesUpExactly)
{
    // heel_raise 2 s x 10: get ready 0-5 s, hold 5-7, rest 7-9, hold 9-11, rest 11-13, ...
    RoutinePlayer &player
        = play(customRoutine(1, QStringLiteral("Heels"), {item("heel_raise", 2, 10)}));
    player.start();
    m_phaseSpy->clear();
    advance(12'500);
    EXPECT_EQ(player.phaseIndex(), 4);
    EXPECT_EQ(player.currentPhase()->kind, PhaseKind::Rest);
    EXPECT_EQ(player.currentPhase()->repetition, 2);
    EXPECT_EQ(player.remainingMs(), 500);
    EXPECT_EQ(phaseSignals(), (QList<int>{1, 2, 3, 4}));
    // 43 s in all: 30.5 s left, shown as 31.
    EXPECT_EQ(player.remainingTotalSeconds(), 31);

    // The time left reads right even before the next update.
    m_now += 300;
    EXPECT_EQ(player.remainingMs(), 200);
    m_now += 700; // past the end of the rest, no update yet
    EXPECT_EQ(player.remainingMs(), 0);
    EXPECT_EQ(player.remainingTotalSeconds(), 30);
    player.update();
    EXPECT_EQ(player.phaseIndex(), 5);
    EXPECT_EQ(player.remainingMs(), 1500);
}

TEST_F(RoutinePlayerTest, VeryLateUpdateFinishesWithTheRoutinesOwnTime)
{
    const Routine routine = threeItems();
    const int total = totalSeconds(routine, bundled());
    RoutinePlayer &player = play(routine);
    player.start();
    advance(10'000'000);
    EXPECT_EQ(player.state(), State::Finished);
    EXPECT_EQ(m_phaseSpy->count(), player.phases().size());
    EXPECT_EQ(player.summary().activeMs, qint64(total) * 1000);
    EXPECT_EQ(player.summary().completedExercises, ids({"calf_stretch", "heel_raise", "bridge"}));
    EXPECT_EQ(m_finishedSpy->count(), 1);
}

TEST_F(RoutinePlayerTest, PauseFreezesTime)
{
    const Routine routine = threeItems();
    const int total = totalSeconds(routine, bundled());
    RoutinePlayer &player = play(routine);
    player.pause(); // not running yet
    player.resume();
    EXPECT_EQ(player.state(), State::Ready);

    player.start();
    advance(3'000);
    player.pause();
    EXPECT_EQ(player.state(), State::Paused);
    player.pause();
    m_now += 100'000;
    EXPECT_EQ(player.remainingMs(), 2'000);
    EXPECT_EQ(player.remainingTotalSeconds(), total - 3);
    player.update();
    EXPECT_EQ(player.phaseIndex(), 0);
    EXPECT_EQ(player.remainingMs(), 2'000);
    EXPECT_EQ(player.summary().activeMs, 3'000);

    player.resume();
    EXPECT_EQ(player.state(), State::Running);
    player.resume();
    advance(1'999);
    EXPECT_EQ(player.phaseIndex(), 0);
    EXPECT_EQ(player.remainingMs(), 1);
    advance(1);
    EXPECT_EQ(player.phaseIndex(), 1);
    EXPECT_EQ(player.remainingMs(), 30'000);
    EXPECT_EQ(player.summary().activeMs, 5'000);
    EXPECT_EQ(stateSignals(), (QList<State>{State::Running, State::Paused, State::Running}));
}

TEST_F(RoutinePlayerTest, PauseCatchesUpFirst)
{
    RoutinePlayer &player = play(threeItems());
    player.start();
    m_now += 6'000; // one second into the first hold, no update yet
    player.pause();
    EXPECT_EQ(player.phaseIndex(), 1);
    m_now += 60'000;
    EXPECT_EQ(player.remainingMs(), 29'000);
}

TEST_F(RoutinePlayerTest, SkipGoesToTheNextExercise)
{
    RoutinePlayer &player = play(threeItems());
    player.skip(); // not started
    EXPECT_EQ(player.state(), State::Ready);
    player.start();
    advance(20'000);
    player.skip();
    EXPECT_EQ(player.phaseIndex(), firstPhaseOf(1));
    EXPECT_EQ(player.currentPhase()->item, 1);
    EXPECT_EQ(player.currentPhase()->kind, PhaseKind::GetReady);
    EXPECT_EQ(player.remainingMs(), 5'000);
    EXPECT_EQ(phaseSignals().last(), firstPhaseOf(1));
    EXPECT_EQ(player.summary().skippedExercises, ids({"calf_stretch"}));

    // heel_raise plays to its end.
    advance(itemMs(1));
    EXPECT_EQ(player.phaseIndex(), firstPhaseOf(2));
    EXPECT_EQ(player.summary().completedExercises, ids({"heel_raise"}));

    // Skipping the last exercise reaches the end.
    advance(1'000);
    player.skip();
    EXPECT_EQ(player.state(), State::Finished);
    EXPECT_EQ(m_finishedSpy->count(), 1);
    const RoutinePlayer::Summary summary = player.summary();
    EXPECT_TRUE(summary.finished);
    EXPECT_EQ(summary.completedExercises, ids({"heel_raise"}));
    EXPECT_EQ(summary.skippedExercises, ids({"calf_stretch", "bridge"}));
    EXPECT_EQ(summary.activeMs, 20'000 + itemMs(1) + 1'000);
}

TEST_F(RoutinePlayerTest, SkipWhilePausedStaysPaused)
{
    RoutinePlayer &player = play(threeItems());
    player.start();
    advance(7'000);
    player.pause();
    player.skip();
    EXPECT_EQ(player.state(), State::Paused);
    EXPECT_EQ(player.phaseIndex(), firstPhaseOf(1));
    m_now += 50'000;
    EXPECT_EQ(player.remainingMs(), 5'000);
    player.resume();
    advance(5'000);
    EXPECT_EQ(player.phaseIndex(), firstPhaseOf(1) + 1);
}

TEST_F(RoutinePlayerTest, BackRestartsTheExerciseOrGoesToThePreviousOne)
{
    RoutinePlayer &player = play(threeItems());
    player.back(); // not started
    EXPECT_EQ(player.state(), State::Ready);
    player.start();

    // At the very start, back restarts the first exercise: there is none before it.
    advance(1'000);
    player.back();
    EXPECT_EQ(player.phaseIndex(), 0);
    EXPECT_EQ(player.remainingMs(), 5'000);

    // calf_stretch runs to its end: heel_raise begins.
    advance(itemMs(0));
    ASSERT_EQ(player.phaseIndex(), firstPhaseOf(1));
    EXPECT_EQ(player.summary().completedExercises, ids({"calf_stretch"}));

    // Within 2 s of heel_raise's start: back to calf_stretch, which no longer counts as done.
    advance(2'000);
    player.back();
    EXPECT_EQ(player.phaseIndex(), 0);
    EXPECT_TRUE(player.summary().completedExercises.isEmpty());
    EXPECT_TRUE(player.summary().skippedExercises.isEmpty());

    // More than 2 s into the get-ready: back restarts calf_stretch.
    advance(2'001);
    player.back();
    EXPECT_EQ(player.phaseIndex(), 0);
    EXPECT_EQ(player.remainingMs(), 5'000);

    // Later in the exercise (second hold on the right): back restarts it too.
    advance(itemMs(0) - 10'000);
    ASSERT_EQ(player.currentPhase()->item, 0);
    ASSERT_GT(player.phaseIndex(), 0);
    player.back();
    EXPECT_EQ(player.phaseIndex(), 0);

    // Played to the end again, calf_stretch is done once, then heel_raise.
    advance(itemMs(0) + itemMs(1));
    EXPECT_EQ(player.phaseIndex(), firstPhaseOf(2));
    EXPECT_EQ(player.summary().completedExercises, ids({"calf_stretch", "heel_raise"}));

    // Back at bridge's start returns to heel_raise; done again, it goes after calf_stretch.
    player.back();
    EXPECT_EQ(player.phaseIndex(), firstPhaseOf(1));
    EXPECT_EQ(player.summary().completedExercises, ids({"calf_stretch"}));
    advance(itemMs(1) + itemMs(2));
    EXPECT_EQ(player.state(), State::Finished);
    EXPECT_EQ(player.summary().completedExercises, ids({"calf_stretch", "heel_raise", "bridge"}));
    EXPECT_TRUE(player.summary().skippedExercises.isEmpty());
}

TEST_F(RoutinePlayerTest, BackToASkippedExerciseTakesItOffTheSkippedList)
{
    RoutinePlayer &player = play(threeItems());
    player.start();
    player.skip();
    EXPECT_EQ(player.summary().skippedExercises, ids({"calf_stretch"}));
    advance(500);
    player.back();
    EXPECT_EQ(player.phaseIndex(), 0);
    EXPECT_TRUE(player.summary().skippedExercises.isEmpty());
    advance(itemMs(0));
    EXPECT_EQ(player.summary().completedExercises, ids({"calf_stretch"}));
}

TEST_F(RoutinePlayerTest, StopEarlyGivesSummaryAndSession)
{
    Routine routine = threeItems();
    routine.name = legcare::kb::LocalizedText{QStringLiteral("Evening"), QStringLiteral("晚间")};
    RoutinePlayer &player = play(routine);
    player.stop(); // not started
    EXPECT_EQ(player.state(), State::Ready);
    EXPECT_EQ(m_finishedSpy->count(), 0);

    player.start();
    advance(itemMs(0) + 4'000); // into heel_raise's get-ready
    player.pause();
    m_now += 30'000;
    player.resume();
    advance(3'600);
    player.stop();
    EXPECT_EQ(player.state(), State::Finished);
    EXPECT_EQ(player.phaseIndex(), -1);
    EXPECT_EQ(stateSignals(), (QList<State>{State::Running, State::Paused, State::Running,
                                            State::Finished}));
    EXPECT_EQ(m_finishedSpy->count(), 1);

    const RoutinePlayer::Summary summary = player.summary();
    EXPECT_FALSE(summary.finished);
    EXPECT_EQ(summary.completedExercises, ids({"calf_stretch"}));
    EXPECT_EQ(summary.skippedExercises, ids({"heel_raise", "bridge"}));
    EXPECT_EQ(summary.activeMs, itemMs(0) + 7'600);

    // Time after the stop does not count.
    m_now += 10'000;
    EXPECT_EQ(player.summary().activeMs, itemMs(0) + 7'600);

    const QDateTime startedAt(QDate(2024, 5, 6), QTime(21, 30), Qt::OffsetFromUTC, 8 * 3600);
    const Session session = player.session(startedAt, Language::SimplifiedChinese);
    EXPECT_EQ(session.id, 0);
    EXPECT_EQ(session.startedAt, startedAt);
    EXPECT_EQ(session.routineId, QStringLiteral("custom-3"));
    EXPECT_EQ(session.routineName, QStringLiteral("晚间"));
    EXPECT_EQ(session.completedExercises, ids({"calf_stretch"}));
    EXPECT_EQ(session.plannedExercises, 3);
    EXPECT_EQ(session.durationSeconds, 140 + 8); // 147.6 s, rounded
    EXPECT_FALSE(session.finished);
    EXPECT_EQ(player.session(startedAt, Language::English).routineName, QStringLiteral("Evening"));
}

TEST_F(RoutinePlayerTest, StopWhilePaused)
{
    RoutinePlayer &player = play(threeItems());
    player.start();
    advance(1'400);
    player.pause();
    m_now += 5'000;
    player.stop();
    EXPECT_EQ(player.state(), State::Finished);
    EXPECT_EQ(player.summary().skippedExercises, ids({"calf_stretch", "heel_raise", "bridge"}));
    EXPECT_EQ(player.session(QDateTime(), Language::English).durationSeconds, 1);
}

TEST_F(RoutinePlayerTest, FinishedRoutineGivesAFinishedSession)
{
    const Routine routine = fromKnowledgeBase(
        *bundled().routine(QStringLiteral("bedtime_cramp_prevention")));
    RoutinePlayer &player = play(routine);
    player.start();
    advance(3'600'000);
    const Session session = player.session(QDateTime(), Language::English);
    EXPECT_TRUE(session.finished);
    EXPECT_EQ(session.routineId, QStringLiteral("bedtime_cramp_prevention"));
    EXPECT_EQ(session.routineName, routine.name.en);
    EXPECT_EQ(session.durationSeconds, totalSeconds(routine, bundled()));
    EXPECT_EQ(session.plannedExercises, 5);
    EXPECT_EQ(session.completedExercises.size(), 5);
}

TEST_F(RoutinePlayerTest, EmptyRoutineFinishesAtOnce)
{
    RoutinePlayer &player = play(customRoutine(2, QStringLiteral("Empty"), {}));
    EXPECT_EQ(player.remainingTotalSeconds(), 0);
    player.start();
    EXPECT_EQ(player.state(), State::Finished);
    EXPECT_EQ(stateSignals(), QList<State>{State::Finished});
    EXPECT_EQ(m_finishedSpy->count(), 1);
    EXPECT_EQ(m_phaseSpy->count(), 0);
    EXPECT_EQ(player.phaseIndex(), -1);
    EXPECT_EQ(player.currentPhase(), nullptr);
    EXPECT_EQ(player.remainingMs(), 0);
    const RoutinePlayer::Summary summary = player.summary();
    EXPECT_TRUE(summary.finished);
    EXPECT_TRUE(summary.completedExercises.isEmpty());
    EXPECT_TRUE(summary.skippedExercises.isEmpty());
    EXPECT_EQ(summary.activeMs, 0);
    EXPECT_EQ(player.session(QDateTime(), Language::English).plannedExercises, 0);
    player.start();
    EXPECT_EQ(m_stateSpy->count(), 1);
}

TEST_F(RoutinePlayerTest, OnlyUnknownExercisesIsAnEmptyRoutine)
{
    RoutinePlayer &player = play(
        customRoutine(2, QStringLiteral("Gone"), {item("retired_exercise", 30, 2)}));
    EXPECT_TRUE(player.phases().isEmpty());
    player.start();
    EXPECT_EQ(player.state(), State::Finished);
    EXPECT_EQ(m_finishedSpy->count(), 1);
    EXPECT_EQ(player.session(QDateTime(), Language::English).plannedExercises, 1);
}

TEST_F(RoutinePlayerTest, UnknownExercisesAreLeftOut)
{
    RoutinePlayer &player = play(customRoutine(
        4, QStringLiteral("Mixed"),
        {item("retired_exercise", 30, 2), item("bridge", 12, 1), item("also_gone", 0, 3)}));
    ASSERT_EQ(player.phases().size(), 2);
    EXPECT_EQ(player.phases().at(0).item, 1);
    EXPECT_EQ(player.remainingTotalSeconds(), 17);
    player.start();
    advance(17'000);
    EXPECT_EQ(player.state(), State::Finished);
    const RoutinePlayer::Summary summary = player.summary();
    EXPECT_EQ(summary.completedExercises, ids({"bridge"}));
    EXPECT_TRUE(summary.skippedExercises.isEmpty());
    EXPECT_EQ(player.session(QDateTime(), Language::English).plannedExercises, 3);
}

TEST_F(RoutinePlayerTest, SameExerciseTwiceCountsTwice)
{
    RoutinePlayer &player = play(customRoutine(
        5, QStringLiteral("Twice"),
        {item("heel_raise", 2, 2), item("bridge", 12, 1), item("heel_raise", 2, 1)}));
    player.start();
    advance(11'000 + 17'000 + 7'000);
    EXPECT_EQ(player.state(), State::Finished);
    EXPECT_EQ(player.summary().completedExercises, ids({"heel_raise", "bridge", "heel_raise"}));
}

TEST_F(RoutinePlayerTest, RemainingTotalRoundsUp)
{
    const Routine routine = threeItems();
    const int total = totalSeconds(routine, bundled());
    RoutinePlayer &player = play(routine);
    player.start();
    advance(300);
    EXPECT_EQ(player.remainingTotalSeconds(), total);
    advance(700);
    EXPECT_EQ(player.remainingTotalSeconds(), total - 1);
    advance(1);
    EXPECT_EQ(player.remainingTotalSeconds(), total - 1);
    // After a skip, the time left is what remains from the next exercise on.
    player.skip();
    EXPECT_EQ(player.remainingTotalSeconds(), total - int(itemMs(0) / 1000));
}

TEST_F(RoutinePlayerTest, SlotsMayStopThePlayerFromAPhaseChange)
{
    RoutinePlayer &player = play(threeItems());
    QObject::connect(&player, &RoutinePlayer::phaseChanged, &player, [&player](int index) {
        if (index == 2)
            player.stop();
    });
    player.start();
    advance(1'000'000);
    EXPECT_EQ(player.state(), State::Finished);
    EXPECT_FALSE(player.summary().finished);
    EXPECT_EQ(phaseSignals(), (QList<int>{0, 1, 2}));
    EXPECT_EQ(player.summary().activeMs, 1'000'000);
}
