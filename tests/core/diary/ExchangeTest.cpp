#include "diary/Exchange.h"

#include "DiaryTestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace legcare::diary;
using legcare::test::makeEpisode;
using legcare::test::TempDiary;

namespace {

std::optional<QList<Episode>> parseCsvText(const QByteArray &text, QString *error)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return exchange::parseCsv(buffer, error);
}

const QByteArray kHeader = "started_at,duration_s,location,side,severity,context,triggers,reliefs,note\n";

QList<Episode> sampleEpisodes()
{
    Episode a = makeEpisode(QStringLiteral("2026-11-20T03:15:00+08:00"), 7);
    a.durationSeconds = 90;
    a.context = Context::Sleep;
    a.triggers = {Trigger::LittleWater, Trigger::Cold};
    a.reliefs = {Relief::Stretching, Relief::Heat};
    a.note = QStringLiteral("commas, \"quotes\"\r\nand a new line; emoji 🦵 ") + QChar(0) + QStringLiteral(" NUL");
    Episode b = makeEpisode(QStringLiteral("2026-11-21T23:59:00-05:00"), 0, legcare::kb::Location::Toes);
    b.side = Side::Both;
    Episode c = makeEpisode(QStringLiteral("2026-11-22T12:00:00Z"), 10, legcare::kb::Location::Groin);
    c.note = QStringLiteral(" leading and trailing spaces ");
    return {a, b, c};
}

void expectSame(const QList<Episode> &a, const QList<Episode> &b)
{
    ASSERT_EQ(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        EXPECT_TRUE(a[i].sameContent(b[i])) << "episode " << i;
        EXPECT_EQ(a[i].startedAt.offsetFromUtc(), b[i].startedAt.offsetFromUtc()) << "episode " << i;
    }
}

} // namespace

TEST(DiaryExchange, CsvRoundTripsExactly)
{
    QString error;
    const QList<Episode> episodes = sampleEpisodes();
    const auto parsed = parseCsvText(exchange::toCsv(episodes), &error);
    ASSERT_TRUE(parsed) << error.toStdString();
    expectSame(*parsed, episodes);
}

TEST(DiaryExchange, JsonRoundTripsExactly)
{
    QString error;
    const QList<Episode> episodes = sampleEpisodes();
    const auto parsed = exchange::parseJson(exchange::toJson(episodes), &error);
    ASSERT_TRUE(parsed) << error.toStdString();
    expectSame(*parsed, episodes);
}

TEST(DiaryExchange, CsvAcceptsTheContractFormat)
{
    QString error;
    const auto parsed = parseCsvText(kHeader
                                         + "2026-11-20T03:15:00,,calf,left,6,sleep,cold;little_water,stretching,\"note, with comma\"\r\n"
                                           "2026-11-20T04:00:00+08:00,30,foot,right,2,,,,\n",
                                     &error);
    ASSERT_TRUE(parsed) << error.toStdString();
    ASSERT_EQ(parsed->size(), 2);
    EXPECT_EQ(parsed->at(0).note, QStringLiteral("note, with comma"));
    EXPECT_FALSE(parsed->at(0).durationSeconds);
    EXPECT_EQ(parsed->at(1).startedAt.offsetFromUtc(), 8 * 3600);
    EXPECT_EQ(parsed->at(0).triggers, (QList<Trigger>{Trigger::LittleWater, Trigger::Cold}));
}

TEST(DiaryExchange, CsvErrorsNameTheLineAndField)
{
    const struct {
        QByteArray body;
        const char *expected;
    } cases[] = {
        {"2026-11-20T03:15:00,,calf,left,6,,,,\n2026-11-21,,calf,left,6,,,,\n", "line 3: started_at"},
        {"2026-11-20T03:15:00,,knee,left,6,,,,\n", "line 2: location"},
        {"2026-11-20T03:15:00,,calf,middle,6,,,,\n", "line 2: side"},
        {"2026-11-20T03:15:00,,calf,left,eleven,,,,\n", "line 2: severity"},
        {"2026-11-20T03:15:00,-3,calf,left,6,,,,\n", "line 2: duration_s"},
        {"2026-11-20T03:15:00,,calf,left,6,dancing,,,\n", "line 2: context"},
        {"2026-11-20T03:15:00,,calf,left,6,,moon,,\n", "line 2: triggers"},
        {"2026-11-20T03:15:00,,calf,left,6,,,prayer,\n", "line 2: reliefs"},
        {"2026-11-20T03:15:00,,calf,left,6,,,\n", "line 2: 8 columns"},
        {"2026-11-20T03:15:00,,calf,left,6,,,,\"open quote\n", "not closed"},
        {"2026-11-20T03:15:00,,calf,left,6,,,,\"x\"y\n", "line 2: text after a closing quote"},
        {"2026-11-19T03:15:00,,calf,left,6,,,,\"multi\nline\"\n2026-11-20T03:15:00,,calf,left,66,,,,\n", "line 4: severity"},
    };
    for (const auto &testCase : cases) {
        QString error;
        EXPECT_FALSE(parseCsvText(kHeader + testCase.body, &error)) << testCase.expected;
        EXPECT_TRUE(error.contains(QLatin1String(testCase.expected))) << error.toStdString() << " / " << testCase.expected;
    }
    QString error;
    EXPECT_FALSE(parseCsvText("date,where\n", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("line 1: the header")));
    EXPECT_FALSE(parseCsvText("", &error));
    EXPECT_FALSE(parseCsvText(kHeader + "2026-11-20T03:15:00,,calf,left,6,,,,\xff\xfe\n", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("UTF-8"))) << error.toStdString();
}

