#include "kb/Loader.h"

#include "KbFixture.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using legcare::kb::LoadError;
using legcare::kb::LoadResult;
using legcare::kb::Loader;
using legcare::test::KbCopy;

namespace {

bool containsHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Han; });
}

std::string describe(const QList<LoadError> &errors)
{
    QStringList lines;
    for (const LoadError &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n')).toStdString();
}

// The one error a broken copy should produce, or a failure naming all of them.
LoadError onlyError(const LoadResult &result)
{
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.errors.size(), 1) << describe(result.errors);
    return result.errors.isEmpty() ? LoadError{} : result.errors.constFirst();
}

} // namespace

TEST(KbLoader, BundledKnowledgeBaseLoadsCleanly)
{
    const LoadResult result = Loader::load();
    ASSERT_TRUE(result.ok()) << describe(result.errors);
    EXPECT_TRUE(Loader::checkCompleteness(*result.knowledgeBase).isEmpty());
    const auto counts = result.knowledgeBase->counts();
    EXPECT_EQ(counts.conditions, 18);
    EXPECT_EQ(counts.exercises, 12);
    EXPECT_GE(counts.routines, 4);
    EXPECT_GE(counts.topics, 10);
    EXPECT_GT(counts.texts, 500);
}

TEST(KbLoader, EverySpecIdIsPresentInBothLanguages)
{
    const LoadResult result = Loader::load();
    ASSERT_TRUE(result.ok()) << describe(result.errors);
    const auto &kb = *result.knowledgeBase;
    for (const QString &id : Loader::requiredConditionIds()) {
        const auto *condition = kb.condition(id);
        ASSERT_NE(condition, nullptr) << id.toStdString();
        EXPECT_FALSE(condition->name.en.isEmpty()) << id.toStdString();
        EXPECT_TRUE(containsHan(condition->name.zhCN)) << id.toStdString();
        EXPECT_FALSE(condition->seeDoctor.isEmpty()) << id.toStdString();
    }
    for (const QString &id : Loader::requiredExerciseIds()) {
        const auto *exercise = kb.exercise(id);
        ASSERT_NE(exercise, nullptr) << id.toStdString();
        EXPECT_TRUE(containsHan(exercise->name.zhCN)) << id.toStdString();
        EXPECT_FALSE(exercise->steps.isEmpty()) << id.toStdString();
        EXPECT_TRUE(QFile::exists(exercise->illustration)) << id.toStdString();
    }
}

TEST(KbLoader, EmergencyConditionsAndClotsSuggestNoExercises)
{
    const LoadResult result = Loader::load();
    ASSERT_TRUE(result.ok());
    for (const auto &condition : result.knowledgeBase->conditions()) {
        if (condition.emergency) {
            EXPECT_TRUE(condition.exercises.isEmpty()) << condition.id.toStdString();
        }
    }
    EXPECT_TRUE(result.knowledgeBase->condition(QStringLiteral("deep_vein_thrombosis"))->exercises.isEmpty());
    EXPECT_TRUE(result.knowledgeBase->condition(QStringLiteral("cauda_equina_syndrome"))->emergency);
    EXPECT_TRUE(result.knowledgeBase->condition(QStringLiteral("acute_limb_ischaemia"))->emergency);
}

TEST(KbLoader, RoutinesTakeTheExerciseDefaultsUnlessTheySetTheirOwn)
{
    const LoadResult result = Loader::load();
    ASSERT_TRUE(result.ok());
    const auto &kb = *result.knowledgeBase;
    for (const auto &routine : kb.routines()) {
        for (const auto &item : routine.items) {
            const auto *exercise = kb.exercise(item.exerciseId);
            ASSERT_NE(exercise, nullptr);
            EXPECT_GE(item.holdSeconds, 0);
            EXPECT_GE(item.repetitions, 1);
        }
    }
    // The four named stretches of the product are each in some routine.
    for (const char *id : {"bridge", "butterfly_stretch", "quad_stretch", "hamstring_stretch"}) {
        const bool found = std::any_of(kb.routines().cbegin(), kb.routines().cend(), [&](const auto &routine) {
            return std::any_of(routine.items.cbegin(), routine.items.cend(),
                               [&](const auto &item) { return item.exerciseId == QLatin1String(id); });
        });
        EXPECT_TRUE(found) << id;
    }
}

