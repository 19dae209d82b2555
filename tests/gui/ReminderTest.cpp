// The daily reminders in the GUI: the service with a fake clock and a notifier seam (offscreen has
// no system tray), its fallback notice, the dialog, and the main window's wiring.

#include "MainWindow.h"
#include "pages/StretchingPage.h"
#include "reminders/ReminderDialog.h"
#include "reminders/ReminderService.h"
#include "settings/Settings.h"

#include "DiaryTestSupport.h"
#include "TempSettings.h"
#include "TestKnowledgeBase.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using legcare::gui::ReminderDialog;
using legcare::gui::ReminderService;
using legcare::reminders::Reminder;
using legcare::reminders::ReminderConfig;

namespace {

struct Shown {
    Reminder reminder;
    QString title;
    QString text;
};

class ReminderTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        // Nothing may outlive a test (notices, dialogs).
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QStringLiteral("reminderNotice"))
                widget->close();
        }
    }

    // A service over the fixture's settings, with the fake clock and every notification recorded.
    std::unique_ptr<ReminderService> makeService(QWidget *owner)
    {
        auto service = std::make_unique<ReminderService>(settings, owner);
        service->setClock([this] { return now; });
        service->setNotifier([this](Reminder reminder, const QString &title, const QString &text) {
            shown.append({reminder, title, text});
        });
        return service;
    }

    void setNow(int day, int hour, int minute, int second = 0)
    {
        now = QDateTime(QDate(2024, 5, day), QTime(hour, minute, second));
    }

    legcare::test::TempSettings temp;
    legcare::Settings settings{temp.store()};
    QDateTime now = QDateTime(QDate(2024, 5, 14), QTime(12, 0));
    QList<Shown> shown;
    QMainWindow window;
};

} // namespace

TEST_F(ReminderTest, ShowsAReminderOnceAtItsTimeAndAgainTheNextDay)
{
    settings.setReminderConfig(Reminder::BedtimeRoutine, {true, QTime(21, 30)});
    auto service = makeService(&window);
    QSignalSpy spy(service.get(), &ReminderService::reminderShown);

    setNow(14, 21, 29, 45);
    service->checkNow();
    EXPECT_TRUE(shown.isEmpty());

    setNow(14, 21, 30, 15);
    service->checkNow();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown[0].reminder, Reminder::BedtimeRoutine);
    EXPECT_EQ(shown[0].text, QStringLiteral("Your bedtime stretching routine is ready when you are."));
    EXPECT_FALSE(shown[0].title.isEmpty());
    EXPECT_EQ(spy.count(), 1);
    EXPECT_EQ(service->pendingReminder(), Reminder::BedtimeRoutine);

    // Later the same evening, and after a restart of LegCare: not again.
    for (int minute : {30, 45}) {
        setNow(14, 21, minute, 45);
        service->checkNow();
    }
    service.reset();
    service = makeService(&window);
    setNow(14, 22, 0);
    service->checkNow();
    EXPECT_EQ(shown.size(), 1);
    EXPECT_EQ(settings.reminderLastShown(Reminder::BedtimeRoutine), QDate(2024, 5, 14));

    // The next day at its time: again.
    setNow(15, 21, 0);
    service->checkNow();
    EXPECT_EQ(shown.size(), 1);
    setNow(15, 21, 30);
    service->checkNow();
    EXPECT_EQ(shown.size(), 2);
}

TEST_F(ReminderTest, DisabledRemindersNeverFire)
{
    settings.setReminderConfig(Reminder::BedtimeRoutine, {false, QTime(21, 30)});
    settings.setReminderConfig(Reminder::DiaryCheck, {false, QTime(21, 0)});
    auto service = makeService(&window);
    for (QDateTime moment(QDate(2024, 5, 14), QTime(0, 0)); moment < QDateTime(QDate(2024, 5, 16), QTime(0, 0));
         moment = moment.addSecs(30)) {
        now = moment;
        service->checkNow();
    }
    EXPECT_TRUE(shown.isEmpty());
    EXPECT_EQ(service->trayIcon(), nullptr);
}

TEST_F(ReminderTest, EachReminderComesAtItsOwnTime)
{
    settings.setReminderConfig(Reminder::BedtimeRoutine, {true, QTime(21, 30)});
    settings.setReminderConfig(Reminder::DiaryCheck, {true, QTime(21, 0)});
    auto service = makeService(&window);
    setNow(14, 21, 0, 20);
    service->checkNow();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown[0].reminder, Reminder::DiaryCheck);
    EXPECT_EQ(shown[0].text, QStringLiteral("Had a cramp today? Log it in your diary."));
    setNow(14, 21, 30, 20);
    service->checkNow();
    ASSERT_EQ(shown.size(), 2);
    EXPECT_EQ(shown[1].reminder, Reminder::BedtimeRoutine);
}

