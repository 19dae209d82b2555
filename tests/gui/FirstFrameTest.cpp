// afterFirstFrame (main() opens the diary with it): the work runs once, after the window's first
// frame has been painted; without an expose it runs after the fallback time; never once the
// window is gone.

#include "common/FirstFrame.h"

#include <QPaintEvent>
#include <QPointer>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

namespace legcare::gui {
namespace {

class CountingWidget final : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};

TEST(FirstFrameTest, RunsOnceAfterTheFirstFrameIsPainted)
{
    CountingWidget window;
    window.resize(200, 100);
    window.show();
    int runs = 0;
    int paintsWhenRun = -1;
    afterFirstFrame(&window, [&] {
        ++runs;
        paintsWhenRun = window.paints;
    });
    EXPECT_EQ(runs, 0); // not before the event loop has handled the expose
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(runs, 1);
    EXPECT_GE(paintsWhenRun, 1);

    // Later frames and the fallback time change nothing.
    window.update();
    window.hide();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    EXPECT_EQ(runs, 1);
}

TEST(FirstFrameTest, RunsAfterTheFallbackTimeWhenTheWindowIsNeverExposed)
{
    CountingWidget window;
    window.winId(); // a native window that is never shown
    int runs = 0;
    afterFirstFrame(
        &window, [&] { ++runs; }, 30);
    QTest::qWait(10);
    EXPECT_EQ(runs, 0);
    QTRY_COMPARE_WITH_TIMEOUT(runs, 1, 2000);
    EXPECT_EQ(window.paints, 0);
    QTest::qWait(50);
    EXPECT_EQ(runs, 1);
}

TEST(FirstFrameTest, NeverRunsOnceTheWindowIsGone)
{
    auto window = std::make_unique<CountingWidget>();
    window->show();
    int runs = 0;
    afterFirstFrame(
        window.get(), [&] { ++runs; }, 30);
    window.reset();
    QTest::qWait(100);
    EXPECT_EQ(runs, 0);
}

} // namespace
} // namespace legcare::gui
