#include "common/FirstFrame.h"

#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <utility>

namespace legcare::gui {

namespace {

// Lives as a child of the native window: gone with it, and `then` with it.
class FirstFrameWatcher final : public QObject
{
public:
    FirstFrameWatcher(QWindow *window, std::function<void()> then, int fallbackMs)
        : QObject(window)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
        QTimer::singleShot(fallbackMs, this, [this] { run(); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            // The expose is handled (painted and flushed) when the filter returns; run after it.
            QTimer::singleShot(0, this, [this] { run(); });
        }
        return false;
    }

private:
    void run()
    {
        if (!m_then)
            return;
        const std::function<void()> then = std::exchange(m_then, nullptr);
        deleteLater();
        then();
    }

    std::function<void()> m_then;
};

} // namespace

void afterFirstFrame(QWidget *window, std::function<void()> then, int fallbackMs)
{
    Q_ASSERT(window->windowHandle());
    new FirstFrameWatcher(window->windowHandle(), std::move(then), fallbackMs);
}

} // namespace legcare::gui
