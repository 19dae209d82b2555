#include "diary/Exchange.h"

#include "DiaryTestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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

TEST(DiaryExchange, CsvStartTimesReadExactlyAsQtReadsThem)
{
    const char *const times[] = {
        // The form LegCare writes.
        "2026-11-20T03:15:00+08:00", "2026-11-20T03:15:00Z", "2026-11-20T03:15:00-05:30", "2026-11-20T03:15:00+14:00",
        "2026-11-20T03:15:00-00:00", "2026-11-20T03:15:00+00:00", "2024-02-29T23:59:59+05:45", "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59-12:00", "  2026-11-20T03:15:00+08:00 ",
        // Other forms.
        "2026-11-20T03:15:00", "2026-11-20T03:15:00.250+08:00", "2026-11-20T03:15:00z", "2026-11-20T03:15:00+0800",
        "2026-11-20T03:15+08:00", "2026-11-20T24:00:00+08:00", "2026-11-20T03:15:00+15:00", "2026-11-20T03:15:00+23:59",
        "2026-11-20 03:15:00T", "2026/11/20T03:15:00+08:00",
        // Not valid.
        "2026-02-30T03:15:00+08:00", "2026-13-01T03:15:00Z", "2026-11-20T03:15:60Z", "2026-11-20T25:00:00Z",
        "0000-01-01T00:00:00Z", "2026-11-20T03:15:00+24:00", "2026-11-20T03:15:00+08:60", "2026-11-2OT03:15:00Z",
        "2026-11-20T03:15:00+8:00", "2026-11-20T03:15:00Z+08:00",
    };
    for (const char *time : times) {
        QString error;
        const auto parsed = parseCsvText(kHeader + time + ",,calf,left,6,,,,\n", &error);
        QDateTime expected = QDateTime::fromString(QString::fromLatin1(time).trimmed(), Qt::ISODate);
        if (!expected.isValid()) {
            EXPECT_FALSE(parsed) << time;
            EXPECT_TRUE(error.contains(QStringLiteral("started_at"))) << time << ": " << error.toStdString();
            continue;
        }
        // The diary keeps whole seconds (a fraction would make the same file import twice).
        expected = expected.addMSecs(-expected.time().msec());
        expected = expected.toOffsetFromUtc(expected.offsetFromUtc());
        ASSERT_TRUE(parsed) << time << ": " << error.toStdString();
        const QDateTime &when = parsed->constFirst().startedAt;
        EXPECT_EQ(when, expected) << time;
        EXPECT_EQ(when.timeSpec(), expected.timeSpec()) << time;
        EXPECT_EQ(when.offsetFromUtc(), expected.offsetFromUtc()) << time;
        EXPECT_EQ(when.toString(Qt::ISODateWithMs), expected.toString(Qt::ISODateWithMs)) << time;
    }
}

TEST(DiaryExchange, CsvReadsCharactersCutByTheEndOfARead)
{
    // The reader decodes the file 64 KiB at a time: a long note of 3-byte (Chinese) or 4-byte
    // (emoji) characters crosses that boundary, at every offset within a character.
    const QString prefix = QStringLiteral("2026-11-20T03:15:00+08:00,,calf,left,6,,,,");
    for (const QString &character : {QStringLiteral("\u62bd"), QStringLiteral("🦵")}) {
        for (int pad = 0; pad < 4; ++pad) {
            const QString note = QString(pad, QLatin1Char('x')) + character.repeated(70000 / character.toUtf8().size());
            QString error;
            const auto parsed = parseCsvText(kHeader + (prefix + note + QStringLiteral("\n")).toUtf8(), &error);
            ASSERT_TRUE(parsed) << pad << ": " << error.toStdString();
            ASSERT_EQ(parsed->size(), 1);
            EXPECT_EQ(parsed->constFirst().note, note) << pad;
        }
    }
    // A character cut by the end of the file is still an error.
    QString error;
    EXPECT_FALSE(parseCsvText(kHeader + "2026-11-20T03:15:00,,calf,left,6,,,,\xe6\x8a", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("UTF-8"))) << error.toStdString();
}

