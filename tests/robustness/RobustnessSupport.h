#pragma once

// Helpers of the robustness tests (fault injection and hostile input): a child-process runner
// that can add environment variables, run as another user and report the child's peak memory
// (wait4's ru_maxrss, which QProcess does not give), and a fingerprint of a diary's content.

#include "diary/DiaryStore.h"
#include "diary/Exchange.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <optional>
#include <string>
#include <vector>

#include <fcntl.h>
#include <grp.h>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace legcare::tests {

// Sanitizer builds use far more memory and cannot take an LD_PRELOAD library before their
// runtime unless told so.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

struct ChildOptions
{
    QStringList environment; // "NAME=value" added to (or replacing in) the test's own
    std::optional<uid_t> runAs; // drop to this user and group (root only)
    QString workDir; // where stdout and stderr are kept (required)
};

struct Child
{
    pid_t pid = -1;
    qint64 startedMs = 0; // QDateTime::currentMSecsSinceEpoch() at the start
    QString outPath;
    QString errPath;
};

struct Finished
{
    int exitCode = -1; // -1 unless it exited
    int signal = 0; // the signal that ended it, if any
    bool timedOut = false;
    long maxRssKiB = 0; // its peak resident memory
    qint64 elapsedMs = 0; // from its start
    QString out;
    QString err;
};

inline Child spawn(const QString &program, const QStringList &arguments,
                   const ChildOptions &options)
{
    static int serial = 0;
    Child child;
    const QString stem
        = QStringLiteral("%1/child-%2-%3").arg(options.workDir).arg(getpid()).arg(++serial);
    child.outPath = stem + QStringLiteral(".out");
    child.errPath = stem + QStringLiteral(".err");

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Qt warns on stderr without it; the work folder is private (0700) and the child's.
    if (!environment.contains(QStringLiteral("XDG_RUNTIME_DIR")))
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), options.workDir);
    for (const QString &entry : options.environment) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        environment.insert(entry.left(equals), entry.mid(equals + 1));
    }
    // An LD_PRELOAD library comes before the sanitizer's runtime; that is fine for the shim.
    if (environment.contains(QStringLiteral("LD_PRELOAD"))) {
        const QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
                           (asan.isEmpty() ? QString() : asan + QLatin1Char(':'))
                               + QStringLiteral("verify_asan_link_order=0"));
    }

    std::vector<std::string> storage;
    storage.push_back(program.toStdString());
    for (const QString &argument : arguments)
        storage.push_back(argument.toStdString());
    const size_t argumentCount = storage.size();
    for (const QString &entry : environment.toStringList())
        storage.push_back(entry.toStdString());
    std::vector<char *> argv;
    std::vector<char *> envp;
    for (size_t i = 0; i < storage.size(); ++i)
        (i < argumentCount ? argv : envp).push_back(storage[i].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);
    const std::string outPath = child.outPath.toStdString();
    const std::string errPath = child.errPath.toStdString();
    const std::optional<uid_t> runAs = options.runAs;

    // The child's peak memory starts with the pages it shares with this process until exec: give
    // back what the earlier tests freed, so that the figure is the child's own.
    malloc_trim(0);
    child.startedMs = QDateTime::currentMSecsSinceEpoch();
    child.pid = fork();
    if (child.pid == 0) {
        // Only async-signal-safe calls from here on.
        const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
        const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
        const int in = ::open("/dev/null", O_RDONLY);
        if (out < 0 || err < 0 || in < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(126);
        if (runAs && (setgroups(0, nullptr) != 0 || setgid(*runAs) != 0 || setuid(*runAs) != 0))
            _exit(126);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    EXPECT_GT(child.pid, 0) << "fork failed";
    return child;
}

inline QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Waits for the child (killing it after timeoutMs) and collects what it printed.
inline Finished finish(const Child &child, int timeoutMs = 60000)
{
    Finished result;
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    struct rusage usage
    {
    };
    for (;;) {
        const pid_t done = wait4(child.pid, &status, WNOHANG, &usage);
        if (done == child.pid)
            break;
        if (done < 0) {
            ADD_FAILURE() << "wait4 failed";
            return result;
        }
        if (timer.elapsed() > timeoutMs && !result.timedOut) {
            result.timedOut = true;
            ::kill(child.pid, SIGKILL);
        }
        QThread::msleep(5);
    }
    result.elapsedMs = QDateTime::currentMSecsSinceEpoch() - child.startedMs;
    if (WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        result.signal = WTERMSIG(status);
    result.maxRssKiB = usage.ru_maxrss;
    result.out = readText(child.outPath);
    result.err = readText(child.errPath);
    QFile::remove(child.outPath);
    QFile::remove(child.errPath);
    return result;
}

inline Finished run(const QString &program, const QStringList &arguments,
                    const ChildOptions &options, int timeoutMs = 60000)
{
    return finish(spawn(program, arguments, options), timeoutMs);
}

// What a diary holds, for "nothing changed": the number of episodes and a hash of all of them.
struct DiaryFingerprint
{
    qint64 count = -1;
    QByteArray hash;
    bool integrityOk = false;
    bool operator==(const DiaryFingerprint &other) const
    {
        return count == other.count && hash == other.hash && integrityOk == other.integrityOk;
    }
};

inline DiaryFingerprint fingerprint(const QString &path)
{
    DiaryFingerprint result;
    auto opened = diary::DiaryStore::open(path);
    if (!opened.store) {
        ADD_FAILURE() << "cannot open " << path.toStdString() << ": "
                      << opened.error->message.toStdString();
        return result;
    }
    result.count = opened.store->episodeCount();
    result.hash = QCryptographicHash::hash(diary::exchange::toCsv(opened.store->episodes()),
                                           QCryptographicHash::Sha256);
    result.integrityOk = opened.store->integrityOk();
    return result;
}

inline void PrintTo(const DiaryFingerprint &print, std::ostream *os)
{
    *os << "{count " << print.count << ", sha256 " << print.hash.toHex().left(12).toStdString()
        << ", integrity " << (print.integrityOk ? "ok" : "NOT ok") << "}";
}

// A few ordinary episodes, for a diary that hostile input must leave alone.
inline QList<diary::Episode> sampleEpisodes(int count)
{
    QList<diary::Episode> episodes;
    const QDateTime base
        = QDateTime::fromString(QStringLiteral("2026-01-01T22:00:00+08:00"), Qt::ISODate);
    for (int i = 0; i < count; ++i) {
        diary::Episode episode;
        episode.startedAt = base.addSecs(qint64(i) * 3600 * 7);
        episode.location = kb::Location::Calf;
        episode.side = i % 2 ? diary::Side::Left : diary::Side::Right;
        episode.severity = i % 11;
        episode.durationSeconds = 30 + i % 300;
        episode.note = QStringLiteral("episode %1, with a comma, \"quotes\" and 中文").arg(i);
        episodes.append(episode);
    }
    return episodes;
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace legcare::tests
