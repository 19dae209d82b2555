#include "wizard/AssessAnswers.h"

namespace legcare::gui {

triage::SymptomProfile withLegComplaint(const triage::SymptomProfile &answers)
{
    triage::SymptomProfile probe = answers;
    if (!probe.has(QStringLiteral("complaint")))
        probe.setChoice(QStringLiteral("complaint"), QStringLiteral("pain"));
    return probe;
}

triage::Assessment assessAnswers(const triage::TriageEngine &engine,
                                 const triage::SymptomProfile &answers, i18n::Language language)
{
    if (answers.isComplete())
        return engine.assess(answers, language);

    triage::Assessment result = engine.assess(withLegComplaint(answers), language);
    QStringList flagReasons;
    for (const triage::FiredRedFlag &flag : std::as_const(result.redFlags))
        flagReasons.append(flag.reason);
    QList<triage::RankedCondition> pointedAt;
    for (triage::RankedCondition condition : std::as_const(result.conditions)) {
        QStringList reasons;
        for (const QString &reason : std::as_const(condition.reasons)) {
            if (flagReasons.contains(reason))
                reasons.append(reason);
        }
        if (reasons.isEmpty())
            continue;
        condition.reasons = reasons;
        pointedAt.append(condition);
    }
    result.conditions = pointedAt;
    result.exercises.clear();
    return result;
}

} // namespace legcare::gui
