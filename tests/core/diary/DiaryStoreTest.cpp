#include "diary/DiaryStore.h"
#include "diary/Schema.h"
#include "diary/Statistics.h"
#include "diary/Summaries.h"

#include "DiaryTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <future>

using namespace legcare::diary;
using legcare::kb::Location;
using legcare::test::makeEpisode;
using legcare::test::TempDiary;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

// Runs one SQL statement on a database file outside the store.
void rawExec(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-%1").arg(qHash(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
    }
    QSqlDatabase::removeDatabase(name);
}

int rawInt(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-int-%1").arg(qHash(path));
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// The tables of the current version, which every migration must end with.
QStringList tablesAtTheCurrentVersion()
{
    return {QStringLiteral("assessments"), QStringLiteral("custom_routine_items"), QStringLiteral("custom_routines"),
            QStringLiteral("days"), QStringLiteral("episode_days"), QStringLiteral("episode_months"),
            QStringLiteral("episodes"), QStringLiteral("routine_sessions")};
}

QStringList tables(const DiaryStore &store)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    QStringList result;
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                  " AND name NOT LIKE 'sqlite_%' ORDER BY name"))) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

// Copies the fixture diary tests/data/NAME to path, readable by the owner only (as LegCare keeps
// a diary).
testing::AssertionResult copyFixture(const char *name, const QString &path)
{
    const QString source = QStringLiteral(LEGCARE_TEST_DATA_DIR "/") + QLatin1String(name);
    if (!QFile::copy(source, path))
        return testing::AssertionFailure() << "cannot copy " << source.toStdString();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return testing::AssertionSuccess();
}

// The store is at the current version, with the current tables, and whole.
void expectCurrentSchema(const DiaryStore &store)
{
    EXPECT_EQ(store.schemaVersion(), DiaryStore::kSchemaVersion);
    EXPECT_EQ(tables(store), tablesAtTheCurrentVersion());
    EXPECT_TRUE(store.integrityOk());
}

} // namespace

TEST(DiaryStore, CreatesAPrivateDatabaseAtTheCurrentVersion)
{
    TempDiary diary;
    ASSERT_TRUE(diary.store);
    expectCurrentSchema(*diary.store);
    const QFileInfo info(diary.path());
    EXPECT_EQ(info.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther), 0);
    EXPECT_TRUE(info.permissions() & QFile::ReadOwner);
}

TEST(DiaryStore, CreatesItsFolderOwnerOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/folder/diary.sqlite"));
    auto result = DiaryStore::open(path);
    ASSERT_TRUE(result.store);
    const QFileInfo folder(QFileInfo(path).absolutePath());
    EXPECT_EQ(folder.permissions() & (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther), 0);
}

TEST(DiaryStore, AddReadUpdateDeleteRoundTrip)
{
    TempDiary diary;
    Episode episode = makeEpisode(QStringLiteral("2026-11-20T03:15:00+08:00"), 7);
    episode.durationSeconds = 90;
    episode.context = Context::Sleep;
    episode.triggers = {Trigger::Cold, Trigger::LittleWater};
    episode.reliefs = {Relief::Stretching};
    episode.note = QStringLiteral("woke at 3");
    QString error;
    const auto id = diary.store->addEpisode(episode, &error);
    ASSERT_TRUE(id) << error.toStdString();
    episode.id = *id;

    auto stored = diary.store->episode(*id);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->sameContent(episode));
    EXPECT_EQ(stored->startedAt.offsetFromUtc(), 8 * 3600); // the offset it was logged in

    episode.severity = 4;
    episode.triggers = {Trigger::HardExercise};
    episode.note.clear();
    ASSERT_TRUE(diary.store->updateEpisode(episode, &error)) << error.toStdString();
    EXPECT_TRUE(diary.store->episode(*id)->sameContent(episode));

    ASSERT_TRUE(diary.store->deleteEpisode(*id, &error));
    EXPECT_FALSE(diary.store->episode(*id));
    EXPECT_FALSE(diary.store->deleteEpisode(*id, &error));
    EXPECT_TRUE(error.contains(QString::number(*id)));

    // Undo of a delete brings it back with the same id.
    ASSERT_TRUE(diary.store->restoreEpisode(episode, &error)) << error.toStdString();
    EXPECT_TRUE(diary.store->episode(*id)->sameContent(episode));
}

