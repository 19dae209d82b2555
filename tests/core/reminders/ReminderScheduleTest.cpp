#include "reminders/ReminderSchedule.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace legcare::reminders;

namespace {

// Every test runs in one named zone, whatever the machine's own, so daylight-saving days are
// known: in 2024 Berlin springs forward on 31 March (02:00 -> 03:00) and falls back on
// 27 October (03:00 -> 02:00).
const QTimeZone &berlin()
{
    static const QTimeZone zone("Europe/Berlin");
    return zone;
}

QDateTime at(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), berlin());
}

ReminderConfig on(int hour, int minute)
{
    return {true, QTime(hour, minute)};
}

const QDate kDay(2024, 5, 14);

} // namespace

TEST(ReminderSchedule, BothRemindersAreOffByDefaultInTheEvening)
{
    EXPECT_EQ(defaultConfig(Reminder::BedtimeRoutine), (ReminderConfig{false, QTime(21, 30)}));
    EXPECT_EQ(defaultConfig(Reminder::DiaryCheck), (ReminderConfig{false, QTime(21, 0)}));
}

TEST(ReminderSchedule, ADisabledReminderIsNeverDue)
{
    ASSERT_TRUE(berlin().isValid());
    const ReminderState state = evaluate({false, QTime(21, 30)}, QDate(), at(2024, 5, 14, 21, 30));
    EXPECT_FALSE(state.dueNow);
    EXPECT_FALSE(state.at.isValid());
}

TEST(ReminderSchedule, BeforeItsTimeTheNextIsTodayAndAtItsTimeItIsDue)
{
    const ReminderState before = evaluate(on(21, 30), QDate(), at(2024, 5, 14, 20, 0));
    EXPECT_FALSE(before.dueNow);
    EXPECT_EQ(before.at, at(2024, 5, 14, 21, 30));

    const ReminderState one = evaluate(on(21, 30), QDate(), at(2024, 5, 14, 21, 29));
    EXPECT_FALSE(one.dueNow);

    const ReminderState due = evaluate(on(21, 30), QDate(), at(2024, 5, 14, 21, 30));
    EXPECT_TRUE(due.dueNow);
    EXPECT_EQ(due.day, kDay);
    EXPECT_EQ(due.at, at(2024, 5, 14, 21, 30));
}

TEST(ReminderSchedule, OnceADay)
{
    // Shown today: not again today, even a minute later or after a restart; due tomorrow.
    const ReminderState later = evaluate(on(21, 30), kDay, at(2024, 5, 14, 21, 31));
    EXPECT_FALSE(later.dueNow);
    EXPECT_EQ(later.at, at(2024, 5, 15, 21, 30));
    EXPECT_FALSE(evaluate(on(21, 30), kDay, at(2024, 5, 14, 23, 59)).dueNow);
    EXPECT_TRUE(evaluate(on(21, 30), kDay, at(2024, 5, 15, 21, 30)).dueNow);

    // Shown yesterday: today's is due at its time.
    const ReminderState today = evaluate(on(21, 30), kDay.addDays(-1), at(2024, 5, 14, 21, 45));
    EXPECT_TRUE(today.dueNow);
    EXPECT_EQ(today.day, kDay);
}

TEST(ReminderSchedule, ALateStartShowsItWithinTheGracePeriodOnly)
{
    // LegCare started at 23:29 for a 21:30 reminder: still shown (2 hours' grace) ...
    const ReminderState within = evaluate(on(21, 30), QDate(), at(2024, 5, 14, 23, 29));
    EXPECT_TRUE(within.dueNow);
    EXPECT_EQ(within.day, kDay);
    // ... at 23:30 it is too late: the next one is tomorrow's.
    const ReminderState after = evaluate(on(21, 30), QDate(), at(2024, 5, 14, 23, 30));
    EXPECT_FALSE(after.dueNow);
    EXPECT_EQ(after.at, at(2024, 5, 15, 21, 30));
    // Not shown for days: only today's counts, never a pile of old ones.
    EXPECT_TRUE(evaluate(on(21, 30), kDay.addDays(-10), at(2024, 5, 14, 22, 0)).dueNow);
    EXPECT_FALSE(evaluate(on(21, 30), kDay.addDays(-10), at(2024, 5, 14, 12, 0)).dueNow);
}

