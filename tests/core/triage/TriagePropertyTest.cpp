// Property tests: answering "yes" to one more warning sign, or reporting a worse or more frequent
// complaint, never lowers the level, and urgent or emergency results never suggest exercises.

#include "TriageTestSupport.h"
#include "triage/TriageEngine.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <random>

using legcare::i18n::Language;
using legcare::test::bundledKnowledgeBase;
using legcare::test::profileFrom;
using legcare::test::readTestJson;
using legcare::triage::FieldSpec;
using legcare::triage::FieldType;
using legcare::triage::Level;
using legcare::triage::levelId;
using legcare::triage::profileFields;
using legcare::triage::SymptomProfile;
using legcare::triage::TriageEngine;

namespace {

constexpr int kRandomProfiles = 2500;
constexpr unsigned kSeed = 20261121;

// The single worsenings of a profile: each yes/no field set to yes, severity and
// episodes_per_week raised.
QList<std::pair<QString, SymptomProfile>> worsenings(const SymptomProfile &profile)
{
    QList<std::pair<QString, SymptomProfile>> result;
    for (const FieldSpec &spec : profileFields()) {
        if (spec.type != FieldType::Bool || profile.flag(spec.key) == true)
            continue;
        SymptomProfile changed = profile;
        changed.setBool(spec.key, true);
        result.append({ spec.key + QStringLiteral("=true"), changed });
    }
    // A worse severity: any higher value when it is known, the worst when it is not ("don't
    // know" is not a low value: it may already count as severe).
    const auto severity = profile.number(QStringLiteral("severity"));
    for (int value = severity ? static_cast<int>(*severity) + 1 : 10; value <= 10; ++value) {
        SymptomProfile changed = profile;
        changed.setNumber(QStringLiteral("severity"), value);
        result.append({ QStringLiteral("severity=%1").arg(value), changed });
    }
    const double episodes = profile.number(QStringLiteral("episodes_per_week")).value_or(0);
    for (const double value : { episodes + 0.5, episodes + 1, episodes * 3 + 1, 3.0, 14.0 }) {
        if (value <= episodes && profile.has(QStringLiteral("episodes_per_week")))
            continue;
        SymptomProfile changed = profile;
        changed.setNumber(QStringLiteral("episodes_per_week"), value);
        result.append({ QStringLiteral("episodes_per_week=%1").arg(value), changed });
    }
    return result;
}

void checkNeverLower(const TriageEngine &engine, const SymptomProfile &profile,
                     const std::string &name)
{
    const Level before = engine.level(profile);
    for (const auto &[change, changed] : worsenings(profile)) {
        const Level after = engine.level(changed);
        ASSERT_GE(after, before) << name << " + " << change.toStdString();
        if (after >= Level::Urgent) {
            const auto assessment = engine.assess(changed, Language::English);
            ASSERT_EQ(assessment.level, after);
            ASSERT_TRUE(assessment.exercises.isEmpty()) << name << " + " << change.toStdString();
        }
    }
}

// A random valid profile: every optional field present, answered "no"/absent or a random value.
SymptomProfile randomProfile(std::mt19937 &random)
{
    std::uniform_int_distribution<int> coin(0, 2); // 0 absent, 1 false/low, 2 true/any
    SymptomProfile profile;
    for (const FieldSpec &spec : profileFields()) {
        const int roll = coin(random);
        if (!spec.required && roll == 0)
            continue;
        switch (spec.type) {
        case FieldType::Bool:
            // Warning signs are rare in real profiles; keep most of them "no" so that the
            // worsenings start from every level, not mostly from emergency.
            profile.setBool(spec.key,
                            roll == 2 && std::uniform_int_distribution<int>(0, 5)(random) == 0);
            break;
        case FieldType::Choice: {
            std::uniform_int_distribution<qsizetype> pick(0, spec.choices.size() - 1);
            profile.setChoice(spec.key, spec.choices.at(pick(random)));
            break;
        }
        case FieldType::Integer: {
            std::uniform_int_distribution<int> value(static_cast<int>(spec.minimum),
                                                     static_cast<int>(spec.maximum));
            profile.setNumber(spec.key, value(random));
            break;
        }
        case FieldType::Number:
            profile.setNumber(spec.key, std::uniform_int_distribution<int>(0, 60)(random) / 10.0);
            break;
        }
    }
    return profile;
}

} // namespace

TEST(TriageProperty, NoWarningSignLowersTheLevelOfAnyVignette)
{
    const TriageEngine engine(bundledKnowledgeBase());
    for (const QString &file :
         { QStringLiteral("triage-vignettes.json"), QStringLiteral("triage-cases.json") }) {
        for (const QJsonValue &testCase : readTestJson(file)[QLatin1String("cases")].toArray()) {
            const SymptomProfile profile
                = profileFrom(testCase[QLatin1String("profile")].toObject());
            checkNeverLower(engine, profile,
                            testCase[QLatin1String("name")].toString().toStdString());
        }
    }
}

TEST(TriageProperty, NoWarningSignLowersTheLevelOfRandomProfiles)
{
    const TriageEngine engine(bundledKnowledgeBase());
    std::mt19937 random(kSeed);
    QHash<Level, int> seen;
    for (int i = 0; i < kRandomProfiles; ++i) {
        const SymptomProfile profile = randomProfile(random);
        ASSERT_TRUE(profile.isComplete());
        ++seen[engine.level(profile)];
        checkNeverLower(engine, profile, "random profile " + std::to_string(i));
        if (HasFatalFailure())
            return;
    }
    // The generator reaches every level, so the property was tested from each.
    for (const Level level : { Level::SelfCare, Level::Doctor, Level::Urgent, Level::Emergency })
        EXPECT_GT(seen.value(level), 0) << levelId(level).toStdString();
}

TEST(TriageProperty, UnansweredIsNeverSaferThanYes)
{
    // Answering "yes" to a sign never gives a lower level than leaving it at "don't know".
    const TriageEngine engine(bundledKnowledgeBase());
    std::mt19937 random(kSeed + 1);
    for (int i = 0; i < 500; ++i) {
        SymptomProfile profile = randomProfile(random);
        for (const FieldSpec &spec : profileFields()) {
            if (spec.type != FieldType::Bool)
                continue;
            SymptomProfile unknown = profile;
            unknown.clear(spec.key);
            SymptomProfile yes = profile;
            yes.setBool(spec.key, true);
            ASSERT_GE(engine.level(yes), engine.level(unknown)) << spec.key.toStdString();
        }
    }
}