TEST(KbLoader, MissingLanguageIsNamed)
{
    KbCopy copy;
    copy.edit(QStringLiteral("conditions/dehydration.json"), [](QJsonObject &object) {
        QJsonArray causes = object.value(QStringLiteral("causes")).toArray();
        QJsonObject second = causes.at(1).toObject();
        second.remove(QStringLiteral("zh_CN"));
        causes.replace(1, second);
        object.insert(QStringLiteral("causes"), causes);
    });
    const LoadError error = onlyError(Loader::load(copy.root()));
    EXPECT_EQ(error.file, QStringLiteral("conditions/dehydration.json"));
    EXPECT_EQ(error.item, QStringLiteral("dehydration"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("causes[1]"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("zh_CN"))) << error.message.toStdString();
}

TEST(KbLoader, EnglishLeftInTheChineseFieldIsCaught)
{
    KbCopy copy;
    copy.edit(QStringLiteral("exercises/bridge.json"), [](QJsonObject &object) {
        object.insert(QStringLiteral("name"),
                      QJsonObject{{QStringLiteral("en"), QStringLiteral("Bridge")},
                                  {QStringLiteral("zh_CN"), QStringLiteral("Bridge")}});
    });
    const LoadError error = onlyError(Loader::load(copy.root()));
    EXPECT_EQ(error.item, QStringLiteral("bridge"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("name"))) << error.message.toStdString();
}

TEST(KbLoader, DanglingReferenceIsNamed)
{
    KbCopy copy;
    copy.edit(QStringLiteral("conditions/nocturnal_leg_cramps.json"), [](QJsonObject &object) {
        QJsonArray exercises = object.value(QStringLiteral("exercises")).toArray();
        exercises.append(QStringLiteral("moonwalk"));
        object.insert(QStringLiteral("exercises"), exercises);
    });
    const LoadError error = onlyError(Loader::load(copy.root()));
    EXPECT_EQ(error.file, QStringLiteral("conditions/nocturnal_leg_cramps.json"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("moonwalk"))) << error.message.toStdString();
}

TEST(KbLoader, DanglingRoutineExerciseIsNamed)
{
    KbCopy copy;
    copy.edit(QStringLiteral("routines.json"), [](QJsonObject &object) {
        QJsonArray routines = object.value(QStringLiteral("routines")).toArray();
        QJsonObject first = routines.at(0).toObject();
        QJsonArray items = first.value(QStringLiteral("items")).toArray();
        items.append(QJsonObject{{QStringLiteral("exercise"), QStringLiteral("handstand")}});
        first.insert(QStringLiteral("items"), items);
        routines.replace(0, first);
        object.insert(QStringLiteral("routines"), routines);
    });
    const LoadError error = onlyError(Loader::load(copy.root()));
    EXPECT_EQ(error.file, QStringLiteral("routines.json"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("handstand"))) << error.message.toStdString();
}

TEST(KbLoader, DuplicateIdIsNamed)
{
    KbCopy copy;
    copy.edit(QStringLiteral("topics.json"), [](QJsonObject &object) {
        QJsonArray topics = object.value(QStringLiteral("topics")).toArray();
        topics.append(topics.at(0));
        object.insert(QStringLiteral("topics"), topics);
    });
    const LoadError error = onlyError(Loader::load(copy.root()));
    EXPECT_EQ(error.file, QStringLiteral("topics.json"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("duplicate id")));
}

TEST(KbLoader, IdMustMatchFileName)
{
    KbCopy copy;
    copy.edit(QStringLiteral("exercises/heel_raise.json"), [](QJsonObject &object) {
        object.insert(QStringLiteral("id"), QStringLiteral("toe_raise"));
    });
    const LoadResult result = Loader::load(copy.root());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(describe(result.errors).find("does not match the file name 'heel_raise'") != std::string::npos)
        << describe(result.errors);
}

TEST(KbLoader, NumbersOutOfRangeAreNamed)
{
    KbCopy copy;
    copy.edit(QStringLiteral("exercises/bridge.json"), [](QJsonObject &object) {
        object.insert(QStringLiteral("hold_seconds"), 900);
    });
    LoadError error = onlyError(Loader::load(copy.root()));
    EXPECT_EQ(error.file, QStringLiteral("exercises/bridge.json"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("hold_seconds"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("out of range"))) << error.message.toStdString();

    copy.edit(QStringLiteral("exercises/bridge.json"), [](QJsonObject &object) {
        object.insert(QStringLiteral("hold_seconds"), 12);
        object.insert(QStringLiteral("repetitions"), 2.5);
    });
    error = onlyError(Loader::load(copy.root()));
    EXPECT_TRUE(error.message.contains(QStringLiteral("repetitions"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("whole number"))) << error.message.toStdString();
}

TEST(KbLoader, MalformedFileGivesLineAndColumn)
{
    KbCopy copy;
    copy.write(QStringLiteral("conditions/infection.json"), "{\n  \"id\": \"infection\",\n  \"name\": {\n}}}");
    // Other items refer to the condition that could not be read; the parse error comes first.
    const LoadResult result = Loader::load(copy.root());
    ASSERT_FALSE(result.ok());
    const LoadError error = result.errors.constFirst();
    EXPECT_EQ(error.file, QStringLiteral("conditions/infection.json"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("line 4"))) << error.message.toStdString();
}

TEST(KbLoader, UnknownKeyIsRejected)
{
    KbCopy copy;
    copy.edit(QStringLiteral("conditions/dehydration.json"), [](QJsonObject &object) {
        object.insert(QStringLiteral("self_cares"), QJsonArray());
    });
    const LoadError error = onlyError(Loader::load(copy.root()));
    EXPECT_TRUE(error.message.contains(QStringLiteral("self_cares"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("unknown key")));
}

TEST(KbLoader, EmergencyConditionWithExercisesIsRejected)
{
    KbCopy copy;
    copy.edit(QStringLiteral("conditions/acute_limb_ischaemia.json"), [](QJsonObject &object) {
        object.insert(QStringLiteral("exercises"), QJsonArray{QStringLiteral("calf_stretch")});
    });
    const LoadError error = onlyError(Loader::load(copy.root()));
    EXPECT_TRUE(error.message.contains(QStringLiteral("emergency"))) << error.message.toStdString();
}

TEST(KbLoader, BadSourceIsRejected)
{
    KbCopy copy;
    copy.edit(QStringLiteral("conditions/dehydration.json"), [](QJsonObject &object) {
        object.insert(QStringLiteral("sources"), QJsonArray{QStringLiteral("a health magazine")});
    });
    const LoadError error = onlyError(Loader::load(copy.root()));
    EXPECT_TRUE(error.message.contains(QStringLiteral("sources[0]"))) << error.message.toStdString();
}

TEST(KbLoader, MissingFileAndFolderAreNamed)
{
    KbCopy copy;
    QFile::remove(copy.path(QStringLiteral("topics.json")));
    LoadError error = onlyError(Loader::load(copy.root()));
    EXPECT_EQ(error.file, QStringLiteral("topics.json"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("missing")));

    const LoadResult none = Loader::load(copy.path(QStringLiteral("no-such-folder")));
    EXPECT_FALSE(none.ok());
    ASSERT_EQ(none.errors.size(), 1);
}

TEST(KbLoader, CompletenessNamesAMissingSpecId)
{
    KbCopy copy;
    QFile::remove(copy.path(QStringLiteral("exercises/foam_roll_calf.json")));
    // Loading still fails: a routine and a condition refer to the exercise.
    EXPECT_FALSE(Loader::load(copy.root()).ok());

    const LoadResult bundled = Loader::load();
    ASSERT_TRUE(bundled.ok());
    EXPECT_TRUE(Loader::checkCompleteness(*bundled.knowledgeBase).isEmpty());
    legcare::kb::KnowledgeBase empty;
    const auto missing = Loader::checkCompleteness(empty);
    EXPECT_EQ(missing.size(), Loader::requiredConditionIds().size() + Loader::requiredExerciseIds().size());
}
