// The window before its diary (fast startup, docs/performance.md "Startup"): the diary opens on
// a thread of its own with every check of DiaryStore::open(), and the window builds its diary
// areas once it has it.

#include "MainWindow.h"
#include "diary/DiaryOpener.h"
#include "pages/DiaryPage.h"
#include "pages/StretchingPage.h"
#include "settings/Settings.h"

#include "DiaryTestSupport.h"
#include "TempSettings.h"
#include "TestKnowledgeBase.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using legcare::gui::Area;
using legcare::gui::DiaryOpener;
using legcare::gui::MainWindow;

namespace {

legcare::diary::DiaryStore::OpenResult openOnAnotherThread(const QString &path)
{
    DiaryOpener opener(path);
    QSignalSpy finished(&opener, &DiaryOpener::finished);
    opener.start();
    EXPECT_TRUE(finished.wait(10000));
    return opener.takeResult();
}

} // namespace

TEST(DiaryOpener, HandsAStoreThatThisThreadCanUse)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    auto opened = openOnAnotherThread(path);
    ASSERT_TRUE(opened.store);
    QString error;
    const auto when
        = QDateTime::fromString(QStringLiteral("2026-11-20T03:15:00+08:00"), Qt::ISODate);
    ASSERT_TRUE(opened.store->addEpisode(legcare::test::makeEpisode(when), &error))
        << error.toStdString();
    EXPECT_EQ(opened.store->episodeCount(), 1);
    EXPECT_TRUE(opened.store->integrityOk());
}

TEST(DiaryOpener, RefusesADamagedFileAndLeavesItAsItWas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    {
        auto first = legcare::diary::DiaryStore::open(path);
        ASSERT_TRUE(first.store);
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    ASSERT_GT(bytes.size(), 4096);
    for (qsizetype i = 4096 + 100; i < bytes.size(); i += 7)
        bytes[i] = static_cast<char>(0x5a); // the pages after the first
    file.seek(0);
    file.write(bytes);
    file.close();

    auto opened = openOnAnotherThread(path);
    EXPECT_FALSE(opened.store);
    ASSERT_TRUE(opened.error);
    QFile again(path);
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.readAll(), bytes);
}

TEST(DeferredDiary, TheWindowShowsBeforeItsDiaryAndBuildsTheDiaryAreasWithIt)
{
    const legcare::kb::KnowledgeBase &knowledgeBase = legcare::test::bundledKnowledgeBase();
    legcare::test::TempSettings temp;
    legcare::Settings settings { temp.store() };
    settings.setLastArea(static_cast<int>(Area::Diary));
    legcare::test::TempDiary diary;

    MainWindow window(settings, knowledgeBase, legcare::i18n::Language::English, diary.path());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_FALSE(window.hasDiary());
    EXPECT_EQ(window.currentArea(), Area::Diary);
    auto *opening = qobject_cast<QLabel *>(window.page(Area::Diary));
    ASSERT_NE(opening, nullptr);
    EXPECT_TRUE(opening->isVisible());
    auto *newEpisode = window.findChild<QAction *>(QStringLiteral("actionNewEpisode"));
    ASSERT_NE(newEpisode, nullptr);
    EXPECT_FALSE(newEpisode->isEnabled());
    newEpisode->trigger(); // does nothing yet, and does not crash

    window.setDiary(diary.store());
    EXPECT_TRUE(window.hasDiary());
    EXPECT_EQ(window.currentArea(), Area::Diary);
    auto *diaryPage = qobject_cast<legcare::gui::DiaryPage *>(window.page(Area::Diary));
    ASSERT_NE(diaryPage, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return diaryPage->isVisible(); }));
    // The other areas come right after.
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return qobject_cast<legcare::gui::StretchingPage *>(window.page(Area::Stretching))
            != nullptr;
    }));
    EXPECT_TRUE(newEpisode->isEnabled());
    EXPECT_EQ(window.findChildren<QLabel *>(QStringLiteral("areaPlaceholder")).size(), 0);
    window.showArea(Area::Stretching);
    EXPECT_EQ(window.currentArea(), Area::Stretching);
}
