// Fuzzes the symptom-profile parser (triage::SymptomProfile::fromJsonBytes), the reader of
// `legcare-cli assess FILE`. A profile that parses must survive its own JSON unchanged and be
// assessed by the triage engine over the bundled knowledge base within the contract's promises
// (a level, scores within 0–1, a reason for every condition, no exercises at Urgent or above);
// one that does not must name every problem.

#include "FuzzSupport.h"

#include "kb/Loader.h"
#include "triage/SymptomProfile.h"
#include "triage/TriageEngine.h"

namespace {

const legcare::kb::KnowledgeBase &bundledKnowledgeBase()
{
    static const legcare::kb::KnowledgeBase knowledgeBase = [] {
        legcare::kb::LoadResult result = legcare::kb::Loader::load();
        legcare::fuzz::require(result.ok(), "the bundled knowledge base loads");
        return std::move(*result.knowledgeBase);
    }();
    return knowledgeBase;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace legcare;
    using triage::SymptomProfile;
    static const triage::TriageEngine engine(bundledKnowledgeBase());

    const triage::ProfileParseResult result = SymptomProfile::fromJsonBytes(fuzz::bytesOf(data, size));
    if (!result.ok()) {
        fuzz::require(!result.errors.isEmpty(), "a rejected profile says why");
        for (const triage::ProfileError &error : result.errors)
            fuzz::require(!error.message.isEmpty(), "every problem has a message", error.field);
        return 0;
    }
    const SymptomProfile &profile = *result.profile;
    fuzz::require(result.errors.isEmpty() && profile.isComplete(), "an accepted profile is complete");

    // Its own JSON (plus the schema) is accepted as the same profile.
    QJsonObject again = profile.toJson();
    again.insert(QStringLiteral("schema"), triage::kProfileSchema);
    const triage::ProfileParseResult reparsed = SymptomProfile::fromJson(again);
    fuzz::require(reparsed.ok() && reparsed.profile->toJson() == profile.toJson(), "a profile survives its JSON");

    const triage::Level level = engine.level(profile);
    for (const i18n::Language language : {i18n::Language::English, i18n::Language::SimplifiedChinese}) {
        const triage::Assessment assessment = engine.assess(profile, language);
        fuzz::require(assessment.level == level, "assess() and level() agree");
        fuzz::require(!assessment.levelName.isEmpty() && !assessment.disclaimer.isEmpty(), "a level name and the disclaimer");
        if (assessment.level >= triage::Level::Urgent)
            fuzz::require(assessment.exercises.isEmpty(), "no exercises at Urgent or Emergency");
        for (const triage::RankedCondition &condition : assessment.conditions) {
            fuzz::require(condition.score >= 0 && condition.score <= 1, "a score within 0-1", condition.id);
            fuzz::require(!condition.reasons.isEmpty(), "every condition has a reason", condition.id);
        }
    }
    return 0;
}
