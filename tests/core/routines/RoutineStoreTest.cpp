#include "routines/RoutineStore.h"
#include "diary/RoutineDays.h"

#include "../diary/DiaryTestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <algorithm>

using namespace legcare::routines;
using legcare::kb::RoutineItem;
using legcare::test::makeEpisode;
using legcare::test::TempDiary;

namespace {

RoutineItem item(const char *exerciseId, int holdSeconds, int repetitions)
{
    return RoutineItem{QString::fromLatin1(exerciseId), holdSeconds, repetitions};
}

bool sameItems(const QList<RoutineItem> &a, const QList<RoutineItem> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const RoutineItem &x, const RoutineItem &y) {
        return x.exerciseId == y.exerciseId && x.holdSeconds == y.holdSeconds && x.repetitions == y.repetitions;
    });
}

QStringList names(const QList<Routine> &routines)
{
    QStringList result;
    for (const Routine &routine : routines)
        result.append(routine.name.en);
    return result;
}

qint64 rowCount(const legcare::diary::DiaryStore &store, const char *table)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    return query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && query.next()
        ? query.value(0).toLongLong()
        : -1;
}

// Everything the store keeps, as text, to prove that a refused write changed nothing.
QString snapshot(const legcare::diary::DiaryStore &store)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    QString text;
    for (const char *sql : {"SELECT id, name, created_at, updated_at FROM custom_routines ORDER BY id",
                            "SELECT * FROM custom_routine_items ORDER BY routine_id, position",
                            "SELECT * FROM routine_sessions ORDER BY id"}) {
        EXPECT_TRUE(query.exec(QString::fromLatin1(sql)));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                text += query.value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

Session makeSession(const char *when, const char *routineId, int completed, int planned, bool finished)
{
    Session session;
    session.startedAt = QDateTime::fromString(QString::fromLatin1(when), Qt::ISODate);
    session.durationSeconds = 60 * completed + 5;
    session.routineId = QString::fromLatin1(routineId);
    session.routineName = QStringLiteral("Night-time calf routine");
    for (int i = 0; i < completed; ++i)
        session.completedExercises.append(i % 2 ? QStringLiteral("heel_raise") : QStringLiteral("calf_stretch"));
    session.plannedExercises = planned;
    session.finished = finished;
    return session;
}

const QList<RoutineItem> kThreeItems = {item("calf_stretch", 30, 3), item("hamstring_stretch", 20, 2),
                                        item("toe_cramp_release", 10, 5)};

} // namespace

TEST(RoutineStore, CreatesListsByNameAndGets)
{
    TempDiary diary;
    RoutineStore store(*diary.store);
    EXPECT_TRUE(store.customRoutines().isEmpty());
    QString error;
    const auto zeta = store.createRoutine(QStringLiteral("zeta"), {item("bridge", 0, 10)}, &error);
    ASSERT_TRUE(zeta) << error.toStdString();
    const auto alpha = store.createRoutine(QStringLiteral("  Alpha evening  "), kThreeItems, &error);
    ASSERT_TRUE(alpha) << error.toStdString();
    const auto beta = store.createRoutine(QStringLiteral("beta"), {}, &error); // empty is allowed
    ASSERT_TRUE(beta) << error.toStdString();
    const auto betaAgain = store.createRoutine(QStringLiteral("BETA"), {}, &error);
    ASSERT_TRUE(betaAgain);
    EXPECT_NE(*zeta, *alpha);

    const QList<Routine> all = store.customRoutines();
    // Case-insensitive by name, then by id; the name was trimmed.
    EXPECT_EQ(names(all), (QStringList{QStringLiteral("Alpha evening"), QStringLiteral("beta"),
                                       QStringLiteral("BETA"), QStringLiteral("zeta")}));
    EXPECT_EQ(all[1].customId, *beta);
    EXPECT_EQ(all[2].customId, *betaAgain);
    EXPECT_TRUE(sameItems(all[0].items, kThreeItems));
    EXPECT_TRUE(all[1].items.isEmpty());

    const auto got = store.customRoutine(*alpha);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->id, customKey(*alpha));
    EXPECT_EQ(got->customId, *alpha);
    EXPECT_TRUE(got->isCustom());
    EXPECT_EQ(got->name.en, QStringLiteral("Alpha evening"));
    EXPECT_EQ(got->name.zhCN, QStringLiteral("Alpha evening"));
    EXPECT_TRUE(sameItems(got->items, kThreeItems));
    EXPECT_FALSE(store.customRoutine(*betaAgain + 100));
}

