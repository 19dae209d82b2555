// Fault injection (issue #8, docs/robustness.md): a full disk and I/O errors while logging and
// while exporting (the LD_PRELOAD shim tests/tools/FaultInjection.cpp makes the writes and
// syncs of files under one folder fail), a second process holding the diary's write lock, and
// SIGKILL in the middle of a migration and of an export. Every case ends with
// PRAGMA integrity_check = ok, every acknowledged episode present and no file half-written.
// The crash and two-writer tests of the diary itself are in tests/core/diary/DurabilityTest.cpp.

#include "RobustnessSupport.h"

#include "diary/DiaryStore.h"
#include "diary/Exchange.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using legcare::diary::DiaryStore;
using legcare::diary::Episode;
namespace exchange = legcare::diary::exchange;
using namespace legcare::tests;

namespace {

const QString kCli = QStringLiteral(LEGCARE_CLI_PATH);
const QString kWriter = QStringLiteral(LEGCARE_DIARY_WRITER);
const QString kShim = QStringLiteral(LEGCARE_FAULT_SHIM);

// The environment that makes files under dir fail, as described in FaultInjection.cpp.
QStringList faultEnvironment(const QString &dir, const QString &report, const QStringList &faults)
{
    return QStringList { QStringLiteral("LD_PRELOAD=") + kShim,
                         QStringLiteral("LEGCARE_FAULT_DIR=") + dir,
                         QStringLiteral("LEGCARE_FAULT_REPORT=") + report }
    + faults;
}

// The ids a writer printed on whole lines (each one printed only after its commit).
QList<qint64> acknowledged(const QString &out)
{
    QList<qint64> ids;
    const QStringList lines = out.left(out.lastIndexOf(QLatin1Char('\n')) + 1)
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        bool ok = false;
        const qint64 id = line.toLongLong(&ok);
        if (ok)
            ids.append(id);
    }
    return ids;
}

// The diary opens, passes integrity_check and holds every acknowledged episode.
void expectIntactWith(const QString &path, const QList<qint64> &ids)
{
    auto opened = DiaryStore::open(path);
    ASSERT_TRUE(opened.store) << opened.error->message.toStdString();
    EXPECT_TRUE(opened.store->integrityOk());
    EXPECT_GE(opened.store->episodeCount(), ids.size());
    for (qint64 id : ids)
        ASSERT_TRUE(opened.store->episode(id)) << "acknowledged episode " << id << " is missing";
}

// A diary with count episodes at path.
void makeDiary(const QString &path, int count)
{
    auto opened = DiaryStore::open(path);
    ASSERT_TRUE(opened.store) << opened.error->message.toStdString();
    QString error;
    ASSERT_TRUE(opened.store->importEpisodes(sampleEpisodes(count), &error)) << error.toStdString();
}

// Runs `SQL` on a connection of its own; for the raw checks that must not go through DiaryStore
// (which would finish a migration).
struct RawDatabase
{
    explicit RawDatabase(const QString &path)
        : name(QStringLiteral("raw-%1").arg(++serial))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        opened = db.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    Q_DISABLE_COPY_MOVE(RawDatabase)

    QVariant value(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(name, false));
        if (!query.exec(sql) || !query.next())
            return QVariant();
        return query.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(name, false));
        const bool ok = query.exec(sql);
        if (!ok)
            ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return ok;
    }

    static inline int serial = 0;
    QString name;
    bool opened = false;
};

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// A fault the shim injects (environment variables for the child) and the message it must cause.
struct FaultCase
{
    const char *name;
    QStringList faults;
    const char *message;
};

} // namespace

