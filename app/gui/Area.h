#pragma once

namespace legcare::gui {

// The four areas of the main window, in sidebar order. Stored in settings as an int.
enum class Area {
    SymptomCheck = 0,
    Stretching = 1,
    Diary = 2,
    Library = 3,
};

inline constexpr int kAreaCount = 4;

} // namespace legcare::gui
