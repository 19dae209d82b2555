#include "ExpectedWarnings.h"

#include <QByteArray>
#include <QtGlobal>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <mutex>
#include <vector>

namespace legcare::test {
namespace {

std::mutex g_mutex;
std::vector<ExpectedWarnings *> g_live; // innermost scope last
QtMessageHandler g_print = nullptr; // Qt's own output
bool g_fatalWarnings = false;

bool isWarning(QtMsgType type)
{
    return type == QtWarningMsg || type == QtCriticalMsg;
}

void ignoreMessage(QtMsgType, const QMessageLogContext &, const QString &) { }

// What Qt's offscreen platform plugin (the tests' platform) says about what only a real window
// system has; nothing to do with LegCare, and no logging category to switch it off by. Matched
// whole. "propagateSizeHints": a window's minimum or maximum size changed, and there is no
// window manager to tell; "raise()": a window asked to come to the front (a second launch of
// LegCare does that), and there is no stack of windows. Both QPlatformWindow's defaults, which
// the offscreen plugin keeps.
bool isOffscreenPlatformNoise(const QString &message)
{
    static const QString kNoise[] = {
        QStringLiteral("This plugin does not support propagateSizeHints()"),
        QStringLiteral("This plugin does not support raise()"),
    };
    return qgetenv("QT_QPA_PLATFORM") == "offscreen"
        && std::find(std::begin(kNoise), std::end(kNoise), message) != std::end(kNoise);
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (isWarning(type)
        && (isOffscreenPlatformNoise(message) || ExpectedWarnings::claim(type, context, message)))
        return;
    g_print(type, context, message);
    if (g_fatalWarnings && isWarning(type)) {
        std::fputs("QT_FATAL_WARNINGS: no test expected the warning above (tests/common/"
                   "ExpectedWarnings.h); aborting\n",
                   stderr);
        std::abort();
    }
}

} // namespace

ExpectedWarnings::ExpectedWarnings()
{
    const std::lock_guard lock(g_mutex);
    g_live.push_back(this);
}

ExpectedWarnings::~ExpectedWarnings()
{
    {
        const std::lock_guard lock(g_mutex);
        g_live.erase(std::remove(g_live.begin(), g_live.end(), this), g_live.end());
    }
    for (const QString &warning : missing())
        ADD_FAILURE() << "Expected warning did not come: " << warning.toStdString();
}

void ExpectedWarnings::expect(const QString &category, const QString &text)
{
    const std::lock_guard lock(g_mutex);
    m_expected.append({ category, text, false });
}

QStringList ExpectedWarnings::missing() const
{
    const std::lock_guard lock(g_mutex);
    QStringList result;
    for (const Expectation &expectation : m_expected) {
        if (!expectation.seen)
            result.append(expectation.category + QStringLiteral(": ") + expectation.text);
    }
    return result;
}

bool ExpectedWarnings::claim(QtMsgType type, const QMessageLogContext &context,
                             const QString &message)
{
    if (!isWarning(type))
        return false;
    const QString category = QString::fromUtf8(context.category ? context.category : "default");
    const std::lock_guard lock(g_mutex);
    for (auto scope = g_live.rbegin(); scope != g_live.rend(); ++scope) {
        for (Expectation &expectation : (*scope)->m_expected) {
            if (!expectation.seen && expectation.category == category
                && message.contains(expectation.text)) {
                expectation.seen = true;
                return true;
            }
        }
    }
    return false;
}

void installMessageHandler()
{
    const QByteArray fatal = qgetenv("QT_FATAL_WARNINGS");
    g_fatalWarnings = !fatal.isEmpty() && fatal != "0";
    g_print = qInstallMessageHandler(ignoreMessage);
    if (g_fatalWarnings) {
        // Qt reads QT_FATAL_WARNINGS once, at the first warning, and from then on aborts after
        // every warning, even one a handler has claimed. So it reads it here, unset, on a first
        // silent warning; the variable goes back at once for the processes the tests start
        // (legcare-cli, legcare_diary_writer, scripts), which keep Qt's own behaviour. Should
        // a later Qt re-read it, expected warnings would abort again: tests fail, never pass.
        qunsetenv("QT_FATAL_WARNINGS");
        qWarning("LegCare tests: the test main handles QT_FATAL_WARNINGS");
        qputenv("QT_FATAL_WARNINGS", fatal);
    }
    qInstallMessageHandler(handleMessage);
}

} // namespace legcare::test
