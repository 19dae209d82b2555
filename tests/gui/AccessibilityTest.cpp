// Accessibility of every screen: each visible interactive widget has an accessible name (its
// text, its label's buddy or an explicit name, as a screen reader gets it through QAccessible),
// Tab reaches every control of the Stretching page and the quick-log dialog, and what colour
// shows is also said in words.

#include "MainWindow.h"
#include "common/LegMapCanvas.h"
#include "common/LegMapWidget.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/SafetyNoticeDialog.h"
#include "diary/DiaryOpenDialog.h"
#include "diary/DiaryFilterBar.h"
#include "diary/DiaryStatsView.h"
#include "diary/FrequencyPrompt.h"
#include "diary/QuickLogDialog.h"
#include "pages/DiaryPage.h"
#include "pages/SymptomCheckPage.h"
#include "routines/RoutineCatalog.h"
#include "routines/RoutinePlayerDialog.h"
#include "routines/RoutineStore.h"
#include "settings/Settings.h"
#include "wizard/AssessmentView.h"
#include "wizard/QuestionPage.h"
#include "wizard/SymptomWizard.h"
#include "wizard/WarningBanner.h"

#include "DiaryTestSupport.h"
#include "TempSettings.h"
#include "TestKnowledgeBase.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <gtest/gtest.h>

#include <set>

namespace legcare::gui {
namespace {

using test::bundledKnowledgeBase;

// Widgets a person operates (or reads by moving into, like a text browser or a chart).
bool isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QHeaderView *>(widget))
        return false; // parts of their view, announced with it
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTabBar *>(widget)
        || qobject_cast<const QChartView *>(widget)
        || widget->inherits("legcare::gui::LegMapCanvas");
}

// Inner parts of a compound control (a spin box's line edit, a line edit's clear button) are
// not separate objects to a screen reader.
bool isInnerPart(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QComboBox *>(parent) || qobject_cast<const QLineEdit *>(parent))
            return true;
    }
    return false;
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *each = widget; each; each = each->parentWidget()) {
        const QString name = each->objectName();
        path.prepend(name.isEmpty() ? QString::fromLatin1(each->metaObject()->className()) : name);
    }
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(widget->metaObject()->className()),
                                         path.join(QLatin1Char('/')));
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name).trimmed() : QString();
}

// Every visible interactive widget under (and including) root without an accessible name.
QStringList unnamed(QWidget *root)
{
    QStringList offenders;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || !isInteractive(widget) || isInnerPart(widget))
            continue;
        if (accessibleName(widget).isEmpty())
            offenders.append(describe(widget));
    }
    return offenders;
}

int countInteractive(QWidget *root)
{
    int count = 0;
    for (QWidget *widget : root->findChildren<QWidget *>())
        count += widget->isVisible() && isInteractive(widget) && !isInnerPart(widget) ? 1 : 0;
    return count;
}

#define EXPECT_ALL_NAMED(root, where)                                                              \
    do {                                                                                           \
        const QStringList offenders = unnamed(root);                                               \
        EXPECT_TRUE(offenders.isEmpty()) << (where) << ": no accessible name for\n  "              \
                                         << offenders.join(QStringLiteral("\n  ")).toStdString();  \
    } while (false)

// Presses Tab from `first` until focus comes back (or leaves `scope`), and returns every widget
// that had the focus on the way.
std::set<QWidget *> tabWalk(QWidget *first, QWidget *scope, int presses = 300)
{
    std::set<QWidget *> reached;
    first->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < presses; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        reached.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    std::set<QWidget *> inside;
    for (QWidget *widget : reached) {
        if (widget == scope || scope->isAncestorOf(widget))
            inside.insert(widget);
    }
    return inside;
}

// The visible, enabled controls under root that Tab must reach. Tab stops once in a group of
// exclusive radio buttons (the arrow keys choose within it), so one button of each group will do.
QStringList notReachedByTab(QWidget *root, const std::set<QWidget *> &reached)
{
    QStringList missing;
    std::set<const QObject *> radioGroupsReached;
    for (QWidget *widget : reached) {
        if (auto *radio = qobject_cast<QRadioButton *>(widget))
            radioGroupsReached.insert(radio->group() ? static_cast<const QObject *>(radio->group())
                                                     : radio->parent());
    }
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->isEnabled() || !isInteractive(widget)
            || isInnerPart(widget))
            continue;
        if (widget->focusPolicy() == Qt::NoFocus && qobject_cast<QChartView *>(widget))
            continue; // charts are read through their descriptions, not visited
        if (auto *radio = qobject_cast<QRadioButton *>(widget)) {
            const QObject *group
                = radio->group() ? static_cast<const QObject *>(radio->group()) : radio->parent();
            if (radioGroupsReached.count(group) == 0)
                missing.append(describe(widget));
            continue;
        }
        if (reached.count(widget) == 0)
            missing.append(describe(widget));
    }
    return missing;
}

class AccessibilityTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { bundledKnowledgeBase(); }

    void SetUp() override
    {
        window.resize(1200, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    // Answers the current wizard page so that Next opens: "no" (or "don't know") to every
    // question, a place on the leg map.
    void answerPage(QWizardPage *page)
    {
        for (QWidget *question :
             page->findChildren<QWidget *>(QRegularExpression(QStringLiteral("_question$")))) {
            if (!question->isVisible())
                continue;
            const QList<QRadioButton *> buttons = question->findChildren<QRadioButton *>();
            QRadioButton *choice = buttons.isEmpty() ? nullptr : buttons.constFirst();
            for (QRadioButton *button : buttons) {
                if (button->objectName().endsWith(QLatin1String("_no")))
                    choice = button;
            }
            if (choice)
                choice->click();
        }
        if (auto *map = page->findChild<LegMapWidget *>(); map && map->isVisible())
            map->setSelection(kb::Location::Calf, LegSide::Left);
    }

    test::TempSettings temp;
    Settings settings { temp.store() };
    test::TempDiary diary;
    MainWindow window { settings, bundledKnowledgeBase(), diary.store(), i18n::Language::English };
};

} // namespace

// The check itself finds what it should: a field without label and a button with only an icon.
TEST(AccessibilityCheck, FindsUnnamedControls)
{
    QWidget form;
    auto *field = new QLineEdit(&form);
    field->setObjectName(QStringLiteral("unlabelledField"));
    auto *iconOnly = new QToolButton(&form);
    iconOnly->setObjectName(QStringLiteral("iconOnly"));
    iconOnly->setIcon(form.style()->standardIcon(QStyle::SP_ArrowBack));
    auto *named = new QToolButton(&form);
    named->setIcon(form.style()->standardIcon(QStyle::SP_ArrowForward));
    named->setAccessibleName(QStringLiteral("Forward"));
    auto *layout = new QHBoxLayout(&form);
    layout->addWidget(field);
    layout->addWidget(iconOnly);
    layout->addWidget(named);
    form.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
    const QStringList offenders = unnamed(&form);
    ASSERT_EQ(offenders.size(), 2) << offenders.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(offenders[0].contains(QStringLiteral("unlabelledField"))
                || offenders[1].contains(QStringLiteral("unlabelledField")));

    // A label's buddy names the field.
    auto *label = new QLabel(QStringLiteral("&Name:"), &form);
    label->setBuddy(field);
    layout->insertWidget(0, label);
    EXPECT_EQ(unnamed(&form).size(), 1);
}

TEST_F(AccessibilityTest, EveryAreaNamesItsControls)
{
    for (Area area : { Area::SymptomCheck, Area::Stretching, Area::Diary, Area::Library }) {
        window.showArea(area);
        QTest::qWait(20);
        EXPECT_GE(countInteractive(&window), 2); // the sidebar and at least one control
        EXPECT_ALL_NAMED(&window, "area " + std::to_string(static_cast<int>(area)));
    }

    // Every tab of the tabbed areas.
    for (Area area : { Area::Stretching, Area::Diary }) {
        window.showArea(area);
        for (QTabWidget *tabs : window.page(area)->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabEnabled(i))
                    continue;
                tabs->setCurrentIndex(i);
                QTest::qWait(20);
                EXPECT_ALL_NAMED(&window,
                                 tabs->objectName().toStdString() + " tab " + std::to_string(i));
            }
        }
    }
}

TEST_F(AccessibilityTest, TheDiaryWithItsPromptAndChartsIsNamedAndDescribed)
{
    QList<diary::Episode> episodes;
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < 12; ++i)
        episodes.append(test::makeEpisode(now.addSecs(-3600LL * 30 * i), 3 + i % 6));
    QString error;
    ASSERT_TRUE(diary.store().importEpisodes(episodes, &error)) << error.toStdString();
    auto *diaryPage = qobject_cast<DiaryPage *>(window.page(Area::Diary));
    diaryPage->reload();
    diaryPage->filterBar()->setPreset(DiaryFilterBar::Last30Days);
    window.showArea(Area::Diary);

    // The frequency prompt says it in words, not colour alone.
    auto *prompt = window.findChild<FrequencyPrompt *>(QStringLiteral("diaryPagePrompt"));
    ASSERT_TRUE(prompt);
    EXPECT_TRUE(prompt->isVisible());
    EXPECT_FALSE(accessibleName(prompt).isEmpty());
    EXPECT_TRUE(prompt->accessibleDescription().contains(QStringLiteral("last 7 days")));
    EXPECT_ALL_NAMED(&window, "diary with the prompt");

    // Every chart has a name and a description of what it shows.
    diaryPage->showStatistics();
    QTest::qWait(20);
    const QList<QChartView *> charts = diaryPage->statsView()->findChildren<QChartView *>();
    EXPECT_GE(charts.size(), 7);
    for (QChartView *chart : charts) {
        EXPECT_FALSE(accessibleName(chart).isEmpty()) << chart->objectName().toStdString();
        QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(chart);
        ASSERT_TRUE(interface);
        EXPECT_FALSE(interface->text(QAccessible::Description).isEmpty())
            << chart->objectName().toStdString();
    }
    EXPECT_ALL_NAMED(&window, "diary statistics");
}