TEST(RoutineStore, SaveReplacesNameAndItems)
{
    TempDiary diary;
    RoutineStore store(*diary.store);
    QString error;
    const auto id = store.createRoutine(QStringLiteral("Morning"), kThreeItems, &error);
    const auto other = store.createRoutine(QStringLiteral("Other"), {item("bridge", 5, 5)}, &error);
    ASSERT_TRUE(id && other) << error.toStdString();

    // Renamed; reordered; hold and repetitions changed; one removed, two added.
    const QList<RoutineItem> changed = {item("toe_cramp_release", 15, 4), item("calf_stretch", 300, 50),
                                        item("quad_stretch", 0, 1), item("calf_stretch", 30, 3)};
    ASSERT_TRUE(store.saveRoutine(customRoutine(*id, QStringLiteral("Morning, longer"), changed), &error))
        << error.toStdString();
    const auto saved = store.customRoutine(*id);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->name.en, QStringLiteral("Morning, longer"));
    EXPECT_TRUE(sameItems(saved->items, changed));
    EXPECT_EQ(rowCount(*diary.store, "custom_routine_items"), 5); // 4 + the other routine's 1, no leftovers

    // Fewer items than before.
    ASSERT_TRUE(store.saveRoutine(customRoutine(*id, QStringLiteral("Short"), {item("bridge", 1, 2)}), &error));
    EXPECT_TRUE(sameItems(store.customRoutine(*id)->items, {item("bridge", 1, 2)}));
    EXPECT_TRUE(sameItems(store.customRoutine(*other)->items, {item("bridge", 5, 5)})); // untouched

    QSqlQuery stamps(QSqlDatabase::database(diary.store->connectionName(), false));
    ASSERT_TRUE(
        stamps.exec(QStringLiteral("SELECT created_at, updated_at FROM custom_routines WHERE id = %1").arg(*id)));
    ASSERT_TRUE(stamps.next());
    EXPECT_TRUE(QDateTime::fromString(stamps.value(0).toString(), Qt::ISODate).isValid());
    EXPECT_GE(QDateTime::fromString(stamps.value(1).toString(), Qt::ISODate),
              QDateTime::fromString(stamps.value(0).toString(), Qt::ISODate));
}

