// The printable routine: written as a PDF and read back with poppler-utils.

#include "report/RoutineHandout.h"

#include "PdfTools.h"
#include "common/SafetyText.h"
#include "i18n/TranslationLoader.h"
#include "kb/KnowledgeBase.h"
#include "kb/Loader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>
#include <optional>

using legcare::i18n::Language;
using legcare::report::RoutineHandout;
using legcare::routines::Routine;
using namespace legcare::tests;

namespace {

const QDate kPrinted(2026, 11, 20);


class RoutineHandoutTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        legcare::kb::LoadResult result = legcare::kb::Loader::load();
        ASSERT_TRUE(result.ok());
        s_kb = std::move(result.knowledgeBase);
    }
    static void TearDownTestSuite() { s_kb.reset(); }

    static const legcare::kb::KnowledgeBase &kb() { return *s_kb; }

    // Writes the routine in language (with LegCare's words in it too) on paper; the time it took
    // goes to *milliseconds.
    QString write(const Routine &routine, Language language, QPageSize::PageSizeId pageSize,
                  const QString &name, qint64 *milliseconds = nullptr)
    {
        const QString path = dir.filePath(name);
        QString error;
        QElapsedTimer timer;
        timer.start();
        const bool written
            = RoutineHandout(routine, kb(), language, kPrinted).writePdf(path, pageSize, &error);
        if (milliseconds)
            *milliseconds = timer.elapsed();
        EXPECT_TRUE(written) << error.toStdString();
        return path;
    }

    // The first page (1-based) whose text holds needle, ignoring white space; 0 if none does.
    static int pageWith(const QStringList &pages, const QString &needle)
    {
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (pages.at(i).contains(withoutSpace(needle)))
                return static_cast<int>(i + 1);
        }
        return 0;
    }

    static QStringList pageTexts(const QString &path)
    {
        QStringList pages;
        const int count = pdfPageCount(path);
        for (int page = 1; page <= count; ++page)
            pages.append(withoutSpace(pdfText(path, page)));
        return pages;
    }

    QTemporaryDir dir;
    legcare::i18n::TranslationLoader translations { QCoreApplication::instance() };

    void TearDown() override { translations.install(Language::English); }

private:
    static inline std::optional<legcare::kb::KnowledgeBase> s_kb;
};

} // namespace

TEST_F(RoutineHandoutTest, EveryBuiltInRoutineInBothLanguages)
{
    ASSERT_EQ(kb().routines().size(), 4);
    for (const Language language : { Language::English, Language::SimplifiedChinese }) {
        translations.install(language);
        const QString disclaimer = withoutSpace(legcare::safety::disclaimer());
        const QLocale locale = legcare::i18n::localeFor(language);
        for (const legcare::kb::Routine &builtIn : kb().routines()) {
            const Routine routine = legcare::routines::fromKnowledgeBase(builtIn);
            const QString stem = builtIn.id
                + (language == Language::English ? QStringLiteral("-en") : QStringLiteral("-zh"));
            qint64 a4Ms = 0;
            qint64 letterMs = 0;
            const QString a4
                = write(routine, language, QPageSize::A4, stem + QStringLiteral("-a4.pdf"), &a4Ms);
            const QString letter = write(routine, language, QPageSize::Letter,
                                         stem + QStringLiteral("-letter.pdf"), &letterMs);
            std::cout << "[ timing   ] " << stem.toStdString() << ": A4 " << a4Ms << " ms, Letter "
                      << letterMs << " ms, pages " << pdfPageCount(a4) << " / "
                      << pdfPageCount(letter) << std::endl;
            EXPECT_LT(a4Ms, 1000) << stem.toStdString();
            EXPECT_LT(letterMs, 1000) << stem.toStdString();

            ASSERT_TRUE(startsWithPdfMagic(a4));
            const QString text = withoutSpace(pdfText(a4));
            EXPECT_TRUE(pdfTextContains(text, builtIn.name.text(language))) << stem.toStdString();
            EXPECT_TRUE(pdfTextContains(text, builtIn.purpose.text(language))) << stem.toStdString();
            for (const legcare::kb::RoutineItem &item : builtIn.items) {
                const legcare::kb::Exercise *exercise = kb().exercise(item.exerciseId);
                ASSERT_TRUE(exercise);
                EXPECT_TRUE(pdfTextContains(text, exercise->name.text(language)))
                    << stem.toStdString() << ": " << item.exerciseId.toStdString();
            }
            // A week of tick boxes, Monday first, in the language's own day names.
            EXPECT_TRUE(pdfTextContains(text, locale.dayName(Qt::Monday, QLocale::ShortFormat)));
            EXPECT_TRUE(pdfTextContains(text, locale.dayName(Qt::Sunday, QLocale::ShortFormat)));

            // At most a page per exercise; Letter is shorter than A4, so never fewer pages.
            const int a4Pages = pdfPageCount(a4);
            const int letterPages = pdfPageCount(letter);
            EXPECT_GE(a4Pages, 1);
            EXPECT_LE(a4Pages, builtIn.items.size());
            EXPECT_GE(letterPages, a4Pages);
            EXPECT_LE(letterPages, a4Pages + 1);

            // The disclaimer and "Page X of Y" on every page.
            const QStringList pages = pageTexts(a4);
            for (qsizetype page = 0; page < pages.size(); ++page) {
                EXPECT_TRUE(pdfTextContains(pages.at(page), disclaimer))
                    << stem.toStdString() << " page " << page + 1;
                if (language == Language::English) {
                    EXPECT_TRUE(pages.at(page).contains(withoutSpace(
                        QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.size()))));
                }
            }
            if (language == Language::SimplifiedChinese) {
                EXPECT_TRUE(pdfFonts(a4).contains(QStringLiteral("CJK")))
                    << pdfFonts(a4).toStdString();
            }
        }
    }
}