TEST(DiaryStore, RejectsInvalidValuesAndKeepsTheDiary)
{
    TempDiary diary;
    QString error;
    ASSERT_TRUE(diary.store->addEpisode(makeEpisode(QStringLiteral("2026-11-01T01:00:00+00:00")), &error));
    Episode bad = makeEpisode(QStringLiteral("2026-11-02T01:00:00+00:00"), 11);
    EXPECT_FALSE(diary.store->addEpisode(bad, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("severity")));
    bad.severity = 3;
    bad.durationSeconds = -5;
    EXPECT_FALSE(diary.store->addEpisode(bad, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("duration")));
    EXPECT_EQ(diary.store->episodeCount(), 1);
}

TEST(DiaryStore, HostileNotesRoundTrip)
{
    TempDiary diary;
    const QStringList notes = {
        QStringLiteral("'); DROP TABLE episodes; --"),
        QStringLiteral("quotes \" ' `, commas, \r\nnew lines\n"),
        QStringLiteral("emoji 🦵😣 and 中文 and RTL مرحبا"),
        QString(QChar(0)) + QStringLiteral("NUL inside") + QChar(0),
        QString(kMaxNoteLength, QLatin1Char('x')),
    };
    for (const QString &note : notes) {
        Episode episode = makeEpisode(QStringLiteral("2026-11-20T03:15:00+01:00"));
        episode.note = note;
        QString error;
        const auto id = diary.store->addEpisode(episode, &error);
        ASSERT_TRUE(id) << error.toStdString();
        EXPECT_EQ(diary.store->episode(*id)->note, note);
    }
    EXPECT_TRUE(diary.store->integrityOk());
    EXPECT_EQ(diary.store->episodeCount(), notes.size());
}

TEST(DiaryStore, FiltersByDayAndLocationNewestFirst)
{
    TempDiary diary;
    QString error;
    for (int day = 1; day <= 9; ++day) {
        const auto location = day % 3 == 0 ? Location::Foot : Location::Calf;
        ASSERT_TRUE(diary.store->addEpisode(
            makeEpisode(QStringLiteral("2026-11-0%1T02:00:00+08:00").arg(day), day, location), &error));
    }
    EpisodeFilter filter;
    filter.from = QDate(2026, 11, 3);
    filter.to = QDate(2026, 11, 6);
    EXPECT_EQ(diary.store->episodeCount(filter), 4);
    filter.location = Location::Foot;
    EXPECT_EQ(diary.store->episodeCount(filter), 2);
    const auto all = diary.store->episodes();
    ASSERT_EQ(all.size(), 9);
    EXPECT_EQ(all.first().severity, 9); // newest first
    const auto page = diary.store->episodes({}, 3, 3);
    ASSERT_EQ(page.size(), 3);
    EXPECT_EQ(page.first().severity, 6);
}

TEST(DiaryStore, ImportIsAllOrNothingAndSkipsDuplicates)
{
    TempDiary diary;
    QString error;
    const Episode existing = makeEpisode(QStringLiteral("2026-11-01T01:00:00+00:00"), 4);
    ASSERT_TRUE(diary.store->addEpisode(existing, &error));

    QList<Episode> batch = {existing, makeEpisode(QStringLiteral("2026-11-02T01:00:00+00:00"), 5),
                            makeEpisode(QStringLiteral("2026-11-02T01:00:00+00:00"), 5),
                            makeEpisode(QStringLiteral("2026-11-03T01:00:00+00:00"), 6)};
    const auto summary = diary.store->importEpisodes(batch, &error);
    ASSERT_TRUE(summary) << error.toStdString();
    EXPECT_EQ(summary->added, 2);
    EXPECT_EQ(summary->skippedDuplicates, 2);
    EXPECT_EQ(diary.store->episodeCount(), 3);

    batch = {makeEpisode(QStringLiteral("2026-11-04T01:00:00+00:00")), makeEpisode(QStringLiteral("2026-11-05T01:00:00+00:00"), 12)};
    EXPECT_FALSE(diary.store->importEpisodes(batch, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("episode 2"))) << error.toStdString();
    EXPECT_EQ(diary.store->episodeCount(), 3);
}