TEST(RoutineStore, DeleteAndRestoreWithTheOldId)
{
    TempDiary diary;
    RoutineStore store(*diary.store);
    QString error;
    const auto first = store.createRoutine(QStringLiteral("First"), {item("bridge", 0, 10)}, &error);
    const auto last = store.createRoutine(QStringLiteral("Last"), kThreeItems, &error);
    ASSERT_TRUE(first && last) << error.toStdString();
    const Routine before = *store.customRoutine(*last);

    ASSERT_TRUE(store.deleteRoutine(*last, &error)) << error.toStdString();
    EXPECT_FALSE(store.customRoutine(*last));
    EXPECT_EQ(names(store.customRoutines()), QStringList{QStringLiteral("First")});
    EXPECT_EQ(rowCount(*diary.store, "custom_routine_items"), 1);

    // A new routine never takes the deleted one's id, so the undo can still put it back.
    const auto newer = store.createRoutine(QStringLiteral("Newer"), {}, &error);
    ASSERT_TRUE(newer);
    EXPECT_GT(*newer, *last);

    ASSERT_TRUE(store.restoreRoutine(before, &error)) << error.toStdString();
    const auto restored = store.customRoutine(*last);
    ASSERT_TRUE(restored);
    EXPECT_EQ(restored->name.en, QStringLiteral("Last"));
    EXPECT_TRUE(sameItems(restored->items, kThreeItems));

    // Restoring over an existing routine, or deleting twice, is refused with a message.
    EXPECT_FALSE(store.restoreRoutine(before, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already exists"))) << error.toStdString();
    ASSERT_TRUE(store.deleteRoutine(*first, &error));
    EXPECT_FALSE(store.deleteRoutine(*first, &error));
    EXPECT_TRUE(error.contains(QString::number(*first))) << error.toStdString();
}

TEST(RoutineStore, InvalidRoutinesAreRefusedAndChangeNothing)
{
    TempDiary diary;
    RoutineStore store(*diary.store);
    QString error;
    const auto id = store.createRoutine(QStringLiteral("Kept"), kThreeItems, &error);
    ASSERT_TRUE(id) << error.toStdString();
    ASSERT_TRUE(store.recordSession(makeSession("2026-11-01T21:00:00+08:00", "custom-1", 2, 3, false), &error));
    const QString before = snapshot(*diary.store);
    ASSERT_FALSE(before.isEmpty());

    QList<RoutineItem> tooMany;
    for (int i = 0; i <= kMaxItems; ++i)
        tooMany.append(item("calf_stretch", 10, 1));
    struct Case {
        QString name;
        QList<RoutineItem> items;
        QString expected; // a part of the message
    };
    const QList<Case> cases = {
        {QString(), {}, QStringLiteral("cannot be empty")},
        {QStringLiteral("   \t "), {}, QStringLiteral("cannot be empty")},
        {QString(kMaxNameLength + 1, QLatin1Char('n')), {}, QStringLiteral("at most 80 characters")},
        {QStringLiteral("Two\nlines"), {}, QStringLiteral("control character")},
        {QStringLiteral("Bad hold"), {item("calf_stretch", -1, 1)}, QStringLiteral("exercise 1: a hold of -1 s")},
        {QStringLiteral("Bad hold"), {item("calf_stretch", 10, 1), item("bridge", kMaxHoldSeconds + 1, 1)},
         QStringLiteral("exercise 2: a hold of 301 s")},
        {QStringLiteral("Bad reps"), {item("calf_stretch", 10, 0)}, QStringLiteral("0 repetitions")},
        {QStringLiteral("Bad reps"), {item("calf_stretch", 10, kMaxRepetitions + 1)}, QStringLiteral("51 repetitions")},
        {QStringLiteral("No exercise"), {item("", 10, 1)}, QStringLiteral("no exercise is chosen")},
        // A name that looks like placeholders stays as typed in the message.
        {QStringLiteral("%2 %3 %4"), {item("bridge", 10, 99)}, QStringLiteral("Routine “%2 %3 %4”, exercise 1: 99 rep")},
        {QStringLiteral("Too many"), tooMany, QStringLiteral("at most 30")},
    };
    for (const Case &bad : cases) {
        SCOPED_TRACE(bad.expected.toStdString());
        error.clear();
        EXPECT_FALSE(store.createRoutine(bad.name, bad.items, &error));
        EXPECT_TRUE(error.contains(bad.expected)) << error.toStdString();
        const bool nameShown = !bad.name.trimmed().isEmpty() && bad.name.size() <= kMaxNameLength;
        if (nameShown && !bad.name.contains(QLatin1Char('\n'))) {
            EXPECT_TRUE(error.contains(bad.name)) << error.toStdString(); // names the routine
        }
        error.clear();
        EXPECT_FALSE(store.saveRoutine(customRoutine(*id, bad.name, bad.items), &error));
        EXPECT_TRUE(error.contains(bad.expected)) << error.toStdString();
        EXPECT_FALSE(store.restoreRoutine(customRoutine(*id + 50, bad.name, bad.items), &error));
        EXPECT_EQ(snapshot(*diary.store), before);
    }

    // A routine that does not exist cannot be saved.
    error.clear();
    EXPECT_FALSE(store.saveRoutine(customRoutine(*id + 7, QStringLiteral("Ghost"), kThreeItems), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Ghost")) && error.contains(QString::number(*id + 7)))
        << error.toStdString();
    EXPECT_FALSE(store.restoreRoutine(customRoutine(0, QStringLiteral("No id"), {}), &error));
    EXPECT_EQ(snapshot(*diary.store), before);

    // The limits themselves are allowed.
    QList<RoutineItem> full;
    for (int i = 0; i < kMaxItems; ++i)
        full.append(item("calf_stretch", i % 2 ? kMaxHoldSeconds : 0, i % 2 ? kMaxRepetitions : 1));
    EXPECT_TRUE(store.createRoutine(QString(kMaxNameLength, QLatin1Char('n')), full, &error)) << error.toStdString();
}

TEST(RoutineStore, RecordsSessionsNewestFirstAndByLocalDay)
{
    TempDiary diary;
    RoutineStore store(*diary.store);
    QString error;
    Session played = makeSession("2026-11-03T00:30:00+08:00", "night_calves", 3, 3, true); // 11-02 in UTC
    played.completedExercises = {QStringLiteral("calf_stretch"), QStringLiteral("heel_raise"),
                                 QStringLiteral("calf_stretch")};
    played.routineName = QStringLiteral("夜间小腿放松");
    const auto playedId = store.recordSession(played, &error);
    ASSERT_TRUE(playedId) << error.toStdString();
    ASSERT_TRUE(store.recordSession(makeSession("2026-11-02T23:00:00-05:00", "custom-4", 1, 4, false), &error));
    ASSERT_TRUE(store.recordSession(makeSession("2026-11-01T08:00:00Z", "morning", 0, 2, false), &error))
        << error.toStdString(); // nothing completed: an empty list, not NULL
    ASSERT_TRUE(store.recordSession(makeSession("2026-11-05T07:00:00+08:00", "morning", 2, 2, true), &error));

    const QList<Session> all = store.sessions();
    ASSERT_EQ(all.size(), 4);
    // By the instant: 11-05 07:00+08 (11-04 23:00 UTC), 11-02 23:00-05 (11-03 04:00 UTC), ...
    EXPECT_EQ(all[0].startedAt, QDateTime::fromString(QStringLiteral("2026-11-05T07:00:00+08:00"), Qt::ISODate));
    EXPECT_EQ(all[1].routineId, QStringLiteral("custom-4"));
    EXPECT_EQ(all[2].id, *playedId);
    EXPECT_EQ(all[3].routineId, QStringLiteral("morning"));

    const Session &stored = all[2];
    EXPECT_EQ(stored.startedAt, played.startedAt);
    EXPECT_EQ(stored.startedAt.offsetFromUtc(), 8 * 3600); // the offset it was played in
    EXPECT_EQ(stored.durationSeconds, played.durationSeconds);
    EXPECT_EQ(stored.routineName, played.routineName);
    EXPECT_EQ(stored.completedExercises, played.completedExercises); // order and repeats kept
    EXPECT_EQ(stored.plannedExercises, 3);
    EXPECT_TRUE(stored.finished);
    EXPECT_FALSE(all[1].finished);
    EXPECT_TRUE(all[3].completedExercises.isEmpty());

    // Local days: the 00:30 session belongs to 11-03 where it was played, the -05:00 one to 11-02.
    const QList<Session> third = store.sessions(QDate(2026, 11, 3), QDate(2026, 11, 3));
    ASSERT_EQ(third.size(), 1);
    EXPECT_EQ(third[0].id, *playedId);
    EXPECT_EQ(store.sessions(QDate(2026, 11, 2), QDate(2026, 11, 3)).size(), 2);
    EXPECT_EQ(store.sessions(QDate(2026, 11, 3)).size(), 2);
    EXPECT_EQ(store.sessions(std::nullopt, QDate(2026, 11, 1)).size(), 1);
    EXPECT_TRUE(store.sessions(QDate(2026, 11, 6)).isEmpty());
}

TEST(RoutineStore, InvalidSessionsAreRefused)
{
    TempDiary diary;
    RoutineStore store(*diary.store);
    const Session good = makeSession("2026-11-03T00:30:00+08:00", "night_calves", 2, 3, false);
    QList<QPair<Session, QString>> cases;
    Session bad = good;
    bad.routineId = QStringLiteral(" ");
    cases.append({bad, QStringLiteral("which routine")});
    bad = good;
    bad.routineName.clear();
    cases.append({bad, QStringLiteral("no routine name")});
    bad = good;
    bad.plannedExercises = 1;
    cases.append({bad, QStringLiteral("only 1 were planned")});
    bad = good;
    bad.durationSeconds = -1;
    cases.append({bad, QStringLiteral("-1 s")});
    bad = good;
    bad.startedAt = QDateTime();
    cases.append({bad, QStringLiteral("start time")});
    bad = good;
    bad.completedExercises = {QStringLiteral("calf;heel")};
    cases.append({bad, QStringLiteral("calf;heel")});
    for (const auto &[session, expected] : cases) {
        QString error;
        EXPECT_FALSE(store.recordSession(session, &error));
        EXPECT_TRUE(error.contains(expected)) << error.toStdString();
    }
    EXPECT_TRUE(store.sessions().isEmpty());
    QString error;
    EXPECT_TRUE(store.recordSession(good, &error)) << error.toStdString();
}

TEST(RoutineStore, RoutinesAndSessionsSurviveReopening)
{
    TempDiary diary;
    QString error;
    qint64 id = 0;
    {
        RoutineStore store(*diary.store);
        id = store.createRoutine(QStringLiteral("Evening"), kThreeItems, &error).value_or(0);
        ASSERT_GT(id, 0) << error.toStdString();
        ASSERT_TRUE(store.recordSession(makeSession("2026-11-03T21:00:00+08:00", "custom-1", 3, 3, true), &error));
    }
    diary.store.reset();
    auto reopened = legcare::diary::DiaryStore::open(diary.path());
    ASSERT_TRUE(reopened.store);
    RoutineStore store(*reopened.store);
    const auto routine = store.customRoutine(id);
    ASSERT_TRUE(routine);
    EXPECT_TRUE(sameItems(routine->items, kThreeItems));
    const QList<Session> sessions = store.sessions();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0].completedExercises.size(), 3);
    EXPECT_TRUE(sessions[0].finished);
}

TEST(RoutineStore, DeletingARoutineKeepsItsHistory)
{
    TempDiary diary;
    RoutineStore store(*diary.store);
    QString error;
    const auto id = store.createRoutine(QStringLiteral("Mine"), kThreeItems, &error);
    ASSERT_TRUE(id);
    Session session = makeSession("2026-11-03T21:00:00+08:00", "", 2, 3, false);
    session.routineId = customKey(*id);
    session.routineName = QStringLiteral("Mine");
    ASSERT_TRUE(store.recordSession(session, &error)) << error.toStdString();
    ASSERT_TRUE(store.deleteRoutine(*id, &error)) << error.toStdString();
    const QList<Session> sessions = store.sessions();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0].routineId, customKey(*id));
    EXPECT_EQ(sessions[0].routineName, QStringLiteral("Mine"));
}