TEST_F(RoutineHandoutTest, PageSizes)
{
    const Routine routine = legcare::routines::fromKnowledgeBase(kb().routines().constFirst());
    const QString letter
        = write(routine, Language::English, QPageSize::Letter, QStringLiteral("letter.pdf"));
    EXPECT_TRUE(pdfInfo(letter).contains(QStringLiteral("612 x 792 pts")))
        << pdfInfo(letter).toStdString();
    const QString a4 = write(routine, Language::English, QPageSize::A4, QStringLiteral("a4.pdf"));
    EXPECT_TRUE(pdfInfo(a4).contains(QStringLiteral("(A4)"))) << pdfInfo(a4).toStdString();
    EXPECT_TRUE(pdfInfo(a4).contains(QStringLiteral("LegCare")));
}

TEST_F(RoutineHandoutTest, ALongCustomRoutineNeverSplitsAnExercise)
{
    QList<legcare::kb::RoutineItem> items;
    for (const legcare::kb::Exercise &exercise : kb().exercises())
        items.append({ exercise.id, exercise.holdSeconds, exercise.repetitions });
    ASSERT_EQ(items.size(), 12);
    const Routine routine
        = legcare::routines::customRoutine(7, QStringLiteral("Everything, twice a week"), items);
    for (const auto pageSize : { QPageSize::A4, QPageSize::Letter }) {
        const QString path = write(routine, Language::English, pageSize,
                                   QStringLiteral("long-%1.pdf").arg(pageSize));
        const QStringList pages = pageTexts(path);
        EXPECT_GE(pages.size(), 4);
        EXPECT_LE(pages.size(), 12);
        EXPECT_EQ(pageWith(pages, routine.name.en), 1);
        // Each exercise's name, first step, last step and last caution are on one page.
        for (const legcare::kb::Exercise &exercise : kb().exercises()) {
            const int page = pageWith(pages, exercise.steps.constFirst().en);
            ASSERT_GT(page, 0) << exercise.id.toStdString();
            const QString &text = pages.at(page - 1);
            EXPECT_TRUE(text.contains(withoutSpace(exercise.name.en)))
                << exercise.id.toStdString() << " page " << page;
            EXPECT_TRUE(text.contains(withoutSpace(exercise.steps.constLast().en)))
                << exercise.id.toStdString();
            if (!exercise.cautions.isEmpty()) {
                EXPECT_TRUE(text.contains(withoutSpace(exercise.cautions.constLast().en)))
                    << exercise.id.toStdString();
            }
        }
    }
}

TEST_F(RoutineHandoutTest, AnEmptyRoutineSaysSo)
{
    const Routine routine = legcare::routines::customRoutine(3, QStringLiteral("Not yet"), {});
    const QString path
        = write(routine, Language::English, QPageSize::A4, QStringLiteral("empty.pdf"));
    EXPECT_EQ(pdfPageCount(path), 1);
    const QString text = withoutSpace(pdfText(path));
    EXPECT_TRUE(text.contains(withoutSpace(QStringLiteral("This routine has no exercises yet."))));
    EXPECT_TRUE(text.contains(withoutSpace(legcare::safety::disclaimer())));
}

TEST_F(RoutineHandoutTest, UnwritablePathFailsAndLeavesNoFile)
{
    const Routine routine = legcare::routines::fromKnowledgeBase(kb().routines().constFirst());
    const QString path = dir.filePath(QStringLiteral("missing/folder/routine.pdf"));
    QString error;
    EXPECT_FALSE(RoutineHandout(routine, kb(), Language::English, kPrinted)
                     .writePdf(path, QPageSize::A4, &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(RoutineHandoutTest, PaintsOnAnyPagedDevice)
{
    const legcare::kb::Routine &builtIn = kb().routines().constLast();
    const QString path = dir.filePath(QStringLiteral("direct.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        QString error;
        ASSERT_TRUE(RoutineHandout(legcare::routines::fromKnowledgeBase(builtIn), kb(),
                                   Language::English, kPrinted)
                        .paint(writer, &error))
            << error.toStdString();
    }
    const QString text = withoutSpace(pdfText(path));
    for (const legcare::kb::RoutineItem &item : builtIn.items)
        EXPECT_TRUE(text.contains(withoutSpace(kb().exercise(item.exerciseId)->name.en)))
            << item.exerciseId.toStdString();
}
