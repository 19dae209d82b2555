#include "report/LatestSymptomCheck.h"

#include "diary/DiaryStore.h"
#include "kb/KnowledgeBase.h"
#include "triage/TriageEngine.h"

namespace legcare::report {

std::optional<SymptomCheckSummary> latestSymptomCheck(const diary::DiaryStore &store,
                                                      const kb::KnowledgeBase &knowledgeBase,
                                                      i18n::Language language)
{
    const auto saved = store.latestAssessment();
    if (!saved)
        return std::nullopt;
    const auto level = triage::parseLevel(saved->level);
    if (!level)
        return std::nullopt;
    const triage::TriageEngine engine(knowledgeBase);
    SymptomCheckSummary summary;
    summary.checkedAt = saved->takenAt;
    // The level as the person was given it, worded in the report's language.
    summary.levelName = engine.levelName(*level, language);
    summary.levelAction = engine.levelAction(*level, language);
    for (const QString &id : saved->conditionIds) {
        if (const kb::Condition *condition = knowledgeBase.condition(id))
            summary.likelyConditions.append(condition->name.text(language));
    }
    return summary;
}

} // namespace legcare::report
