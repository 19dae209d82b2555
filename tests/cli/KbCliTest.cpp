// Runs the built legcare-cli's kb commands and checks exit codes, JSON and text output.

#include "CliRun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using legcare::tests::CliResult;
using legcare::tests::containsHan;
using legcare::tests::runCli;

// The condition and exercise ids that shared/spec/symptom-profile.md fixes.
const QStringList kConditionIds = {
    QStringLiteral("nocturnal_leg_cramps"),
    QStringLiteral("exercise_associated_cramps"),
    QStringLiteral("adductor_strain"),
    QStringLiteral("lumbar_disc_herniation"),
    QStringLiteral("electrolyte_imbalance"),
    QStringLiteral("dehydration"),
    QStringLiteral("poor_circulation"),
    QStringLiteral("deep_vein_thrombosis"),
    QStringLiteral("pregnancy_cramps"),
    QStringLiteral("calcium_deficiency_osteoporosis"),
    QStringLiteral("tendon_shortening_with_age"),
    QStringLiteral("liver_disease"),
    QStringLiteral("heavy_metal_toxicity"),
    QStringLiteral("infection"),
    QStringLiteral("endocrine_disorder"),
    QStringLiteral("neurological_disorder"),
    QStringLiteral("cauda_equina_syndrome"),
    QStringLiteral("acute_limb_ischaemia"),
};

const QStringList kExerciseIds = {
    QStringLiteral("bridge"),
    QStringLiteral("prone_back_extension"),
    QStringLiteral("butterfly_stretch"),
    QStringLiteral("adductor_stretch"),
    QStringLiteral("quad_stretch"),
    QStringLiteral("hamstring_stretch"),
    QStringLiteral("leg_swings"),
    QStringLiteral("calf_stretch"),
    QStringLiteral("toe_cramp_release"),
    QStringLiteral("heel_raise"),
    QStringLiteral("ankle_dorsiflexion"),
    QStringLiteral("foam_roll_calf"),
};

QStringList args(std::initializer_list<const char *> words)
{
    QStringList result;
    for (const char *word : words)
        result.append(QString::fromUtf8(word));
    return result;
}

QJsonObject parseObject(const CliResult &result)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n"
                                                     << result.out.toStdString();
    EXPECT_TRUE(document.isObject());
    return document.object();
}

