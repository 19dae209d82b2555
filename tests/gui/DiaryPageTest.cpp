// The Diary page: quick log by keyboard, edit and delete with undo / redo, filters, the
// statistics' prompt, the open-failure dialog, and opening a diary of 100,000 episodes.

#include "pages/DiaryPage.h"
#include "MainWindow.h"
#include "diary/DiaryFilterBar.h"
#include "diary/DiaryOpenDialog.h"
#include "diary/DiaryStatsView.h"
#include "diary/EpisodeModel.h"
#include "diary/QuickLogDialog.h"
#include "settings/Settings.h"

#include "DiaryTestSupport.h"
#include "ExpectedWarnings.h"
#include "TempSettings.h"
#include "TestKnowledgeBase.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <iostream>

using legcare::gui::Area;
using legcare::gui::DiaryPage;
using legcare::gui::MainWindow;
using legcare::gui::QuickLogDialog;
namespace diary = legcare::diary;

namespace {

bool sameDiary(const QList<diary::Episode> &a, const QList<diary::Episode> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || !a[i].sameContent(b[i]))
            return false;
    }
    return true;
}

QuickLogDialog *waitForQuickLog(QWidget *parent)
{
    QuickLogDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = parent->findChild<QuickLogDialog *>();
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

// Types a severity into the dialog's focused box and presses Enter; waits for it to close.
bool typeSeverityAndEnter(QuickLogDialog *dialog, const QString &digits)
{
    if (!QTest::qWaitForWindowActive(dialog))
        return false;
    auto *severity = dialog->findChild<QSpinBox *>(QStringLiteral("severity"));
    auto *text = severity ? severity->findChild<QLineEdit *>() : nullptr;
    if (!text || !QTest::qWaitFor([&] { return severity->hasFocus() && text->hasSelectedText(); }))
        return false;
    QPointer<QuickLogDialog> guard(dialog);
    QTest::keyClicks(QApplication::focusWidget(), digits);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return guard.isNull(); }))
        return false;
    return true;
}

// The offscreen platform has no window manager to hand activation back to the main window.
void reactivate(QWidget *window)
{
    window->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(window));
}

class DiaryWindowTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { legcare::test::bundledKnowledgeBase(); }

    void openWindow()
    {
        window = std::make_unique<MainWindow>(settings, legcare::test::bundledKnowledgeBase(),
                                              temp.store(), legcare::i18n::Language::English);
        window->showArea(Area::Diary);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        page = qobject_cast<DiaryPage *>(window->page(Area::Diary));
        ASSERT_NE(page, nullptr);
    }

    legcare::test::TempSettings settingsFile;
    legcare::Settings settings { settingsFile.store() };
    legcare::test::TempDiary temp;
    std::unique_ptr<MainWindow> window;
    DiaryPage *page = nullptr;
};

} // namespace

TEST_F(DiaryWindowTest, QuickLogByKeyboardOnly)
{
    openWindow();
    window->showArea(Area::Library); // Ctrl+N works from any area

    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QuickLogDialog *dialog = waitForQuickLog(window.get());
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(typeSeverityAndEnter(dialog, QStringLiteral("7")));
    reactivate(window.get());

    ASSERT_EQ(temp.store().episodeCount(), 1);
    const diary::Episode logged = temp.store().episodes().constFirst();
    EXPECT_EQ(logged.severity, 7);
    EXPECT_LE(std::abs(logged.startedAt.secsTo(QDateTime::currentDateTime())), 60);
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->index(0, legcare::gui::EpisodeModel::Severity).data().toInt(), 7);

    // The next one remembers the place and severity: Ctrl+N, Enter.
    diary::Episode edited = logged;
    edited.location = legcare::kb::Location::Foot;
    edited.side = diary::Side::Right;
    ASSERT_TRUE(temp.store().updateEpisode(edited, nullptr));
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    dialog = waitForQuickLog(window.get());
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    auto *severityBox = dialog->findChild<QSpinBox *>(QStringLiteral("severity"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return severityBox->hasFocus(); }));
    QPointer<QuickLogDialog> guard(dialog);
    QTest::keyClick(severityBox, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }));
    reactivate(window.get());
    ASSERT_EQ(temp.store().episodeCount(), 2);
    const diary::Episode second = temp.store().episodes().constFirst();
    EXPECT_EQ(second.location, legcare::kb::Location::Foot);
    EXPECT_EQ(second.side, diary::Side::Right);
    EXPECT_EQ(second.severity, 7);

    // Undo takes the last one back out.
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(temp.store().episodeCount(), 1);
    EXPECT_EQ(page->model()->rowCount(), 1);
}

