#include "routines/RoutinePlayer.h"

#include "kb/KnowledgeBase.h"

#include <QScopedValueRollback>

#include <utility>

namespace legcare::routines {

namespace {

// back() within this much of an exercise's start goes to the previous exercise rather than
// restarting this one (a media player's "previous" button).
constexpr qint64 kBackThresholdMs = 2000;

qint64 phaseMs(const Phase &phase)
{
    return qint64(phase.seconds) * 1000;
}

} // namespace

RoutinePlayer::RoutinePlayer(Routine routine, const kb::KnowledgeBase &kb, Clock clock,
                             QObject *parent)
    : QObject(parent)
    , m_routine(std::move(routine))
    , m_phases(routines::phases(m_routine, kb))
    , m_clock(std::move(clock))
    , m_skippedItems(m_routine.items.size(), false)
{
}

int RoutinePlayer::phaseIndex() const
{
    return m_phaseIndex;
}

const Phase *RoutinePlayer::currentPhase() const
{
    if (m_phaseIndex < 0 || m_phaseIndex >= m_phases.size())
        return nullptr;
    return &m_phases.at(m_phaseIndex);
}

qint64 RoutinePlayer::remainingMs() const
{
    const Phase *phase = currentPhase();
    if (!phase)
        return 0;
    return qMax<qint64>(0, phaseMs(*phase) - liveElapsedMs());
}

int RoutinePlayer::remainingTotalSeconds() const
{
    if (m_state == State::Finished)
        return 0;
    qint64 totalMs = 0;
    for (int i = qMax(0, m_phaseIndex); i < m_phases.size(); ++i)
        totalMs += phaseMs(m_phases.at(i));
    // Elapsed time beyond the current phase (no update() since it ended) counts against the
    // phases after it, as update() would.
    const qint64 leftMs = qMax<qint64>(0, totalMs - liveElapsedMs());
    return int((leftMs + 999) / 1000);
}

void RoutinePlayer::start()
{
    if (m_state != State::Ready)
        return;
    m_syncedAt = m_clock();
    if (m_phases.isEmpty()) {
        finish(true);
        return;
    }
    m_phaseIndex = 0;
    m_phaseElapsedMs = 0;
    setState(State::Running);
    if (m_phaseIndex == 0) // unless a slot of stateChanged stopped the player already
        emit phaseChanged(0);
}

// Every command first catches up with the clock, so that it acts on the phase playing now.
void RoutinePlayer::pause()
{
    update();
    if (m_state != State::Running)
        return;
    setState(State::Paused);
}

void RoutinePlayer::resume()
{
    if (m_state != State::Paused)
        return;
    m_syncedAt = m_clock();
    setState(State::Running);
}

void RoutinePlayer::skip()
{
    update();
    if (m_state != State::Running && m_state != State::Paused)
        return;
    const int item = m_phases.at(m_phaseIndex).item;
    if (!m_completedItems.contains(item))
        m_skippedItems[item] = true;
    int next = m_phaseIndex + 1;
    while (next < m_phases.size() && m_phases.at(next).item == item)
        ++next;
    if (next >= m_phases.size())
        finish(true);
    else
        goToPhase(next);
}

void RoutinePlayer::back()
{
    update();
    if (m_state != State::Running && m_state != State::Paused)
        return;
    const int first = firstPhaseOfItem(m_phases.at(m_phaseIndex).item);
    int target = first;
    if (m_phaseIndex == first && m_phaseElapsedMs <= kBackThresholdMs && first > 0)
        target = firstPhaseOfItem(m_phases.at(first - 1).item);
    const int item = m_phases.at(target).item;
    markNotCompleted(item);
    m_skippedItems[item] = false;
    goToPhase(target);
}

void RoutinePlayer::stop()
{
    update();
    if (m_state != State::Running && m_state != State::Paused)
        return;
    finish(false);
}

void RoutinePlayer::update()
{
    // A slot connected to phaseChanged may pause, skip, go back or stop: that command then acts
    // on the phase just announced (it does not catch up again), and the loop re-reads the state.
    if (m_state != State::Running || m_updating)
        return;
    const QScopedValueRollback updating(m_updating, true);
    sync();
    while (m_state == State::Running && m_phaseElapsedMs >= phaseMs(m_phases.at(m_phaseIndex))) {
        m_phaseElapsedMs -= phaseMs(m_phases.at(m_phaseIndex));
        if (isLastPhaseOfItem(m_phaseIndex))
            markCompleted(m_phases.at(m_phaseIndex).item);
        if (m_phaseIndex + 1 >= m_phases.size()) {
            // The routine ended before the clock's "now": that excess was not spent playing.
            m_activeMs -= m_phaseElapsedMs;
            finish(true);
            return;
        }
        ++m_phaseIndex;
        emit phaseChanged(m_phaseIndex);
    }
}

RoutinePlayer::Summary RoutinePlayer::summary() const
{
    Summary result;
    for (const int item : m_completedItems)
        result.completedExercises.append(m_routine.items.at(item).exerciseId);
    for (qsizetype item = 0; item < m_skippedItems.size(); ++item) {
        if (m_skippedItems.at(item))
            result.skippedExercises.append(m_routine.items.at(item).exerciseId);
    }
    result.activeMs = m_activeMs;
    if (m_state == State::Running)
        result.activeMs += qMax<qint64>(0, m_clock() - m_syncedAt);
    result.finished = m_reachedEnd;
    return result;
}

Session RoutinePlayer::session(const QDateTime &startedAt, i18n::Language language) const
{
    const Summary done = summary();
    Session result;
    result.startedAt = startedAt;
    result.durationSeconds = int((done.activeMs + 500) / 1000);
    result.routineId = m_routine.id;
    result.routineName = m_routine.name.text(language);
    result.completedExercises = done.completedExercises;
    result.plannedExercises = int(m_routine.items.size());
    result.finished = done.finished;
    return result;
}

void RoutinePlayer::sync()
{
    const qint64 now = m_clock();
    if (m_state == State::Running) {
        const qint64 delta = qMax<qint64>(0, now - m_syncedAt); // a clock never goes back
        m_phaseElapsedMs += delta;
        m_activeMs += delta;
    }
    m_syncedAt = now;
}

qint64 RoutinePlayer::liveElapsedMs() const
{
    if (m_state != State::Running)
        return m_phaseElapsedMs;
    return m_phaseElapsedMs + qMax<qint64>(0, m_clock() - m_syncedAt);
}

void RoutinePlayer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void RoutinePlayer::goToPhase(int index)
{
    m_phaseIndex = index;
    m_phaseElapsedMs = 0;
    emit phaseChanged(index);
}

void RoutinePlayer::finish(bool reachedEnd)
{
    m_reachedEnd = reachedEnd;
    m_phaseIndex = -1;
    m_phaseElapsedMs = 0;
    // Whatever was played but not completed was left out (items whose exercise is unknown were
    // never playable and are neither).
    for (const Phase &phase : std::as_const(m_phases)) {
        if (!m_completedItems.contains(phase.item))
            m_skippedItems[phase.item] = true;
    }
    setState(State::Finished);
    emit finished();
}

int RoutinePlayer::firstPhaseOfItem(int item) const
{
    for (int i = 0; i < m_phases.size(); ++i) {
        if (m_phases.at(i).item == item)
            return i;
    }
    return -1;
}

bool RoutinePlayer::isLastPhaseOfItem(int index) const
{
    return index + 1 >= m_phases.size() || m_phases.at(index + 1).item != m_phases.at(index).item;
}

void RoutinePlayer::markCompleted(int item)
{
    if (!m_completedItems.contains(item))
        m_completedItems.append(item);
    m_skippedItems[item] = false;
}

void RoutinePlayer::markNotCompleted(int item)
{
    m_completedItems.removeAll(item);
}

} // namespace legcare::routines
