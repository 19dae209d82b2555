#pragma once

// Warnings a test expects. A test that drives an error path which logs a warning (besides
// reporting the error to its caller) declares that warning for a scope:
//
//     legcare::test::ExpectedWarnings expected;
//     expected.expect(QStringLiteral("legcare.gui.library"), QStringLiteral("outside the"));
//     emit view->anchorClicked(QUrl(QStringLiteral("https://example.org/")));
//     // leaving the scope fails the test if an expected warning did not come
//
// A claimed warning is neither printed nor fatal. Every other warning is printed and, under
// QT_FATAL_WARNINGS (the asan preset, docs/robustness.md), aborts the test program, as Qt
// itself would: QtTestMain.cpp installs the handler that does both.

#include <QList>
#include <QMessageLogContext>
#include <QString>
#include <QStringList>

namespace legcare::test {

class ExpectedWarnings
{
public:
    ExpectedWarnings();
    ~ExpectedWarnings();
    ExpectedWarnings(const ExpectedWarnings &) = delete;
    ExpectedWarnings &operator=(const ExpectedWarnings &) = delete;

    // One warning (or critical) of the logging category (`default` for bare qWarning) whose
    // text contains `text`; expect it twice to claim two.
    void expect(const QString &category, const QString &text);
    // The expected warnings that have not come yet.
    QStringList missing() const;

    // For the test main's message handler: true when a live ExpectedWarnings claims the message.
    static bool claim(QtMsgType type, const QMessageLogContext &context, const QString &message);

private:
    struct Expectation
    {
        QString category;
        QString text;
        bool seen = false;
    };
    QList<Expectation> m_expected;
};

// Installs the test programs' message handler (see above), before anything can warn.
void installMessageHandler();

} // namespace legcare::test