QSet<QString> idsOf(const QJsonArray &items)
{
    QSet<QString> ids;
    for (const QJsonValue &item : items)
        ids.insert(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

} // namespace

TEST(KbCli, CheckPassesAndPrintsCounts)
{
    const CliResult result = runCli(args({ "--lang", "en", "kb", "check" }));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Conditions:"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("18"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("12"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Texts in en:"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Texts in zh_CN:"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.trimmed().endsWith(QStringLiteral("OK"))) << result.out.toStdString();
}

TEST(KbCli, CheckJson)
{
    const CliResult result = runCli(args({ "kb", "check", "--json" }));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject object = parseObject(result);
    EXPECT_TRUE(object.value(QStringLiteral("ok")).toBool());
    EXPECT_TRUE(object.value(QStringLiteral("errors")).toArray().isEmpty());
    const QJsonObject counts = object.value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(counts.value(QStringLiteral("conditions")).toInt(), 18);
    EXPECT_EQ(counts.value(QStringLiteral("exercises")).toInt(), 12);
    EXPECT_GT(counts.value(QStringLiteral("routines")).toInt(), 0);
    EXPECT_GT(counts.value(QStringLiteral("topics")).toInt(), 0);
    const QJsonObject texts = counts.value(QStringLiteral("texts")).toObject();
    EXPECT_GT(texts.value(QStringLiteral("en")).toInt(), 0);
    EXPECT_EQ(texts.value(QStringLiteral("en")).toInt(),
              texts.value(QStringLiteral("zh_CN")).toInt());
}

TEST(KbCli, ConditionsJsonHasEveryConditionOfTheContract)
{
    const CliResult result = runCli(args({ "kb", "conditions", "--json", "--lang", "en" }));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray conditions = parseObject(result).value(QStringLiteral("conditions")).toArray();
    EXPECT_EQ(conditions.size(), kConditionIds.size());
    const QSet<QString> ids = idsOf(conditions);
    for (const QString &id : kConditionIds)
        EXPECT_TRUE(ids.contains(id)) << id.toStdString();
    for (const QJsonValue &value : conditions) {
        const QJsonObject condition = value.toObject();
        for (const char *key : { "id", "name", "summary", "description", "emergency", "locations",
                                 "causes", "symptoms", "triggers", "self_care", "prevention",
                                 "see_doctor", "exercises", "related", "sources" }) {
            EXPECT_TRUE(condition.contains(QLatin1String(key)))
                << condition.value(QStringLiteral("id")).toString().toStdString() << ": " << key;
        }
        EXPECT_FALSE(condition.value(QStringLiteral("see_doctor")).toArray().isEmpty());
        EXPECT_FALSE(condition.value(QStringLiteral("sources")).toArray().isEmpty());
    }
}

TEST(KbCli, LanguageSelectsTheTexts)
{
    const QJsonArray chinese
        = parseObject(runCli(args({ "--lang", "zh_CN", "kb", "conditions", "--json" })))
              .value(QStringLiteral("conditions"))
              .toArray();
    const QJsonArray english
        = parseObject(runCli(args({ "--lang", "en", "kb", "conditions", "--json" })))
              .value(QStringLiteral("conditions"))
              .toArray();
    ASSERT_EQ(chinese.size(), english.size());
    ASSERT_FALSE(chinese.isEmpty());
    for (qsizetype i = 0; i < chinese.size(); ++i) {
        const QJsonObject zh = chinese.at(i).toObject();
        const QJsonObject en = english.at(i).toObject();
        const QString zhName = zh.value(QStringLiteral("name")).toString();
        const QString enName = en.value(QStringLiteral("name")).toString();
        EXPECT_TRUE(containsHan(zhName)) << zhName.toStdString();
        EXPECT_FALSE(containsHan(enName)) << enName.toStdString();
        EXPECT_TRUE(containsHan(zh.value(QStringLiteral("causes")).toArray().at(0).toString()));
        // Ids never change with the language.
        EXPECT_EQ(zh.value(QStringLiteral("id")), en.value(QStringLiteral("id")));
        EXPECT_EQ(zh.value(QStringLiteral("locations")), en.value(QStringLiteral("locations")));
    }
}

TEST(KbCli, ConditionsText)
{
    const CliResult result = runCli(args({ "--lang", "en", "kb", "conditions" }));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    for (const QString &id : kConditionIds)
        EXPECT_TRUE(result.out.contains(id)) << id.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Night leg cramps")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("When to see a doctor:")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("Sources:")));

    const CliResult chinese = runCli(args({ "--lang", "zh_CN", "kb", "conditions" }));
    EXPECT_EQ(chinese.exitCode, 0) << chinese.err.toStdString();
    EXPECT_TRUE(chinese.out.contains(QStringLiteral("夜间腿抽筋"))) << chinese.out.toStdString();
}

TEST(KbCli, ConditionWhole)
{
    const CliResult result
        = runCli(args({ "--lang", "en", "kb", "condition", "nocturnal_leg_cramps", "--json" }));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject condition = parseObject(result);
    EXPECT_EQ(condition.value(QStringLiteral("id")).toString(),
              QStringLiteral("nocturnal_leg_cramps"));
    EXPECT_FALSE(condition.value(QStringLiteral("description")).toString().isEmpty());
    EXPECT_TRUE(condition.value(QStringLiteral("exercises"))
                    .toArray()
                    .contains(QStringLiteral("calf_stretch")));
    EXPECT_TRUE(
        condition.value(QStringLiteral("locations")).toArray().contains(QStringLiteral("calf")));

    const CliResult text
        = runCli(args({ "--lang", "en", "kb", "condition", "nocturnal_leg_cramps" }));
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("nocturnal_leg_cramps  Night leg cramps\n")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("calf_stretch"))) << text.out.toStdString();
    for (const QString &line : text.out.split(QLatin1Char('\n')))
        EXPECT_LE(line.size(), 80) << line.toStdString();
}

TEST(KbCli, DeepVeinThrombosisSuggestsNoExercises)
{
    const CliResult result = runCli(args({ "kb", "condition", "deep_vein_thrombosis", "--json" }));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject condition = parseObject(result);
    ASSERT_TRUE(condition.value(QStringLiteral("exercises")).isArray());
    EXPECT_TRUE(condition.value(QStringLiteral("exercises")).toArray().isEmpty());
}

