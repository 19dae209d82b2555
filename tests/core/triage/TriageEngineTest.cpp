#include "triage/TriageEngine.h"
#include "TriageTestSupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using legcare::i18n::Language;
using legcare::test::bundledKnowledgeBase;
using legcare::test::hasHan;
using legcare::test::profileFrom;
using legcare::test::readTestJson;
using legcare::triage::Assessment;
using legcare::triage::Level;
using legcare::triage::levelId;
using legcare::triage::parseLevel;
using legcare::triage::SymptomProfile;
using legcare::triage::TriageEngine;

namespace {

constexpr Language kLanguages[] = { Language::English, Language::SimplifiedChinese };

// Checks one case of the vignette format: triage exactly, an expected condition in the top
// three, exercises as expected; and that every text is present and in the requested language.
void checkCase(const QJsonObject &testCase, Language language)
{
    const std::string name = testCase[QLatin1String("name")].toString().toStdString()
        + (language == Language::English ? " [en]" : " [zh_CN]");
    const QJsonObject expect = testCase[QLatin1String("expect")].toObject();
    const TriageEngine engine(bundledKnowledgeBase());
    const Assessment assessment
        = engine.assess(profileFrom(testCase[QLatin1String("profile")].toObject()), language);

    EXPECT_EQ(levelId(assessment.level), expect[QLatin1String("triage")].toString()) << name;
    QStringList top3;
    for (qsizetype i = 0; i < assessment.conditions.size() && i < 3; ++i)
        top3.append(assessment.conditions[i].id);
    const QJsonArray wanted = expect[QLatin1String("top3_any")].toArray();
    EXPECT_TRUE(std::any_of(wanted.begin(), wanted.end(),
                            [&](const QJsonValue &id) { return top3.contains(id.toString()); }))
        << name << ": top three are " << top3.join(QStringLiteral(", ")).toStdString();
    if (expect[QLatin1String("exercises_empty")].toBool()) {
        EXPECT_TRUE(assessment.exercises.isEmpty()) << name;
    }
    if (expect.contains(QLatin1String("exercises_any"))) {
        const QJsonArray any = expect[QLatin1String("exercises_any")].toArray();
        EXPECT_TRUE(std::any_of(
            any.begin(), any.end(),
            [&](const QJsonValue &id) { return assessment.exercises.contains(id.toString()); }))
            << name << ": exercises are "
            << assessment.exercises.join(QStringLiteral(", ")).toStdString();
    }

    const bool chinese = language == Language::SimplifiedChinese;
    ASSERT_FALSE(assessment.conditions.isEmpty()) << name;
    for (const auto &condition : assessment.conditions) {
        EXPECT_GE(condition.score, 0.0);
        EXPECT_LE(condition.score, 1.0);
        EXPECT_EQ(hasHan(condition.name), chinese) << name;
        ASSERT_FALSE(condition.reasons.isEmpty()) << name << ": " << condition.id.toStdString();
        for (const QString &reason : condition.reasons) {
            EXPECT_FALSE(reason.trimmed().isEmpty()) << name;
            EXPECT_EQ(hasHan(reason), chinese) << name << ": " << reason.toStdString();
        }
    }
    EXPECT_FALSE(assessment.advice.isEmpty()) << name;
    for (const QString &advice : assessment.advice)
        EXPECT_EQ(hasHan(advice), chinese) << name << ": " << advice.toStdString();
    EXPECT_EQ(hasHan(assessment.levelName), chinese) << name;
    EXPECT_FALSE(assessment.levelAction.isEmpty()) << name;
    EXPECT_FALSE(assessment.disclaimer.isEmpty()) << name;
    for (const QString &id : assessment.exercises)
        EXPECT_NE(bundledKnowledgeBase().exercise(id), nullptr) << name;
}

void checkCaseFile(const QString &file)
{
    const QJsonArray cases = readTestJson(file)[QLatin1String("cases")].toArray();
    ASSERT_GE(cases.size(), 5);
    for (const Language language : kLanguages) {
        for (const QJsonValue &testCase : cases)
            checkCase(testCase.toObject(), language);
    }
}

SymptomProfile minimal(const QJsonObject &extra, const char *complaint = "cramp")
{
    QJsonObject object = extra;
    if (!object.contains(QLatin1String("complaint")))
        object.insert(QStringLiteral("complaint"), QString::fromLatin1(complaint));
    if (!object.contains(QLatin1String("location")))
        object.insert(QStringLiteral("location"), QStringLiteral("calf"));
    return profileFrom(object);
}

} // namespace

TEST(TriageEngine, SpecVignettesPassInEnglishAndChinese)
{
    checkCaseFile(QStringLiteral("triage-vignettes.json"));
}

