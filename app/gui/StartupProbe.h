#pragma once

#include <QObject>

class QWidget;

namespace legcare::gui {

// Startup timing for scripts/bench-startup.sh and the startup and privacy tests. Asked for with
// the environment variable LEGCARE_EXIT_WHEN_SHOWN=1; otherwise create() returns null and costs
// one getenv. The floor program (tests/bench/startup) uses the same probe, so that "shown" means
// the same moment for both.
//
// Prints to stdout, one line each, the steady (CLOCK_MONOTONIC) time in nanoseconds of:
//   legcare-startup shown NS  the window's first expose has been handled: its first frame is
//                             painted and flushed to the window system;
//   legcare-startup ready NS  the program is usable: for LegCare, the diary is open and its page
//                             holds its data (markReady()); the floor is ready when shown;
// and, at the first frame, the processor time spent so far (CLOCK_THREAD_CPUTIME_ID and
// CLOCK_PROCESS_CPUTIME_ID, nanoseconds):
//   legcare-startup cpu-gui NS  by the GUI thread;
//   legcare-startup cpu-all NS  by all the program's threads;
// then quits the application once both have happened.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    // Null unless LEGCARE_EXIT_WHEN_SHOWN is set (to anything but 0 or empty). readyWhenShown:
    // the program has nothing to wait for after the first frame (the floor).
    static StartupProbe *create(QWidget *window, bool readyWhenShown);

    // The program is usable; quits if the window has been shown.
    void markReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupProbe(QWidget *window, bool readyWhenShown);
    void quitWhenDone();

    QWidget *m_window;
    bool m_shown = false;
    bool m_ready = false;
    bool m_readyWhenShown = false;
};

} // namespace legcare::gui