TEST(DiaryStore, DailyItems)
{
    TempDiary diary;
    QString error;
    ASSERT_TRUE(diary.store->setDay({QDate(2026, 11, 20), 1500, true}, &error)) << error.toStdString();
    ASSERT_TRUE(diary.store->setDay({QDate(2026, 11, 20), 1800, false}, &error));
    const auto day = diary.store->day(QDate(2026, 11, 20));
    ASSERT_TRUE(day);
    EXPECT_EQ(day->waterMl, 1800);
    EXPECT_FALSE(day->routineDone);
    EXPECT_FALSE(diary.store->day(QDate(2026, 11, 21)));
}

TEST(DiaryStore, MigratesAVersionOneDiaryKeepingEveryEpisodeAndABackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(copyFixture("diary-v1.sqlite", path));

    auto result = DiaryStore::open(path);
    ASSERT_TRUE(result.store) << result.error->message.toStdString();
    EXPECT_EQ(result.store->schemaVersion(), DiaryStore::kSchemaVersion);
    EXPECT_EQ(result.store->episodeCount(), 2);
    const auto first = result.store->episode(1);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->note, QStringLiteral("first one"));
    EXPECT_EQ(first->triggers, (QList<Trigger>{Trigger::LittleWater, Trigger::Cold}));
    EXPECT_EQ(first->startedAt.offsetFromUtc(), 8 * 3600);
    QString error;
    EXPECT_TRUE(result.store->setDay({QDate(2026, 10, 1), 1000, false}, &error)); // the v2 table

    ASSERT_FALSE(result.backupPath.isEmpty());
    EXPECT_TRUE(QFileInfo::exists(result.backupPath));
    EXPECT_EQ(DiaryStore::backups(path).value(0), QFileInfo(result.backupPath).absoluteFilePath());
    // The backup is the old diary, still at version 1.
    EXPECT_EQ(rawInt(result.backupPath, QStringLiteral("PRAGMA user_version")), 1);
    EXPECT_EQ(rawInt(result.backupPath, QStringLiteral("SELECT count(*) FROM episodes")), 2);
}

TEST(DiaryStore, MigratesAVersionOneDiaryToTheCurrentTables)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(copyFixture("diary-v1.sqlite", path));
    auto result = DiaryStore::open(path);
    ASSERT_TRUE(result.store) << result.error->message.toStdString();
    expectCurrentSchema(*result.store);
}

