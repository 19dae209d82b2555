#pragma once

namespace legcare::gui::fonts {

// Reads the system's font configuration and font caches (fontconfig: dozens of XML files, then
// the cache of every installed font), which Qt's font database otherwise does the first time
// it is asked for a font. Needs no QGuiApplication and is safe on any thread, so main() runs it
// while QApplication connects to the display (docs/performance.md, "Startup"). Does nothing
// where LegCare is built without fontconfig.
void preloadConfiguration();

} // namespace legcare::gui::fonts
