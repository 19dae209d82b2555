#include "triage/TriageEngine.h"

#include "common/SafetyText.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace legcare::triage {

namespace {

// Summed evidence weight s becomes the score 1 - e^(-s / kScoreScale): one strong sign
// (weight 3) gives about 0.6, two about 0.85; nothing or net evidence against gives 0.
constexpr double kScoreScale = 3.0;
// A condition that a fired urgent or emergency rule points at scores at least this.
constexpr double kPinnedScore = 0.95;
// Listed: every condition with support, but no more than this many.
constexpr qsizetype kMaxConditions = 6;
// The leading conditions whose exercises are suggested, and how many exercises at most.
constexpr qsizetype kExerciseConditions = 3;
constexpr qsizetype kMaxExercises = 4;
constexpr qsizetype kMaxSelfCareTips = 3;

double squash(double sum)
{
    return sum > 0 ? 1.0 - std::exp(-sum / kScoreScale) : 0.0;
}

double rounded(double score)
{
    return std::round(score * 100.0) / 100.0;
}

struct Scored
{
    RankedCondition ranked;
    int pinRank = -1; // 0 and up: pinned by a fired rule, lower is more urgent
    qsizetype order = 0;
};

} // namespace

QJsonObject Assessment::toJson() const
{
    QJsonArray flags;
    for (const FiredRedFlag &flag : redFlags)
        flags.append(flag.id);
    QJsonArray ranked;
    for (const RankedCondition &condition : conditions) {
        ranked.append(QJsonObject {
            { QStringLiteral("id"), condition.id },
            { QStringLiteral("name"), condition.name },
            { QStringLiteral("score"), rounded(condition.score) },
            { QStringLiteral("reasons"), QJsonArray::fromStringList(condition.reasons) } });
    }
    return {
        { QStringLiteral("triage"), levelId(level) },
        { QStringLiteral("red_flags"), flags },
        { QStringLiteral("conditions"), ranked },
        { QStringLiteral("advice"), QJsonArray::fromStringList(advice) },
        { QStringLiteral("exercises"), QJsonArray::fromStringList(exercises) },
        { QStringLiteral("disclaimer"), disclaimer },
    };
}

TriageEngine::TriageEngine(const kb::KnowledgeBase &knowledgeBase)
    : m_kb(knowledgeBase)
{
}

namespace {

// The rules that fire, most urgent first (file order within a level), after "unless".
QList<const kb::RedFlagRule *> firedRules(const kb::TriageData &data, const QJsonObject &profile)
{
    QList<const kb::RedFlagRule *> matched;
    QSet<QString> ids;
    for (const kb::RedFlagRule &rule : data.redFlags) {
        if (rule.when.evaluate(profile)) {
            matched.append(&rule);
            ids.insert(rule.id);
        }
    }
    QList<const kb::RedFlagRule *> fired;
    for (const kb::RedFlagRule *rule : std::as_const(matched)) {
        const bool taken = std::any_of(rule->unless.cbegin(), rule->unless.cend(),
                                       [&ids](const QString &id) { return ids.contains(id); });
        if (!taken)
            fired.append(rule);
    }
    std::stable_sort(
        fired.begin(), fired.end(),
        [](const kb::RedFlagRule *a, const kb::RedFlagRule *b) { return a->level > b->level; });
    return fired;
}

} // namespace

Level TriageEngine::level(const SymptomProfile &profile) const
{
    const auto fired = firedRules(m_kb.triage(), profile.toJson());
    return fired.isEmpty() ? Level::SelfCare : fired.constFirst()->level;
}

QStringList TriageEngine::firedRedFlags(const SymptomProfile &profile) const
{
    QStringList ids;
    for (const kb::RedFlagRule *rule : firedRules(m_kb.triage(), profile.toJson()))
        ids.append(rule->id);
    return ids;
}

QString TriageEngine::levelName(Level level, i18n::Language language) const
{
    const kb::TriageLevelText *text = m_kb.triage().levelText(level);
    return text ? text->name.text(language) : levelId(level);
}

QString TriageEngine::levelAction(Level level, i18n::Language language) const
{
    const kb::TriageLevelText *text = m_kb.triage().levelText(level);
    return text ? text->action.text(language) : QString();
}

