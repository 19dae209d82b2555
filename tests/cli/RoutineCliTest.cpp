// `legcare-cli routine list / show / print`, run as a user or script would.

#include "CliRun.h"
#include "PdfTools.h"

#include "diary/DiaryStore.h"
#include "kb/KnowledgeBase.h"
#include "kb/Loader.h"
#include "routines/RoutineStore.h"
#include "routines/Timing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using legcare::tests::CliResult;
using legcare::tests::containsHan;
using legcare::tests::runCli;
using namespace legcare::tests;

namespace {

class RoutineCli : public ::testing::Test
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

    QTemporaryDir dir;
    // No diary file unless a test makes one: the routine commands must not create it.
    QString db = dir.filePath(QStringLiteral("diary.sqlite"));

    CliResult cli(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db;
        return runCli(arguments);
    }

    static QJsonObject jsonObject(const CliResult &result)
    {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
        return document.object();
    }

    static int total(const legcare::kb::Routine &routine)
    {
        return legcare::routines::totalSeconds(legcare::routines::fromKnowledgeBase(routine), kb());
    }

private:
    static inline std::optional<legcare::kb::KnowledgeBase> s_kb;
};

} // namespace

TEST_F(RoutineCli, ListShowsTheBuiltInRoutines)
{
    const CliResult result = cli({ QStringLiteral("routine"), QStringLiteral("list") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    ASSERT_EQ(kb().routines().size(), 4);
    for (const legcare::kb::Routine &routine : kb().routines()) {
        // One line each: id, name, number of exercises, total time.
        const QRegularExpression line(
            QStringLiteral("^%1\\s+%2\\s+%3\\s+%4$")
                .arg(QRegularExpression::escape(routine.id),
                     QRegularExpression::escape(routine.name.en))
                .arg(routine.items.size())
                .arg(QRegularExpression::escape(
                    legcare::routines::DurationText::format(total(routine)))),
            QRegularExpression::MultilineOption);
        EXPECT_TRUE(line.match(result.out).hasMatch()) << routine.id.toStdString() << "\n"
                                                       << result.out.toStdString();
    }
    EXPECT_FALSE(QFile::exists(db)) << "listing routines created a diary";

    const CliResult chinese = cli({ QStringLiteral("routine"), QStringLiteral("list"),
                                    QStringLiteral("--lang"), QStringLiteral("zh_CN") });
    ASSERT_EQ(chinese.exitCode, 0) << chinese.err.toStdString();
    for (const legcare::kb::Routine &routine : kb().routines())
        EXPECT_TRUE(chinese.out.contains(routine.name.zhCN)) << chinese.out.toStdString();
}

TEST_F(RoutineCli, ListAsJson)
{
    const CliResult result
        = cli({ QStringLiteral("routine"), QStringLiteral("list"), QStringLiteral("--json") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray routines = jsonObject(result).value(QStringLiteral("routines")).toArray();
    ASSERT_EQ(routines.size(), 4);
    for (qsizetype i = 0; i < routines.size(); ++i) {
        const legcare::kb::Routine &expected = kb().routines().at(i);
        const QJsonObject routine = routines.at(i).toObject();
        EXPECT_EQ(routine.value(QStringLiteral("id")).toString(), expected.id);
        EXPECT_EQ(routine.value(QStringLiteral("name")).toString(), expected.name.en);
        EXPECT_EQ(routine.value(QStringLiteral("custom")), QJsonValue(false));
        EXPECT_EQ(routine.value(QStringLiteral("exercises")).toInt(), expected.items.size());
        EXPECT_EQ(routine.value(QStringLiteral("total_seconds")).toInt(), total(expected));
    }
}

TEST_F(RoutineCli, ShowAsText)
{
    for (const legcare::kb::Routine &routine : kb().routines()) {
        const CliResult result
            = cli({ QStringLiteral("routine"), QStringLiteral("show"), routine.id });
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
        const QString flat = withoutSpace(result.out);
        EXPECT_TRUE(result.out.contains(routine.name.en));
        EXPECT_TRUE(flat.contains(withoutSpace(routine.purpose.en))) << result.out.toStdString();
        EXPECT_TRUE(flat.contains(withoutSpace(routine.when.en))) << result.out.toStdString();
        EXPECT_TRUE(
            result.out.contains(QStringLiteral("Total time: %1")
                                    .arg(legcare::routines::DurationText::format(total(routine)))))
            << result.out.toStdString();
        // The exercises in their order, each with its hold and repetitions.
        qsizetype from = 0;
        for (const legcare::kb::RoutineItem &item : routine.items) {
            const legcare::kb::Exercise *exercise = kb().exercise(item.exerciseId);
            ASSERT_TRUE(exercise);
            const qsizetype at = result.out.indexOf(exercise->name.en, from);
            ASSERT_GE(at, from) << exercise->id.toStdString() << "\n" << result.out.toStdString();
            from = at;
            EXPECT_TRUE(
                result.out.indexOf(QStringLiteral("Repetitions: %1").arg(item.repetitions), at)
                > at);
        }
    }
    const CliResult chinese
        = cli({ QStringLiteral("routine"), QStringLiteral("show"), kb().routines().constFirst().id,
                QStringLiteral("--lang"), QStringLiteral("zh_CN") });
    ASSERT_EQ(chinese.exitCode, 0);
    EXPECT_TRUE(chinese.out.contains(kb().routines().constFirst().name.zhCN))
        << chinese.out.toStdString();
}

TEST_F(RoutineCli, ShowAsJson)
{
    for (const legcare::kb::Routine &routine : kb().routines()) {
        const CliResult result = cli({ QStringLiteral("routine"), QStringLiteral("show"),
                                       routine.id, QStringLiteral("--json") });
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
        const QJsonObject json = jsonObject(result);
        EXPECT_EQ(json.value(QStringLiteral("id")).toString(), routine.id);
        EXPECT_EQ(json.value(QStringLiteral("name")).toString(), routine.name.en);
        EXPECT_EQ(json.value(QStringLiteral("purpose")).toString(), routine.purpose.en);
        EXPECT_EQ(json.value(QStringLiteral("when")).toString(), routine.when.en);
        EXPECT_EQ(json.value(QStringLiteral("custom")), QJsonValue(false));
        EXPECT_EQ(json.value(QStringLiteral("total_seconds")).toInt(), total(routine));
        const QJsonArray exercises = json.value(QStringLiteral("exercises")).toArray();
        ASSERT_EQ(exercises.size(), routine.items.size());
        int sum = 0;
        for (qsizetype i = 0; i < exercises.size(); ++i) {
            const QJsonObject exercise = exercises.at(i).toObject();
            const legcare::kb::RoutineItem &item = routine.items.at(i);
            const legcare::kb::Exercise *expected = kb().exercise(item.exerciseId);
            EXPECT_EQ(exercise.value(QStringLiteral("position")).toInt(), i + 1);
            EXPECT_EQ(exercise.value(QStringLiteral("id")).toString(), item.exerciseId);
            EXPECT_EQ(exercise.value(QStringLiteral("name")).toString(), expected->name.en);
            EXPECT_EQ(exercise.value(QStringLiteral("hold_seconds")).toInt(), item.holdSeconds);
            EXPECT_EQ(exercise.value(QStringLiteral("repetitions")).toInt(), item.repetitions);
            EXPECT_EQ(exercise.value(QStringLiteral("per_side")).toBool(), expected->perSide);
            EXPECT_EQ(exercise.value(QStringLiteral("sides")).toInt(), expected->perSide ? 2 : 1);
            EXPECT_EQ(exercise.value(QStringLiteral("sets_per_day")).toInt(), expected->setsPerDay);
            EXPECT_EQ(exercise.value(QStringLiteral("seconds")).toInt(),
                      legcare::routines::itemSeconds(item, *expected));
            sum += exercise.value(QStringLiteral("seconds")).toInt();
        }
        EXPECT_EQ(sum, total(routine));
    }
}

TEST_F(RoutineCli, UnknownIdSaysWhereTheIdsAre)
{
    for (const QString &command : { QStringLiteral("show"), QStringLiteral("print") }) {
        const QString pdf = dir.filePath(QStringLiteral("never.pdf"));
        QStringList arguments
            = { QStringLiteral("routine"), command, QStringLiteral("no_such_routine") };
        if (command == QLatin1String("print"))
            arguments << QStringLiteral("--pdf") << pdf;
        const CliResult result = cli(arguments);
        EXPECT_EQ(result.exitCode, 2) << command.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("'no_such_routine'")))
            << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("routine list")))
            << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_FALSE(QFile::exists(pdf));
    }
    const CliResult custom
        = cli({ QStringLiteral("routine"), QStringLiteral("show"), QStringLiteral("custom-99") });
    EXPECT_EQ(custom.exitCode, 2);
    EXPECT_TRUE(custom.err.contains(QStringLiteral("'custom-99'"))) << custom.err.toStdString();
    const CliResult none = cli({ QStringLiteral("routine"), QStringLiteral("show") });
    EXPECT_EQ(none.exitCode, 2);
}

