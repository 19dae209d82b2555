// The Stretching area: the routines and their pages, the person's own routines with undo, and
// the guided player driven by a test clock, down to the session in the history.

#include "DiaryTestSupport.h"
#include "TestKnowledgeBase.h"

#include "kb/KnowledgeBase.h"
#include "pages/StretchingPage.h"
#include "pages/library/KbBrowser.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutinePlayerDialog.h"
#include "routines/RoutineStore.h"
#include "routines/Timing.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace legcare::gui {
namespace {

using test::bundledKnowledgeBase;

QStringList routineIds(const QTreeWidget *list)
{
    QStringList result;
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        for (int i = 0; i < list->topLevelItem(group)->childCount(); ++i) {
            const QString id = list->topLevelItem(group)->child(i)->data(0, Qt::UserRole).toString();
            if (!id.isEmpty())
                result.append(id);
        }
    }
    return result;
}

template<typename T>
T *child(const QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    EXPECT_TRUE(widget) << name;
    return widget;
}

TEST(StretchingPage, ShowsEveryBuiltInRoutineWithItsExercises)
{
    test::TempDiary diary;
    const kb::KnowledgeBase &kb = bundledKnowledgeBase();
    StretchingPage page(kb, i18n::Language::English, diary.store());
    QStringList expected;
    for (const kb::Routine &routine : kb.routines())
        expected.append(routine.id);
    EXPECT_EQ(routineIds(page.routineList()), expected);

    for (const kb::Routine &routine : kb.routines()) {
        ASSERT_TRUE(page.selectRoutine(routine.id));
        const QString text = page.view()->toPlainText();
        EXPECT_TRUE(text.contains(routine.name.en));
        for (const kb::RoutineItem &item : routine.items)
            EXPECT_TRUE(text.contains(kb.exercise(item.exerciseId)->name.en)) << item.exerciseId.toStdString();
        // Built-in routines are not edited in place.
        EXPECT_FALSE(child<QTabWidget>(&page, "stretchingTabs")->isTabEnabled(1));
        EXPECT_FALSE(child<QPushButton>(&page, "deleteRoutineButton")->isEnabled());
        EXPECT_TRUE(child<QPushButton>(&page, "startRoutineButton")->isEnabled());
    }
}

TEST(StretchingPage, OwnRoutinesAreMadeEditedAndDeletedWithUndo)
{
    test::TempDiary diary;
    const kb::KnowledgeBase &kb = bundledKnowledgeBase();
    StretchingPage page(kb, i18n::Language::English, diary.store());
    routines::RoutineStore store(diary.store());

    ASSERT_TRUE(page.selectRoutine(QStringLiteral("warm_up_cool_down")));
    QTest::mouseClick(child<QPushButton>(&page, "copyRoutineButton"), Qt::LeftButton);
    ASSERT_EQ(store.customRoutines().size(), 1);
    const routines::Routine copy = store.customRoutines().first();
    EXPECT_EQ(copy.items.size(), kb.routine(QStringLiteral("warm_up_cool_down"))->items.size());
    EXPECT_EQ(page.currentRoutine()->id, copy.id);
    EXPECT_TRUE(child<QTabWidget>(&page, "stretchingTabs")->isTabEnabled(1));

    // An edit made in the editor lands in the database and is undone from the page's stack.
    page.editor()->moveItem(0, 3);
    EXPECT_EQ(store.customRoutine(copy.customId)->items.at(3).exerciseId, QStringLiteral("leg_swings"));
    EXPECT_EQ(page.editor()->routine().items.at(3).exerciseId, QStringLiteral("leg_swings"));
    page.editor()->rename(QStringLiteral("Before football"));
    EXPECT_EQ(page.routineList()->currentItem()->text(0), QStringLiteral("Before football"));
    page.undoStack()->undo();
    page.undoStack()->undo();
    EXPECT_EQ(store.customRoutine(copy.customId)->items.at(0).exerciseId, QStringLiteral("leg_swings"));
    EXPECT_EQ(store.customRoutine(copy.customId)->name.en, copy.name.en);

    QTest::mouseClick(child<QPushButton>(&page, "deleteRoutineButton"), Qt::LeftButton);
    EXPECT_TRUE(store.customRoutines().isEmpty());
    EXPECT_FALSE(routineIds(page.routineList()).contains(copy.id));
    page.undoStack()->undo();
    EXPECT_TRUE(routineIds(page.routineList()).contains(copy.id));

    QTest::mouseClick(child<QPushButton>(&page, "newRoutineButton"), Qt::LeftButton);
    ASSERT_EQ(store.customRoutines().size(), 2);
    // A new routine is empty: nothing to play or print until it has exercises.
    EXPECT_FALSE(child<QPushButton>(&page, "startRoutineButton")->isEnabled());
    page.editor()->addExercise(QStringLiteral("bridge"));
    EXPECT_TRUE(child<QPushButton>(&page, "startRoutineButton")->isEnabled());
}