// A full disk, a failing device and a failing fsync while episodes are being logged: the writer
// stops with SQLite's message, and the diary still holds every episode it acknowledged.
TEST(FaultInjection, FullDiskOrIoErrorWhileLoggingKeepsEveryAcknowledgedEpisode)
{
    const FaultCase cases[] = {
        { "disk full", { QStringLiteral("LEGCARE_FAULT_BYTES=60000") }, "disk is full" },
        { "I/O error on write",
          { QStringLiteral("LEGCARE_FAULT_ERRNO=EIO"), QStringLiteral("LEGCARE_FAULT_WRITES=40") },
          "disk I/O error" },
        { "I/O error on fsync",
          { QStringLiteral("LEGCARE_FAULT_ERRNO=EIO"), QStringLiteral("LEGCARE_FAULT_SYNCS=10") },
          "disk I/O error" },
    };
    for (const FaultCase &fault : cases) {
        SCOPED_TRACE(fault.name);
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("data"));
        ASSERT_TRUE(QDir().mkpath(data));
        const QString path = data + QStringLiteral("/diary.sqlite");
        const QString report = tmp.filePath(QStringLiteral("faults.log"));
        makeDiary(path, 5);

        const Finished writer
            = run(kWriter, { path, QStringLiteral("100000"), QStringLiteral("logging") },
                  { faultEnvironment(data, report, fault.faults), {}, tmp.path() });
        EXPECT_EQ(writer.exitCode, 1) << writer.err.toStdString();
        EXPECT_TRUE(writer.err.contains(QLatin1String(fault.message))) << writer.err.toStdString();
        EXPECT_FALSE(readText(report).isEmpty()) << "the fault never happened";
        const QList<qint64> ids = acknowledged(writer.out);
        EXPECT_GE(ids.size(), 1);
        expectIntactWith(path, ids);

        // Space again: the same diary takes new episodes.
        const Finished after = run(kWriter, { path, QStringLiteral("10"), QStringLiteral("after") },
                                   { {}, {}, tmp.path() });
        EXPECT_EQ(after.exitCode, 0) << after.err.toStdString();
        expectIntactWith(path, ids + acknowledged(after.out));
    }
}

// `legcare-cli diary add` on a full disk: one line naming the diary and the problem, exit 1,
// nothing stored. With no room at all SQLite cannot even set up its shared-memory file, so the
// open fails: with the reason, not calling the diary damaged (which would invite moving it aside).
TEST(FaultInjection, CliAddOnAFullDiskSaysSoAndChangesNothing)
{
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    ASSERT_TRUE(QDir().mkpath(data));
    const QString path = data + QStringLiteral("/diary.sqlite");
    makeDiary(path, 20);
    const DiaryFingerprint before = fingerprint(path);
    const QStringList add = { QStringLiteral("--db"),       path,
                              QStringLiteral("diary"),      QStringLiteral("add"),
                              QStringLiteral("--at"),       QStringLiteral("2026-03-01T01:00:00"),
                              QStringLiteral("--location"), QStringLiteral("calf"),
                              QStringLiteral("--side"),     QStringLiteral("left"),
                              QStringLiteral("--severity"), QStringLiteral("5") };
    struct Case
    {
        const char *bytes;
        const char *message;
    };
    for (const Case &fault : { Case { "1024", "disk is full" }, Case { "0", "disk I/O error" } }) {
        SCOPED_TRACE(std::string("bytes left: ") + fault.bytes);
        const Finished done
            = run(kCli, add,
                  { faultEnvironment(
                        data, tmp.filePath(QStringLiteral("faults.log")),
                        { QStringLiteral("LEGCARE_FAULT_BYTES=") + QLatin1String(fault.bytes) }),
                    {},
                    tmp.path() });
        EXPECT_EQ(done.exitCode, 1) << done.err.toStdString();
        EXPECT_TRUE(done.err.contains(path)) << done.err.toStdString();
        EXPECT_TRUE(done.err.contains(QLatin1String(fault.message))) << done.err.toStdString();
        EXPECT_FALSE(done.err.contains(QLatin1String("damaged"))) << done.err.toStdString();
        EXPECT_EQ(done.err.trimmed().count(QLatin1Char('\n')), 0)
            << "one line: " << done.err.toStdString();
        EXPECT_EQ(fingerprint(path), before);
    }
}

