#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace legcare::gui {

namespace {

// CPU time of the calling thread or of the whole process, in nanoseconds.
long long cpuNs(clockid_t clock)
{
    timespec now {};
    clock_gettime(clock, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

void report(const char *what)
{
    // steady_clock is CLOCK_MONOTONIC on Linux: the launcher (legcare_startup_timer) reads the
    // same clock just before it starts the program.
    const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                         std::chrono::steady_clock::now().time_since_epoch())
                         .count();
    std::printf("legcare-startup %s %lld\n", what, static_cast<long long>(now));
    std::fflush(stdout);
}

} // namespace

StartupProbe *StartupProbe::create(QWidget *window, bool readyWhenShown)
{
    const QByteArray asked = qgetenv("LEGCARE_EXIT_WHEN_SHOWN");
    if (asked.isEmpty() || asked == "0")
        return nullptr;
    return new StartupProbe(window, readyWhenShown);
}

StartupProbe::StartupProbe(QWidget *window, bool readyWhenShown)
    : QObject(window)
    , m_window(window)
    , m_readyWhenShown(readyWhenShown)
{
    // The native window exists from here on; show() maps it and the window system exposes it.
    m_window->winId();
    m_window->windowHandle()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_shown || event->type() != QEvent::Expose || watched != m_window->windowHandle()
        || !m_window->windowHandle()->isExposed())
        return QObject::eventFilter(watched, event);
    // Qt Widgets paints and flushes the whole window while it handles its first expose; let it
    // do that now, then take the time.
    m_shown = true;
    watched->removeEventFilter(this);
    const bool handled = watched->event(event);
    report("shown");
    // The processor time spent up to the first frame: by the GUI thread (dynamic loading
    // included, as it runs on this thread), and by every thread of the program. Less noisy than
    // the time from the launch on a shared machine.
    std::printf("legcare-startup cpu-gui %lld\nlegcare-startup cpu-all %lld\n",
                cpuNs(CLOCK_THREAD_CPUTIME_ID), cpuNs(CLOCK_PROCESS_CPUTIME_ID));
    std::fflush(stdout);
    if (m_readyWhenShown)
        markReady();
    quitWhenDone();
    return handled;
}

void StartupProbe::markReady()
{
    if (m_ready)
        return;
    m_ready = true;
    report("ready");
    quitWhenDone();
}

void StartupProbe::quitWhenDone()
{
    if (m_shown && m_ready)
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
}

} // namespace legcare::gui