TEST_F(RoutineCli, PrintsInBothLanguagesAndPageSizes)
{
    for (const legcare::kb::Routine &routine : kb().routines()) {
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
            for (const QString &size : { QStringLiteral("A4"), QStringLiteral("Letter") }) {
                const QString pdf
                    = dir.filePath(QStringLiteral("%1-%2-%3.pdf").arg(routine.id, language, size));
                const CliResult result
                    = cli({ QStringLiteral("routine"), QStringLiteral("print"), routine.id,
                            QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"), language,
                            QStringLiteral("--page-size"), size });
                ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
                EXPECT_TRUE(result.out.contains(pdf)) << result.out.toStdString();
                ASSERT_TRUE(startsWithPdfMagic(pdf));
                const QString info = pdfInfo(pdf);
                EXPECT_TRUE(info.contains(size == QLatin1String("A4")
                                              ? QStringLiteral("(A4)")
                                              : QStringLiteral("612 x 792 pts")))
                    << info.toStdString();
                const QString text = pdfText(pdf);
                const bool chinese = language == QLatin1String("zh_CN");
                EXPECT_TRUE(pdfTextContains(text, chinese ? routine.name.zhCN : routine.name.en))
                    << pdf.toStdString();
                for (const legcare::kb::RoutineItem &item : routine.items) {
                    const legcare::kb::Exercise *exercise = kb().exercise(item.exerciseId);
                    EXPECT_TRUE(
                        pdfTextContains(text, chinese ? exercise->name.zhCN : exercise->name.en))
                        << pdf.toStdString() << ": " << item.exerciseId.toStdString();
                }
                if (chinese) {
                    EXPECT_TRUE(containsHan(text));
                }
            }
        }
    }
    EXPECT_FALSE(QFile::exists(db));
}