TEST(KbCli, UnknownConditionIsAUsageError)
{
    const CliResult result = runCli(args({ "kb", "condition", "no_such_condition" }));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("no_such_condition")))
        << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
}

TEST(KbCli, MissingConditionIdIsAUsageError)
{
    const CliResult result = runCli(args({ "kb", "condition" }));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_FALSE(result.err.isEmpty());
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
}

TEST(KbCli, ExercisesJsonHasEveryExerciseOfTheContract)
{
    const CliResult result = runCli(args({ "kb", "exercises", "--json" }));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray exercises = parseObject(result).value(QStringLiteral("exercises")).toArray();
    EXPECT_EQ(exercises.size(), kExerciseIds.size());
    const QSet<QString> ids = idsOf(exercises);
    for (const QString &id : kExerciseIds)
        EXPECT_TRUE(ids.contains(id)) << id.toStdString();
    for (const QJsonValue &value : exercises) {
        const QJsonObject exercise = value.toObject();
        const std::string id = exercise.value(QStringLiteral("id")).toString().toStdString();
        EXPECT_TRUE(exercise.value(QStringLiteral("hold_seconds")).isDouble()) << id;
        EXPECT_GE(exercise.value(QStringLiteral("repetitions")).toInt(), 1) << id;
        EXPECT_GE(exercise.value(QStringLiteral("sets_per_day")).toInt(), 1) << id;
        EXPECT_TRUE(exercise.value(QStringLiteral("per_side")).isBool()) << id;
        EXPECT_FALSE(exercise.value(QStringLiteral("steps")).toArray().isEmpty()) << id;
        EXPECT_FALSE(exercise.value(QStringLiteral("target_muscles")).toArray().isEmpty()) << id;
        EXPECT_FALSE(exercise.value(QStringLiteral("cautions")).toArray().isEmpty()) << id;
        EXPECT_FALSE(exercise.value(QStringLiteral("sources")).toArray().isEmpty()) << id;
        EXPECT_EQ(exercise.value(QStringLiteral("illustration")).toString(),
                  QStringLiteral(":/illustrations/%1.svg").arg(QString::fromStdString(id)));
        EXPECT_TRUE(exercise.contains(QStringLiteral("difficulty"))) << id;
    }
}

TEST(KbCli, ExercisesText)
{
    const CliResult result = runCli(args({ "--lang", "en", "kb", "exercises" }));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    for (const QString &id : kExerciseIds)
        EXPECT_TRUE(result.out.contains(id)) << id.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("    1. "))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral(":/illustrations/calf_stretch.svg")));
}

TEST(KbCli, CheckRootOnACopyOfTheData)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("kb"));
    ASSERT_TRUE(copyTree(QStringLiteral(LEGCARE_SOURCE_KB_DIR), root));

    CliResult result
        = runCli({ QStringLiteral("kb"), QStringLiteral("check"), QStringLiteral("--root"), root });
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();

    // Take the Chinese summary out of one condition.
    const QString broken = root + QStringLiteral("/conditions/dehydration.json");
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject condition = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject summary = condition.value(QStringLiteral("summary")).toObject();
    ASSERT_TRUE(summary.contains(QStringLiteral("zh_CN")));
    summary.remove(QStringLiteral("zh_CN"));
    condition.insert(QStringLiteral("summary"), summary);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(condition).toJson());
    file.close();

    result
        = runCli({ QStringLiteral("kb"), QStringLiteral("check"), QStringLiteral("--root"), root });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("conditions/dehydration.json")))
        << result.err.toStdString();
    EXPECT_FALSE(result.out.contains(QStringLiteral("OK"))) << result.out.toStdString();

    result = runCli({ QStringLiteral("kb"), QStringLiteral("check"), QStringLiteral("--json"),
                      QStringLiteral("--root"), root });
    EXPECT_EQ(result.exitCode, 1);
    const QJsonObject object = parseObject(result);
    EXPECT_FALSE(object.value(QStringLiteral("ok")).toBool());
    const QJsonArray errors = object.value(QStringLiteral("errors")).toArray();
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_EQ(errors.at(0).toObject().value(QStringLiteral("file")).toString(),
              QStringLiteral("conditions/dehydration.json"));
}

TEST(KbCli, CheckRootThatIsNoDirectoryIsAUsageError)
{
    const CliResult result = runCli(args({ "kb", "check", "--root", "/nonexistent" }));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("/nonexistent"))) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
}