TEST(ReminderSchedule, ALateEveningReminderIsCaughtAfterMidnight)
{
    // 23:30 reminder, LegCare started at 00:45: yesterday's is shown, once.
    const ReminderState caught = evaluate(on(23, 30), QDate(), at(2024, 5, 15, 0, 45));
    EXPECT_TRUE(caught.dueNow);
    EXPECT_EQ(caught.day, kDay);
    EXPECT_EQ(caught.at, at(2024, 5, 14, 23, 30));

    const ReminderState shown = evaluate(on(23, 30), kDay, at(2024, 5, 15, 0, 46));
    EXPECT_FALSE(shown.dueNow);
    EXPECT_EQ(shown.at, at(2024, 5, 15, 23, 30)); // tonight's is still to come
    EXPECT_TRUE(evaluate(on(23, 30), kDay, at(2024, 5, 15, 23, 30)).dueNow);

    // Past the grace period after midnight: nothing until tonight.
    const ReminderState late = evaluate(on(23, 30), QDate(), at(2024, 5, 15, 1, 30));
    EXPECT_FALSE(late.dueNow);
    EXPECT_EQ(late.at, at(2024, 5, 15, 23, 30));
}

TEST(ReminderSchedule, AReminderJustAfterMidnightBelongsToItsOwnDay)
{
    const ReminderState before = evaluate(on(0, 15), QDate(), at(2024, 5, 14, 23, 50));
    EXPECT_FALSE(before.dueNow);
    EXPECT_EQ(before.at, at(2024, 5, 15, 0, 15));
    const ReminderState due = evaluate(on(0, 15), kDay, at(2024, 5, 15, 0, 15));
    EXPECT_TRUE(due.dueNow);
    EXPECT_EQ(due.day, kDay.addDays(1));
}

TEST(ReminderSchedule, TheDayBeforeADaylightSavingChangeCountsInLocalTime)
{
    // Spring forward: from 21:31 on 30 March, the next 21:30 is 23 hours away, at +02:00.
    const ReminderState spring = evaluate(on(21, 30), QDate(2024, 3, 30), at(2024, 3, 30, 21, 31));
    EXPECT_FALSE(spring.dueNow);
    EXPECT_EQ(spring.at.date(), QDate(2024, 3, 31));
    EXPECT_EQ(spring.at.time(), QTime(21, 30));
    EXPECT_EQ(spring.at.offsetFromUtc(), 2 * 3600);
    EXPECT_EQ(at(2024, 3, 30, 21, 30).secsTo(spring.at), 23 * 3600);

    // Fall back: 25 hours, at +01:00.
    const ReminderState autumn = evaluate(on(21, 30), QDate(2024, 10, 26), at(2024, 10, 26, 21, 31));
    EXPECT_EQ(autumn.at.time(), QTime(21, 30));
    EXPECT_EQ(autumn.at.offsetFromUtc(), 3600);
    EXPECT_EQ(at(2024, 10, 26, 21, 30).secsTo(autumn.at), 25 * 3600);
}

TEST(ReminderSchedule, ATimeSkippedBySpringForwardComesAtTheFirstMinuteAfter)
{
    const QDateTime skipped = occurrence(QDate(2024, 3, 31), QTime(2, 30), at(2024, 3, 31, 0, 0));
    ASSERT_TRUE(skipped.isValid());
    EXPECT_EQ(skipped, at(2024, 3, 31, 3, 0));
    const QDateTime ordinary = occurrence(QDate(2024, 4, 1), QTime(2, 30), at(2024, 3, 31, 0, 0));
    EXPECT_EQ(ordinary, at(2024, 4, 1, 2, 30));
}

