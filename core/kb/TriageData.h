#pragma once

#include "kb/LocalizedText.h"
#include "triage/Level.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// The triage part of the knowledge base (resources/kb/triage.json): red-flag rules, the
// evidence for each condition and the advice per level. Format in docs/knowledge-base-format.md.
namespace legcare::kb {

// A condition over the fields of a symptom profile, e.g. {"field": "severity", "gte": 8} or
// {"any": [...]}. A test on a field the profile leaves out ("don't know") is false, unless the
// test says "if_unknown": true (used where doubt must count towards the more urgent level).
struct Expression
{
    enum class Kind { Is, In, Gte, Gt, Lte, Lt, All, Any, Not };

    Kind kind = Kind::All;
    QString field; // leaf tests
    QJsonValue value; // Is: the value to compare with
    QStringList values; // In
    double number = 0; // Gte, Gt, Lte, Lt
    bool ifUnknown = false; // leaf tests: the result when the field is unanswered
    QList<Expression> children; // All, Any, Not (one child)

    // Evaluates over a profile given as its contract JSON object.
    bool evaluate(const QJsonObject &profile) const;
    // True when a Not, an upper bound (lte, lt) or an Is with the value false occurs inside:
    // a test that a further sign could turn from true to false.
    bool hasNegation() const;
};

// Name, "what to do, how soon" and advice for one triage level.
struct TriageLevelText
{
    triage::Level level = triage::Level::SelfCare;
    LocalizedText name;
    LocalizedText action;
    LocalizedList advice;
};

// A red-flag rule: when `when` holds, the profile gets at least `level`.
struct RedFlagRule
{
    QString id;
    triage::Level level = triage::Level::Doctor;
    Expression when;
    QStringList unless; // ids of higher rules that, when they fire, take this one's place
    QStringList conditions; // condition ids ranked first when it fires
    LocalizedText reason; // why it fired, pointing at the answers
    LocalizedText action; // what to do about it
};

// One piece of evidence for (weight > 0) or against (weight < 0) a condition.
struct EvidenceItem
{
    Expression when;
    double weight = 0;
    LocalizedText reason; // shown for positive evidence: "cramps come at night"
};

struct ConditionEvidence
{
    QString condition;
    QList<EvidenceItem> items;
};

// Where on the leg an exercise works, so that suggestions fit the place that hurts.
struct ExerciseTarget
{
    QString exercise;
    QStringList locations; // location ids
};

struct TriageData
{
    QList<TriageLevelText> levels; // one per level, in level order
    QList<ExerciseTarget> exerciseTargets;
    QList<RedFlagRule> redFlags; // in file order
    QList<ConditionEvidence> evidence;
    QStringList sources;

    const TriageLevelText *levelText(triage::Level level) const;
};

} // namespace legcare::kb