TEST_F(DiaryWindowTest, EditAndDeleteUndoAndRedoRestoreTheStoreExactly)
{
    const QDateTime now = QDateTime::currentDateTime();
    ASSERT_TRUE(temp.store().importEpisodes(legcare::test::generateEpisodes(5, now.addSecs(-600)),
                                            nullptr));
    const QList<diary::Episode> original = temp.store().episodes();
    openWindow();
    QTableView *table = page->table();
    table->setFocus();
    table->setCurrentIndex(page->model()->index(1, 0));

    // Edit the second row: Enter opens the dialog, a new severity, Enter saves.
    QTest::keyClick(table, Qt::Key_Return);
    QuickLogDialog *dialog = waitForQuickLog(window.get());
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->mode(), QuickLogDialog::Mode::Edit);
    const int newSeverity = original[1].severity == 10 ? 0 : 10;
    ASSERT_TRUE(typeSeverityAndEnter(dialog, QString::number(newSeverity)));
    reactivate(window.get());
    const QList<diary::Episode> afterEdit = temp.store().episodes();
    ASSERT_EQ(afterEdit.size(), original.size());
    EXPECT_EQ(afterEdit[1].id, original[1].id);
    EXPECT_EQ(afterEdit[1].severity, newSeverity);
    EXPECT_EQ(afterEdit[1].startedAt, original[1].startedAt);
    EXPECT_EQ(afterEdit[1].triggers, original[1].triggers);
    EXPECT_EQ(afterEdit[1].note, original[1].note);

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(sameDiary(temp.store().episodes(), original));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(sameDiary(temp.store().episodes(), afterEdit));

    // Delete two rows with the Delete key; undo brings them back with their ids and children.
    table->setFocus();
    table->setCurrentIndex(page->model()->index(0, 0));
    // Ctrl+Down moves without selecting, Ctrl+Space adds the row: rows 0 and 3.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Space, Qt::ControlModifier);
    ASSERT_EQ(table->selectionModel()->selectedRows().size(), 2);
    QTest::keyClick(table, Qt::Key_Delete);
    EXPECT_EQ(temp.store().episodeCount(), original.size() - 2);
    EXPECT_EQ(page->model()->rowCount(), original.size() - 2);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(sameDiary(temp.store().episodes(), afterEdit));
    EXPECT_EQ(page->model()->rowCount(), original.size());
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(temp.store().episodeCount(), original.size() - 2);
    page->undoStack()->undo();
    page->undoStack()->undo();
    EXPECT_TRUE(sameDiary(temp.store().episodes(), original));
    EXPECT_TRUE(temp.store().integrityOk());
}

TEST_F(DiaryWindowTest, FiltersByDateAndPlace)
{
    const QDate today = QDate::currentDate();
    const QTime noon(12, 0);
    QList<diary::Episode> episodes;
    episodes << legcare::test::makeEpisode(QDateTime(today, noon).addDays(-1), 4)
             << legcare::test::makeEpisode(QDateTime(today, noon).addDays(-10), 5,
                                           legcare::kb::Location::Foot)
             << legcare::test::makeEpisode(QDateTime(today, noon).addDays(-50), 6)
             << legcare::test::makeEpisode(QDateTime(today, noon).addDays(-200), 7,
                                           legcare::kb::Location::Foot);
    ASSERT_TRUE(temp.store().importEpisodes(episodes, nullptr));
    openWindow();
    legcare::gui::DiaryFilterBar *filter = page->filterBar();

    EXPECT_EQ(page->model()->rowCount(), 4); // everything
    filter->setPreset(legcare::gui::DiaryFilterBar::Last30Days);
    EXPECT_EQ(page->model()->rowCount(), 2);
    filter->setPreset(legcare::gui::DiaryFilterBar::Last90Days);
    EXPECT_EQ(page->model()->rowCount(), 3);
    filter->setLocation(legcare::kb::Location::Foot);
    EXPECT_EQ(page->model()->rowCount(), 1);
    filter->setRange(today.addDays(-365), today.addDays(-100));
    EXPECT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->episodeAt(0).severity, 7);
    filter->setLocation(std::nullopt);
    filter->setPreset(legcare::gui::DiaryFilterBar::Everything);
    EXPECT_EQ(page->model()->rowCount(), 4);
}

