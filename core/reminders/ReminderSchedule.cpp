#include "reminders/ReminderSchedule.h"

#include <QTimeZone>

namespace legcare::reminders {

namespace {

QDateTime combine(QDate day, QTime time, const QDateTime &like)
{
    switch (like.timeSpec()) {
    case Qt::TimeZone:
        return QDateTime(day, time, like.timeZone());
    case Qt::UTC:
        return QDateTime(day, time, Qt::UTC);
    case Qt::OffsetFromUTC:
        return QDateTime(day, time, Qt::OffsetFromUTC, like.offsetFromUtc());
    case Qt::LocalTime:
        break;
    }
    return QDateTime(day, time, Qt::LocalTime);
}

// The day before `day` and `day` itself: the two days whose occurrence can be due at a moment
// of `day` (a late-evening reminder is still due just after midnight).
std::array<QDate, 2> candidateDays(QDate day)
{
    return {day.addDays(-1), day};
}

} // namespace

ReminderConfig defaultConfig(Reminder reminder)
{
    switch (reminder) {
    case Reminder::BedtimeRoutine:
        return {false, QTime(21, 30)};
    case Reminder::DiaryCheck:
        return {false, QTime(21, 0)};
    }
    return {};
}

QDateTime occurrence(QDate day, QTime time, const QDateTime &like)
{
    const QTime minute(time.hour(), time.minute());
    QDateTime result = combine(day, minute, like);
    // In a daylight-saving gap the local time does not exist (Qt gives an invalid QDateTime):
    // take the first minute after the gap. Gaps are an hour or less in practice; a day is the
    // bound.
    for (int step = 1; !result.isValid() && step < 24 * 60; ++step) {
        const QTime later = minute.addSecs(step * 60);
        if (later < minute) // past midnight: no valid minute left on that day
            return combine(day.addDays(1), QTime(0, 0), like);
        result = combine(day, later, like);
    }
    return result;
}

ReminderState evaluate(const ReminderConfig &config, QDate lastShownDay, const QDateTime &now)
{
    if (!config.enabled || !config.time.isValid() || !now.isValid())
        return {};
    const QDate today = now.date();
    if (lastShownDay.isValid() && lastShownDay > today)
        lastShownDay = QDate(); // the clock went back; "once a day" follows the clock
    const auto alreadyShown = [lastShownDay](QDate day) {
        return lastShownDay.isValid() && day <= lastShownDay;
    };

    for (const QDate day : candidateDays(today)) {
        if (alreadyShown(day))
            continue;
        const QDateTime at = occurrence(day, config.time, now);
        if (at <= now && now < at.addSecs(kGraceSeconds))
            return {true, day, at};
    }
    for (int offset = 0; offset <= 2; ++offset) {
        const QDate day = today.addDays(offset);
        if (alreadyShown(day))
            continue;
        const QDateTime at = occurrence(day, config.time, now);
        if (at > now)
            return {false, QDate(), at};
    }
    return {};
}

QDate lastShownAfterChange(const ReminderConfig &before, const ReminderConfig &after,
                           QDate lastShownDay, const QDateTime &now)
{
    if (!after.enabled || !after.time.isValid() || !now.isValid())
        return lastShownDay;
    if (before.enabled && before.time == after.time)
        return lastShownDay;
    // Only an occurrence still within its grace period would be shown.
    QDate latestPast;
    for (const QDate day : candidateDays(now.date())) {
        const QDateTime at = occurrence(day, after.time, now);
        if (at <= now && now < at.addSecs(kGraceSeconds))
            latestPast = day;
    }
    if (!latestPast.isValid())
        return lastShownDay;
    if (lastShownDay.isValid() && lastShownDay >= latestPast && lastShownDay <= now.date())
        return lastShownDay;
    return latestPast;
}

QString ReminderText::name(Reminder reminder)
{
    switch (reminder) {
    case Reminder::BedtimeRoutine:
        return tr("Bedtime stretching routine");
    case Reminder::DiaryCheck:
        return tr("Evening diary check");
    }
    return {};
}

QString ReminderText::title(Reminder reminder)
{
    switch (reminder) {
    case Reminder::BedtimeRoutine:
        return tr("Time for your bedtime stretches");
    case Reminder::DiaryCheck:
        return tr("Your evening diary check");
    }
    return {};
}

QString ReminderText::message(Reminder reminder)
{
    switch (reminder) {
    case Reminder::BedtimeRoutine:
        return tr("Your bedtime stretching routine is ready when you are.");
    case Reminder::DiaryCheck:
        return tr("Had a cramp today? Log it in your diary.");
    }
    return {};
}

} // namespace legcare::reminders
