// Hostile input to the core's readers, in process (issue #8, docs/robustness.md): deeply nested
// and oversized JSON, invalid UTF-8, CSV with a million columns or a 100 MB field, paths that
// are folders or not regular files. Each is refused with a message naming the file and the
// place, and the diary is left exactly as it was. The same files through legcare-cli, with the
// child's peak memory measured, are in HostileInputCliTest.cpp.

#include "RobustnessSupport.h"

#include "diary/DiaryStore.h"
#include "diary/Exchange.h"
#include "triage/SymptomProfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using legcare::diary::DiaryStore;
namespace exchange = legcare::diary::exchange;
using namespace legcare::tests;

namespace {

const QByteArray kHeader
    = "started_at,duration_s,location,side,severity,context,triggers,reliefs,note\n";
const QByteArray kLine = "2026-11-20T03:15:00+08:00,60,calf,left,6,sleep,cold,stretching,fine\n";

class HostileInput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("diary.sqlite"));
        auto opened = DiaryStore::open(m_path);
        ASSERT_TRUE(opened.store);
        QString error;
        ASSERT_TRUE(opened.store->importEpisodes(sampleEpisodes(30), &error))
            << error.toStdString();
        m_before = fingerprint(m_path);
    }

    // Imports the file (written from data unless it is empty) and expects a refusal whose message
    // names the file and contains every part of expected; then the diary is unchanged.
    void expectRefused(const QString &name, const QByteArray &data, const QStringList &expected)
    {
        SCOPED_TRACE(name.toStdString());
        const QString file = m_dir.filePath(name);
        if (!data.isEmpty()) {
            ASSERT_TRUE(writeFile(file, data));
        }
        {
            auto opened = DiaryStore::open(m_path);
            ASSERT_TRUE(opened.store);
            QString error;
            EXPECT_FALSE(exchange::importFile(*opened.store, file, &error));
            EXPECT_TRUE(error.startsWith(file + QStringLiteral(": "))) << error.toStdString();
            for (const QString &part : expected)
                EXPECT_TRUE(error.contains(part))
                    << "'" << part.toStdString() << "' not in: " << error.left(300).toStdString();
            EXPECT_LT(error.size(), 400) << "one short line, not the input echoed";
        }
        if (!data.isEmpty())
            QFile::remove(file);
        EXPECT_EQ(fingerprint(m_path), m_before);
    }

    QTemporaryDir m_dir;
    QString m_path;
    DiaryFingerprint m_before;
};

} // namespace

TEST_F(HostileInput, DeeplyNestedJson)
{
    expectRefused(QStringLiteral("arrays.json"), QByteArray(100000, '['),
                  { QStringLiteral("byte") });
    QByteArray objects;
    for (int i = 0; i < 100000; ++i)
        objects += "{\"a\":";
    expectRefused(QStringLiteral("objects.json"), objects, { QStringLiteral("byte") });
    // Nesting where an episode's fields belong.
    expectRefused(QStringLiteral("note.json"),
                  "{\"episodes\":[{\"note\":" + QByteArray(5000, '[') + QByteArray(5000, ']')
                      + "}]}",
                  { QStringLiteral("byte") });
}

TEST_F(HostileInput, OversizedJsonIsRefusedBeforeItIsRead)
{
    // Larger than any diary could export: refused on its size, without reading it (sparse).
    const QString sparse = m_dir.filePath(QStringLiteral("sparse.json"));
    QFile file(sparse);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(exchange::kMaxFileBytes + 1));
    file.close();
    expectRefused(QStringLiteral("sparse.json"), {}, { QStringLiteral("larger than") });
    // Many millions of tiny values: refused before a document of them is built.
    QByteArray values = "{\"episodes\":[";
    values += QByteArray(40 * 1024 * 1024, '0').replace(QByteArray("00"), QByteArray("0,"));
    values += "0]}";
    expectRefused(QStringLiteral("values.json"), values, { QStringLiteral("byte") });
    // One string of 100 MB.
    expectRefused(QStringLiteral("string.json"),
                  "{\"episodes\":[{\"note\":\"" + QByteArray(100 * 1024 * 1024, 'a') + "\"}]}",
                  { QStringLiteral("byte") });
}

