// The diary subcommands of legcare-cli, run as a script would, against a temporary database.

#include "CliRun.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using legcare::tests::CliResult;
using legcare::tests::runCli;

namespace {

class DiaryCli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("diary.sqlite"));

    CliResult cli(QStringList arguments)
    {
        arguments << QStringLiteral("--db") << db;
        return runCli(arguments);
    }

    QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
};

} // namespace

TEST_F(DiaryCli, AddListEditDelete)
{
    CliResult result = cli({QStringLiteral("diary"), QStringLiteral("add"), QStringLiteral("--at"),
                            QStringLiteral("2026-11-20T03:15:00+08:00"), QStringLiteral("--location"), QStringLiteral("calf"),
                            QStringLiteral("--side"), QStringLiteral("left"), QStringLiteral("--severity"), QStringLiteral("7"),
                            QStringLiteral("--duration"), QStringLiteral("90"), QStringLiteral("--context"), QStringLiteral("sleep"),
                            QStringLiteral("--trigger"), QStringLiteral("cold"), QStringLiteral("--trigger"), QStringLiteral("little_water"),
                            QStringLiteral("--relief"), QStringLiteral("stretching"), QStringLiteral("--note"), QStringLiteral("3 a.m., \"ouch\"")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out.trimmed(), QStringLiteral("1"));

    result = cli({QStringLiteral("diary"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray episodes = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("episodes")).toArray();
    ASSERT_EQ(episodes.size(), 1);
    const QJsonObject episode = episodes.at(0).toObject();
    EXPECT_EQ(episode.value(QStringLiteral("id")).toInt(), 1);
    EXPECT_EQ(episode.value(QStringLiteral("started_at")).toString(), QStringLiteral("2026-11-20T03:15:00+08:00"));
    EXPECT_EQ(episode.value(QStringLiteral("severity")).toInt(), 7);
    EXPECT_EQ(episode.value(QStringLiteral("triggers")).toArray().size(), 2);
    EXPECT_EQ(episode.value(QStringLiteral("note")).toString(), QStringLiteral("3 a.m., \"ouch\""));

    result = cli({QStringLiteral("diary"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--severity"), QStringLiteral("3")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    result = cli({QStringLiteral("diary"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("episodes")).toArray().at(0)
                  .toObject().value(QStringLiteral("severity")).toInt(), 3);

    result = cli({QStringLiteral("diary"), QStringLiteral("delete"), QStringLiteral("1")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    result = cli({QStringLiteral("diary"), QStringLiteral("delete"), QStringLiteral("1")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("no episode 1")));
}

TEST_F(DiaryCli, BadFlagsAreUsageErrorsAndChangeNothing)
{
    const QStringList base = {QStringLiteral("diary"), QStringLiteral("add"), QStringLiteral("--at"), QStringLiteral("2026-11-20T03:15:00"),
                              QStringLiteral("--location"), QStringLiteral("calf"), QStringLiteral("--side"), QStringLiteral("left")};
    CliResult result = cli(base + QStringList{QStringLiteral("--severity"), QStringLiteral("11")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--severity"))) << result.err.toStdString();
    result = cli(base);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--severity is required"))) << result.err.toStdString();
    result = cli(base + QStringList{QStringLiteral("--severity"), QStringLiteral("5"), QStringLiteral("--trigger"), QStringLiteral("moon")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("moon")));
    result = cli({QStringLiteral("diary"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("yesterday")});
    EXPECT_EQ(result.exitCode, 2);
    result = cli({QStringLiteral("diary"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("episodes")).toArray().size(), 0);
}

TEST_F(DiaryCli, ImportIsAllOrNothingAndExportRoundTrips)
{
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    writeFile(good, "started_at,duration_s,location,side,severity,context,triggers,reliefs,note\n"
                    "2026-11-01T02:00:00+08:00,60,calf,left,5,sleep,cold,stretching,\"a, b\"\n"
                    "2026-11-02T02:30:00+08:00,,foot,right,4,,,,\"multi\nline\"\n");
    CliResult result = cli({QStringLiteral("diary"), QStringLiteral("import"), good});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("2"))) << result.out.toStdString();

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    writeFile(bad, "started_at,duration_s,location,side,severity,context,triggers,reliefs,note\n"
                   "2026-11-03T02:00:00,60,calf,left,5,,,,\n"
                   "2026-11-04T02:00:00,60,knee,left,5,,,,\n");
    result = cli({QStringLiteral("diary"), QStringLiteral("import"), bad});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("line 3"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("knee")));

    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    result = cli({QStringLiteral("diary"), QStringLiteral("export"), QStringLiteral("--csv"), exported});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(fileBytes(exported).startsWith("started_at,duration_s,location,side,severity,context,triggers,reliefs,note\r\n"));

    // Import the export into another diary, export again: the same bytes.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    result = runCli({QStringLiteral("diary"), QStringLiteral("import"), exported, QStringLiteral("--db"), other});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString again = dir.filePath(QStringLiteral("again.csv"));
    result = runCli({QStringLiteral("diary"), QStringLiteral("export"), QStringLiteral("--csv"), again, QStringLiteral("--db"), other});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_EQ(fileBytes(again), fileBytes(exported));

    const QString json = dir.filePath(QStringLiteral("out.json"));
    result = cli({QStringLiteral("diary"), QStringLiteral("export"), QStringLiteral("--json"), json});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(fileBytes(json)).object().value(QStringLiteral("episodes")).toArray().size(), 2);
    EXPECT_EQ(QFileInfo(json).permissions() & (QFile::ReadOther | QFile::ReadGroup), 0);
}

TEST_F(DiaryCli, StatsShowTheThreshold)
{
    for (int day = 1; day <= 4; ++day) {
        ASSERT_EQ(cli({QStringLiteral("diary"), QStringLiteral("add"), QStringLiteral("--at"),
                       QDateTime::currentDateTime().addDays(-day).toString(Qt::ISODate), QStringLiteral("--location"),
                       QStringLiteral("calf"), QStringLiteral("--side"), QStringLiteral("left"), QStringLiteral("--severity"),
                       QString::number(day + 3)})
                      .exitCode,
                  0);
    }
    CliResult result = cli({QStringLiteral("diary"), QStringLiteral("stats"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject stats = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(stats.value(QStringLiteral("episodes")).toInt(), 4);
    EXPECT_TRUE(stats.value(QStringLiteral("frequent_threshold_met")).toBool());
    EXPECT_EQ(stats.value(QStringLiteral("worst_severity")).toInt(), 7);
    EXPECT_EQ(stats.value(QStringLiteral("by_location")).toObject().value(QStringLiteral("calf")).toInt(), 4);

    result = cli({QStringLiteral("diary"), QStringLiteral("stats"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_TRUE(legcare::tests::containsHan(result.out)) << result.out.toStdString();
}

TEST_F(DiaryCli, ANonDiaryFileIsReportedAndKept)
{
    writeFile(db, "definitely not a database");
    const CliResult result = cli({QStringLiteral("diary"), QStringLiteral("list")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(db)) << result.err.toStdString();
    EXPECT_EQ(fileBytes(db), QByteArray("definitely not a database"));
}

TEST_F(DiaryCli, DatabaseFromTheEnvironment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LEGCARE_DB"), db);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LEGCARE_CLI_PATH),
                  {QStringLiteral("diary"), QStringLiteral("add"), QStringLiteral("--at"), QStringLiteral("now"),
                   QStringLiteral("--location"), QStringLiteral("toes"), QStringLiteral("--side"), QStringLiteral("both"),
                   QStringLiteral("--severity"), QStringLiteral("2")});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0);
    EXPECT_TRUE(QFileInfo::exists(db));
}
