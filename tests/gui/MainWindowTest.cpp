#include "MainWindow.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/SafetyNoticeDialog.h"
#include "pages/SymptomCheckPage.h"
#include "settings/Settings.h"
#include "wizard/SymptomWizard.h"

#include "DiaryTestSupport.h"
#include "TempSettings.h"
#include "TestKnowledgeBase.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
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

TEST_F(MainWindowTest, TextSkipsOpenTypeShapingAndFollowsTheDesktopsFont)
{
    MainWindow window(settings, knowledgeBase, diary.store(), kEnglish);
    auto *disclaimer = window.findChild<QLabel *>(QStringLiteral("disclaimerText"));
    ASSERT_NE(disclaimer, nullptr);
    EXPECT_TRUE(window.font().styleStrategy() & QFont::PreferNoShaping);
    EXPECT_TRUE(disclaimer->font().styleStrategy() & QFont::PreferNoShaping);
    EXPECT_EQ(window.font().family(), QApplication::font().family());

    // The application's font (the desktop's) still decides the family and the size.
    const QFont before = QApplication::font();
    QFont larger = before;
    larger.setPointSizeF(before.pointSizeF() * 2);
    QApplication::setFont(larger);
    QCoreApplication::sendPostedEvents(); // the font change reaches the widgets as events
    EXPECT_EQ(window.font().pointSizeF(), larger.pointSizeF());
    EXPECT_EQ(disclaimer->font().pointSizeF(), larger.pointSizeF());
    EXPECT_TRUE(disclaimer->font().styleStrategy() & QFont::PreferNoShaping);
    QApplication::setFont(before);
    QCoreApplication::sendPostedEvents();
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

// The Library's and the Stretching area's splitters come back as they were left.
TEST_F(MainWindowTest, SplittersPersist)
{
    QList<int> library;
    QList<int> stretching;
    {
        MainWindow window(settings, knowledgeBase, diary.store(), kEnglish);
        window.resize(1100, 720);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        for (Area area : { Area::Library, Area::Stretching })
            window.showArea(area);
        auto *librarySplitter = window.findChild<QSplitter *>(QStringLiteral("librarySplitter"));
        auto *stretchingSplitter
            = window.findChild<QSplitter *>(QStringLiteral("stretchingSplitter"));
        ASSERT_TRUE(librarySplitter && stretchingSplitter);
        const int libraryTotal = librarySplitter->sizes().at(0) + librarySplitter->sizes().at(1);
        librarySplitter->setSizes({ libraryTotal / 2, libraryTotal - libraryTotal / 2 });
        const int stretchingTotal
            = stretchingSplitter->sizes().at(0) + stretchingSplitter->sizes().at(1);
        stretchingSplitter->setSizes(
            { stretchingTotal * 2 / 5, stretchingTotal - stretchingTotal * 2 / 5 });
        library = librarySplitter->sizes();
        stretching = stretchingSplitter->sizes();
        window.close();
    }
    auto reopened = temp.reopen();
    legcare::Settings again(*reopened);
    EXPECT_FALSE(again.librarySplitterState().isEmpty());
    EXPECT_FALSE(again.stretchingSplitterState().isEmpty());

    MainWindow window(again, knowledgeBase, diary.store(), kEnglish);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showArea(Area::Library);
    EXPECT_EQ(window.findChild<QSplitter *>(QStringLiteral("librarySplitter"))->sizes(), library);
    window.showArea(Area::Stretching);
    EXPECT_EQ(window.findChild<QSplitter *>(QStringLiteral("stretchingSplitter"))->sizes(),
              stretching);
}

// F1 opens the help at the section about the area shown; Help ▸ LegCare Help does the same.
TEST_F(MainWindowTest, F1OpensHelpAtTheAreaShown)
{
    using legcare::gui::HelpDialog;
    MainWindow window(settings, knowledgeBase, diary.store(), kEnglish);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionHelp"));
    ASSERT_TRUE(action);
    EXPECT_EQ(action->shortcut(), QKeySequence(QKeySequence::HelpContents));

    window.showArea(Area::Diary);
    QTest::keyClick(&window, Qt::Key_F1);
    HelpDialog *help = nullptr;
    ASSERT_TRUE(waitFor([&] {
        help = window.findChild<HelpDialog *>();
        return help && help->isVisible();
    }));
    EXPECT_EQ(help->currentSection(), HelpDialog::Section::Diary);
    EXPECT_TRUE(help->text().contains(QStringLiteral("Ctrl+N")));

    window.showArea(Area::Library);
    action->trigger();
    EXPECT_EQ(window.findChildren<HelpDialog *>().size(), 1); // the same window, brought back
    EXPECT_EQ(help->currentSection(), HelpDialog::Section::Library);

    // Every section says something; "Your data" names the diary's file and how to export.
    for (int i = 0; i < HelpDialog::kSectionCount; ++i) {
        help->showSection(static_cast<HelpDialog::Section>(i));
        EXPECT_GT(help->text().size(), 150) << i;
    }
    help->showSection(HelpDialog::Section::YourData);
    EXPECT_TRUE(help->text().contains(diary.path()));
    EXPECT_TRUE(help->text().contains(QStringLiteral("diary export")));
    help->showSection(HelpDialog::Section::Welcome);
    EXPECT_TRUE(help->text().contains(QStringLiteral("not a diagnosis")));
    help->showSection(HelpDialog::Section::Shortcuts);
    for (QKeySequence::StandardKey key :
         { QKeySequence::HelpContents, QKeySequence::Print, QKeySequence::New, QKeySequence::Find,
           QKeySequence::Undo, QKeySequence::Quit }) {
        const QString text = QKeySequence(key).toString(QKeySequence::NativeText);
        if (!text.isEmpty()) { // the offscreen platform binds no Quit key
            EXPECT_TRUE(help->text().contains(text)) << text.toStdString();
        }
    }
    EXPECT_TRUE(help->text().contains(QStringLiteral("Ctrl+P")));
    help->reject();
}

// No two window-wide actions share a key, so no shortcut is ambiguous (Qt would then run none).
TEST_F(MainWindowTest, NoShortcutIsAmbiguous)
{
    MainWindow window(settings, knowledgeBase, diary.store(), kEnglish);
    QMap<QString, QString> owners;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcutContext() != Qt::WindowShortcut
            && action->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::PortableText);
            EXPECT_FALSE(owners.contains(text))
                << text.toStdString() << " is on " << owners.value(text).toStdString() << " and "
                << action->objectName().toStdString();
            owners.insert(text, action->objectName());
        }
    }
    EXPECT_EQ(owners.value(QKeySequence(QKeySequence::Print).toString(QKeySequence::PortableText)),
              QStringLiteral("actionPrint"));
    EXPECT_EQ(owners.value(QKeySequence(QKeySequence::New).toString(QKeySequence::PortableText)),
              QStringLiteral("actionNewEpisode"));
    EXPECT_EQ(owners.value(QKeySequence(QKeySequence::Find).toString(QKeySequence::PortableText)),
              QStringLiteral("actionFind"));
}