TEST(TriageEngine, OwnRealisticCasesPassInEnglishAndChinese)
{
    checkCaseFile(QStringLiteral("triage-cases.json"));
}

// The policy table of symptom-profile.md, one row each: a minimal profile that should reach
// exactly that level through that rule.
TEST(TriageEngine, PolicyTableRows)
{
    struct Row
    {
        const char *rule;
        Level level;
        QJsonObject extra;
        const char *complaint = "cramp";
    };
    const QJsonValue yes(true);
    const QList<Row> rows = {
        { "cauda_equina", Level::Emergency, { { QStringLiteral("saddle_numbness"), yes } } },
        { "cauda_equina",
          Level::Emergency,
          { { QStringLiteral("bladder_bowel_change"), yes },
            { QStringLiteral("back_pain"), yes } } },
        { "cauda_equina",
          Level::Emergency,
          { { QStringLiteral("bladder_bowel_change"), yes } },
          "pain" },
        { "cauda_equina",
          Level::Emergency,
          { { QStringLiteral("bladder_bowel_change"), yes },
            { QStringLiteral("numbness_tingling"), yes } } },
        { "pulmonary_embolism",
          Level::Emergency,
          { { QStringLiteral("chest_pain_or_breathless"), yes } },
          "pain" },
        { "pulmonary_embolism",
          Level::Emergency,
          { { QStringLiteral("chest_pain_or_breathless"), yes },
            { QStringLiteral("one_leg_swollen"), yes } } },
        { "acute_limb_ischaemia", Level::Emergency, { { QStringLiteral("cold_pale_leg"), yes } } },
        { "deep_vein_thrombosis", Level::Urgent, { { QStringLiteral("one_leg_swollen"), yes } } },
        { "deep_vein_thrombosis",
          Level::Urgent,
          { { QStringLiteral("red_or_warm"), yes } },
          "pain" },
        { "deep_vein_thrombosis",
          Level::Urgent,
          { { QStringLiteral("skin_color_change"), yes },
            { QStringLiteral("episode_length"), QStringLiteral("hours") } } },
        { "deep_vein_thrombosis",
          Level::Urgent,
          { { QStringLiteral("red_or_warm"), yes },
            { QStringLiteral("episode_length"), QStringLiteral("constant") } } },
        { "infection",
          Level::Urgent,
          { { QStringLiteral("fever"), yes },
            { QStringLiteral("red_or_warm"), yes },
            { QStringLiteral("episode_length"), QStringLiteral("seconds") } } },
        { "progressive_weakness", Level::Urgent, { { QStringLiteral("weakness"), yes } } },
        { "injury",
          Level::Urgent,
          { { QStringLiteral("recent_injury"), yes }, { QStringLiteral("severity"), 8 } } },
        { "injury",
          Level::Urgent,
          { { QStringLiteral("recent_injury"), yes },
            { QStringLiteral("affects_daily_life"), yes } } },
        { "injury",
          Level::Urgent,
          { { QStringLiteral("recent_injury"), yes } } }, // how bad is unknown: counts as serious
        { "frequent_cramps", Level::Doctor, { { QStringLiteral("episodes_per_week"), 3 } } },
        { "frequent_cramps", Level::Doctor, { { QStringLiteral("worsening"), yes } } },
        { "severe_or_disabling", Level::Doctor, { { QStringLiteral("severity"), 7 } } },
        { "severe_or_disabling", Level::Doctor, { { QStringLiteral("affects_daily_life"), yes } } },
        { "nerve_root_signs", Level::Doctor, { { QStringLiteral("radiates_from_back"), yes } } },
        { "nerve_root_signs",
          Level::Doctor,
          { { QStringLiteral("numbness_tingling"), yes }, { QStringLiteral("back_pain"), yes } } },
        { "special_group", Level::Doctor, { { QStringLiteral("pregnant"), yes } } },
        { "special_group", Level::Doctor, { { QStringLiteral("age"), 65 } } },
        { "underlying_condition", Level::Doctor, { { QStringLiteral("liver_disease"), yes } } },
        { "underlying_condition",
          Level::Doctor,
          { { QStringLiteral("heavy_metal_exposure"), yes } } },
        { "underlying_condition", Level::Doctor, { { QStringLiteral("diuretics"), yes } } },
        { "underlying_condition",
          Level::Doctor,
          { { QStringLiteral("thyroid_or_hormone_disorder"), yes } } },
        { "underlying_condition",
          Level::Doctor,
          { { QStringLiteral("nervous_system_disorder"), yes } } },
        { "skin_changes",
          Level::Doctor,
          { { QStringLiteral("red_or_warm"), yes },
            { QStringLiteral("episode_length"), QStringLiteral("seconds") } } },
        { "skin_changes",
          Level::Doctor,
          { { QStringLiteral("skin_color_change"), yes },
            { QStringLiteral("episode_length"), QStringLiteral("minutes") } } },
        { "fever", Level::Doctor, { { QStringLiteral("fever"), yes } } },
        { nullptr, Level::SelfCare, {} },
        { nullptr,
          Level::SelfCare,
          { { QStringLiteral("episodes_per_week"), 2.9 },
            { QStringLiteral("severity"), 6 },
            { QStringLiteral("age"), 64 } } },
        { nullptr,
          Level::SelfCare,
          { { QStringLiteral("recent_injury"), yes }, { QStringLiteral("severity"), 6 } } },
        { nullptr,
          Level::SelfCare,
          { { QStringLiteral("numbness_tingling"), yes },
            { QStringLiteral("back_pain"), QJsonValue(false) } } },
    };
    const TriageEngine engine(bundledKnowledgeBase());
    for (const Row &row : rows) {
        const SymptomProfile profile = minimal(row.extra, row.complaint);
        const std::string name
            = QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact))
                  .toStdString();
        EXPECT_EQ(engine.level(profile), row.level) << name;
        const QStringList fired = engine.firedRedFlags(profile);
        if (row.rule) {
            EXPECT_TRUE(fired.contains(QLatin1String(row.rule)))
                << name << " fired " << fired.join(QLatin1Char(' ')).toStdString();
        } else {
            EXPECT_TRUE(fired.isEmpty()) << name;
        }
    }
}

