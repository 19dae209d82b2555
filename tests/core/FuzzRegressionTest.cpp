// Defects that the fuzzers found (tests/fuzz/, docs/robustness.md "Fuzzing"), each with the
// user-visible harm it did. The reproducers themselves are in tests/fuzz/regressions/ and run
// as the fuzz_replay_* tests.

#include "diary/Exchange.h"

#include "diary/DiaryTestSupport.h"

#include <QBuffer>
#include <QFile>

#include <gtest/gtest.h>

using namespace legcare::diary;
using legcare::test::TempDiary;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(data), data.size());
}

std::optional<QList<Episode>> parseCsv(const QByteArray &csv, QString *error)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return exchange::parseCsv(buffer, error);
}

} // namespace

// csv_import: a start time with a fraction of a second was kept by the importer but not by the
// diary (which stores and exports whole seconds), so importing the same file twice added every
// such episode twice instead of skipping it as an exact duplicate.
TEST(FuzzRegression, FractionOfASecondIsDroppedSoAReimportSkipsDuplicates)
{
    const QByteArray csv = "started_at,duration_s,location,side,severity,context,triggers,reliefs,note\n"
                           "2026-11-20T03:15:00.250+01:00,,calf,left,6,,,,\n";
    QString error;
    const auto episodes = parseCsv(csv, &error);
    ASSERT_TRUE(episodes) << error.toStdString();
    ASSERT_EQ(episodes->size(), 1);
    EXPECT_EQ(episodes->at(0).startedAt.time().msec(), 0);
    EXPECT_EQ(episodes->at(0).startedAt.offsetFromUtc(), 3600);

    TempDiary diary;
    const QString path = diary.file(QStringLiteral("fraction.csv"));
    writeFile(path, csv);
    const auto first = exchange::importFile(*diary.store, path, &error);
    ASSERT_TRUE(first) << error.toStdString();
    EXPECT_EQ(first->added, 1);
    const auto second = exchange::importFile(*diary.store, path, &error);
    ASSERT_TRUE(second) << error.toStdString();
    EXPECT_EQ(second->added, 0);
    EXPECT_EQ(second->skippedDuplicates, 1);
    EXPECT_EQ(diary.store->episodeCount(), 1);
}

// csv_import: the reader decodes each 64 KiB read on its own, and the decoder dropped a U+FEFF
// (a byte-order mark, or a zero-width no-break space in a note) at the start of every read, not
// only of the file. So a note lost a character when it happened to straddle a read, and the same
// file gave different results through a device that reads less at a time.
TEST(FuzzRegression, ByteOrderMarkAtAReadBoundaryIsKept)
{
    const QByteArray prefix = "started_at,duration_s,location,side,severity,context,triggers,reliefs,note\n"
                              "2026-11-20T03:15:00,,calf,left,6,,,,";
    const qsizetype readSize = 64 * 1024; // CsvReader's read size
    QByteArray csv = prefix + QByteArray(readSize - prefix.size(), 'a');
    ASSERT_EQ(csv.size(), readSize);
    csv += "\xEF\xBB\xBF" "b\n"; // U+FEFF exactly at the start of the second read
    QString error;
    const auto episodes = parseCsv(csv, &error);
    ASSERT_TRUE(episodes) << error.toStdString();
    ASSERT_EQ(episodes->size(), 1);
    EXPECT_TRUE(episodes->at(0).note.endsWith(QString(QChar(0xFEFF)) + QLatin1Char('b')));

    // The file's own byte-order mark is still removed.
    const auto withBom = parseCsv("\xEF\xBB\xBF" + csv, &error);
    ASSERT_TRUE(withBom) << error.toStdString();
    EXPECT_EQ(withBom->at(0).note, episodes->at(0).note);
}

// json_import: JSON can write a lone UTF-16 surrogate ("\ud800"), which is no character. It was
// accepted in a note, then stored corrupted ("a\ud800b" came back as "a" + U+10062, swallowing
// the "b") and exported as "?" to CSV, and a second import added it again. Now the import is
// refused with a message naming the episode and the note, and the diary is left as it was.
TEST(FuzzRegression, LoneSurrogateInANoteIsRefused)
{
    QString error;
    EXPECT_FALSE(exchange::parseJson(R"({"episodes": [{"started_at": "2026-11-20T03:15:00+08:00",
        "location": "calf", "side": "left", "severity": 1, "note": "a\ud800b"}]})", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("episodes[0]"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("note"))) << error.toStdString();

    // A proper pair (an emoji) is still fine.
    const auto episodes = exchange::parseJson(R"({"episodes": [{"started_at": "2026-11-20T03:15:00+08:00",
        "location": "calf", "side": "left", "severity": 1, "note": "a\ud83e\uddb5b"}]})", &error);
    ASSERT_TRUE(episodes) << error.toStdString();
    EXPECT_EQ(episodes->at(0).note, QStringLiteral("a\U0001F9B5b"));

    Episode episode;
    episode.startedAt = QDateTime::fromString(QStringLiteral("2026-11-20T03:15:00+08:00"), Qt::ISODate);
    episode.note = QString(QChar(0xDC00)) + QStringLiteral("x");
    EXPECT_FALSE(validate(episode).isEmpty());
}
