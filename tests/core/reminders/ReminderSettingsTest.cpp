#include "settings/Settings.h"

#include "TempSettings.h"

#include <gtest/gtest.h>

using legcare::Settings;
using legcare::reminders::Reminder;
using legcare::reminders::ReminderConfig;

TEST(ReminderSettings, OffAtTheDefaultTimesOnAFreshStore)
{
    legcare::test::TempSettings temp;
    const Settings settings(temp.store());
    EXPECT_EQ(settings.reminderConfig(Reminder::BedtimeRoutine), (ReminderConfig{false, QTime(21, 30)}));
    EXPECT_EQ(settings.reminderConfig(Reminder::DiaryCheck), (ReminderConfig{false, QTime(21, 0)}));
    EXPECT_FALSE(settings.reminderLastShown(Reminder::BedtimeRoutine).isValid());
    EXPECT_FALSE(settings.reminderLastShown(Reminder::DiaryCheck).isValid());
}

TEST(ReminderSettings, PersistAcrossRunsUnderTheRemindersGroup)
{
    legcare::test::TempSettings temp;
    {
        Settings settings(temp.store());
        settings.setReminderConfig(Reminder::BedtimeRoutine, {true, QTime(22, 15)});
        settings.setReminderConfig(Reminder::DiaryCheck, {false, QTime(20, 5)});
        settings.setReminderLastShown(Reminder::BedtimeRoutine, QDate(2024, 5, 14));
        settings.sync();
    }
    auto reopened = temp.reopen();
    const Settings settings(*reopened);
    EXPECT_EQ(settings.reminderConfig(Reminder::BedtimeRoutine), (ReminderConfig{true, QTime(22, 15)}));
    EXPECT_EQ(settings.reminderConfig(Reminder::DiaryCheck), (ReminderConfig{false, QTime(20, 5)}));
    EXPECT_EQ(settings.reminderLastShown(Reminder::BedtimeRoutine), QDate(2024, 5, 14));
    EXPECT_FALSE(settings.reminderLastShown(Reminder::DiaryCheck).isValid());

    // Readable keys in their own group.
    EXPECT_EQ(reopened->value(QStringLiteral("reminders/bedtimeRoutineEnabled")).toBool(), true);
    EXPECT_EQ(reopened->value(QStringLiteral("reminders/bedtimeRoutineTime")).toString(), QStringLiteral("22:15"));
    EXPECT_EQ(reopened->value(QStringLiteral("reminders/bedtimeRoutineLastShown")).toString(),
              QStringLiteral("2024-05-14"));
    EXPECT_EQ(reopened->value(QStringLiteral("reminders/diaryCheckTime")).toString(), QStringLiteral("20:05"));
}

TEST(ReminderSettings, AnUnreadableTimeReadsAsTheDefault)
{
    legcare::test::TempSettings temp;
    temp.store().setValue(QStringLiteral("reminders/diaryCheckEnabled"), true);
    temp.store().setValue(QStringLiteral("reminders/diaryCheckTime"), QStringLiteral("25:99"));
    temp.store().setValue(QStringLiteral("reminders/diaryCheckLastShown"), QStringLiteral("yesterday"));
    const Settings settings(temp.store());
    EXPECT_EQ(settings.reminderConfig(Reminder::DiaryCheck), (ReminderConfig{true, QTime(21, 0)}));
    EXPECT_FALSE(settings.reminderLastShown(Reminder::DiaryCheck).isValid());
}

TEST(ReminderSettings, ClearingTheLastShownDayRemovesIt)
{
    legcare::test::TempSettings temp;
    Settings settings(temp.store());
    settings.setReminderLastShown(Reminder::DiaryCheck, QDate(2024, 5, 14));
    settings.setReminderLastShown(Reminder::DiaryCheck, QDate());
    EXPECT_FALSE(temp.store().contains(QStringLiteral("reminders/diaryCheckLastShown")));
}
