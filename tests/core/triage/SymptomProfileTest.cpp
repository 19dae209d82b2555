#include "TriageTestSupport.h"
#include "triage/TriageEngine.h"

#include <gtest/gtest.h>

using legcare::test::readTestJson;
using legcare::triage::profileField;
using legcare::triage::profileFields;
using legcare::triage::ProfileParseResult;
using legcare::triage::SymptomProfile;
using legcare::triage::TriageEngine;

namespace {

ProfileParseResult parse(const char *json)
{
    return SymptomProfile::fromJsonBytes(QByteArray(json));
}

// The single error of a rejected profile, as "field: message".
QString onlyError(const ProfileParseResult &result)
{
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.errors.size(), 1);
    return result.errors.isEmpty() ? QString() : result.errors.constFirst().toString();
}

} // namespace

TEST(SymptomProfile, MinimalProfileParses)
{
    const ProfileParseResult result = parse(R"({"complaint": "cramp", "location": "calf"})");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.profile->choice(QStringLiteral("complaint")), QStringLiteral("cramp"));
    EXPECT_FALSE(
        result.profile->flag(QStringLiteral("fever")).has_value()); // absent is "don't know"
}

TEST(SymptomProfile, SchemaOneIsAcceptedOthersRejected)
{
    EXPECT_TRUE(parse(R"({"schema": 1, "complaint": "pain", "location": "shin"})").ok());
    EXPECT_TRUE(onlyError(parse(R"({"schema": 2, "complaint": "pain", "location": "shin"})"))
                    .startsWith(QStringLiteral("schema:")));
    EXPECT_TRUE(onlyError(parse(R"({"schema": "1", "complaint": "pain", "location": "shin"})"))
                    .startsWith(QStringLiteral("schema:")));
}

TEST(SymptomProfile, EveryBadInputOfTheVignettesNamesItsField)
{
    const QHash<QString, QString> expectedField = {
        { QStringLiteral("unknown key"), QStringLiteral("sweling") },
        { QStringLiteral("age out of range"), QStringLiteral("age") },
        { QStringLiteral("missing location"), QStringLiteral("location") },
        { QStringLiteral("wrong type"), QStringLiteral("episodes_per_week") },
        { QStringLiteral("unknown enum value"), QStringLiteral("location") },
    };
    const QJsonArray cases = readTestJson(QStringLiteral("triage-vignettes.json"))
                                 .value(QLatin1String("bad_input"))
                                 .toArray();
    ASSERT_FALSE(cases.isEmpty());
    for (const QJsonValue &value : cases) {
        const QString name = value[QLatin1String("name")].toString();
        const QJsonObject profile = value[QLatin1String("profile")].toObject();
        const ProfileParseResult result = SymptomProfile::fromJson(profile);
        ASSERT_FALSE(result.ok()) << name.toStdString();
        ASSERT_EQ(result.errors.size(), 1) << name.toStdString();
        const QString field = result.errors.constFirst().field;
        EXPECT_TRUE(profile.contains(field) || profileField(field)) << name.toStdString();
        if (expectedField.contains(name)) {
            EXPECT_EQ(field, expectedField.value(name)) << name.toStdString();
        }
        EXPECT_FALSE(result.errors.constFirst().message.isEmpty());
    }
}

TEST(SymptomProfile, WrongTypesAndRangesAreRejected)
{
    EXPECT_EQ(onlyError(parse(R"({"complaint": "cramp", "location": "calf", "fever": "yes"})")),
              QStringLiteral("fever: must be true or false"));
    EXPECT_EQ(
        onlyError(parse(R"({"complaint": "cramp", "location": "calf", "episodes_per_week": -1})")),
        QStringLiteral("episodes_per_week: -1 is out of range: must be a number ≥ 0"));
    EXPECT_EQ(onlyError(parse(
                  R"({"complaint": "cramp", "location": "calf", "episodes_per_week": "often"})")),
              QStringLiteral("episodes_per_week: must be a number ≥ 0"));
    EXPECT_TRUE(onlyError(parse(R"({"complaint": "cramp", "location": "calf", "severity": 11})"))
                    .startsWith(QStringLiteral("severity:")));
    EXPECT_TRUE(onlyError(parse(R"({"complaint": "cramp", "location": "calf", "severity": 5.5})"))
                    .startsWith(QStringLiteral("severity:")));
    EXPECT_TRUE(onlyError(parse(R"({"complaint": "cramp", "location": "calf", "age": 0})"))
                    .startsWith(QStringLiteral("age:")));
    EXPECT_TRUE(onlyError(parse(R"({"complaint": "spasm", "location": "calf"})"))
                    .startsWith(QStringLiteral("complaint:")));
    EXPECT_TRUE(onlyError(parse(R"({"complaint": "cramp", "location": "calf", "side": null})"))
                    .startsWith(QStringLiteral("side:")));
    EXPECT_TRUE(
        onlyError(parse(R"({"location": "calf"})")).startsWith(QStringLiteral("complaint:")));
}