TEST(DiaryExchange, LargeImportKeepsEveryEpisodeInOrderAndSkipsDuplicates)
{
    // More rows than the store writes in one statement, with the sample episodes' hostile notes,
    // offsets, triggers and reliefs.
    TempDiary diary;
    QString error;
    const QList<Episode> samples = sampleEpisodes();
    QList<Episode> episodes;
    for (int i = 0; i < 300; ++i) {
        Episode episode = samples[i % samples.size()];
        episode.startedAt = episode.startedAt.addSecs(static_cast<qint64>(i) * 3 * 3600);
        episode.severity = i % 11;
        episodes.append(episode);
    }
    ASSERT_TRUE(diary.store->addEpisode(episodes[10], &error)) << error.toStdString();
    QList<Episode> import = episodes;
    import.insert(150, episodes[20]); // an earlier line again: skipped
    Episode otherNote = episodes[30];
    otherNote.note += QStringLiteral("!");
    import.insert(200, otherNote); // the same second as another line, but not the same: added
    Episode otherOffset = episodes[40];
    otherOffset.startedAt = otherOffset.startedAt.toOffsetFromUtc(0);
    import.append(otherOffset); // the same moment written in UTC: the same episode, skipped

    const auto summary = diary.store->importEpisodes(import, &error);
    ASSERT_TRUE(summary) << error.toStdString();
    EXPECT_EQ(summary->added, 300);
    EXPECT_EQ(summary->skippedDuplicates, 3);

    // Ids follow the order of the import, after the episode that was there.
    QList<Episode> expected = {episodes[10]};
    for (qsizetype i = 0; i < import.size(); ++i) {
        if (i != 10 && i != 150 && i != import.size() - 1)
            expected.append(import[i]);
    }
    ASSERT_EQ(diary.store->episodeCount(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto stored = diary.store->episode(i + 1);
        ASSERT_TRUE(stored) << i;
        EXPECT_TRUE(stored->sameContent(expected[i])) << i;
        EXPECT_EQ(stored->startedAt.offsetFromUtc(), expected[i].startedAt.offsetFromUtc()) << i;
    }

    EXPECT_TRUE(diary.store->integrityOk()); // which checks every row against the CHECK constraints too

    // Everything again: nothing added, the diary as it was.
    const auto again = diary.store->importEpisodes(import, &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->skippedDuplicates, import.size());
    EXPECT_EQ(diary.store->episodeCount(), expected.size());
}

TEST(DiaryExchange, ImportSkipsOnlyTheChecksThatValidationCovers)
{
    // The import turns SQLite's CHECK constraints off for its own inserts because validate()
    // covers every one of them. A new CHECK on episodes must be covered by validate() (or the
    // import must leave the checks on) before it is added to this list.
    TempDiary diary;
    QSqlQuery query(QSqlDatabase::database(diary.store->connectionName()));
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'episodes'")) && query.next());
    const QString table = query.value(0).toString();
    const QStringList checks = {
        QStringLiteral("CHECK (local_minute BETWEEN 0 AND 1439)"),
        QStringLiteral("CHECK (duration_s IS NULL OR duration_s BETWEEN 0 AND 86400)"),
        QStringLiteral("CHECK (side IN ('left', 'right', 'both'))"),
        QStringLiteral("CHECK (severity BETWEEN 0 AND 10)"),
    };
    EXPECT_EQ(table.count(QStringLiteral("CHECK")), checks.size()) << table.toStdString();
    for (const QString &check : checks)
        EXPECT_TRUE(table.contains(check)) << check.toStdString();

    // After an import the checks are on again for everything else.
    QString error;
    QList<Episode> episodes;
    for (int i = 0; i < 100; ++i) {
        episodes.append(makeEpisode(QStringLiteral("2026-11-20T03:15:00+08:00"), i % 11));
        episodes.last().startedAt = episodes.last().startedAt.addSecs(i * 60);
    }
    const auto summary = diary.store->importEpisodes(episodes, &error);
    ASSERT_TRUE(summary) << error.toStdString();
    EXPECT_EQ(summary->added, 100);
    query.finish();
    EXPECT_FALSE(query.exec(QStringLiteral(
        "INSERT INTO episodes (started_at, started_utc, local_date, local_minute, location, side, severity)"
        " VALUES ('2026-11-20T03:15:00Z', 0, '2026-11-20', 195, 'calf', 'middle', 5)")));
    EXPECT_TRUE(query.lastError().text().contains(QStringLiteral("CHECK"))) << query.lastError().text().toStdString();
}