// Ctrl+P prints what the area shows: the result (once there is one), the routine, the doctor's
// report, the Library page.
TEST_F(MainWindowTest, PrintFollowsTheArea)
{
    MainWindow window(settings, knowledgeBase, diary.store(), kEnglish);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto *print = window.findChild<QAction *>(QStringLiteral("actionPrint"));
    ASSERT_TRUE(print);
    EXPECT_EQ(print->shortcut(), QKeySequence(QKeySequence::Print));

    // Opens with Ctrl+P and expects a visible dialog of that name, which it closes again.
    const auto printsWith = [&](const QString &dialogName) {
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QDialog *dialog = nullptr;
        const bool shown = waitFor([&] {
            dialog = window.findChild<QDialog *>(dialogName);
            return dialog && dialog->isVisible();
        });
        if (dialog)
            dialog->reject();
        QTest::qWait(10);
        return shown;
    };

    window.showArea(Area::SymptomCheck);
    EXPECT_FALSE(print->isEnabled()); // nothing to print before a result
    auto *check = qobject_cast<legcare::gui::SymptomCheckPage *>(window.page(Area::SymptomCheck));
    check->startCheck();
    EXPECT_FALSE(print->isEnabled());
    ASSERT_TRUE(check->wizard());
    check->wizard()
        ->findChild<QAbstractButton *>(QStringLiteral("chest_pain_or_breathless_yes"))
        ->click();
    check->wizard()->findChild<QAbstractButton *>(QStringLiteral("stopForWarning"))->click();
    ASSERT_TRUE(waitFor([&] { return check->showsResult(); }));
    EXPECT_TRUE(print->isEnabled());
    EXPECT_TRUE(printsWith(QStringLiteral("resultPrintPreview")));

    window.showArea(Area::Stretching);
    EXPECT_TRUE(print->isEnabled());
    EXPECT_TRUE(print->text().contains(QStringLiteral("routine")));
    EXPECT_TRUE(printsWith(QStringLiteral("routinePrintPreview")));

    window.showArea(Area::Diary);
    EXPECT_TRUE(print->text().contains(QStringLiteral("report")));
    EXPECT_TRUE(printsWith(QStringLiteral("reportPeriodDialog")));

    window.showArea(Area::Library);
    EXPECT_TRUE(print->isEnabled());
    EXPECT_TRUE(printsWith(QStringLiteral("libraryPrintPreview")));
}
