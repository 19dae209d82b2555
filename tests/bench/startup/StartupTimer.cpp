// legcare_startup_timer: starts a program with LEGCARE_EXIT_WHEN_SHOWN=1 and measures, on the
// monotonic clock, the time from just before it is started to the moments its StartupProbe
// reports (first frame shown, ready) and to its exit. Used by scripts/bench-startup.sh.
//
// usage: legcare_startup_timer TIMEOUT_SECONDS PROGRAM [ARGUMENTS...]
// prints one line: "shown_ms=12.3 ready_ms=12.3 exit_ms=20.1 cpu_gui_ms=9.8 cpu_all_ms=11.0
// status=0" (cpu_*: the processor time of the program's GUI thread and of all its threads up to
// the first frame, -1 when not reported); the program's other output goes to stderr. Exit 0 when the program reported both moments and exited 0, else 1.

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

long long nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double msSince(long long start, long long ns)
{
    return static_cast<double>(ns - start) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s TIMEOUT_SECONDS PROGRAM [ARGUMENTS...]\n", argv[0]);
        return 2;
    }
    const long long timeoutNs = std::atoll(argv[1]) * 1000000000LL;
    setenv("LEGCARE_EXIT_WHEN_SHOWN", "1", 1);

    int pipeFds[2];
    if (pipe(pipeFds) != 0) {
        std::perror("pipe");
        return 1;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    posix_spawn_file_actions_addclose(&actions, pipeFds[1]);

    pid_t child = 0;
    const long long start = nowNs();
    // The program's startup log (QT_LOGGING_RULES="legcare.gui.startup.info=true") counts from
    // this moment when it is given.
    setenv("LEGCARE_STARTUP_T0", std::to_string(start).c_str(), 1);
    const int spawned = posix_spawn(&child, argv[2], &actions, nullptr, argv + 2, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    if (spawned != 0) {
        std::fprintf(stderr, "cannot start %s: %s\n", argv[2], std::strerror(spawned));
        return 1;
    }

    long long shown = -1;
    long long ready = -1;
    long long cpuGui = -1;
    long long cpuAll = -1;
    std::string pending;
    bool timedOut = false;
    for (;;) {
        const long long left = start + timeoutNs - nowNs();
        if (left <= 0) {
            timedOut = true;
            kill(child, SIGKILL);
            break;
        }
        pollfd fd { pipeFds[0], POLLIN, 0 };
        const int polled = poll(&fd, 1, static_cast<int>(left / 1000000 + 1));
        if (polled < 0 && errno == EINTR)
            continue;
        if (polled <= 0)
            continue;
        char buffer[4096];
        const ssize_t got = read(pipeFds[0], buffer, sizeof buffer);
        if (got <= 0)
            break; // the program closed its output: it is exiting
        pending.append(buffer, static_cast<size_t>(got));
        for (size_t end = pending.find('\n'); end != std::string::npos; end = pending.find('\n')) {
            const std::string line = pending.substr(0, end);
            pending.erase(0, end + 1);
            long long ns = 0;
            char what[16] = {};
            if (std::sscanf(line.c_str(), "legcare-startup %15s %lld", what, &ns) == 2) {
                if (std::strcmp(what, "shown") == 0)
                    shown = ns;
                else if (std::strcmp(what, "ready") == 0)
                    ready = ns;
                else if (std::strcmp(what, "cpu-gui") == 0)
                    cpuGui = ns;
                else if (std::strcmp(what, "cpu-all") == 0)
                    cpuAll = ns;
            } else {
                std::fprintf(stderr, "%s\n", line.c_str());
            }
        }
    }
    int status = 0;
    waitpid(child, &status, 0);
    const long long exited = nowNs();
    close(pipeFds[0]);

    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::printf("shown_ms=%.1f ready_ms=%.1f exit_ms=%.1f cpu_gui_ms=%.1f cpu_all_ms=%.1f "
                "status=%d%s\n",
                shown < 0 ? -1.0 : msSince(start, shown), ready < 0 ? -1.0 : msSince(start, ready),
                msSince(start, exited), cpuGui < 0 ? -1.0 : msSince(0, cpuGui),
                cpuAll < 0 ? -1.0 : msSince(0, cpuAll), code, timedOut ? " timeout" : "");
    return shown >= 0 && ready >= 0 && code == 0 && !timedOut ? 0 : 1;
}