class FakeClock
{
public:
    routines::RoutinePlayer::Clock clock()
    {
        return [this] { return m_now; };
    }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now = 1000;
};

TEST(RoutinePlayerDialog, PlaysARoutineToTheEndAndRecordsTheSession)
{
    test::TempDiary diary;
    const kb::KnowledgeBase &kb = bundledKnowledgeBase();
    routines::RoutineStore store(diary.store());
    const routines::Routine routine = routines::fromKnowledgeBase(*kb.routine(QStringLiteral("lower_back_leg_root")));
    FakeClock clock;
    RoutinePlayerDialog dialog(routine, kb, i18n::Language::English, &store, clock.clock());
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));

    auto *phase = child<QLabel>(&dialog, "playerPhase");
    auto *countdown = child<QLabel>(&dialog, "playerCountdown");
    EXPECT_EQ(child<QLabel>(&dialog, "playerExercise")->text(), QStringLiteral("Bridge"));
    EXPECT_EQ(phase->text(), QStringLiteral("Get ready"));
    EXPECT_EQ(countdown->text(), QString::number(routines::kGetReadySeconds));
    EXPECT_FALSE(child<QLabel>(&dialog, "playerIllustration")->pixmap().isNull());

    clock.advance(routines::kGetReadySeconds * 1000 + 2000);
    dialog.tick();
    EXPECT_EQ(phase->text(), QStringLiteral("Hold — 1 of 8"));
    EXPECT_EQ(countdown->text(), QStringLiteral("10")); // 12 s hold, 2 s gone

    // Paused, the clock runs on but the countdown does not.
    QTest::mouseClick(child<QPushButton>(&dialog, "playerPause"), Qt::LeftButton);
    EXPECT_EQ(child<QPushButton>(&dialog, "playerPause")->text(), QStringLiteral("&Resume"));
    clock.advance(60'000);
    dialog.tick();
    EXPECT_EQ(countdown->text(), QStringLiteral("10"));
    QTest::keyClick(&dialog, Qt::Key_Space);
    EXPECT_EQ(dialog.player()->state(), routines::RoutinePlayer::State::Running);

    // Skip the bridge; play the back extension to its end.
    QTest::mouseClick(child<QPushButton>(&dialog, "playerSkip"), Qt::LeftButton);
    dialog.tick();
    EXPECT_EQ(child<QLabel>(&dialog, "playerExercise")->text(),
              kb.exercise(QStringLiteral("prone_back_extension"))->name.en);
    clock.advance(qint64(dialog.player()->remainingTotalSeconds()) * 1000);
    dialog.tick();

    EXPECT_EQ(dialog.player()->state(), routines::RoutinePlayer::State::Finished);
    const QString summary = child<QLabel>(&dialog, "playerSummary")->text();
    EXPECT_TRUE(summary.contains(kb.exercise(QStringLiteral("prone_back_extension"))->name.en.toHtmlEscaped()));
    EXPECT_TRUE(summary.contains(QStringLiteral("Skipped")));
    ASSERT_GT(dialog.recordedSessionId(), 0);
    const QList<routines::Session> sessions = store.sessions();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.first().routineId, QStringLiteral("lower_back_leg_root"));
    EXPECT_EQ(sessions.first().completedExercises, QStringList{QStringLiteral("prone_back_extension")});
    EXPECT_EQ(sessions.first().plannedExercises, 2);
}

TEST(StretchingPage, StartOpensThePlayerAndStoppingRecordsTheSessionInTheHistory)
{
    test::TempDiary diary;
    StretchingPage page(bundledKnowledgeBase(), i18n::Language::English, diary.store());
    QSignalSpy recorded(&page, &StretchingPage::sessionRecorded);
    ASSERT_TRUE(page.selectRoutine(QStringLiteral("bedtime_cramp_prevention")));
    QTest::mouseClick(child<QPushButton>(&page, "startRoutineButton"), Qt::LeftButton);
    auto *dialog = page.findChild<RoutinePlayerDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->player()->state(), routines::RoutinePlayer::State::Running);

    dialog->reject(); // Esc: stopped early, and recorded as such
    ASSERT_EQ(recorded.size(), 1);
    ASSERT_EQ(page.historyView()->topLevelItemCount(), 1);
    const QTreeWidgetItem *row = page.historyView()->topLevelItem(0);
    EXPECT_EQ(row->text(1), QStringLiteral("Bedtime cramp prevention"));
    EXPECT_EQ(row->text(2), QStringLiteral("0 of 5"));
    EXPECT_EQ(row->text(4), QStringLiteral("Stopped early"));
}

} // namespace
} // namespace legcare::gui