TEST(TriageEngine, UrgentRulesTakeSkinChangesAndFever)
{
    const TriageEngine engine(bundledKnowledgeBase());
    const QStringList fired = engine.firedRedFlags(minimal(
        { { QStringLiteral("fever"), true }, { QStringLiteral("red_or_warm"), true } }, "pain"));
    EXPECT_TRUE(fired.contains(QStringLiteral("infection")));
    EXPECT_FALSE(fired.contains(QStringLiteral("skin_changes")));
    EXPECT_FALSE(fired.contains(QStringLiteral("fever")));
}

TEST(TriageEngine, UnknownEpisodeLengthCountsTowardsTheClot)
{
    const TriageEngine engine(bundledKnowledgeBase());
    EXPECT_EQ(engine.level(minimal({ { QStringLiteral("red_or_warm"), true } })), Level::Urgent);
}

TEST(TriageEngine, FiredRulesPinTheirConditionsFirstAndNoExercises)
{
    const TriageEngine engine(bundledKnowledgeBase());
    const Assessment assessment
        = engine.assess(minimal({ { QStringLiteral("cold_pale_leg"), true },
                                  { QStringLiteral("intense_exercise"), true },
                                  { QStringLiteral("when"), QStringLiteral("during_exercise") } }),
                        Language::English);
    EXPECT_EQ(assessment.level, Level::Emergency);
    ASSERT_FALSE(assessment.conditions.isEmpty());
    EXPECT_EQ(assessment.conditions.constFirst().id, QStringLiteral("acute_limb_ischaemia"));
    EXPECT_TRUE(assessment.exercises.isEmpty());
}

TEST(TriageEngine, JsonIsTheContractsAssessment)
{
    const TriageEngine engine(bundledKnowledgeBase());
    const QJsonObject json
        = engine
              .assess(minimal({ { QStringLiteral("when"), QStringLiteral("night") } }),
                      Language::English)
              .toJson();
    QStringList keys = json.keys();
    keys.sort();
    EXPECT_EQ(keys,
              QStringList({ QStringLiteral("advice"), QStringLiteral("conditions"),
                            QStringLiteral("disclaimer"), QStringLiteral("exercises"),
                            QStringLiteral("red_flags"), QStringLiteral("triage") }));
    const QJsonObject first = json[QLatin1String("conditions")].toArray().first().toObject();
    EXPECT_EQ(first[QLatin1String("id")].toString(), QStringLiteral("nocturnal_leg_cramps"));
    EXPECT_TRUE(first[QLatin1String("score")].isDouble());
    EXPECT_TRUE(first[QLatin1String("reasons")].isArray());
}

TEST(TriageEngine, EveryLevelHasNameAndActionInEveryLanguage)
{
    const TriageEngine engine(bundledKnowledgeBase());
    for (const Level level : { Level::SelfCare, Level::Doctor, Level::Urgent, Level::Emergency }) {
        EXPECT_EQ(parseLevel(levelId(level)), level);
        EXPECT_FALSE(engine.levelName(level, Language::English).isEmpty());
        EXPECT_TRUE(hasHan(engine.levelName(level, Language::SimplifiedChinese)));
        EXPECT_TRUE(hasHan(engine.levelAction(level, Language::SimplifiedChinese)));
    }
}