TEST_F(AccessibilityTest, EveryPageOfTheSymptomCheckNamesItsControls)
{
    window.showArea(Area::SymptomCheck);
    auto *page = qobject_cast<SymptomCheckPage *>(window.page(Area::SymptomCheck));
    page->startCheck();
    SymptomWizard *wizard = page->wizard();
    ASSERT_TRUE(wizard);

    // The emergency banner and its button.
    auto *yes = wizard->currentPage()->findChild<QRadioButton *>(
        QStringLiteral("chest_pain_or_breathless_yes"));
    ASSERT_TRUE(yes);
    yes->click();
    auto *banner = wizard->currentPage()->findChild<WarningBanner *>();
    ASSERT_TRUE(banner && banner->isVisible());
    EXPECT_FALSE(accessibleName(banner).isEmpty());
    EXPECT_FALSE(banner->accessibleDescription().isEmpty());
    EXPECT_ALL_NAMED(&window, "emergency banner");
    wizard->currentPage()
        ->findChild<QRadioButton *>(QStringLiteral("chest_pain_or_breathless_no"))
        ->click();

    QList<int> visited;
    for (int step = 0; step < SymptomWizard::PageCount + 2 && page->wizard(); ++step) {
        QWizardPage *current = wizard->currentPage();
        visited.append(wizard->currentId());
        EXPECT_ALL_NAMED(&window, "wizard page " + std::to_string(wizard->currentId()));
        answerPage(current);
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QAbstractButton *finish = wizard->button(QWizard::FinishButton);
        if (next->isVisible() && next->isEnabled()) {
            next->click();
        } else {
            ASSERT_TRUE(finish->isVisible() && finish->isEnabled())
                << "stuck on page " << wizard->currentId();
            finish->click();
            break;
        }
    }
    EXPECT_GE(visited.size(), 8);
    EXPECT_TRUE(visited.contains(SymptomWizard::Where));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->showsResult(); }));
    EXPECT_ALL_NAMED(&window, "symptom check result");
    // The level is said in words (its colour and sign are extras), and announced.
    const triage::Assessment &assessment = page->assessmentView()->assessment();
    EXPECT_FALSE(assessment.levelName.isEmpty());
    EXPECT_TRUE(page->assessmentView()->text().contains(assessment.levelName));
    auto *browser
        = page->assessmentView()->findChild<QTextEdit *>(QStringLiteral("assessmentBrowser"));
    ASSERT_TRUE(browser);
    EXPECT_TRUE(browser->accessibleDescription().contains(assessment.levelName));
}

TEST_F(AccessibilityTest, DialogsNameTheirControls)
{
    // Quick log.
    auto *diaryPage = qobject_cast<DiaryPage *>(window.page(Area::Diary));
    diaryPage->logNewEpisode();
    QuickLogDialog *quickLog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        quickLog = window.findChild<QuickLogDialog *>();
        return quickLog && quickLog->isVisible();
    }));
    EXPECT_GT(countInteractive(quickLog), 20);
    EXPECT_ALL_NAMED(quickLog, "quick log");
    quickLog->reject();

    // The guided routine player.
    routines::RoutineStore store(diary.store());
    const routines::Routine routine
        = routines::fromKnowledgeBase(bundledKnowledgeBase().routines().constFirst());
    qint64 now = 1000;
    RoutinePlayerDialog player(routine, bundledKnowledgeBase(), i18n::Language::English, &store,
                               [&now] { return now; });
    player.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&player));
    EXPECT_ALL_NAMED(&player, "routine player");
    now += 3600'000;
    player.tick();
    EXPECT_ALL_NAMED(&player, "routine player summary");
    player.reject();

    // About and Help.
    window.showAbout();
    AboutDialog *about = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        about = window.findChild<AboutDialog *>();
        return about && about->isVisible();
    }));
    EXPECT_ALL_NAMED(about, "about");
    about->reject();

    window.showHelp();
    auto *help = window.findChild<HelpDialog *>();
    ASSERT_TRUE(help && help->isVisible());
    EXPECT_ALL_NAMED(help, "help");
    help->reject();

    // The first-run safety notice and the diary's way out of a damaged file.
    SafetyNoticeDialog notice(SafetyNoticeDialog::Mode::FirstRun);
    notice.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&notice));
    EXPECT_ALL_NAMED(&notice, "safety notice");
    notice.reject();
    diary::OpenError damaged;
    damaged.kind = diary::OpenError::Kind::Corrupt;
    damaged.path = QStringLiteral("/home/someone/diary.sqlite");
    damaged.message = QStringLiteral("The diary is damaged.");
    DiaryOpenDialog wayOut(damaged, { QStringLiteral("/home/someone/diary.sqlite.backup-v3-1") });
    wayOut.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wayOut));
    EXPECT_ALL_NAMED(&wayOut, "diary way out");
    wayOut.reject();
}

