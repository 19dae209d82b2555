// An LD_PRELOAD shim for the fault-injection tests (tests/robustness/FaultInjectionTest.cpp): it
// makes writes and syncs of files under one folder fail as a full disk or a failing device
// would, deterministically and without privileges. It wraps the libc calls that SQLite (the
// system libsqlite3 behind Qt's QSQLITE driver) and Qt's file classes write through: write,
// pwrite(64), writev, pwritev(64), fsync, fdatasync, ftruncate(64), fallocate(64) and
// posix_fallocate(64). Every other file, and every process without the variables, is untouched.
//
// Configured by the environment:
//   LEGCARE_FAULT_DIR     absolute folder; only files under it fail (required, else no faults)
//   LEGCARE_FAULT_ERRNO   ENOSPC (the default: disk full) or EIO (an I/O error)
//   LEGCARE_FAULT_BYTES   bytes that may still be written there; the write that crosses the
//                         limit is cut short at it (as on a full disk) and every later one fails
//   LEGCARE_FAULT_WRITES  write calls that succeed there before every later one fails
//   LEGCARE_FAULT_SYNCS   fsync / fdatasync calls that succeed there before every later one fails
//   LEGCARE_FAULT_REPORT  a file (outside the folder) to which one line is appended per failed
//                         call, so that a test can check the fault really happened
// Once the disk is "full" it stays full for the life of the process.

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

struct Config
{
    bool loaded = false;
    char dir[4096] = {};
    size_t dirLength = 0;
    int error = ENOSPC;
    long long bytesLeft = -1; // -1: no byte limit
    long long writesLeft = -1; // -1: no call limit
    long long syncsLeft = -1; // -1: syncs never fail
    const char *report = nullptr;
    bool full = false; // the byte or call limit has been reached
};

Config config;

long long number(const char *name)
{
    const char *text = std::getenv(name);
    return text && *text ? std::atoll(text) : -1;
}

void load()
{
    if (__atomic_load_n(&config.loaded, __ATOMIC_ACQUIRE))
        return;
    if (const char *dir = std::getenv("LEGCARE_FAULT_DIR"); dir && *dir == '/') {
        std::snprintf(config.dir, sizeof config.dir, "%s", dir);
        config.dirLength = std::strlen(config.dir);
        while (config.dirLength > 1 && config.dir[config.dirLength - 1] == '/')
            config.dir[--config.dirLength] = '\0';
    }
    if (const char *name = std::getenv("LEGCARE_FAULT_ERRNO");
        name && std::strcmp(name, "EIO") == 0)
        config.error = EIO;
    config.bytesLeft = number("LEGCARE_FAULT_BYTES");
    config.writesLeft = number("LEGCARE_FAULT_WRITES");
    config.syncsLeft = number("LEGCARE_FAULT_SYNCS");
    config.report = std::getenv("LEGCARE_FAULT_REPORT");
    __atomic_store_n(&config.loaded, true, __ATOMIC_RELEASE);
}

