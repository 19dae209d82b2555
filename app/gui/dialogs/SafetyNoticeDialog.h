#pragma once

#include <QDialog>

namespace legcare::gui {

// The safety notice shown on first run (and from Help): LegCare is self-care information, not a
// diagnosis, and these are the signs that mean calling the emergency number instead.
class SafetyNoticeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafetyNoticeDialog)

public:
    enum class Mode {
        FirstRun, // "I understand" / "Quit": the user must acknowledge it to go on.
        Reminder, // Just "Close".
    };

    explicit SafetyNoticeDialog(Mode mode, QWidget *parent = nullptr);
};

} // namespace legcare::gui
