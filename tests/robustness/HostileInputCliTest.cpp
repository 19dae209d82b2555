// Hostile input through legcare-cli (issue #8, docs/robustness.md): every hostile file or path
// ends in one clear line on stderr that names it, exit 2 (bad input) or 1 (cannot read or
// write), the diary unchanged, and a bounded peak memory of the child (wait4's ru_maxrss).

#include "RobustnessSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace legcare::tests;

namespace {

const QString kCli = QStringLiteral(LEGCARE_CLI_PATH);
const QByteArray kHeader
    = "started_at,duration_s,location,side,severity,context,triggers,reliefs,note\n";
const QByteArray kLine = "2026-11-20T03:15:00+08:00,60,calf,left,6,sleep,cold,stretching,fine\n";

// The peak memory a refusal may take (the CLI itself takes about 20 MiB). The inputs below are
// up to 100 MB: a reader that loaded one whole, let alone as UTF-16 or a JSON document, would
// pass this. Sanitizer builds keep shadow memory and quarantine, so their figure says nothing
// about the code.
constexpr long kMaxRssKiB = 64 * 1024;

class HostileInputCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("diary.sqlite"));
        auto opened = legcare::diary::DiaryStore::open(m_db);
        ASSERT_TRUE(opened.store);
        QString error;
        ASSERT_TRUE(opened.store->importEpisodes(sampleEpisodes(30), &error))
            << error.toStdString();
        opened.store.reset();
        m_before = fingerprint(m_db);
    }

    // Runs legcare-cli with --db and the arguments; expects the exit code, one line on stderr
    // containing every part of expected, bounded memory and an unchanged diary.
    enum class OneLine { Yes, No };
    Finished expectRefused(const QStringList &arguments, int exitCode, const QStringList &expected,
                           const ChildOptions &options = {}, OneLine oneLine = OneLine::Yes)
    {
        SCOPED_TRACE(arguments.join(QLatin1Char(' ')).left(200).toStdString());
        ChildOptions withDir = options;
        withDir.workDir = m_dir.path();
        const Finished done
            = run(kCli, QStringList { QStringLiteral("--db"), m_db } + arguments, withDir, 60000);
        EXPECT_FALSE(done.timedOut) << "legcare-cli hung";
        EXPECT_EQ(done.signal, 0) << "legcare-cli was killed by signal " << done.signal;
        EXPECT_EQ(done.exitCode, exitCode) << done.err.left(500).toStdString();
        for (const QString &part : expected)
            EXPECT_TRUE(done.err.contains(part))
                << "'" << part.toStdString() << "' not in: " << done.err.left(500).toStdString();
        if (oneLine == OneLine::Yes) {
            // One line, perhaps followed by the usage hint that every exit 2 of the CLI adds.
            const QStringList lines = done.err.trimmed().split(QLatin1Char('\n'));
            EXPECT_TRUE(lines.size() == 1
                        || (lines.size() == 2 && lines[1].startsWith(QLatin1String("Try '"))))
                << "one line: " << done.err.left(500).toStdString();
            EXPECT_LT(done.err.size(), 500) << "the input echoed back";
        }
        if (!kSanitized) {
            EXPECT_LT(done.maxRssKiB, kMaxRssKiB)
                << "peak memory " << done.maxRssKiB / 1024 << " MiB";
        }
        EXPECT_EQ(fingerprint(m_db), m_before);
        std::printf("[          ] %-60s %4ld MiB %5lld ms\n",
                    qPrintable(arguments.join(QLatin1Char(' ')).left(60)), done.maxRssKiB / 1024,
                    static_cast<long long>(done.elapsedMs));
        return done;
    }

    QString file(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(writeFile(path, data));
        return path;
    }

    QStringList import(const QString &path)
    {
        return { QStringLiteral("diary"), QStringLiteral("import"), path };
    }

    QTemporaryDir m_dir;
    QString m_db;
    DiaryFingerprint m_before;
};

QString copyKnowledgeBase(const QString &to)
{
    const QString from = QStringLiteral(LEGCARE_SOURCE_KB_DIR);
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(source, target);
    }
    return to;
}

} // namespace