Assessment TriageEngine::assess(const SymptomProfile &profile, i18n::Language language) const
{
    const kb::TriageData &data = m_kb.triage();
    const QJsonObject answers = profile.toJson();
    Assessment result;

    const QList<const kb::RedFlagRule *> fired = firedRules(data, answers);
    result.level = fired.isEmpty() ? Level::SelfCare : fired.constFirst()->level;
    result.levelName = levelName(result.level, language);
    result.levelAction = levelAction(result.level, language);
    for (const kb::RedFlagRule *rule : fired)
        result.redFlags.append(
            { rule->id, rule->level, rule->reason.text(language), rule->action.text(language) });

    // Evidence: sum the weights of the items that hold; reasons come from the supporting ones.
    QList<Scored> scored;
    for (qsizetype i = 0; i < data.evidence.size(); ++i) {
        const kb::ConditionEvidence &evidence = data.evidence[i];
        Scored entry;
        entry.order = i;
        entry.ranked.id = evidence.condition;
        double sum = 0;
        for (const kb::EvidenceItem &item : evidence.items) {
            if (!item.when.evaluate(answers))
                continue;
            sum += item.weight;
            if (item.weight > 0)
                entry.ranked.reasons.append(item.reason.text(language));
        }
        entry.ranked.score = squash(sum);
        for (qsizetype r = 0; r < fired.size(); ++r) {
            if (fired[r]->conditions.contains(evidence.condition) && entry.pinRank < 0) {
                entry.pinRank = static_cast<int>(r);
                entry.ranked.score = std::max(entry.ranked.score, kPinnedScore);
                if (entry.ranked.reasons.isEmpty()) // the evidence usually says it more precisely
                    entry.ranked.reasons.append(fired[r]->reason.text(language));
            }
        }
        if (entry.pinRank >= 0 || entry.ranked.score > 0)
            scored.append(entry);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        if ((a.pinRank >= 0) != (b.pinRank >= 0))
            return a.pinRank >= 0;
        if (a.pinRank != b.pinRank)
            return a.pinRank < b.pinRank;
        if (a.ranked.score != b.ranked.score)
            return a.ranked.score > b.ranked.score;
        return a.order < b.order;
    });
    for (const Scored &entry : std::as_const(scored)) {
        if (entry.pinRank < 0 && result.conditions.size() >= kMaxConditions)
            break;
        RankedCondition ranked = entry.ranked;
        ranked.reasons.removeDuplicates();
        if (const kb::Condition *condition = m_kb.condition(ranked.id))
            ranked.name = condition->name.text(language);
        result.conditions.append(ranked);
    }

    // Advice: what the rules that fired say, then the level's advice, then (when home care is
    // safe) the first self-care tips of the leading condition.
    for (const FiredRedFlag &flag : std::as_const(result.redFlags)) {
        if (!result.advice.contains(flag.whatToDo))
            result.advice.append(flag.whatToDo);
    }
    if (const kb::TriageLevelText *text = data.levelText(result.level))
        result.advice.append(kb::texts(text->advice, language));
    const bool homeCareSafe = result.level < Level::Urgent;
    if (homeCareSafe && !result.conditions.isEmpty()) {
        if (const kb::Condition *leading = m_kb.condition(result.conditions.constFirst().id))
            result.advice.append(kb::texts(leading->selfCare.mid(0, kMaxSelfCareTips), language));
    }
    result.advice.removeDuplicates();

    // Exercises: never when a clot or a cut-off blood supply is possible (urgent, emergency).
    if (homeCareSafe) {
        QStringList candidates;
        for (qsizetype i = 0; i < result.conditions.size() && i < kExerciseConditions; ++i) {
            const kb::Condition *condition = m_kb.condition(result.conditions[i].id);
            if (condition && !condition->emergency)
                candidates.append(condition->exercises);
        }
        candidates.removeDuplicates();
        const QString location = profile.choice(QStringLiteral("location")).value_or(QString());
        const auto fitsPlace = [&data, &location](const QString &exercise) {
            return std::any_of(data.exerciseTargets.cbegin(), data.exerciseTargets.cend(),
                               [&](const kb::ExerciseTarget &target) {
                                   return target.exercise == exercise
                                       && target.locations.contains(location);
                               });
        };
        std::stable_partition(candidates.begin(), candidates.end(), fitsPlace);
        result.exercises = candidates.mid(0, kMaxExercises);
    }
    result.disclaimer = safety::disclaimer();
    return result;
}

bool TriageEngine::isRelevant(const QString &field, const SymptomProfile &answersSoFar)
{
    if (field == QLatin1String("pregnant")) {
        const auto sex = answersSoFar.choice(QStringLiteral("sex"));
        const auto age = answersSoFar.number(QStringLiteral("age"));
        return sex != QStringLiteral("male") && !(age && (*age < 10 || *age > 60));
    }
    if (field == QLatin1String("heavy_sweating_or_diarrhoea")
        || field == QLatin1String("low_fluid_intake")) {
        const auto complaint = answersSoFar.choice(QStringLiteral("complaint"));
        return !complaint || *complaint == QLatin1String("cramp");
    }
    return profileField(field) != nullptr;
}

QStringList TriageEngine::relevantQuestions(const SymptomProfile &answersSoFar)
{
    QStringList keys;
    for (const FieldSpec &spec : profileFields()) {
        if (isRelevant(spec.key, answersSoFar))
            keys.append(spec.key);
    }
    return keys;
}

} // namespace legcare::triage
