#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <array>

namespace legcare::reminders {

// LegCare's optional daily reminders (docs/reminders.md). They are shown only while the program
// runs; these pure functions decide when, so that the GUI's timer only asks and shows.
enum class Reminder {
    BedtimeRoutine = 0, // the bedtime stretching routine
    DiaryCheck = 1,     // the evening look at the cramp diary
};

inline constexpr std::array<Reminder, 2> kAllReminders{Reminder::BedtimeRoutine,
                                                       Reminder::DiaryCheck};

// The built-in routine the bedtime reminder opens.
inline constexpr char kBedtimeRoutineId[] = "bedtime_cramp_prevention";

// A reminder missed because LegCare was not running (or the computer slept) is still shown if
// the program runs again within this time after it; later than that it waits for the next day.
inline constexpr qint64 kGraceSeconds = 2 * 60 * 60;

struct ReminderConfig {
    bool enabled = false;
    QTime time; // local time of day, to the minute

    friend bool operator==(const ReminderConfig &, const ReminderConfig &) = default;
};

// Both reminders are off until the person turns them on: the routine at 21:30, the diary at 21:00.
ReminderConfig defaultConfig(Reminder reminder);

// The moment `time` falls on `day`, in the same kind of time as `like` (its time zone, local time,
// UTC or fixed offset). The date is stepped, never the seconds, so a day with a daylight-saving
// change is as long as it really is. A time the change skips (02:30 on a spring-forward night)
// becomes the first minute that exists after it.
QDateTime occurrence(QDate day, QTime time, const QDateTime &like);

struct ReminderState {
    // Show it now; then store `day` as the day it was last shown.
    bool dueNow = false;
    // The day whose reminder is due (yesterday's when a late one is caught after midnight).
    QDate day;
    // When due: the moment it was due. Otherwise the next moment it will be due; invalid when off.
    QDateTime at;
};

// Whether a reminder is due at `now` and when it is due next. `lastShownDay` is the day of the
// reminder shown last (invalid when never): a day's reminder is shown at most once. A missed
// reminder is due until kGraceSeconds after its time, across midnight too. A `lastShownDay` after
// `now`'s date (the clock was put back) is ignored.
ReminderState evaluate(const ReminderConfig &config, QDate lastShownDay, const QDateTime &now);

// The day to store as last shown after the person changes a reminder from `before` to `after`:
// when they turn it on or move it to a time already past (so that it would be due at once, within
// the grace period), that occurrence counts as handled: the reminder does not pop up the moment
// they press OK but starts with the next one. Otherwise `lastShownDay` unchanged.
QDate lastShownAfterChange(const ReminderConfig &before, const ReminderConfig &after,
                           QDate lastShownDay, const QDateTime &now);

// The words of the reminders, translated.
class ReminderText final
{
    Q_DECLARE_TR_FUNCTIONS(ReminderText)

public:
    // Short name for settings and menus ("Bedtime stretching routine").
    static QString name(Reminder reminder);
    // The notification's title and text.
    static QString title(Reminder reminder);
    static QString message(Reminder reminder);
};

} // namespace legcare::reminders
