#pragma once

#include <functional>

class QWidget;

namespace legcare::gui {

// Runs `then` once, on the GUI thread, right after the first frame of `window`: when the first
// expose of its native window has been handled, for Qt Widgets paints and flushes the whole window
// then. For work that would take the processor from the first frame if it ran beside it (main()
// opens the diary this way). Should the window not be exposed within `fallbackMs` of this call
// (started minimized, say), `then` runs anyway. `window` must have its native window (show() or
// winId() first); `then` does not run if the window is destroyed first.
void afterFirstFrame(QWidget *window, std::function<void()> then, int fallbackMs = 1000);

} // namespace legcare::gui