// A routine counts for a day when it was ticked in the day's line or played with at least one
// exercise done; a session stopped before that does not count.
TEST(RoutineDays, TickedDaysAndPlayedRoutinesCountOnce)
{
    TempDiary diary;
    ASSERT_TRUE(diary.store);
    RoutineStore store(*diary.store);
    QString error;
    for (const Session &session : {makeSession("2026-10-06T21:00:00+08:00", "night_calves", 3, 3, true),
                                   makeSession("2026-10-07T21:00:00+08:00", "night_calves", 0, 3, false),
                                   makeSession("2026-10-09T07:00:00+08:00", "morning", 1, 2, false),
                                   makeSession("2026-10-09T21:00:00+08:00", "night_calves", 3, 3, true),
                                   makeSession("2026-11-03T21:00:00+08:00", "night_calves", 3, 3, true)})
        ASSERT_TRUE(store.recordSession(session, &error)) << error.toStdString();
    ASSERT_TRUE(diary.store->setDay({QDate(2026, 10, 6), 1500, true}, &error));
    ASSERT_TRUE(diary.store->setDay({QDate(2026, 10, 8), std::nullopt, true}, &error));
    ASSERT_TRUE(diary.store->setDay({QDate(2026, 10, 10), 2000, false}, &error));

    const QSet<QDate> days = legcare::diary::routineDays(*diary.store, QDate(2026, 10, 1), QDate(2026, 10, 31));
    EXPECT_EQ(days, (QSet<QDate>{QDate(2026, 10, 6), QDate(2026, 10, 8), QDate(2026, 10, 9)}));
    EXPECT_EQ(legcare::diary::routineDays(*diary.store, QDate(2026, 11, 3), QDate(2026, 11, 3)).size(), 1);
    EXPECT_TRUE(legcare::diary::routineDays(*diary.store, QDate(2026, 12, 1), QDate(2026, 12, 31)).isEmpty());
}
