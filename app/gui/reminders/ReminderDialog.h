#pragma once

#include "reminders/ReminderSchedule.h"

#include <QDateTime>
#include <QDialog>

#include <array>
#include <functional>

class QCheckBox;
class QLabel;
class QTimeEdit;

namespace legcare {
class Settings;
}

namespace legcare::gui {

// Settings > Reminders…: each daily reminder on or off with its time, and when the next one will
// come. OK saves to the settings; a reminder turned on for a time already past today starts
// tomorrow (reminders::lastShownAfterChange).
class ReminderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderDialog)

public:
    using Clock = std::function<QDateTime()>;

    ReminderDialog(Settings &settings, Clock clock, QWidget *parent = nullptr);
    ~ReminderDialog() override;

    QCheckBox *enabledBox(reminders::Reminder reminder) const;
    QTimeEdit *timeEdit(reminders::Reminder reminder) const;
    QLabel *nextLabel(reminders::Reminder reminder) const;

    void accept() override;

private:
    struct Row {
        QCheckBox *enabled = nullptr;
        QTimeEdit *time = nullptr;
        QLabel *next = nullptr;
    };

    reminders::ReminderConfig edited(reminders::Reminder reminder) const;
    void updateRow(reminders::Reminder reminder);
    QString nextText(reminders::Reminder reminder) const;

    Settings &m_settings;
    Clock m_clock;
    std::array<Row, reminders::kAllReminders.size()> m_rows;
};

} // namespace legcare::gui