TEST_F(HostileInput, InvalidUtf8)
{
    const QByteArray badBytes[] = { "\xff\xfe", "\xc0\xaf" /* overlong '/' */,
                                    "\xed\xa0\x80" /* a surrogate */, "\xe4\xb8" /* cut short */ };
    for (const QByteArray &bad : badBytes) {
        // In the 501st line of a CSV: named by its line.
        expectRefused(QStringLiteral("bad.csv"),
                      kHeader + kLine.repeated(499) + "2026-11-20T03:15:00,,calf,left,6,,,,x" + bad
                          + "y\n",
                      { QStringLiteral("line 501"), QStringLiteral("UTF-8") });
        // At the very end of a CSV (no newline after it).
        expectRefused(QStringLiteral("end.csv"),
                      kHeader + "2026-11-20T03:15:00,,calf,left,6,,,,x" + bad,
                      { QStringLiteral("UTF-8") });
        expectRefused(QStringLiteral("bad.json"),
                      "{\"episodes\":[{\"started_at\":\"2026-11-20T03:15:00\",\"location\":"
                      "\"calf\",\"side\":\"left\","
                      "\"severity\":6,\"note\":\"x"
                          + bad + "y\"}]}",
                      { QStringLiteral("byte") });
    }
    // The profile reader (assess --profile) names the line and column.
    const auto parsed = legcare::triage::SymptomProfile::fromJsonBytes("{\n  \"age\": \"\xff\"\n}");
    EXPECT_FALSE(parsed.profile);
    ASSERT_FALSE(parsed.errors.isEmpty());
    EXPECT_TRUE(parsed.errors.constFirst().message.contains(QStringLiteral("line 2")))
        << parsed.errors.constFirst().message.toStdString();
}

TEST_F(HostileInput, HugeCsv)
{
    // A million columns in a data line, and in the header.
    expectRefused(QStringLiteral("wide.csv"), kHeader + kLine + QByteArray(1000000, ','),
                  { QStringLiteral("line 3"), QStringLiteral("columns") });
    expectRefused(QStringLiteral("wide-header.csv"), QByteArray(1000000, ',') + "\n" + kLine,
                  { QStringLiteral("line 1") });
    // A field of 100 MB, quoted or not.
    expectRefused(QStringLiteral("field.csv"),
                  kHeader + kLine + "2026-11-20T03:15:00,,calf,left,6,,,,\""
                      + QByteArray(100 * 1024 * 1024, 'a') + "\"\n",
                  { QStringLiteral("line 3"), QStringLiteral("longer than") });
    expectRefused(QStringLiteral("plain.csv"), kHeader + QByteArray(100 * 1024 * 1024, 'a') + "\n",
                  { QStringLiteral("line 2"), QStringLiteral("longer than") });
    // A hundred thousand lines of one character each, then garbage: named by its line.
    expectRefused(QStringLiteral("lines.csv"), kHeader + kLine.repeated(100000) + "nonsense\n",
                  { QStringLiteral("line 100002") });
}

TEST_F(HostileInput, PathsThatAreNotFiles)
{
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(QStringLiteral("folder.csv")));
    expectRefused(QStringLiteral("folder.csv"), {}, { QStringLiteral("folder") });
    expectRefused(QStringLiteral("missing.csv"), {}, { QStringLiteral("no such file") });
    // A device or a pipe is not a diary file (reading /dev/zero would never end).
    ASSERT_TRUE(
        QFile::link(QStringLiteral("/dev/zero"), m_dir.filePath(QStringLiteral("zero.json"))));
    expectRefused(QStringLiteral("zero.json"), {}, { QStringLiteral("not a regular file") });
    ASSERT_EQ(
        ::mkfifo(QFile::encodeName(m_dir.filePath(QStringLiteral("pipe.csv"))).constData(), 0600),
        0);
    expectRefused(QStringLiteral("pipe.csv"), {}, { QStringLiteral("not a regular file") });

    // Exports to a folder, or into a folder that does not exist: refused, nothing created.
    auto opened = DiaryStore::open(m_path);
    ASSERT_TRUE(opened.store);
    for (const QString &target : { m_dir.filePath(QStringLiteral("folder.csv")),
                                   m_dir.filePath(QStringLiteral("nowhere/diary.csv")) }) {
        QString error;
        EXPECT_FALSE(exchange::exportFile(*opened.store, target, exchange::Format::Csv, &error))
            << target.toStdString();
        EXPECT_TRUE(error.startsWith(target + QStringLiteral(": "))) << error.toStdString();
    }
    EXPECT_TRUE(QFileInfo(m_dir.filePath(QStringLiteral("folder.csv"))).isDir());
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere"))));
    EXPECT_TRUE(QDir(m_dir.filePath(QStringLiteral("folder.csv"))).isEmpty());
}

// The limits above leave a real diary alone: the JSON export of 100,000 episodes (the size
// docs/performance.md holds the diary to) reads back whole.
TEST(HostileInputLimits, JsonExportOfALargeDiaryIsNotMistakenForHostile)
{
    const QList<legcare::diary::Episode> episodes = sampleEpisodes(100000);
    const QByteArray json = exchange::toJson(episodes);
    QString error;
    const auto parsed = exchange::parseJson(json, &error);
    ASSERT_TRUE(parsed) << error.toStdString();
    EXPECT_EQ(parsed->size(), episodes.size());
}
