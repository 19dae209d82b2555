#pragma once

#include "i18n/Language.h"
#include "routines/RoutinePlayer.h"

#include <QDateTime>
#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::routines {
class RoutineStore;
}

namespace legcare::gui {

// The guided player: one exercise at a time with a large illustration, a get-ready countdown,
// then a visible countdown for every hold (per repetition and side), Back / Pause / Skip / Stop,
// a sound and a highlighted change of the instruction at every new phase, and a summary at the
// end. Finishing or stopping records a session in the diary's database (when there is one).
// The timing lives in routines::RoutinePlayer; this dialog only shows it and polls it.
class RoutinePlayerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutinePlayerDialog)

public:
    // clock: for tests; by default a monotonic clock (QElapsedTimer).
    RoutinePlayerDialog(const routines::Routine &routine, const kb::KnowledgeBase &knowledgeBase,
                        i18n::Language language, routines::RoutineStore *store,
                        routines::RoutinePlayer::Clock clock = {}, QWidget *parent = nullptr);
    ~RoutinePlayerDialog() override;

    routines::RoutinePlayer *player() const { return m_player; }
    // Catches the player up with the clock and refreshes the screen (the timer does it ten times
    // a second).
    void tick();
    // The session recorded at the end; 0 when none was (no store, or the store refused).
    qint64 recordedSessionId() const { return m_sessionId; }

signals:
    void sessionRecorded(qint64 id);

public slots:
    void reject() override; // Esc or closing: stops (and records) a routine that is running

private:
    void togglePause();
    void showPhase(int index);
    void refresh();
    void finish();
    void cue();
    QString phaseText(const routines::Phase &phase) const;

    const kb::KnowledgeBase &m_kb;
    i18n::Language m_language;
    routines::RoutineStore *m_store;
    routines::RoutinePlayer *m_player = nullptr;
    QTimer *m_timer = nullptr;
    QDateTime m_startedAt;
    qint64 m_sessionId = 0;
    int m_shownItem = -1;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_exercise = nullptr;
    QLabel *m_illustration = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_countdown = nullptr;
    QProgressBar *m_phaseBar = nullptr;
    QLabel *m_remaining = nullptr;
    QLabel *m_steps = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace legcare::gui