TEST_F(AccessibilityTest, TabReachesEveryControlOfTheStretchingPage)
{
    window.showArea(Area::Stretching);
    QWidget *page = window.page(Area::Stretching);
    auto *list = page->findChild<QWidget *>(QStringLiteral("routineList"));
    ASSERT_TRUE(list);
    const std::set<QWidget *> reached = tabWalk(list, page);
    const QStringList missing = notReachedByTab(page, reached);
    EXPECT_TRUE(missing.isEmpty())
        << "Tab does not reach\n  " << missing.join(QStringLiteral("\n  ")).toStdString();
    EXPECT_GE(reached.size(), 6U);
}

TEST_F(AccessibilityTest, TabReachesEveryControlOfTheQuickLogDialog)
{
    QuickLogDialog dialog(QuickLogDialog::Mode::New, std::nullopt,
                          [](const diary::Episode &, QString *) { return true; });
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *severity = dialog.findChild<QWidget *>(QStringLiteral("severity"));
    ASSERT_TRUE(severity);
    const std::set<QWidget *> reached = tabWalk(severity, &dialog);
    const QStringList missing = notReachedByTab(&dialog, reached);
    EXPECT_TRUE(missing.isEmpty())
        << "Tab does not reach\n  " << missing.join(QStringLiteral("\n  ")).toStdString();
    EXPECT_GE(reached.size(), 20U);
}

TEST_F(AccessibilityTest, TheLegMapIsReachedByTabAndWorksByKeyboard)
{
    window.showArea(Area::SymptomCheck);
    auto *page = qobject_cast<SymptomCheckPage *>(window.page(Area::SymptomCheck));
    page->startCheck();
    SymptomWizard *wizard = page->wizard();
    ASSERT_TRUE(wizard);
    for (int step = 0;
         step < SymptomWizard::PageCount && wizard->currentId() != SymptomWizard::Where; ++step) {
        answerPage(wizard->currentPage());
        wizard->next();
    }
    ASSERT_EQ(wizard->currentId(), SymptomWizard::Where);
    auto *map = wizard->currentPage()->findChild<LegMapWidget *>();
    ASSERT_TRUE(map);
    auto *canvas = map->findChild<LegMapCanvas *>();
    ASSERT_TRUE(canvas);
    EXPECT_FALSE(accessibleName(canvas).isEmpty());
    EXPECT_FALSE(canvas->accessibleDescription().isEmpty());

    const std::set<QWidget *> reached = tabWalk(wizard->button(QWizard::CancelButton), wizard);
    EXPECT_EQ(reached.count(canvas), 1U) << "Tab does not reach the leg map";

    canvas->setFocus(Qt::TabFocusReason);
    QTest::keyClick(canvas, Qt::Key_Space);
    QTest::keyClick(canvas, Qt::Key_R);
    EXPECT_TRUE(map->location().has_value());
    EXPECT_EQ(map->side(), LegSide::Right);
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
}

// Sidebar items and buttons that show only an icon say what they do in a tooltip.
TEST_F(AccessibilityTest, IconOnlyButtonsAndSidebarItemsHaveTooltips)
{
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("areaSidebar"));
    ASSERT_TRUE(sidebar);
    for (int row = 0; row < sidebar->count(); ++row)
        EXPECT_FALSE(sidebar->item(row)->toolTip().isEmpty()) << row;

    for (Area area : { Area::SymptomCheck, Area::Stretching, Area::Diary, Area::Library }) {
        window.showArea(area);
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (!button->isVisible() || !button->text().isEmpty() || isInnerPart(button))
                continue;
            if (button->parentWidget() && qobject_cast<QTabBar *>(button->parentWidget()))
                continue; // the tab bar's scroll arrows, named by Qt
            EXPECT_FALSE(button->toolTip().isEmpty()) << describe(button).toStdString();
        }
    }
}

} // namespace legcare::gui