TEST_F(DiaryWindowTest, FrequentCrampsPromptTheSymptomCheck)
{
    const QDateTime now = QDateTime::currentDateTime();
    ASSERT_TRUE(temp.store().addEpisode(legcare::test::makeEpisode(now.addSecs(-3600)), nullptr));
    openWindow();
    page->showStatistics();
    legcare::gui::DiaryStatsView *stats = page->statsView();
    auto *statsPrompt = stats->findChild<QWidget *>(QStringLiteral("frequencyPrompt"));
    ASSERT_NE(statsPrompt, nullptr);
    EXPECT_FALSE(statsPrompt->isVisible());
    EXPECT_FALSE(stats->statistics().frequentThresholdMet);

    for (int i = 1; i <= 3; ++i) {
        QString error;
        ASSERT_TRUE(temp.store().addEpisode(legcare::test::makeEpisode(now.addDays(-i)), &error))
            << error.toStdString();
    }
    stats->refresh();
    EXPECT_TRUE(stats->statistics().frequentThresholdMet);
    EXPECT_TRUE(statsPrompt->isVisible());
    auto *text = statsPrompt->findChild<QLabel *>(QStringLiteral("frequencyPromptText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(
        text->text().contains(QStringLiteral("3 or more cramps a week means seeing a doctor")));

    auto *button = statsPrompt->findChild<QPushButton *>(QStringLiteral("runSymptomCheck"));
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(window->currentArea(), Area::SymptomCheck);
}

TEST(DiaryOpenDialog, GarbageFileOffersANewDiaryAndKeepsTheOldFile)
{
    // Each of the two attempts below logs the refusal besides asking the user.
    legcare::test::ExpectedWarnings expected;
    expected.expect(QStringLiteral("legcare.diary"), QStringLiteral("Cannot open the diary"));
    expected.expect(QStringLiteral("legcare.diary"), QStringLiteral("Cannot open the diary"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    const QByteArray garbage("this is not a database, just some text\n", 39);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }

    // Quit leaves the file exactly as it was.
    legcare::gui::DiaryOpenDialog::setNextAnswer(legcare::gui::DiaryOpenDialog::Answer::Quit);
    legcare::gui::DiaryOpening opening = legcare::gui::openDiaryInteractively(path);
    EXPECT_EQ(opening.store, nullptr);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll(), garbage);
    }

    // The dialog itself says what is wrong and offers a new diary (no backup to restore).
    const diary::DiaryStore::OpenResult failed = diary::DiaryStore::open(path);
    ASSERT_TRUE(failed.error);
    legcare::gui::DiaryOpenDialog dialog(*failed.error, diary::DiaryStore::backups(path));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("diaryOpenError"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->text().contains(failed.error->message));
    EXPECT_NE(dialog.findChild<QPushButton *>(QStringLiteral("startAfresh")), nullptr);
    EXPECT_EQ(dialog.findChild<QPushButton *>(QStringLiteral("restoreBackup")), nullptr);

    legcare::gui::DiaryOpenDialog::setNextAnswer(
        legcare::gui::DiaryOpenDialog::Answer::StartAfresh);
    opening = legcare::gui::openDiaryInteractively(path);
    ASSERT_NE(opening.store, nullptr);
    EXPECT_EQ(opening.store->episodeCount(), 0);
    const QStringList kept
        = QDir(dir.path()).entryList({ QStringLiteral("diary.sqlite.damaged-*") }, QDir::Files);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_TRUE(opening.notice.contains(kept.constFirst()));
    QFile old(dir.filePath(kept.constFirst()));
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), garbage);
}

TEST(DiaryPageSpeed, OpensAHundredThousandEpisodesQuickly)
{
    legcare::test::TempDiary temp;
    QString error;
    const auto summary = temp.store().importEpisodes(
        legcare::test::generateEpisodes(100000, QDateTime::currentDateTime().addSecs(-60), 10),
        &error);
    ASSERT_TRUE(summary) << error.toStdString();
    ASSERT_EQ(summary->added, 100000);

    QElapsedTimer timer;
    timer.start();
    DiaryPage page(temp.store());
    page.resize(1100, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QApplication::processEvents();
    const qint64 elapsed = timer.elapsed();
    std::cout
        << "[ diary    ] opening the Diary page with 100,000 episodes showed the first rows in "
        << elapsed << " ms" << std::endl;

    EXPECT_EQ(page.model()->totalCount(), 100000);
    EXPECT_EQ(page.model()->rowCount(), legcare::gui::EpisodeModel::kPageSize);
    EXPECT_TRUE(page.table()->isVisible());
    EXPECT_LT(elapsed, 2000);
}