// The hostile files are written and their bytes freed before the CLI starts: a forked child's
// peak memory counts the parent's pages until exec.
TEST_F(HostileInputCli, NestedAndHugeJson)
{
    const QString nested = file(QStringLiteral("nested.json"), QByteArray(100000, '['));
    expectRefused(import(nested), 2, { nested, QStringLiteral("byte") });
    const QString values
        = file(QStringLiteral("values.json"),
               "{\"episodes\":[" + QByteArray("0,").repeated(30 * 1024 * 1024) + "0]}");
    expectRefused(import(values), 2, { values, QStringLiteral("byte") });
    const QString arrays
        = file(QStringLiteral("arrays.json"),
               "{\"episodes\":[" + QByteArray("[],").repeated(20 * 1024 * 1024) + "[]]}");
    expectRefused(import(arrays), 2, { arrays, QStringLiteral("byte") });
    const QString text
        = file(QStringLiteral("string.json"),
               "{\"episodes\":[{\"note\":\"" + QByteArray(100 * 1024 * 1024, 'a') + "\"}]}");
    expectRefused(import(text), 2, { text, QStringLiteral("byte") });
}

TEST_F(HostileInputCli, HugeCsv)
{
    const QString wide
        = file(QStringLiteral("wide.csv"), kHeader + kLine + QByteArray(1000000, ',') + "\n");
    expectRefused(import(wide), 2, { wide, QStringLiteral("line 3") });
    const QString field = file(QStringLiteral("field.csv"),
                               kHeader + "2026-11-20T03:15:00,,calf,left,6,,,,\""
                                   + QByteArray(100 * 1024 * 1024, 'a') + "\"\n");
    expectRefused(import(field), 2,
                  { field, QStringLiteral("line 2"), QStringLiteral("longer than") });
}

TEST_F(HostileInputCli, InvalidUtf8)
{
    expectRefused(import(file(QStringLiteral("bad.csv"),
                              kHeader + kLine + "2026-11-20T03:15:00,,calf,left,6,,,,\xff\xfe\n")),
                  2,
                  { QStringLiteral("bad.csv"), QStringLiteral("line 3"), QStringLiteral("UTF-8") });
    expectRefused(
        import(file(QStringLiteral("bad.json"), "{\"episodes\":[{\"note\":\"\xed\xa0\x80\"}]}")), 2,
        { QStringLiteral("bad.json"), QStringLiteral("byte") });
    expectRefused({ QStringLiteral("assess"), QStringLiteral("--profile"),
                    file(QStringLiteral("profile.json"), "{\n \"age\": \"\xc0\xaf\"\n}") },
                  2, { QStringLiteral("profile.json"), QStringLiteral("line 2") });
    expectRefused({ QStringLiteral("assess"), QStringLiteral("--profile"),
                    file(QStringLiteral("nested-profile.json"), QByteArray(100000, '[')) },
                  2, { QStringLiteral("nested-profile.json") });
    const QString huge
        = file(QStringLiteral("huge-profile.json"), QByteArray(100 * 1024 * 1024, ' '));
    expectRefused({ QStringLiteral("assess"), QStringLiteral("--profile"), huge }, 2, { huge });
}

// A knowledge-base folder with hostile files (kb check --root): named by file, exit 1.
TEST_F(HostileInputCli, HostileKnowledgeBaseFiles)
{
    const QString root = copyKnowledgeBase(m_dir.filePath(QStringLiteral("kb")));
    const QString condition = root + QStringLiteral("/conditions/dehydration.json");
    QByteArray text = readBytes(condition);
    ASSERT_FALSE(text.isEmpty());
    ASSERT_TRUE(writeFile(condition, text.replace("\"en\"", "\"e\xffn\"")));
    expectRefused({ QStringLiteral("kb"), QStringLiteral("check"), QStringLiteral("--root"), root },
                  1, { QStringLiteral("conditions/dehydration.json") }, {}, OneLine::No);
    ASSERT_TRUE(writeFile(condition, QByteArray(100000, '[')));
    expectRefused({ QStringLiteral("kb"), QStringLiteral("check"), QStringLiteral("--root"), root },
                  1, { QStringLiteral("conditions/dehydration.json") }, {}, OneLine::No);
    ASSERT_TRUE(
        writeFile(condition, QByteArray(50 * 1024 * 1024, ' '))); // freed before the CLI runs
    expectRefused({ QStringLiteral("kb"), QStringLiteral("check"), QStringLiteral("--root"), root },
                  1, { QStringLiteral("conditions/dehydration.json") }, {}, OneLine::No);
    ASSERT_TRUE(QFile::remove(condition));
    // A folder where the file was: not read as one; the condition is missing, so the references
    // to it are named.
    ASSERT_TRUE(QDir().mkdir(condition));
    expectRefused({ QStringLiteral("kb"), QStringLiteral("check"), QStringLiteral("--root"), root },
                  1, { QStringLiteral("no condition 'dehydration'") }, {}, OneLine::No);
    expectRefused({ QStringLiteral("kb"), QStringLiteral("check"), QStringLiteral("--root"), m_db },
                  2, { m_db });
}