TEST(DiaryStore, MigratesAVersionThreeDiaryKeepingEverythingAndABackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    ASSERT_TRUE(copyFixture("diary-v3.sqlite", path));
    ASSERT_EQ(rawInt(path, QStringLiteral("PRAGMA user_version")), 3);

    auto result = DiaryStore::open(path);
    ASSERT_TRUE(result.store) << result.error->message.toStdString();
    DiaryStore &store = *result.store;
    expectCurrentSchema(store);

    // Every episode, with every field.
    ASSERT_EQ(store.episodeCount(), 4);
    const auto first = store.episode(1);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->startedAt, QDateTime::fromString(QStringLiteral("2026-11-02T03:10:00+08:00"), Qt::ISODate));
    EXPECT_EQ(first->startedAt.offsetFromUtc(), 8 * 3600);
    EXPECT_EQ(first->durationSeconds, 90);
    EXPECT_EQ(first->severity, 7);
    EXPECT_EQ(first->context, Context::Sleep);
    EXPECT_EQ(first->triggers, (QList<Trigger>{Trigger::LittleWater, Trigger::Cold}));
    EXPECT_EQ(first->reliefs, QList<Relief>{Relief::Stretching});
    EXPECT_EQ(first->note, QStringLiteral("v3 first, 小腿抽筋"));
    const auto third = store.episode(3);
    ASSERT_TRUE(third);
    EXPECT_EQ(third->location, Location::BackThigh);
    EXPECT_EQ(third->side, Side::Both);
    EXPECT_EQ(third->startedAt.offsetFromUtc(), -5 * 3600);
    EXPECT_EQ(store.episodes({QDate(2026, 11, 16), QDate(2026, 11, 16), std::nullopt}).size(), 1);
    EXPECT_FALSE(store.episode(2)->durationSeconds);

    // The days and the saved symptom check.
    const auto day = store.day(QDate(2026, 11, 2));
    ASSERT_TRUE(day);
    EXPECT_EQ(day->waterMl, 1500);
    EXPECT_TRUE(day->routineDone);
    EXPECT_TRUE(store.day(QDate(2026, 11, 9))->routineDone);
    EXPECT_FALSE(store.day(QDate(2026, 11, 9))->waterMl);
    EXPECT_FALSE(store.day(QDate(2026, 11, 10))->routineDone);
    const auto assessment = store.latestAssessment();
    ASSERT_TRUE(assessment);
    EXPECT_EQ(assessment->level, QStringLiteral("doctor"));
    EXPECT_EQ(assessment->conditionIds,
              (QStringList{QStringLiteral("nocturnal_leg_cramps"), QStringLiteral("dehydration")}));
    EXPECT_TRUE(assessment->profileJson.contains("episodes_per_week"));

    // The new tables work.
    QSqlQuery insert(QSqlDatabase::database(store.connectionName(), false));
    EXPECT_TRUE(insert.exec(QStringLiteral("INSERT INTO custom_routines (name, created_at, updated_at)"
                                           " VALUES ('x', '2026-11-20T10:00:00Z', '2026-11-20T10:00:00Z')")));

    // The backup is the old diary, untouched at version 3.
    ASSERT_FALSE(result.backupPath.isEmpty());
    EXPECT_TRUE(result.backupPath.contains(QStringLiteral(".backup-v3-")));
    EXPECT_EQ(DiaryStore::backups(path).value(0), QFileInfo(result.backupPath).absoluteFilePath());
    EXPECT_EQ(rawInt(result.backupPath, QStringLiteral("PRAGMA user_version")), 3);
    EXPECT_EQ(rawInt(result.backupPath, QStringLiteral("SELECT count(*) FROM episodes")), 4);
    EXPECT_EQ(rawInt(result.backupPath, QStringLiteral("SELECT count(*) FROM days")), 3);
    EXPECT_EQ(rawInt(result.backupPath, QStringLiteral("SELECT count(*) FROM assessments")), 1);
    EXPECT_EQ(rawInt(result.backupPath,
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'routine_sessions'")),
              0);

    // Opening again migrates nothing more and takes no second backup.
    result.store.reset();
    auto again = DiaryStore::open(path);
    ASSERT_TRUE(again.store);
    EXPECT_TRUE(again.backupPath.isEmpty());
    EXPECT_EQ(DiaryStore::backups(path).size(), 1);
}

TEST(DiaryStore, MigratesAVersionTwoDiary)
{
    // A v2 diary is the v3 fixture without the v3 table.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    ASSERT_TRUE(copyFixture("diary-v3.sqlite", path));
    rawExec(path, QStringLiteral("DROP TABLE assessments"));
    rawExec(path, QStringLiteral("PRAGMA user_version = 2"));

    auto result = DiaryStore::open(path);
    ASSERT_TRUE(result.store) << result.error->message.toStdString();
    EXPECT_EQ(result.store->schemaVersion(), DiaryStore::kSchemaVersion);
    EXPECT_EQ(tables(*result.store), tablesAtTheCurrentVersion());
    EXPECT_EQ(result.store->episodeCount(), 4);
    EXPECT_TRUE(result.backupPath.contains(QStringLiteral(".backup-v2-")));
}