TEST_F(RoutineCli, PrintAsJson)
{
    const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
    const CliResult result
        = cli({ QStringLiteral("routine"), QStringLiteral("print"), kb().routines().constLast().id,
                QStringLiteral("--pdf"), pdf, QStringLiteral("--page-size"),
                QStringLiteral("letter"), QStringLiteral("--json") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = jsonObject(result);
    EXPECT_EQ(json.value(QStringLiteral("file")).toString(), pdf);
    EXPECT_EQ(json.value(QStringLiteral("routine")).toString(), kb().routines().constLast().id);
    EXPECT_EQ(json.value(QStringLiteral("page_size")).toString(), QStringLiteral("Letter"));
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("612 x 792 pts")));
}

TEST_F(RoutineCli, PrintRefusesBadInput)
{
    const QString id = kb().routines().constFirst().id;
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));

    const CliResult badSize
        = cli({ QStringLiteral("routine"), QStringLiteral("print"), id, QStringLiteral("--pdf"),
                pdf, QStringLiteral("--page-size"), QStringLiteral("A3") });
    EXPECT_EQ(badSize.exitCode, 2);
    EXPECT_TRUE(badSize.err.contains(QStringLiteral("'A3'"))) << badSize.err.toStdString();
    EXPECT_TRUE(badSize.err.contains(QStringLiteral("A4 or Letter"))) << badSize.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));

    const CliResult noPdf = cli({ QStringLiteral("routine"), QStringLiteral("print"), id });
    EXPECT_EQ(noPdf.exitCode, 2);
    EXPECT_TRUE(noPdf.err.contains(QStringLiteral("--pdf"))) << noPdf.err.toStdString();

    const QString unwritable = dir.filePath(QStringLiteral("missing/folder/out.pdf"));
    const CliResult failed = cli({ QStringLiteral("routine"), QStringLiteral("print"), id,
                                   QStringLiteral("--pdf"), unwritable });
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_TRUE(failed.err.contains(unwritable)) << failed.err.toStdString();
    EXPECT_FALSE(QFile::exists(unwritable));
}