template<typename F> F next(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

// Whether fd is a file under the folder (also an unnamed O_TMPFILE there, "DIR/#123 (deleted)").
bool watched(int fd)
{
    load();
    if (config.dirLength == 0 || fd < 0)
        return false;
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[4096];
    const ssize_t length = readlink(link, target, sizeof target - 1);
    if (length <= 0)
        return false;
    target[length] = '\0';
    return static_cast<size_t>(length) > config.dirLength
        && std::strncmp(target, config.dir, config.dirLength) == 0
        && target[config.dirLength] == '/';
}

void report(const char *call)
{
    if (!config.report)
        return;
    using Open = int (*)(const char *, int, ...);
    using Write = ssize_t (*)(int, const void *, size_t);
    static const auto realOpen = next<Open>("open");
    static const auto realWrite = next<Write>("write");
    const int fd = realOpen(config.report, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    char line[128];
    const int length
        = std::snprintf(line, sizeof line, "%s %s\n", call, config.error == EIO ? "EIO" : "ENOSPC");
    if (length > 0)
        realWrite(fd, line, static_cast<size_t>(length));
    close(fd);
}

// How many of count bytes a write to a watched file may write: count, fewer (cut at the limit)
// or -1 (fail with config.error).
ssize_t allowance(const char *call, size_t count)
{
    if (__atomic_load_n(&config.full, __ATOMIC_ACQUIRE)) {
        report(call);
        return -1;
    }
    if (config.writesLeft >= 0
        && __atomic_fetch_sub(&config.writesLeft, 1, __ATOMIC_ACQ_REL) <= 0) {
        __atomic_store_n(&config.full, true, __ATOMIC_RELEASE);
        report(call);
        return -1;
    }
    if (config.bytesLeft < 0 || count == 0)
        return static_cast<ssize_t>(count);
    long long left = __atomic_load_n(&config.bytesLeft, __ATOMIC_ACQUIRE);
    for (;;) {
        if (left <= 0) {
            __atomic_store_n(&config.full, true, __ATOMIC_RELEASE);
            report(call);
            return -1;
        }
        const long long take
            = left < static_cast<long long>(count) ? left : static_cast<long long>(count);
        if (__atomic_compare_exchange_n(&config.bytesLeft, &left, left - take, false,
                                        __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            return static_cast<ssize_t>(take);
    }
}

bool syncFails(const char *call)
{
    if (config.syncsLeft < 0 || __atomic_fetch_sub(&config.syncsLeft, 1, __ATOMIC_ACQ_REL) > 0)
        return false;
    report(call);
    return true;
}

size_t total(const struct iovec *iov, int count)
{
    size_t sum = 0;
    for (int i = 0; i < count; ++i)
        sum += iov[i].iov_len;
    return sum;
}

// A vectored write cut to allowed bytes becomes a plain write of the first bytes.
template<typename Whole, typename Part>
ssize_t vectored(const char *call, int fd, const struct iovec *iov, int count, Whole whole,
                 Part part)
{
    if (!watched(fd))
        return whole();
    const size_t wanted = total(iov, count);
    const ssize_t allowed = allowance(call, wanted);
    if (allowed < 0) {
        errno = config.error;
        return -1;
    }
    if (static_cast<size_t>(allowed) == wanted)
        return whole();
    return part(iov[0].iov_base,
                static_cast<size_t>(allowed) < iov[0].iov_len ? static_cast<size_t>(allowed)
                                                              : iov[0].iov_len);
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buffer, size_t count)
{
    using F = ssize_t (*)(int, const void *, size_t);
    static const auto real = next<F>("write");
    if (!watched(fd))
        return real(fd, buffer, count);
    const ssize_t allowed = allowance("write", count);
    if (allowed < 0) {
        errno = config.error;
        return -1;
    }
    return real(fd, buffer, static_cast<size_t>(allowed));
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset)
{
    using F = ssize_t (*)(int, const void *, size_t, off_t);
    static const auto real = next<F>("pwrite");
    if (!watched(fd))
        return real(fd, buffer, count, offset);
    const ssize_t allowed = allowance("pwrite", count);
    if (allowed < 0) {
        errno = config.error;
        return -1;
    }
    return real(fd, buffer, static_cast<size_t>(allowed), offset);
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset)
{
    using F = ssize_t (*)(int, const void *, size_t, off64_t);
    static const auto real = next<F>("pwrite64");
    if (!watched(fd))
        return real(fd, buffer, count, offset);
    const ssize_t allowed = allowance("pwrite64", count);
    if (allowed < 0) {
        errno = config.error;
        return -1;
    }
    return real(fd, buffer, static_cast<size_t>(allowed), offset);
}

ssize_t writev(int fd, const struct iovec *iov, int count)
{
    using F = ssize_t (*)(int, const struct iovec *, int);
    static const auto real = next<F>("writev");
    using W = ssize_t (*)(int, const void *, size_t);
    static const auto realWrite = next<W>("write");
    return vectored(
        "writev", fd, iov, count, [&] { return real(fd, iov, count); },
        [&](const void *buffer, size_t length) { return realWrite(fd, buffer, length); });
}

ssize_t pwritev(int fd, const struct iovec *iov, int count, off_t offset)
{
    using F = ssize_t (*)(int, const struct iovec *, int, off_t);
    static const auto real = next<F>("pwritev");
    using W = ssize_t (*)(int, const void *, size_t, off_t);
    static const auto realWrite = next<W>("pwrite");
    return vectored(
        "pwritev", fd, iov, count, [&] { return real(fd, iov, count, offset); },
        [&](const void *buffer, size_t length) { return realWrite(fd, buffer, length, offset); });
}

ssize_t pwritev64(int fd, const struct iovec *iov, int count, off64_t offset)
{
    using F = ssize_t (*)(int, const struct iovec *, int, off64_t);
    static const auto real = next<F>("pwritev64");
    using W = ssize_t (*)(int, const void *, size_t, off64_t);
    static const auto realWrite = next<W>("pwrite64");
    return vectored(
        "pwritev64", fd, iov, count, [&] { return real(fd, iov, count, offset); },
        [&](const void *buffer, size_t length) { return realWrite(fd, buffer, length, offset); });
}

int fsync(int fd)
{
    using F = int (*)(int);
    static const auto real = next<F>("fsync");
    if (watched(fd) && syncFails("fsync")) {
        errno = config.error == ENOSPC ? ENOSPC : EIO;
        return -1;
    }
    return real(fd);
}

int fdatasync(int fd)
{
    using F = int (*)(int);
    static const auto real = next<F>("fdatasync");
    if (watched(fd) && syncFails("fdatasync")) {
        errno = config.error == ENOSPC ? ENOSPC : EIO;
        return -1;
    }
    return real(fd);
}

// Growing a file on a full disk fails; shrinking it (SQLite truncating its journal) still works,
// as on a real file system. An I/O error fails both.
#define LEGCARE_TRUNCATE(name, offType)                                                            \
    int name(int fd, offType length)                                                               \
    {                                                                                              \
        using F = int (*)(int, offType);                                                           \
        static const auto real = next<F>(#name);                                                   \
        if (watched(fd) && __atomic_load_n(&config.full, __ATOMIC_ACQUIRE)) {                      \
            const off64_t size = lseek64(fd, 0, SEEK_END);                                         \
            if (config.error == EIO || length > size) {                                            \
                report(#name);                                                                     \
                errno = config.error;                                                              \
                return -1;                                                                         \
            }                                                                                      \
        }                                                                                          \
        return real(fd, length);                                                                   \
    }
LEGCARE_TRUNCATE(ftruncate, off_t)
LEGCARE_TRUNCATE(ftruncate64, off64_t)
#undef LEGCARE_TRUNCATE

#define LEGCARE_ALLOCATE(name, offType, failValue)                                                 \
    int name(int fd, int mode, offType offset, offType length)                                     \
    {                                                                                              \
        using F = int (*)(int, int, offType, offType);                                             \
        static const auto real = next<F>(#name);                                                   \
        if (watched(fd) && __atomic_load_n(&config.full, __ATOMIC_ACQUIRE)) {                      \
            report(#name);                                                                         \
            errno = config.error;                                                                  \
            return failValue;                                                                      \
        }                                                                                          \
        return real(fd, mode, offset, length);                                                     \
    }
LEGCARE_ALLOCATE(fallocate, off_t, -1)
LEGCARE_ALLOCATE(fallocate64, off64_t, -1)
#undef LEGCARE_ALLOCATE

// posix_fallocate returns the error instead of setting errno.
int posix_fallocate(int fd, off_t offset, off_t length)
{
    using F = int (*)(int, off_t, off_t);
    static const auto real = next<F>("posix_fallocate");
    if (watched(fd) && __atomic_load_n(&config.full, __ATOMIC_ACQUIRE)) {
        report("posix_fallocate");
        return config.error;
    }
    return real(fd, offset, length);
}

int posix_fallocate64(int fd, off64_t offset, off64_t length)
{
    using F = int (*)(int, off64_t, off64_t);
    static const auto real = next<F>("posix_fallocate64");
    if (watched(fd) && __atomic_load_n(&config.full, __ATOMIC_ACQUIRE)) {
        report("posix_fallocate64");
        return config.error;
    }
    return real(fd, offset, length);
}

} // extern "C"