TEST(DiaryStore, MigratesAVersionFourDiaryCountingItsTotals)
{
    // Seven episodes from 31 October to 1 December in three offsets, a custom routine and a
    // played session.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    ASSERT_TRUE(copyFixture("diary-v4.sqlite", path));
    ASSERT_EQ(rawInt(path, QStringLiteral("PRAGMA user_version")), 4);

    auto result = DiaryStore::open(path);
    ASSERT_TRUE(result.store) << result.error->message.toStdString();
    DiaryStore &store = *result.store;
    expectCurrentSchema(store);
    EXPECT_EQ(store.episodeCount(), 7);
    const QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    EXPECT_EQ(detail::summaryMismatches(db).join(QLatin1Char('\n')).toStdString(), "");
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*), sum(episodes), max(severity_max) FROM episode_days")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 6);
    EXPECT_EQ(query.value(1).toInt(), 7);
    EXPECT_EQ(query.value(2).toInt(), 10);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT group_concat(month) FROM (SELECT DISTINCT month FROM episode_months ORDER BY month)")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("2026-10,2026-11,2026-12"));

    // The statistics of November read November's totals and agree with its episodes.
    const Statistics november = computeStatistics(store, QDate(2026, 11, 1), QDate(2026, 11, 30));
    EXPECT_EQ(november.episodeCount, 4);
    EXPECT_EQ(november.byLocation.value(Location::Calf), 1);
    EXPECT_EQ(november.byTrigger.value(Trigger::Cold), 1);
    EXPECT_EQ(november.byRelief.value(Relief::Massage), 1);
    EXPECT_EQ(november.byContext.value(Context::Sleep), 1);
    EXPECT_EQ(november.byHour[3], 1);
    EXPECT_EQ(*november.worstSeverity, 9);
    EXPECT_TRUE(november.perWeekWithRoutine); // the session of 20 November

    // The routines and sessions of v4 are still there.
    EXPECT_EQ(rawInt(path, QStringLiteral("SELECT count(*) FROM custom_routine_items")), 2);
    EXPECT_EQ(rawInt(path, QStringLiteral("SELECT count(*) FROM routine_sessions")), 1);
    ASSERT_FALSE(result.backupPath.isEmpty());
    EXPECT_TRUE(result.backupPath.contains(QStringLiteral(".backup-v4-")));
    EXPECT_EQ(rawInt(result.backupPath, QStringLiteral("PRAGMA user_version")), 4);
}

// Two programs starting on a new diary at once: both read the empty file, then both put it in
// WAL mode, which takes an exclusive lock; SQLite refuses one of them at once ("database is
// locked", without its busy handler, as waiting could deadlock). The open tries again until the
// busy timeout, and both end with the diary set up. Two threads here, many rounds: the clash
// comes in a fraction of them.
TEST(DiaryStore, TwoOpeningsOfANewDiaryAtOnceBothSucceed)
{
    for (int round = 0; round < 40; ++round) {
        SCOPED_TRACE(round);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        std::promise<void> go;
        const std::shared_future<void> started = go.get_future().share();
        const auto openIt = [&path, started] {
            started.wait();
            DiaryStore::OpenResult result = DiaryStore::open(path);
            return result.store ? QString() : result.error->message;
        };
        std::future<QString> first = std::async(std::launch::async, openIt);
        std::future<QString> second = std::async(std::launch::async, openIt);
        go.set_value();
        EXPECT_EQ(first.get().toStdString(), "");
        EXPECT_EQ(second.get().toStdString(), "");
        auto reopened = DiaryStore::open(path);
        ASSERT_TRUE(reopened.store) << reopened.error->message.toStdString();
        expectCurrentSchema(*reopened.store);
    }
}

TEST(DiaryStore, NeverOverwritesAFileThatIsNotADiary)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(LEGCARE_TEST_DATA_DIR "/not-a-database.sqlite"), path));
    const QByteArray before = readAll(path);
    auto result = DiaryStore::open(path);
    ASSERT_FALSE(result.store);
    EXPECT_EQ(result.error->kind, OpenError::Kind::NotADatabase);
    EXPECT_TRUE(result.error->message.contains(path));
    EXPECT_EQ(readAll(path), before);
}

TEST(DiaryStore, RefusesAnotherProgramsDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(path, QStringLiteral("CREATE TABLE contacts (name TEXT)"));
    const QByteArray before = readAll(path);
    auto result = DiaryStore::open(path);
    ASSERT_FALSE(result.store);
    EXPECT_EQ(result.error->kind, OpenError::Kind::NotADatabase);
    EXPECT_EQ(readAll(path), before);
}

TEST(DiaryStore, RefusesANewerVersion)
{
    TempDiary diary;
    const QString path = diary.path();
    diary.store.reset();
    rawExec(path, QStringLiteral("PRAGMA user_version = %1").arg(DiaryStore::kSchemaVersion + 1));
    const QByteArray before = readAll(path);
    auto result = DiaryStore::open(path);
    ASSERT_FALSE(result.store);
    EXPECT_EQ(result.error->kind, OpenError::Kind::NewerVersion);
    EXPECT_TRUE(result.error->message.contains(QStringLiteral("newer")));
    EXPECT_EQ(readAll(path), before);
}