// Exports and the doctor's report on a full disk, a failing device and a failing fsync: exit 1
// with a message naming the file, the previous file byte for byte, no temporary file left, the
// diary untouched.
TEST(FaultInjection, FullDiskOrIoErrorWhileExportingKeepsThePreviousFile)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("diary.sqlite"));
    const QString out = tmp.filePath(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    makeDiary(path, 2000);

    struct Target
    {
        QString file;
        QStringList arguments;
    };
    const QList<Target> targets = {
        { out + QStringLiteral("/diary.csv"),
          { QStringLiteral("diary"), QStringLiteral("export"), QStringLiteral("--csv") } },
        { out + QStringLiteral("/diary.json"),
          { QStringLiteral("diary"), QStringLiteral("export"), QStringLiteral("--json-file") } },
        { out + QStringLiteral("/report.pdf"),
          { QStringLiteral("report"), QStringLiteral("--pdf") } },
    };
    QHash<QString, QByteArray> previous;
    for (const Target &target : targets) {
        const Finished done = run(kCli,
                                  QStringList { QStringLiteral("--db"), path } + target.arguments
                                      + QStringList { target.file },
                                  { {}, {}, tmp.path() });
        ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
        previous.insert(target.file, readBytes(target.file));
        ASSERT_FALSE(previous.value(target.file).isEmpty());
    }
    {
        // New content, so that a new file could not pass for the old one.
        auto opened = DiaryStore::open(path);
        QString error;
        ASSERT_TRUE(opened.store->addEpisode(sampleEpisodes(1).constFirst(), &error))
            << error.toStdString();
    }
    const DiaryFingerprint before = fingerprint(path);
    const QStringList files = entries(out);

    const FaultCase cases[] = {
        { "disk full", { QStringLiteral("LEGCARE_FAULT_BYTES=20000") }, "No space left on device" },
        { "I/O error on write",
          { QStringLiteral("LEGCARE_FAULT_ERRNO=EIO"), QStringLiteral("LEGCARE_FAULT_WRITES=0") },
          "Input/output error" },
        { "I/O error on fsync",
          { QStringLiteral("LEGCARE_FAULT_ERRNO=EIO"), QStringLiteral("LEGCARE_FAULT_SYNCS=0") },
          "Input/output error" },
    };
    for (const FaultCase &fault : cases) {
        for (const Target &target : targets) {
            SCOPED_TRACE(std::string(fault.name) + ", " + target.file.toStdString());
            const QString report = tmp.filePath(QStringLiteral("faults.log"));
            QFile::remove(report);
            const Finished done
                = run(kCli,
                      QStringList { QStringLiteral("--db"), path } + target.arguments
                          + QStringList { target.file },
                      { faultEnvironment(out, report, fault.faults), {}, tmp.path() });
            EXPECT_EQ(done.exitCode, 1) << done.err.toStdString();
            EXPECT_TRUE(done.err.contains(target.file)) << done.err.toStdString();
            EXPECT_TRUE(done.err.contains(QLatin1String(fault.message))) << done.err.toStdString();
            EXPECT_FALSE(readText(report).isEmpty()) << "the fault never happened";
            EXPECT_TRUE(readBytes(target.file) == previous.value(target.file))
                << "the previous file changed";
            EXPECT_EQ(entries(out), files) << "a temporary file was left behind";
        }
    }
    EXPECT_EQ(fingerprint(path), before);
}