TEST(DiaryExchange, HostileCsvStaysBounded)
{
    QString error;
    // A million columns: stops at the tenth.
    QByteArray wide = kHeader + QByteArray(1000000, ',') + "\n";
    EXPECT_FALSE(parseCsvText(wide, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("more than 9 columns"))) << error.toStdString();
    // A huge field: stops at the field limit.
    QByteArray huge = kHeader + "2026-11-20T03:15:00,,calf,left,6,,,,\"" + QByteArray(5 * 1024 * 1024, 'a') + "\"\n";
    EXPECT_FALSE(parseCsvText(huge, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("longer than"))) << error.toStdString();
}

TEST(DiaryExchange, JsonErrorsNameTheEpisodeAndField)
{
    QString error;
    EXPECT_FALSE(exchange::parseJson("{\"episodes\": [ {\"started_at\": \"2026-11-20T03:15:00\", \"location\": \"calf\", \"side\": \"left\", \"severity\": 99} ]}", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("episodes[0]: severity"))) << error.toStdString();
    EXPECT_FALSE(exchange::parseJson("{\"episodes\": [], \"extra\": 1}", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("extra")));
    EXPECT_FALSE(exchange::parseJson("[1, 2", &error));
    QByteArray deep(100000, '[');
    EXPECT_FALSE(exchange::parseJson(deep, &error));
}

TEST(DiaryExchange, ImportFileIsAllOrNothing)
{
    TempDiary diary;
    QString error;
    ASSERT_TRUE(diary.store->addEpisode(makeEpisode(QStringLiteral("2026-10-01T01:00:00+00:00")), &error));
    const QString path = diary.file(QStringLiteral("in.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kHeader + "2026-11-20T03:15:00,,calf,left,6,,,,ok\n2026-11-20T04:15:00,,calf,left,16,,,,bad\n");
    file.close();
    EXPECT_FALSE(exchange::importFile(*diary.store, path, &error));
    EXPECT_TRUE(error.contains(path) && error.contains(QStringLiteral("line 3"))) << error.toStdString();
    EXPECT_EQ(diary.store->episodeCount(), 1);

    EXPECT_FALSE(exchange::importFile(*diary.store, diary.file(QString()), &error)); // a folder
    EXPECT_TRUE(error.contains(QStringLiteral("folder")));
    EXPECT_FALSE(exchange::importFile(*diary.store, diary.file(QStringLiteral("missing.csv")), &error));
}

TEST(DiaryExchange, ExportThenImportElsewhereGivesTheSameDiary)
{
    TempDiary source;
    QString error;
    ASSERT_TRUE(source.store->importEpisodes(sampleEpisodes(), &error)) << error.toStdString();
    for (const auto format : {exchange::Format::Csv, exchange::Format::Json}) {
        const QString path = source.file(format == exchange::Format::Csv ? QStringLiteral("out.csv") : QStringLiteral("out.json"));
        ASSERT_TRUE(exchange::exportFile(*source.store, path, format, &error)) << error.toStdString();
        EXPECT_EQ(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup), 0);

        TempDiary target;
        const auto summary = exchange::importFile(*target.store, path, &error);
        ASSERT_TRUE(summary) << error.toStdString();
        EXPECT_EQ(summary->added, 3);
        expectSame(target.store->episodes(), source.store->episodes());
        // Importing the same file again adds nothing.
        EXPECT_EQ(exchange::importFile(*target.store, path, &error)->skippedDuplicates, 3);
    }
}

TEST(DiaryExchange, FailedExportLeavesTheOldFile)
{
    TempDiary diary;
    QString error;
    EXPECT_FALSE(exchange::exportFile(*diary.store, diary.file(QStringLiteral("no/such/folder/out.csv")),
                                      exchange::Format::Csv, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("out.csv")));
}