TEST_F(ReminderTest, ChecksOnStartAndEveryThirtySeconds)
{
    settings.setReminderConfig(Reminder::DiaryCheck, {true, QTime(21, 0)});
    setNow(14, 21, 40); // LegCare started 40 minutes late: still within the grace period
    auto service = makeService(&window);
    ASSERT_NE(service->timer(), nullptr);
    EXPECT_TRUE(service->timer()->isActive());
    EXPECT_EQ(service->timer()->interval(), 30 * 1000);
    EXPECT_TRUE(QTest::qWaitFor([&] { return shown.size() == 1; }, 2000));

    // The timer's tick is a check.
    setNow(15, 21, 0);
    emit service->timer()->timeout({});
    EXPECT_EQ(shown.size(), 2);
}

TEST_F(ReminderTest, OpeningAReminderAsksForItsArea)
{
    auto service = makeService(&window);
    QSignalSpy routine(service.get(), &ReminderService::routineRequested);
    QSignalSpy diary(service.get(), &ReminderService::diaryRequested);
    service->openReminder(Reminder::BedtimeRoutine);
    ASSERT_EQ(routine.count(), 1);
    EXPECT_EQ(routine.at(0).at(0).toString(), QStringLiteral("bedtime_cramp_prevention"));
    EXPECT_EQ(diary.count(), 0);
    service->openReminder(Reminder::DiaryCheck);
    EXPECT_EQ(diary.count(), 1);
    EXPECT_EQ(routine.count(), 1);
}

TEST_F(ReminderTest, WithoutATrayANoticeAppearsOverTheWindowWithoutTakingFocus)
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        GTEST_SKIP() << "this platform has a system tray";
    settings.setReminderConfig(Reminder::BedtimeRoutine, {true, QTime(21, 30)});
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ReminderService service(settings, &window);
    service.setClock([this] { return now; });
    QSignalSpy routine(&service, &ReminderService::routineRequested);
    setNow(14, 21, 30);
    service.checkNow();
    EXPECT_EQ(service.trayIcon(), nullptr);

    QMessageBox *notice = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        notice = window.findChild<QMessageBox *>(QStringLiteral("reminderNotice"));
        return notice && notice->isVisible();
    }));
    EXPECT_EQ(notice->windowModality(), Qt::NonModal);
    EXPECT_TRUE(notice->testAttribute(Qt::WA_ShowWithoutActivating));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("Time for your bedtime stretches")));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("Your bedtime stretching routine is ready when you are.")));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);

    auto *open = notice->findChild<QPushButton *>(QStringLiteral("reminderOpenButton"));
    ASSERT_NE(open, nullptr);
    QTest::mouseClick(open, Qt::LeftButton);
    EXPECT_EQ(routine.count(), 1);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return window.findChild<QMessageBox *>(QStringLiteral("reminderNotice")) == nullptr; }));
}

TEST_F(ReminderTest, TheDialogSavesWhatIsChosen)
{
    setNow(14, 18, 0);
    ReminderDialog dialog(settings, [this] { return now; }, &window);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    QCheckBox *bedtime = dialog.enabledBox(Reminder::BedtimeRoutine);
    QTimeEdit *bedtimeTime = dialog.timeEdit(Reminder::BedtimeRoutine);
    ASSERT_TRUE(bedtime && bedtimeTime);
    EXPECT_FALSE(bedtime->isChecked());
    EXPECT_EQ(bedtimeTime->time(), QTime(21, 30));
    EXPECT_FALSE(bedtimeTime->isEnabled());
    EXPECT_EQ(dialog.nextLabel(Reminder::BedtimeRoutine)->text(), QStringLiteral("Off"));

    QTest::mouseClick(bedtime, Qt::LeftButton);
    EXPECT_TRUE(bedtime->isChecked());
    EXPECT_TRUE(bedtimeTime->isEnabled());
    bedtimeTime->setFocus();
    bedtimeTime->setSelectedSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(bedtimeTime, QStringLiteral("22"));
    bedtimeTime->setSelectedSection(QDateTimeEdit::MinuteSection);
    QTest::keyClicks(bedtimeTime, QStringLiteral("15"));
    EXPECT_EQ(bedtimeTime->time(), QTime(22, 15));
    EXPECT_EQ(dialog.nextLabel(Reminder::BedtimeRoutine)->text(), QStringLiteral("Next reminder: today at 22:15"));

    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    auto reopened = temp.reopen();
    const legcare::Settings saved(*reopened);
    EXPECT_EQ(saved.reminderConfig(Reminder::BedtimeRoutine), (ReminderConfig{true, QTime(22, 15)}));
    EXPECT_EQ(saved.reminderConfig(Reminder::DiaryCheck), (ReminderConfig{false, QTime(21, 0)}));
    EXPECT_FALSE(saved.reminderLastShown(Reminder::BedtimeRoutine).isValid());
}