TEST_F(HostileInputCli, PathsThatAreFoldersDevicesOrPipes)
{
    const QString folder = m_dir.filePath(QStringLiteral("folder.csv"));
    ASSERT_TRUE(QDir().mkpath(folder));
    expectRefused(import(folder), 2, { folder, QStringLiteral("folder") });
    const QString zero = m_dir.filePath(QStringLiteral("zero.json"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), zero));
    expectRefused(import(zero), 2, { zero, QStringLiteral("not a regular file") });
    const QString pipe = m_dir.filePath(QStringLiteral("pipe.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    expectRefused(import(pipe), 2, { pipe, QStringLiteral("not a regular file") });
    expectRefused({ QStringLiteral("assess"), QStringLiteral("--profile"), folder }, 2, { folder });

    // Outputs that are folders or in a folder that does not exist.
    expectRefused(
        { QStringLiteral("diary"), QStringLiteral("export"), QStringLiteral("--csv"), folder }, 1,
        { folder });
    expectRefused({ QStringLiteral("diary"), QStringLiteral("export"),
                    QStringLiteral("--json-file"), folder },
                  1, { folder });
    const QString nowhere = m_dir.filePath(QStringLiteral("nowhere/out.pdf"));
    expectRefused({ QStringLiteral("report"), QStringLiteral("--pdf"), folder }, 1, { folder });
    expectRefused({ QStringLiteral("report"), QStringLiteral("--pdf"), nowhere }, 1, { nowhere });
    EXPECT_TRUE(QDir(folder).isEmpty());
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere"))));
}

// Files that cannot be read and folders that cannot be written. Root reads everything, so as
// root (as in CI) the CLI runs as the unprivileged user nobody instead.
TEST_F(HostileInputCli, UnreadableAndUnwritablePaths)
{
    ChildOptions options;
    if (geteuid() == 0) {
        options.runAs = 65534; // nobody
        for (const QString &path : { m_dir.path(), m_db }) {
            ASSERT_EQ(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
        }
    }
    const QString secret = file(QStringLiteral("secret.csv"), kHeader + kLine);
    ASSERT_EQ(::chmod(QFile::encodeName(secret).constData(), 0), 0);
    expectRefused(import(secret), 2, { secret, QStringLiteral("Permission denied") }, options);
    const QString profile = file(QStringLiteral("secret-profile.json"), "{}");
    ASSERT_EQ(::chmod(QFile::encodeName(profile).constData(), 0), 0);
    expectRefused({ QStringLiteral("assess"), QStringLiteral("--profile"), profile }, 2,
                  { profile }, options);

    const QString locked = m_dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(locked));
    ASSERT_EQ(::chmod(QFile::encodeName(locked).constData(), 0500), 0);
    if (geteuid() == 0) {
        ASSERT_EQ(::chown(QFile::encodeName(locked).constData(), 65534, 65534), 0);
    }
    const QString target = locked + QStringLiteral("/diary.csv");
    expectRefused(
        { QStringLiteral("diary"), QStringLiteral("export"), QStringLiteral("--csv"), target }, 1,
        { target }, options);
    EXPECT_TRUE(QDir(locked).isEmpty());

    // A diary that cannot be read (root's, 0600, to nobody): named, not replaced. (Its owner
    // would get it back: opening a diary sets it to 0600.)
    if (geteuid() == 0) {
        ASSERT_EQ(::chown(QFile::encodeName(m_db).constData(), 0, 0), 0);
        ChildOptions asNobody = options;
        asNobody.workDir = m_dir.path();
        const Finished done = run(
            kCli, { QStringLiteral("--db"), m_db, QStringLiteral("diary"), QStringLiteral("list") },
            asNobody);
        EXPECT_EQ(done.exitCode, 1) << done.err.toStdString();
        EXPECT_TRUE(done.err.contains(m_db)) << done.err.toStdString();
        EXPECT_EQ(done.err.trimmed().count(QLatin1Char('\n')), 0) << done.err.toStdString();
    }
    EXPECT_EQ(fingerprint(m_db), m_before);
}
