#pragma once

#include "routines/Routine.h"
#include "routines/Timing.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::routines {

// Plays a routine: walks its phases (see Timing.h) against a clock, with pause, resume, skip,
// back and stop. It has no timer of its own: whoever shows it (the GUI's player, a test) calls
// update() now and then, and the player catches up with the clock, however late the call. The
// clock is injected, so tests step time without sleeping.
class RoutinePlayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutinePlayer)

public:
    // Milliseconds from any fixed origin, never going back (QElapsedTimer in the GUI).
    using Clock = std::function<qint64()>;

    enum class State {
        Ready,    // not started yet
        Running,
        Paused,
        Finished, // ran to the end, or stopped
    };
    Q_ENUM(State)

    struct Summary {
        QStringList completedExercises; // exercise ids whose every phase ran to its end, in order
        QStringList skippedExercises;   // exercise ids left out by skip or stop
        qint64 activeMs = 0;            // time spent running (pauses excluded)
        bool finished = false;          // reached the end rather than being stopped
    };

    RoutinePlayer(Routine routine, const kb::KnowledgeBase &kb, Clock clock, QObject *parent = nullptr);

    const Routine &routine() const { return m_routine; }
    const QList<Phase> &phases() const { return m_phases; }

    State state() const { return m_state; }
    // The phase now playing (or paused); -1 before start and after the end.
    int phaseIndex() const;
    const Phase *currentPhase() const;
    // Milliseconds left in the current phase.
    qint64 remainingMs() const;
    // Seconds left in the whole routine, the current phase included.
    int remainingTotalSeconds() const;

    void start();
    void pause();
    void resume();
    void skip(); // to the next exercise (the rest of this one counts as skipped)
    void back(); // to the start of this exercise, or to the previous one when already at its start
    void stop(); // ends early; what was done so far counts

    // Catches up with the clock: ends every phase whose time is up, emitting phaseChanged for each.
    void update();

    Summary summary() const;
    // The session to record: starts at startedAt, named in language.
    Session session(const QDateTime &startedAt, i18n::Language language) const;

signals:
    // A new phase began (index into phases()); the GUI gives its cue here.
    void phaseChanged(int index);
    void stateChanged(legcare::routines::RoutinePlayer::State state);
    // The player became Finished, by reaching the end or by stop(); summary().finished tells which.
    void finished();

private:
    // Time is kept as "elapsed as of m_syncedAt": sync() moves the clock's progress since then
    // into the phase's elapsed time and the active time (only while running), so a pause simply
    // stops syncing.
    void sync();
    qint64 liveElapsedMs() const;
    void setState(State state);
    void goToPhase(int index);
    void finish(bool reachedEnd);
    int firstPhaseOfItem(int item) const;
    bool isLastPhaseOfItem(int index) const;
    void markCompleted(int item);
    void markNotCompleted(int item);

    Routine m_routine;
    QList<Phase> m_phases;
    Clock m_clock;
    State m_state = State::Ready;
    int m_phaseIndex = -1;
    qint64 m_phaseElapsedMs = 0; // in the current phase, as of m_syncedAt
    qint64 m_activeMs = 0;       // running time, as of m_syncedAt
    qint64 m_syncedAt = 0;       // the clock when the two above were last brought up to date
    QList<int> m_completedItems; // indexes into Routine::items, in the order completed
    QList<bool> m_skippedItems;  // per item of Routine::items
    bool m_reachedEnd = false;
    bool m_updating = false; // inside update(), which emits phaseChanged
};

} // namespace legcare::routines