TEST(ReminderSchedule, ARunningAppShowsEachReminderOnceADayAcrossDaylightSavingChanges)
{
    // Simulates LegCare running for five days around each change, checking every minute.
    const QList<QTime> times{QTime(0, 0), QTime(2, 0), QTime(2, 30), QTime(3, 0), QTime(21, 30), QTime(23, 59)};
    for (const QDate firstDay : {QDate(2024, 3, 29), QDate(2024, 10, 25)}) {
        for (const QTime &time : times) {
            const ReminderConfig config{true, time};
            QDate lastShown = firstDay.addDays(-1); // yesterday's already shown
            QList<QDate> shownDays;
            const QDateTime start(firstDay, QTime(0, 0), berlin());
            const QDateTime end(firstDay.addDays(5), QTime(0, 0), berlin());
            for (QDateTime now = start; now < end; now = now.addSecs(60)) {
                const ReminderState state = evaluate(config, lastShown, now);
                if (!state.dueNow)
                    continue;
                EXPECT_LE(state.at, now);
                EXPECT_LT(state.at.secsTo(now), 60) << "late at " << qPrintable(now.toString(Qt::ISODate));
                lastShown = state.day;
                shownDays.append(state.day);
            }
            const QList<QDate> expected{firstDay, firstDay.addDays(1), firstDay.addDays(2),
                                        firstDay.addDays(3), firstDay.addDays(4)};
            EXPECT_EQ(shownDays, expected) << qPrintable(firstDay.toString(Qt::ISODate)) << " at "
                                           << qPrintable(time.toString());
        }
    }
}

TEST(ReminderSchedule, LocalTimeStaysLocalTime)
{
    const QDateTime now(kDay, QTime(20, 0)); // the machine's local time
    const ReminderState state = evaluate(on(21, 30), QDate(), now);
    EXPECT_EQ(state.at.timeSpec(), Qt::LocalTime);
    EXPECT_EQ(state.at.date(), kDay);
    EXPECT_EQ(state.at.time(), QTime(21, 30));
}

TEST(ReminderSchedule, AClockPutBackDoesNotSilenceTheReminder)
{
    // Last shown "tomorrow" (the clock was wrong then): today's is still shown.
    EXPECT_TRUE(evaluate(on(21, 30), kDay.addDays(1), at(2024, 5, 14, 21, 30)).dueNow);
}

TEST(ReminderSchedule, TurningOnOrMovingAReminderToATimeAlreadyPastStartsWithTheNextOne)
{
    const ReminderConfig off{false, QTime(21, 0)};
    // Turned on at 21:10 for 21:00: today's counts as handled ...
    EXPECT_EQ(lastShownAfterChange(off, on(21, 0), QDate(), at(2024, 5, 14, 21, 10)), kDay);
    EXPECT_FALSE(evaluate(on(21, 0), kDay, at(2024, 5, 14, 21, 10)).dueNow);
    // ... turned on at 20:00 for 21:00: today's comes as usual.
    EXPECT_EQ(lastShownAfterChange(off, on(21, 0), QDate(), at(2024, 5, 14, 20, 0)), QDate());
    // Moved to 23:45 at half past midnight: last night's counts as handled.
    EXPECT_EQ(lastShownAfterChange(on(21, 0), on(23, 45), QDate(), at(2024, 5, 15, 0, 30)), kDay);
    // Moved at 20:00 from 21:00 to 19:00: today's counts as handled; one shown earlier stays.
    EXPECT_EQ(lastShownAfterChange(on(21, 0), on(19, 0), kDay.addDays(-1), at(2024, 5, 14, 20, 0)), kDay);
    EXPECT_EQ(lastShownAfterChange(on(21, 0), on(19, 0), kDay, at(2024, 5, 14, 22, 0)), kDay);
    // Unchanged or turned off: nothing changes.
    EXPECT_EQ(lastShownAfterChange(on(21, 0), on(21, 0), QDate(), at(2024, 5, 14, 21, 10)), QDate());
    EXPECT_EQ(lastShownAfterChange(on(21, 0), off, QDate(), at(2024, 5, 14, 21, 10)), QDate());
}

TEST(ReminderSchedule, EveryReminderHasItsWords)
{
    for (const Reminder reminder : kAllReminders) {
        EXPECT_FALSE(ReminderText::name(reminder).isEmpty());
        EXPECT_FALSE(ReminderText::title(reminder).isEmpty());
        EXPECT_FALSE(ReminderText::message(reminder).isEmpty());
    }
    EXPECT_EQ(ReminderText::message(Reminder::DiaryCheck),
              QStringLiteral("Had a cramp today? Log it in your diary."));
}