TEST_F(ReminderTest, CancelSavesNothing)
{
    ReminderDialog dialog(settings, [this] { return now; }, &window);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.enabledBox(Reminder::DiaryCheck), Qt::LeftButton);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(settings.reminderConfig(Reminder::DiaryCheck).enabled);
    EXPECT_FALSE(temp.store().contains(QStringLiteral("reminders/diaryCheckEnabled")));
}

TEST_F(ReminderTest, TurningOnAReminderWhoseTimeHasPassedStartsTomorrow)
{
    setNow(14, 21, 10);
    auto service = makeService(&window);
    ReminderDialog dialog(settings, [this] { return now; }, &window);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.enabledBox(Reminder::DiaryCheck), Qt::LeftButton);
    EXPECT_EQ(dialog.nextLabel(Reminder::DiaryCheck)->text(), QStringLiteral("Next reminder: tomorrow at 21:00"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    service->reload();
    EXPECT_TRUE(shown.isEmpty()); // not the moment OK is pressed
    setNow(15, 21, 0);
    service->checkNow();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown[0].reminder, Reminder::DiaryCheck);
}

TEST_F(ReminderTest, EveryControlOfTheDialogHasAnAccessibleName)
{
    ReminderDialog dialog(settings, [this] { return now; }, &window);
    const QList<QWidget *> controls = dialog.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *control : controls) {
        if (qobject_cast<QCheckBox *>(control) || qobject_cast<QTimeEdit *>(control)
            || qobject_cast<QPushButton *>(control)) {
            EXPECT_FALSE(control->accessibleName().isEmpty()) << qPrintable(control->objectName());
            ++checked;
        }
    }
    EXPECT_EQ(checked, 6); // two check boxes, two times, OK and Cancel
}

namespace {

class ReminderWindowTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { legcare::test::bundledKnowledgeBase(); }

    const legcare::kb::KnowledgeBase &knowledgeBase = legcare::test::bundledKnowledgeBase();
    legcare::test::TempSettings temp;
    legcare::Settings settings{temp.store()};
    legcare::test::TempDiary diary;
};

} // namespace

TEST_F(ReminderWindowTest, ClickingAReminderShowsItsAreaInTheMainWindow)
{
    settings.setReminderConfig(Reminder::BedtimeRoutine, {true, QTime(21, 30)});
    settings.setReminderConfig(Reminder::DiaryCheck, {true, QTime(21, 0)});
    legcare::gui::MainWindow window(settings, knowledgeBase, diary.store(), legcare::i18n::Language::English);
    auto *service = window.findChild<ReminderService *>();
    ASSERT_NE(service, nullptr);
    QDateTime now(QDate(2024, 5, 14), QTime(21, 30));
    QList<Reminder> shown;
    service->setClock([&now] { return now; });
    service->setNotifier([&shown](Reminder reminder, const QString &, const QString &) { shown.append(reminder); });
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    // The first check runs once the event loop does: both are due (the diary's within its grace).
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown.size() == 2; }, 2000));

    window.showArea(legcare::gui::Area::Library);
    service->openReminder(Reminder::BedtimeRoutine);
    EXPECT_EQ(window.currentArea(), legcare::gui::Area::Stretching);
    auto *stretching = qobject_cast<legcare::gui::StretchingPage *>(window.page(legcare::gui::Area::Stretching));
    ASSERT_NE(stretching, nullptr);
    ASSERT_TRUE(stretching->currentRoutine().has_value());
    EXPECT_EQ(stretching->currentRoutine()->id, QStringLiteral("bedtime_cramp_prevention"));

    service->openReminder(Reminder::DiaryCheck);
    EXPECT_EQ(window.currentArea(), legcare::gui::Area::Diary);
}

TEST_F(ReminderWindowTest, SettingsMenuOpensTheRemindersDialog)
{
    legcare::gui::MainWindow window(settings, knowledgeBase, diary.store(), legcare::i18n::Language::English);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionReminders"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->text(), QStringLiteral("&Reminders…"));
    action->trigger();
    ReminderDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        dialog = window.findChild<ReminderDialog *>();
        return dialog && dialog->isVisible();
    }));
    // A second trigger does not open a second dialog.
    action->trigger();
    EXPECT_EQ(window.findChildren<ReminderDialog *>().size(), 1);
    dialog->reject();
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.findChild<ReminderDialog *>() == nullptr; }));
}