TEST_F(RoutineCli, HelpNamesTheOptions)
{
    const CliResult result
        = runCli({ QStringLiteral("routine"), QStringLiteral("print"), QStringLiteral("--help") });
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains(QStringLiteral("--page-size"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("--pdf")));
}

TEST_F(RoutineCli, YourOwnRoutineFromTheDiary)
{
    qint64 customId = 0;
    const QList<legcare::kb::RoutineItem> items = { { QStringLiteral("calf_stretch"), 20, 3 },
                                                    { QStringLiteral("leg_swings"), 0, 12 },
                                                    { QStringLiteral("quad_stretch"), 30, 2 } };
    {
        auto opened = legcare::diary::DiaryStore::open(db);
        ASSERT_TRUE(opened.store) << opened.error->message.toStdString();
        legcare::routines::RoutineStore store(*opened.store);
        QString error;
        const auto created
            = store.createRoutine(QStringLiteral("My evening stretch"), items, &error);
        ASSERT_TRUE(created) << error.toStdString();
        customId = *created;
    }
    const QString id = QStringLiteral("custom-%1").arg(customId);
    const legcare::routines::Routine routine
        = legcare::routines::customRoutine(customId, QStringLiteral("My evening stretch"), items);
    const int seconds = legcare::routines::totalSeconds(routine, kb());

    const CliResult list
        = cli({ QStringLiteral("routine"), QStringLiteral("list"), QStringLiteral("--json") });
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray routines = jsonObject(list).value(QStringLiteral("routines")).toArray();
    ASSERT_EQ(routines.size(), 5);
    const QJsonObject own = routines.last().toObject();
    EXPECT_EQ(own.value(QStringLiteral("id")).toString(), id);
    EXPECT_EQ(own.value(QStringLiteral("name")).toString(), QStringLiteral("My evening stretch"));
    EXPECT_EQ(own.value(QStringLiteral("custom")), QJsonValue(true));
    EXPECT_EQ(own.value(QStringLiteral("exercises")).toInt(), 3);
    EXPECT_EQ(own.value(QStringLiteral("total_seconds")).toInt(), seconds);
    const CliResult listText = cli({ QStringLiteral("routine"), QStringLiteral("list") });
    EXPECT_TRUE(listText.out.contains(id)) << listText.out.toStdString();

    const CliResult show
        = cli({ QStringLiteral("routine"), QStringLiteral("show"), id, QStringLiteral("--json") });
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    const QJsonObject json = jsonObject(show);
    EXPECT_EQ(json.value(QStringLiteral("total_seconds")).toInt(), seconds);
    EXPECT_TRUE(json.value(QStringLiteral("purpose")).isNull());
    const QJsonArray exercises = json.value(QStringLiteral("exercises")).toArray();
    ASSERT_EQ(exercises.size(), 3);
    EXPECT_EQ(exercises.at(1).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("leg_swings"));
    EXPECT_EQ(exercises.at(1).toObject().value(QStringLiteral("repetitions")).toInt(), 12);
    EXPECT_EQ(exercises.at(0).toObject().value(QStringLiteral("hold_seconds")).toInt(), 20);

    const QString pdf = dir.filePath(QStringLiteral("own.pdf"));
    const CliResult print = cli(
        { QStringLiteral("routine"), QStringLiteral("print"), id, QStringLiteral("--pdf"), pdf });
    ASSERT_EQ(print.exitCode, 0) << print.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(pdfTextContains(text, QStringLiteral("My evening stretch")));
    for (const auto &item : items)
        EXPECT_TRUE(pdfTextContains(text, kb().exercise(item.exerciseId)->name.en))
            << item.exerciseId.toStdString();
}
