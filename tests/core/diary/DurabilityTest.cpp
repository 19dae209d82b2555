// Kills a writing process with SIGKILL at random moments and checks that every episode it had
// acknowledged is there and the database is intact; and that two processes writing at once
// lose nothing.

#include "diary/DiaryStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using legcare::diary::DiaryStore;

namespace {

// The ids the writer printed on whole lines; a line cut off by the kill does not count.
QList<qint64> acknowledged(QProcess &process)
{
    QByteArray output = process.readAllStandardOutput();
    output.truncate(output.lastIndexOf('\n') + 1);
    QList<qint64> ids;
    for (const QByteArray &line : output.split('\n')) {
        bool ok = false;
        const qint64 id = line.toLongLong(&ok);
        if (ok)
            ids.append(id);
    }
    return ids;
}

} // namespace

TEST(DiaryDurability, KilledWriterLosesNoAcknowledgedEpisode)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    QRandomGenerator random(20261121);
    QList<qint64> all;
    for (int round = 0; round < 12; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(LEGCARE_DIARY_WRITER), {path, QStringLiteral("100000"), QStringLiteral("round%1").arg(round)});
        ASSERT_TRUE(writer.waitForStarted());
        // Killed while writing, not while still starting up (which takes longer in the
        // sanitizer build): after its first acknowledged episode.
        ASSERT_TRUE(writer.waitForReadyRead(30000)) << writer.readAllStandardError().toStdString();
        QThread::msleep(static_cast<unsigned long>(random.bounded(40, 250)));
        writer.kill(); // SIGKILL
        writer.waitForFinished();
        all += acknowledged(writer);

        auto opened = DiaryStore::open(path);
        ASSERT_TRUE(opened.store) << opened.error->message.toStdString();
        ASSERT_TRUE(opened.store->integrityOk()) << "round " << round;
        for (qint64 id : std::as_const(all))
            ASSERT_TRUE(opened.store->episode(id)) << "acknowledged episode " << id << " lost in round " << round;
    }
    EXPECT_GT(all.size(), 12);
}

TEST(DiaryDurability, TwoWritersAtOnceLoseNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    { ASSERT_TRUE(DiaryStore::open(path).store); }
    QProcess a;
    QProcess b;
    a.start(QStringLiteral(LEGCARE_DIARY_WRITER), {path, QStringLiteral("300"), QStringLiteral("a")});
    b.start(QStringLiteral(LEGCARE_DIARY_WRITER), {path, QStringLiteral("300"), QStringLiteral("b")});
    ASSERT_TRUE(a.waitForFinished(120000));
    ASSERT_TRUE(b.waitForFinished(120000));
    EXPECT_EQ(a.exitCode(), 0) << a.readAllStandardError().toStdString();
    EXPECT_EQ(b.exitCode(), 0) << b.readAllStandardError().toStdString();
    auto opened = DiaryStore::open(path);
    ASSERT_TRUE(opened.store);
    EXPECT_EQ(opened.store->episodeCount(), 600);
    EXPECT_TRUE(opened.store->integrityOk());
}