// A second process holds the write lock (BEGIN IMMEDIATE): a write waits for it up to the busy
// timeout and then fails with a message that says so; a shorter hold only delays the write.
TEST(FaultInjection, SecondProcessHoldingTheLock)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("diary.sqlite"));
    makeDiary(path, 10);
    const DiaryFingerprint before = fingerprint(path);
    const QStringList add = { QStringLiteral("--db"),       path,
                              QStringLiteral("diary"),      QStringLiteral("add"),
                              QStringLiteral("--at"),       QStringLiteral("2026-03-01T01:00:00"),
                              QStringLiteral("--location"), QStringLiteral("calf"),
                              QStringLiteral("--side"),     QStringLiteral("left"),
                              QStringLiteral("--severity"), QStringLiteral("5") };
    {
        RawDatabase holder(path);
        ASSERT_TRUE(holder.opened);
        ASSERT_TRUE(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const Finished blocked = run(kCli, add, { {}, {}, tmp.path() }, 30000);
        EXPECT_EQ(blocked.exitCode, 1) << blocked.err.toStdString();
        EXPECT_TRUE(blocked.err.contains(QLatin1String("busy in another program")))
            << blocked.err.toStdString();
        EXPECT_TRUE(blocked.err.contains(path)) << blocked.err.toStdString();
        EXPECT_GE(blocked.elapsedMs, DiaryStore::kBusyTimeoutMs - 500)
            << "it did not wait for the lock";
        holder.exec(QStringLiteral("ROLLBACK"));
    }
    EXPECT_EQ(fingerprint(path), before);
    {
        RawDatabase holder(path);
        ASSERT_TRUE(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const Child child = spawn(kCli, add, { {}, {}, tmp.path() });
        QThread::msleep(1000);
        holder.exec(QStringLiteral("COMMIT"));
        const Finished waited = finish(child, 30000);
        EXPECT_EQ(waited.exitCode, 0) << waited.err.toStdString();
        EXPECT_GE(waited.elapsedMs, 900) << "the write did not wait for the lock";
    }
    const DiaryFingerprint after = fingerprint(path);
    EXPECT_EQ(after.count, before.count + 1);
    EXPECT_TRUE(after.integrityOk);
}

// Two processes started at once on a diary that does not exist yet, 1,000 episodes each: both
// set it up (one waits for the other's lock and finds it done) and it ends with exactly 2,000.
// (DurabilityTest's two writers share a diary created beforehand.)
TEST(FaultInjection, TwoWritersStartingOnANewDiaryEndWithExactly2000)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("new.sqlite"));
    const Child a = spawn(kWriter, { path, QStringLiteral("1000"), QStringLiteral("a") },
                          { {}, {}, tmp.path() });
    const Child b = spawn(kWriter, { path, QStringLiteral("1000"), QStringLiteral("b") },
                          { {}, {}, tmp.path() });
    const Finished doneA = finish(a, 120000);
    const Finished doneB = finish(b, 120000);
    EXPECT_EQ(doneA.exitCode, 0) << doneA.err.toStdString();
    EXPECT_EQ(doneB.exitCode, 0) << doneB.err.toStdString();
    const QList<qint64> ids = acknowledged(doneA.out) + acknowledged(doneB.out);
    EXPECT_EQ(ids.size(), 2000);
    expectIntactWith(path, ids);
    EXPECT_EQ(fingerprint(path).count, 2000);
    std::printf("[          ] two writers, 1,000 episodes each: %lld ms\n",
                static_cast<long long>(std::max(doneA.elapsedMs, doneB.elapsedMs)));
}

namespace {

// Sanitizer builds run several times slower: fewer episodes still take long enough to kill.
constexpr int kLargeDiary = kSanitized ? 10000 : 40000;
constexpr int kGrownEpisodes = kLargeDiary;

// The v1 fixture grown to kGrownEpisodes + 2 episodes (with triggers and reliefs in their old
// child tables), so that migrating it takes long enough to be interrupted at many points.
void growVersion1(const QString &path)
{
    ASSERT_TRUE(QFile::copy(QStringLiteral(LEGCARE_TEST_DATA_DIR "/diary-v1.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    RawDatabase db(path);
    ASSERT_TRUE(db.opened);
    ASSERT_TRUE(db.exec(QStringLiteral("BEGIN")));
    ASSERT_TRUE(db.exec(
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1),"
            " t(i, utc) AS (SELECT i, 1700000000 + i * 3607 FROM n)"
            " INSERT INTO episodes (started_at, started_utc, local_date, local_minute, duration_s, "
            "location, side,"
            "  severity, context, note)"
            " SELECT strftime('%Y-%m-%dT%H:%M:%S', utc + 28800, 'unixepoch') || '+08:00', utc,"
            "  date(utc + 28800, 'unixepoch'), ((utc + 28800) / 60) % 1440, CASE WHEN i % 4 = 0 "
            "THEN NULL ELSE i % 600 END,"
            "  CASE i % 3 WHEN 0 THEN 'calf' WHEN 1 THEN 'foot' ELSE 'back_thigh' END,"
            "  CASE i % 3 WHEN 0 THEN 'left' WHEN 1 THEN 'right' ELSE 'both' END, i % 11,"
            "  CASE i % 5 WHEN 0 THEN NULL WHEN 1 THEN 'sleep' WHEN 2 THEN 'rest' WHEN 3 THEN "
            "'exercise' ELSE 'other' END,"
            "  'grown ' || i FROM t")
            .arg(kGrownEpisodes)));
    ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO episode_triggers SELECT id, 'cold' FROM "
                                       "episodes WHERE id % 3 = 0 AND id > 2")));
    ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO episode_reliefs SELECT id, 'stretching' FROM "
                                       "episodes WHERE id % 4 = 0 AND id > 2")));
    ASSERT_TRUE(db.exec(QStringLiteral("COMMIT")));
}