TEST(DiaryStore, DetectsCorruptAndTruncatedFilesAndOffersTheWaysOut)
{
    TempDiary diary;
    QString error;
    for (int i = 0; i < 200; ++i) {
        Episode episode = makeEpisode(QStringLiteral("2026-11-01T01:00:00+00:00").replace(QStringLiteral("01:00"), QStringLiteral("01:%1").arg(i % 60, 2, 10, QLatin1Char('0'))));
        episode.note = QString(200, QLatin1Char('n'));
        ASSERT_TRUE(diary.store->addEpisode(episode, &error));
    }
    const QString path = diary.path();
    diary.store.reset(); // closing checkpoints the WAL into the main file

    QByteArray data = readAll(path);
    ASSERT_GT(data.size(), 8192);
    // Damage page 2 onwards, keep the header: SQLite sees a database, integrity fails.
    for (qsizetype i = 4096; i < data.size(); i += 7)
        data[i] = static_cast<char>(0xA5);
    writeAll(path, data);
    auto corrupt = DiaryStore::open(path);
    ASSERT_FALSE(corrupt.store);
    EXPECT_TRUE(corrupt.error->kind == OpenError::Kind::Corrupt || corrupt.error->kind == OpenError::Kind::NotADatabase);
    EXPECT_EQ(readAll(path), data);

    QString movedTo;
    ASSERT_TRUE(DiaryStore::startAfresh(path, &movedTo, &error)) << error.toStdString();
    EXPECT_EQ(readAll(movedTo), data); // kept aside, never deleted
    auto fresh = DiaryStore::open(path);
    ASSERT_TRUE(fresh.store);
    EXPECT_EQ(fresh.store->episodeCount(), 0);
    fresh.store.reset();

    writeAll(path, data.left(1024)); // truncated inside the first page
    auto truncated = DiaryStore::open(path);
    EXPECT_FALSE(truncated.store);
    EXPECT_EQ(readAll(path).size(), 1024);
}

TEST(DiaryStore, RestoresTheNewestBackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(copyFixture("diary-v1.sqlite", path));
    { ASSERT_TRUE(DiaryStore::open(path).store); } // migrates, leaving a backup
    writeAll(path, QByteArray("garbage, not a database at all"));
    EXPECT_FALSE(DiaryStore::open(path).store);

    QString error;
    ASSERT_TRUE(DiaryStore::restoreNewestBackup(path, &error)) << error.toStdString();
    auto restored = DiaryStore::open(path);
    ASSERT_TRUE(restored.store);
    EXPECT_EQ(restored.store->episodeCount(), 2);
}

TEST(DiaryStore, ADirectoryIsNotADiary)
{
    QTemporaryDir dir;
    auto result = DiaryStore::open(dir.path());
    ASSERT_FALSE(result.store);
    EXPECT_EQ(result.error->kind, OpenError::Kind::Io);
}

TEST(DiaryStore, KeepsTheHistoryOfSymptomChecks)
{
    TempDiary diary;
    EXPECT_FALSE(diary.store->latestAssessment());
    DiaryStore::SavedAssessment first;
    first.takenAt = QDateTime::fromString(QStringLiteral("2026-11-01T09:00:00+08:00"), Qt::ISODate);
    first.level = QStringLiteral("doctor");
    first.profileJson = R"({"complaint":"cramp","location":"calf","episodes_per_week":4})";
    first.conditionIds = {QStringLiteral("nocturnal_leg_cramps"), QStringLiteral("dehydration")};
    QString error;
    ASSERT_TRUE(diary.store->saveAssessment(first, &error)) << error.toStdString();
    DiaryStore::SavedAssessment second = first;
    second.takenAt = first.takenAt.addDays(3);
    second.level = QStringLiteral("self_care");
    ASSERT_TRUE(diary.store->saveAssessment(second, &error));

    const auto latest = diary.store->latestAssessment();
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->level, QStringLiteral("self_care"));
    EXPECT_EQ(latest->takenAt, second.takenAt);
    EXPECT_EQ(latest->profileJson, first.profileJson);
    EXPECT_EQ(latest->conditionIds, first.conditionIds);

    DiaryStore::SavedAssessment bad = first;
    bad.level = QStringLiteral("relaxed");
    EXPECT_FALSE(diary.store->saveAssessment(bad, &error));
}
