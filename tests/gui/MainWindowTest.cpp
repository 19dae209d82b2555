#include "MainWindow.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/SafetyNoticeDialog.h"
#include "settings/Settings.h"

#include "DiaryTestSupport.h"
#include "TempSettings.h"
#include "TestKnowledgeBase.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>

using legcare::gui::Area;
using legcare::gui::MainWindow;
constexpr auto kEnglish = legcare::i18n::Language::English;

namespace {

// Waits until the condition holds or the timeout passes, processing events meanwhile.
template<typename Predicate>
bool waitFor(Predicate predicate, int timeoutMs = 3000)
{
    return QTest::qWaitFor(predicate, timeoutMs);
}

template<typename T>
T *visibleTopLevel(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == objectName && widget->isVisible())
            return qobject_cast<T *>(widget);
    }
    return nullptr;
}

class MainWindowTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { legcare::test::bundledKnowledgeBase(); }

    const legcare::kb::KnowledgeBase &knowledgeBase = legcare::test::bundledKnowledgeBase();
    legcare::test::TempSettings temp;
    legcare::Settings settings{temp.store()};
    legcare::test::TempDiary diary;
};

} // namespace

TEST_F(MainWindowTest, ShowsFourAreasAndTheDisclaimer)
{
    MainWindow window(settings, knowledgeBase, diary.store(), kEnglish);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("areaSidebar"));
    ASSERT_NE(sidebar, nullptr);
    ASSERT_EQ(sidebar->count(), 4);
    EXPECT_EQ(sidebar->item(0)->text(), QStringLiteral("Symptom check"));
    EXPECT_EQ(sidebar->item(1)->text(), QStringLiteral("Stretching"));
    EXPECT_EQ(sidebar->item(2)->text(), QStringLiteral("Diary"));
    EXPECT_EQ(sidebar->item(3)->text(), QStringLiteral("Library"));

    auto *disclaimer = window.findChild<QLabel *>(QStringLiteral("disclaimerText"));
    ASSERT_NE(disclaimer, nullptr);
    EXPECT_TRUE(disclaimer->isVisible());
    EXPECT_TRUE(disclaimer->text().contains(QStringLiteral("not a diagnosis")));
}

TEST_F(MainWindowTest, ClickingTheSidebarSwitchesEveryArea)
{
    MainWindow window(settings, knowledgeBase, diary.store(), kEnglish);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("areaSidebar"));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("areaStack"));
    ASSERT_TRUE(sidebar && stack);

    const QStringList pages = {QStringLiteral("symptomCheckPage"), QStringLiteral("stretchingPage"),
                               QStringLiteral("diaryPage"), QStringLiteral("libraryPage")};
    for (int row : {3, 1, 2, 0}) {
        const QRect rect = sidebar->visualItemRect(sidebar->item(row));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
        EXPECT_EQ(stack->currentWidget()->objectName(), pages[row]) << "row " << row;
        EXPECT_TRUE(stack->currentWidget()->isVisible());
        EXPECT_EQ(static_cast<int>(window.currentArea()), row);
    }
}

TEST_F(MainWindowTest, KeyboardShortcutsSwitchAreas)
{
    MainWindow window(settings, knowledgeBase, diary.store(), kEnglish);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(window.currentArea(), Area::Library);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(window.currentArea(), Area::Diary);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.currentArea(), Area::Stretching);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentArea(), Area::SymptomCheck);
}

TEST_F(MainWindowTest, FindOpensTheLibrarySearch)
{
    MainWindow window(settings, knowledgeBase, diary.store(), kEnglish);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.showArea(Area::SymptomCheck);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(window.currentArea(), Area::Library);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("librarySearch"));
    ASSERT_NE(search, nullptr);
    EXPECT_TRUE(waitFor([&] { return search->hasFocus(); }));
}

