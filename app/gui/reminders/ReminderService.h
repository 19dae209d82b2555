#pragma once

#include "reminders/ReminderSchedule.h"

#include <QDateTime>
#include <QIcon>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QMenu;
class QMessageBox;
class QSystemTrayIcon;
class QTimer;

namespace legcare {
class Settings;
}

namespace legcare::gui {

class ReminderDialog;

// The daily reminders while LegCare runs (docs/reminders.md). Owned by the main window: every
// 30 seconds (and once right after it starts) it asks the schedule whether a reminder is due and
// shows it as a tray notification, or, on a desktop without a notification area, as a small
// non-modal notice over the window that does not take the keyboard focus. Clicking it asks the
// window to show the right area (routineRequested, diaryRequested).
//
// The clock and the presentation are seams: tests give a fake clock and a notifier, so they
// neither wait nor depend on a system tray.
class ReminderService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderService)

public:
    using Clock = std::function<QDateTime()>;
    using Notifier =
        std::function<void(reminders::Reminder reminder, const QString &title, const QString &text)>;

    static constexpr int kCheckIntervalMs = 30 * 1000;

    // `window` is the main window: the parent, and what the notifications bring to the front.
    ReminderService(Settings &settings, QWidget *window);
    ~ReminderService() override;

    void setClock(Clock clock);
    // Replaces the tray notification and the in-window notice (tests).
    void setNotifier(Notifier notifier);

    QTimer *timer() const { return m_timer; }
    // The tray icon; null while no reminder is on or the desktop has no notification area.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The reminder shown last whose notification has not been clicked yet.
    std::optional<reminders::Reminder> pendingReminder() const { return m_pending; }

public slots:
    // Shows every reminder that is due now.
    void checkNow();
    // Re-reads the settings: creates or removes the tray icon, then checks.
    void reload();
    // Settings > Reminders…: the dialog; OK saves and reloads.
    void editReminders();
    // What clicking a reminder's notification does: the window to the front, at the right area.
    void openReminder(legcare::reminders::Reminder reminder);

signals:
    // A reminder was shown (after it is stored as shown today).
    void reminderShown(legcare::reminders::Reminder reminder, const QString &title,
                       const QString &text);
    // The window should show the Stretching area with this routine selected.
    void routineRequested(const QString &routineId);
    // The window should show the Diary area.
    void diaryRequested();

private:
    void show(reminders::Reminder reminder);
    void showNotice(reminders::Reminder reminder, const QString &title, const QString &text);
    void updateTrayIcon();
    // The window's icon (main() gives the application LegCare's), or LegCare's where nobody
    // has set one (a window built on its own, as in the tests).
    QIcon notificationIcon() const;
    void bringWindowToFront();

    Settings &m_settings;
    QWidget *m_window;
    Clock m_clock;
    Notifier m_notifier;
    QTimer *m_timer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<QMenu> m_trayMenu;
    std::optional<reminders::Reminder> m_pending;
    QPointer<ReminderDialog> m_dialog;
    QPointer<QMessageBox> m_notices[reminders::kAllReminders.size()];
};

} // namespace legcare::gui
