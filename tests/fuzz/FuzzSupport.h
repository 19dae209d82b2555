#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by the fuzz harnesses (docs/robustness.md, "Fuzzing"). Each harness defines
// LLVMFuzzerTestOneInput; it is linked either with libFuzzer (preset fuzz) or with ReplayMain.cpp,
// which runs the seed corpus and the regression reproducers as an ordinary test.
namespace legcare::fuzz {

// The input as a QByteArray without a copy (valid for the duration of the call).
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// An invariant that must hold for every input: a violation is a finding, like a crash.
inline void require(bool condition, const char *what, const QString &detail = {})
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  %s\n", detail.toUtf8().left(2000).constData());
    std::abort();
}

} // namespace legcare::fuzz