void removeDiaryFiles(const QString &path)
{
    const QFileInfo info(path);
    for (const QString &name :
         QDir(info.absolutePath()).entryList({ info.fileName() + QLatin1Char('*') }, QDir::Files))
        QFile::remove(info.absolutePath() + QLatin1Char('/') + name);
}

} // namespace

// SIGKILL at points spread over a migration from v1 (backup, then the steps in one
// transaction): the file is always either the old version or the whole new one, intact with
// every episode, every backup left behind is whole, and the next open finishes the job.
TEST(FaultInjection, KillDuringMigrationLeavesTheOldOrTheNewDiary)
{
    QTemporaryDir tmp;
    const QString pristine = tmp.filePath(QStringLiteral("pristine.sqlite"));
    growVersion1(pristine);
    if (HasFatalFailure())
        return;
    const qint64 expected = kGrownEpisodes + 2;
    qint64 triggers = 0;
    {
        RawDatabase db(pristine);
        triggers = db.value(QStringLiteral("SELECT count(*) FROM episode_triggers")).toLongLong();
    }
    const QString dir = tmp.filePath(QStringLiteral("work"));
    ASSERT_TRUE(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/diary.sqlite");

    // How long a whole migration takes, to spread the kills over it.
    ASSERT_TRUE(QFile::copy(pristine, path));
    const Finished whole = run(kWriter, { path, QStringLiteral("0") }, { {}, {}, tmp.path() });
    ASSERT_EQ(whole.exitCode, 0) << whole.err.toStdString();
    {
        RawDatabase db(path);
        ASSERT_EQ(db.value(QStringLiteral("PRAGMA user_version")).toInt(),
                  DiaryStore::kSchemaVersion);
        ASSERT_EQ(db.value(QStringLiteral("SELECT count(*) FROM episodes")).toLongLong(), expected);
    }
    const qint64 duration = whole.elapsedMs;
    ASSERT_GT(duration, 100) << "the migration is too quick to interrupt";

    // From early in the backup to just after the whole run (a kill after the exit is harmless).
    constexpr int kRounds = 8;
    int oldSeen = 0;
    int newSeen = 0;
    for (int round = 0; round < kRounds; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        removeDiaryFiles(path);
        ASSERT_TRUE(QFile::copy(pristine, path));
        const Child child = spawn(kWriter, { path, QStringLiteral("0") }, { {}, {}, tmp.path() });
        QThread::msleep(static_cast<unsigned long>(duration * 11 * (round + 1) / (10 * kRounds)));
        ::kill(child.pid, SIGKILL);
        finish(child);

        {
            RawDatabase db(path);
            ASSERT_TRUE(db.opened);
            EXPECT_EQ(db.value(QStringLiteral("PRAGMA integrity_check")).toString(),
                      QStringLiteral("ok"));
            const int version = db.value(QStringLiteral("PRAGMA user_version")).toInt();
            EXPECT_TRUE(version == 1 || version == DiaryStore::kSchemaVersion)
                << "half-migrated: version " << version;
            (version == 1 ? oldSeen : newSeen)++;
            EXPECT_EQ(db.value(QStringLiteral("SELECT count(*) FROM episodes")).toLongLong(),
                      expected);
            if (version == 1) {
                EXPECT_EQ(
                    db.value(QStringLiteral("SELECT count(*) FROM episode_triggers")).toLongLong(),
                    triggers);
            }
        }
        for (const QString &backup : DiaryStore::backups(path)) {
            RawDatabase db(backup);
            EXPECT_EQ(db.value(QStringLiteral("PRAGMA integrity_check")).toString(),
                      QStringLiteral("ok"))
                << "half a backup: " << backup.toStdString();
            EXPECT_EQ(db.value(QStringLiteral("SELECT count(*) FROM episodes")).toLongLong(),
                      expected)
                << "half a backup: " << backup.toStdString();
        }
        auto opened = DiaryStore::open(path);
        ASSERT_TRUE(opened.store) << opened.error->message.toStdString();
        EXPECT_EQ(opened.store->schemaVersion(), DiaryStore::kSchemaVersion);
        EXPECT_EQ(opened.store->episodeCount(), expected);
        EXPECT_TRUE(opened.store->integrityOk());
    }
    std::printf("[          ] migration of %lld episodes: %lld ms; killed before the commit %d "
                "times, after it %d times\n",
                static_cast<long long>(expected), static_cast<long long>(duration), oldSeen,
                newSeen);
}

// SIGKILL at points spread over an export of a large diary: the file is the previous export or
// the complete new one, never a part.
TEST(FaultInjection, KillDuringExportLeavesTheOldOrTheCompleteFile)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("diary.sqlite"));
    makeDiary(path, kLargeDiary);
    struct Format
    {
        QString file;
        QString option;
        exchange::Format format;
        QByteArray previous;
        QByteArray complete;
    };
    QList<Format> formats = {
        { tmp.filePath(QStringLiteral("diary.csv")),
          QStringLiteral("--csv"),
          exchange::Format::Csv,
          {},
          {} },
        { tmp.filePath(QStringLiteral("diary.json")),
          QStringLiteral("--json-file"),
          exchange::Format::Json,
          {},
          {} },
    };
    {
        auto opened = DiaryStore::open(path);
        ASSERT_TRUE(opened.store);
        QString error;
        for (Format &format : formats) {
            ASSERT_TRUE(exchange::exportFile(*opened.store, format.file, format.format, &error))
                << error.toStdString();
            format.previous = readBytes(format.file);
        }
        ASSERT_TRUE(opened.store->addEpisode(sampleEpisodes(1).constFirst(), &error))
            << error.toStdString();
        for (Format &format : formats) {
            const QString complete = format.file + QStringLiteral(".complete");
            ASSERT_TRUE(exchange::exportFile(*opened.store, complete, format.format, &error))
                << error.toStdString();
            format.complete = readBytes(complete);
            QFile::remove(complete);
        }
    }
    for (const Format &format : std::as_const(formats)) {
        const QStringList arguments
            = { QStringLiteral("--db"),   path,          QStringLiteral("diary"),
                QStringLiteral("export"), format.option, format.file };
        // How long one export takes (then the file is back to the previous content).
        const Finished whole = run(kCli, arguments, { {}, {}, tmp.path() });
        ASSERT_EQ(whole.exitCode, 0) << whole.err.toStdString();
        ASSERT_TRUE(readBytes(format.file) == format.complete);
        ASSERT_TRUE(writeFile(format.file, format.previous));
        constexpr int kRounds = 8;
        int previousSeen = 0;
        for (int round = 0; round < kRounds; ++round) {
            SCOPED_TRACE(format.option.toStdString() + " round " + std::to_string(round));
            const Child child = spawn(kCli, arguments, { {}, {}, tmp.path() });
            // From early on to just after the whole run (a kill after the exit is harmless).
            QThread::msleep(
                static_cast<unsigned long>(whole.elapsedMs * 11 * (round + 1) / (10 * kRounds)));
            ::kill(child.pid, SIGKILL);
            finish(child);
            const QByteArray now = readBytes(format.file);
            const bool isPrevious = now == format.previous;
            EXPECT_TRUE(isPrevious || now == format.complete)
                << "a part of an export: " << now.size() << " bytes (previous "
                << format.previous.size() << ", complete " << format.complete.size() << ")";
            previousSeen += isPrevious ? 1 : 0;
            if (!isPrevious) {
                ASSERT_TRUE(writeFile(format.file, format.previous));
            }
        }
        std::printf("[          ] export %s of %d episodes: %lld ms; killed before the rename %d "
                    "of %d times\n",
                    qPrintable(format.option), kLargeDiary + 1,
                    static_cast<long long>(whole.elapsedMs), previousSeen, kRounds);
    }
    EXPECT_TRUE(fingerprint(path).integrityOk);
}
