// Runs the built legcare-cli assess on the spec's vignettes and on bad input.

#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using legcare::tests::CliResult;
using legcare::tests::containsHan;
using legcare::tests::runCli;

QJsonObject vignettes()
{
    QFile file(QStringLiteral(LEGCARE_TEST_DATA_DIR "/triage-vignettes.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

class AssessCli : public ::testing::Test
{
protected:
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(data);
        return path;
    }
    QString write(const QString &name, const QJsonObject &profile)
    {
        return write(name, QJsonDocument(profile).toJson());
    }

    QTemporaryDir m_dir;
};

CliResult runWithStdin(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(LEGCARE_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(30000));
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

TEST_F(AssessCli, VignettesAsJsonInBothLanguages)
{
    const QJsonArray cases = vignettes()[QLatin1String("cases")].toArray();
    ASSERT_FALSE(cases.isEmpty());
    for (const char *language : { "en", "zh_CN" }) {
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject testCase = cases.at(i).toObject();
            const std::string name
                = testCase[QLatin1String("name")].toString().toStdString() + " " + language;
            const QString path = write(QStringLiteral("case%1.json").arg(i),
                                       testCase[QLatin1String("profile")].toObject());
            const CliResult result
                = runCli({ QStringLiteral("assess"), QStringLiteral("--profile"), path,
                           QStringLiteral("--json"), QStringLiteral("--lang"),
                           QString::fromLatin1(language) });
            ASSERT_EQ(result.exitCode, 0) << name << result.err.toStdString();
            const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
            const QJsonObject expect = testCase[QLatin1String("expect")].toObject();
            EXPECT_EQ(json[QLatin1String("triage")].toString(),
                      expect[QLatin1String("triage")].toString())
                << name;
            QStringList top3;
            const QJsonArray conditions = json[QLatin1String("conditions")].toArray();
            for (qsizetype c = 0; c < conditions.size() && c < 3; ++c)
                top3.append(conditions.at(c)[QLatin1String("id")].toString());
            bool found = false;
            for (const QJsonValue &id : expect[QLatin1String("top3_any")].toArray())
                found = found || top3.contains(id.toString());
            EXPECT_TRUE(found) << name;
            const QJsonArray exercises = json[QLatin1String("exercises")].toArray();
            if (expect[QLatin1String("exercises_empty")].toBool()) {
                EXPECT_TRUE(exercises.isEmpty()) << name;
            }
            if (expect.contains(QLatin1String("exercises_any"))) {
                bool any = false;
                for (const QJsonValue &id : expect[QLatin1String("exercises_any")].toArray())
                    any = any || exercises.contains(id);
                EXPECT_TRUE(any) << name;
            }
            const bool chinese = QLatin1String(language) == QLatin1String("zh_CN");
            EXPECT_EQ(
                containsHan(conditions.at(0)[QLatin1String("reasons")].toArray().at(0).toString()),
                chinese)
                << name;
            EXPECT_EQ(containsHan(json[QLatin1String("disclaimer")].toString()), chinese) << name;
            EXPECT_TRUE(json[QLatin1String("red_flags")].isArray()) << name;
            EXPECT_FALSE(json[QLatin1String("advice")].toArray().isEmpty()) << name;
        }
    }
}

TEST_F(AssessCli, TextOutputLeadsWithTheLevel)
{
    const QJsonObject profile
        = vignettes()[QLatin1String("cases")].toArray().at(2)[QLatin1String("profile")].toObject();
    const QString path = write(QStringLiteral("swollen.json"), profile);
    const CliResult result = runCli({ QStringLiteral("assess"), QStringLiteral("--profile"), path,
                                      QStringLiteral("--lang"), QStringLiteral("en") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(
        result.out.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("SEE A DOCTOR TODAY")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Deep vein thrombosis")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("not a diagnosis")));

    const CliResult chinese = runCli({ QStringLiteral("assess"), QStringLiteral("--profile"), path,
                                       QStringLiteral("--lang"), QStringLiteral("zh_CN") });
    ASSERT_EQ(chinese.exitCode, 0);
    EXPECT_TRUE(chinese.out.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("今天就医")))
        << chinese.out.toStdString();
}

TEST_F(AssessCli, ReadsStdin)
{
    const CliResult result
        = runWithStdin({ QStringLiteral("assess"), QStringLiteral("--profile"), QStringLiteral("-"),
                         QStringLiteral("--json") },
                       R"({"complaint": "cramp", "location": "calf", "cold_pale_leg": true})");
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(json[QLatin1String("triage")].toString(), QStringLiteral("emergency"));
    EXPECT_TRUE(json[QLatin1String("exercises")].toArray().isEmpty());
}

TEST_F(AssessCli, BadInputsExitTwoWithOneLineNamingFileAndField)
{
    const QJsonArray cases = vignettes()[QLatin1String("bad_input")].toArray();
    const QStringList fields
        = { QStringLiteral("sweling"), QStringLiteral("age"), QStringLiteral("location"),
            QStringLiteral("episodes_per_week"), QStringLiteral("location") };
    ASSERT_EQ(cases.size(), fields.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString path = write(QStringLiteral("bad%1.json").arg(i),
                                   cases.at(i)[QLatin1String("profile")].toObject());
        const CliResult result
            = runCli({ QStringLiteral("assess"), QStringLiteral("--profile"), path });
        EXPECT_EQ(result.exitCode, 2) << i;
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(path)) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(fields.at(i) + QStringLiteral(": ")))
            << result.err.toStdString();
    }
}

TEST_F(AssessCli, MalformedJsonSchemaAndUnreadableFile)
{
    const QString malformed
        = write(QStringLiteral("malformed.json"),
                QByteArray("{\n \"complaint\": \"cramp\",\n \"location\" \"calf\"\n}"));
    CliResult result = runCli({ QStringLiteral("assess"), QStringLiteral("--profile"), malformed });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("line 3, column"))) << result.err.toStdString();

    const QString schema
        = write(QStringLiteral("schema.json"),
                QByteArray(R"({"schema": 2, "complaint": "cramp", "location": "calf"})"));
    result = runCli({ QStringLiteral("assess"), QStringLiteral("--profile"), schema });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("schema: "))) << result.err.toStdString();

    const QString missing = m_dir.filePath(QStringLiteral("nope.json"));
    result = runCli({ QStringLiteral("assess"), QStringLiteral("--profile"), missing });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(missing)) << result.err.toStdString();

    result = runCli({ QStringLiteral("assess") });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--profile"))) << result.err.toStdString();
}
