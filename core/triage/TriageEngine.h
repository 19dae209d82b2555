#pragma once

#include "i18n/Language.h"
#include "kb/KnowledgeBase.h"
#include "triage/Level.h"
#include "triage/SymptomProfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The triage engine: turns a symptom profile into an assessment. The rules and the evidence
// live in the knowledge base (resources/kb/triage.json, docs/knowledge-base-format.md), never
// in C++ if-chains; the engine only evaluates them.
namespace legcare::triage {

// A red-flag rule that fired, with its texts in the requested language.
struct FiredRedFlag
{
    QString id; // "deep_vein_thrombosis"
    Level level = Level::Doctor;
    QString reason; // why it fired, pointing at the answer ("one leg is swollen ...")
    QString whatToDo; // what to do about it
};

// One likely condition, best first in Assessment::conditions.
struct RankedCondition
{
    QString id; // condition id of the contract
    QString name; // from the knowledge base, in the requested language
    double score = 0; // 0–1
    QStringList reasons; // "why we think so", pointing at the answers; never empty
};

// What the engine concludes; toJson() is exactly the contract's Assessment.
struct Assessment
{
    Level level = Level::SelfCare;
    QString levelName; // "See a doctor today" / "今天就医"
    QString levelAction; // what to do and how soon, one or two sentences
    QList<FiredRedFlag> redFlags;
    QList<RankedCondition> conditions;
    QStringList advice; // what to do now: the level's advice, then the red flags' actions
    QStringList exercises; // exercise ids; always empty at Urgent and Emergency
    QString disclaimer;

    // {"triage", "red_flags", "conditions": [{id, name, score, reasons}], "advice",
    //  "exercises", "disclaimer"}
    QJsonObject toJson() const;
};

class TriageEngine final
{
    Q_DECLARE_TR_FUNCTIONS(TriageEngine)

public:
    // The engine reads its rules from the knowledge base, which must outlive it.
    explicit TriageEngine(const kb::KnowledgeBase &knowledgeBase);

    // The full assessment of a complete profile (complaint and location set), in one language.
    Assessment assess(const SymptomProfile &profile, i18n::Language language) const;

    // Only the level: the highest level of the red-flag rules that fire (SelfCare when none).
    // Works on incomplete profiles too, e.g. in the wizard after the warning-sign questions.
    Level level(const SymptomProfile &profile) const;
    // Ids of the red-flag rules that fire for the answers so far.
    QStringList firedRedFlags(const SymptomProfile &profile) const;

    // Plain-words name and "what to do, how soon" of a level, from the knowledge base.
    QString levelName(Level level, i18n::Language language) const;
    QString levelAction(Level level, i18n::Language language) const;

    // The wizard's branching (pure; no knowledge base needed). Every field that a red-flag rule
    // can read is always relevant, so skipping a question can never lower the level. Only
    // questions that merely refine the ranking are skipped: "pregnant" when sex is male or age
    // is under 10 or over 60; "heavy_sweating_or_diarrhoea" and "low_fluid_intake" unless the
    // complaint is a cramp (or not answered yet). The GUI calls this from QWizard::nextId().
    static bool isRelevant(const QString &field, const SymptomProfile &answersSoFar);
    // The field keys worth asking, in profileFields() order, filtered by isRelevant().
    static QStringList relevantQuestions(const SymptomProfile &answersSoFar);

private:
    const kb::KnowledgeBase &m_kb;
};

} // namespace legcare::triage