TEST(SymptomProfile, MalformedJsonGivesLineAndColumn)
{
    const QString error
        = onlyError(parse("{\n  \"complaint\": \"cramp\",\n  \"location\": calf\n}"));
    EXPECT_TRUE(error.contains(QStringLiteral("line 3"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("column"))) << error.toStdString();
    EXPECT_FALSE(onlyError(parse("[1, 2]")).isEmpty());
}

TEST(SymptomProfile, SettersValidateAndClearForgets)
{
    SymptomProfile profile;
    EXPECT_FALSE(profile.isComplete());
    EXPECT_EQ(profile.missingRequired().size(), 2);
    EXPECT_TRUE(profile.setChoice(QStringLiteral("complaint"), QStringLiteral("pain")));
    EXPECT_FALSE(profile.setChoice(QStringLiteral("location"), QStringLiteral("knee")));
    EXPECT_TRUE(profile.setChoice(QStringLiteral("location"), QStringLiteral("calf")));
    EXPECT_TRUE(profile.isComplete());
    EXPECT_FALSE(profile.setNumber(QStringLiteral("severity"), 12));
    EXPECT_TRUE(profile.setBool(QStringLiteral("fever"), true));
    EXPECT_EQ(profile.flag(QStringLiteral("fever")), true);
    profile.clear(QStringLiteral("fever"));
    EXPECT_FALSE(profile.has(QStringLiteral("fever")));
    EXPECT_TRUE(profile.set(QStringLiteral("sweling"), true).has_value());
    EXPECT_TRUE(SymptomProfile::fromJson(profile.toJson()).ok()); // round trip
}

TEST(SymptomProfile, FieldListMatchesTheContractAndHasQuestions)
{
    EXPECT_EQ(profileFields().size(), 35);
    for (const auto &spec : profileFields()) {
        EXPECT_FALSE(legcare::triage::fieldQuestion(spec.key).isEmpty()) << spec.key.toStdString();
        for (const QString &choice : spec.choices)
            EXPECT_FALSE(legcare::triage::choiceLabel(spec.key, choice).isEmpty());
    }
    EXPECT_TRUE(profileField(QStringLiteral("complaint"))->required);
    EXPECT_TRUE(profileField(QStringLiteral("location"))->required);
    EXPECT_TRUE(profileField(QStringLiteral("saddle_numbness"))->redFlag);
    // Warning signs come first, as the wizard asks them first.
    EXPECT_TRUE(profileFields().constFirst().redFlag);
}

TEST(Interview, SkipsOnlyQuestionsThatCannotChangeTheLevel)
{
    SymptomProfile profile;
    EXPECT_TRUE(TriageEngine::isRelevant(QStringLiteral("pregnant"), profile));
    profile.setChoice(QStringLiteral("sex"), QStringLiteral("male"));
    EXPECT_FALSE(TriageEngine::isRelevant(QStringLiteral("pregnant"), profile));
    profile.setChoice(QStringLiteral("complaint"), QStringLiteral("pain"));
    EXPECT_FALSE(TriageEngine::isRelevant(QStringLiteral("low_fluid_intake"), profile));
    EXPECT_FALSE(TriageEngine::isRelevant(QStringLiteral("no_such_field"), profile));
    const QStringList questions = TriageEngine::relevantQuestions(profile);
    for (const auto &spec : profileFields()) {
        if (spec.redFlag || spec.required) {
            EXPECT_TRUE(questions.contains(spec.key)) << spec.key.toStdString();
        }
    }
    EXPECT_FALSE(questions.contains(QStringLiteral("pregnant")));
}