TEST_F(MainWindowTest, AboutDialogOpensAndCloses)
{
    MainWindow window(settings, knowledgeBase, diary.store(), kEnglish);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    ASSERT_NE(about, nullptr);
    about->trigger();

    legcare::gui::AboutDialog *dialog = nullptr;
    ASSERT_TRUE(waitFor([&] {
        dialog = window.findChild<legcare::gui::AboutDialog *>();
        return dialog && dialog->isVisible();
    }));
    auto *name = dialog->findChild<QLabel *>(QStringLiteral("aboutName"));
    ASSERT_NE(name, nullptr);
    EXPECT_TRUE(name->text().contains(QStringLiteral("LegCare 0.")));
    auto *text = dialog->findChild<QLabel *>(QStringLiteral("aboutText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->text().contains(QStringLiteral("not a diagnosis")));

    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    EXPECT_TRUE(waitFor([&] { return window.findChild<legcare::gui::AboutDialog *>() == nullptr; }));
}

TEST_F(MainWindowTest, WindowStateAndAreaPersist)
{
    {
        MainWindow window(settings, knowledgeBase, diary.store(), kEnglish);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        window.showArea(Area::Diary);
        window.close();
    }
    auto reopened = temp.reopen();
    legcare::Settings again(*reopened);
    EXPECT_FALSE(again.windowGeometry().isEmpty());
    EXPECT_EQ(again.lastArea(), static_cast<int>(Area::Diary));

    MainWindow window(again, knowledgeBase, diary.store(), kEnglish);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.currentArea(), Area::Diary);
    EXPECT_EQ(window.size(), QSize(900, 640));
}

TEST_F(MainWindowTest, ChoosingALanguageIsSavedAndExplained)
{
    MainWindow window(settings, knowledgeBase, diary.store(), kEnglish);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    auto *chinese = window.findChild<QAction *>(QStringLiteral("actionLanguage_zh_CN"));
    ASSERT_NE(chinese, nullptr);
    EXPECT_FALSE(chinese->isChecked());
    chinese->trigger();
    EXPECT_TRUE(chinese->isChecked());
    EXPECT_EQ(settings.languagePreference(), QStringLiteral("zh_CN"));

    QMessageBox *notice = nullptr;
    ASSERT_TRUE(waitFor([&] {
        notice = window.findChild<QMessageBox *>(QStringLiteral("languageRestartNotice"));
        return notice && notice->isVisible();
    }));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("next time")));
    notice->accept();
}

TEST(SafetyNoticeDialog, FirstRunAsksForAcknowledgement)
{
    using legcare::gui::SafetyNoticeDialog;
    SafetyNoticeDialog dialog(SafetyNoticeDialog::Mode::FirstRun);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    auto *text = dialog.findChild<QLabel *>(QStringLiteral("safetyNoticeText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->text().contains(QStringLiteral("not a diagnosis")));
    EXPECT_TRUE(text->text().contains(QStringLiteral("emergency number")));

    ASSERT_NE(dialog.findChild<QPushButton *>(QStringLiteral("quitButton")), nullptr);
    auto *acknowledge = dialog.findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
    ASSERT_NE(acknowledge, nullptr);
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

// Edit ▸ Undo undoes the routines' edits on Stretching and the diary's everywhere else.
TEST_F(MainWindowTest, UndoFollowsTheAreaShown)
{
    MainWindow window(settings, knowledgeBase, diary.store(), kEnglish);
    window.show();
    auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    ASSERT_TRUE(undo);

    window.showArea(Area::Stretching);
    auto *newRoutine = window.findChild<QPushButton *>(QStringLiteral("newRoutineButton"));
    ASSERT_TRUE(newRoutine);
    QTest::mouseClick(newRoutine, Qt::LeftButton);
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains(QStringLiteral("create routine")));

    window.showArea(Area::Diary);
    EXPECT_FALSE(undo->isEnabled()); // nothing logged in the diary yet

    window.showArea(Area::Stretching);
    undo->trigger();
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_FALSE(window.findChild<QPushButton *>(QStringLiteral("deleteRoutineButton"))->isEnabled());
}
