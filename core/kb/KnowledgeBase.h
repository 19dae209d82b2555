#pragma once

#include "kb/Model.h"
#include "kb/TriageData.h"

#include <QHash>
#include <QList>

namespace legcare::kb {

// What the knowledge base holds, for kb check and the About box.
struct Counts {
    int conditions = 0;
    int exercises = 0;
    int routines = 0;
    int topics = 0;
    int texts = 0; // localized texts, each present in every language
};

enum class ItemKind { Condition, Exercise, Routine, Topic };

struct SearchHit {
    ItemKind kind;
    QString id;
    int score = 0; // higher is better: a name match outranks a match deep in the text
};

// The loaded, validated knowledge base: immutable, queried by id, by location and by text.
// Build one with kb::Loader.
class KnowledgeBase final
{
public:
    KnowledgeBase() = default;

    const QList<Condition> &conditions() const { return m_conditions; }
    const QList<Exercise> &exercises() const { return m_exercises; }
    const QList<Routine> &routines() const { return m_routines; }
    const QList<Topic> &topics() const { return m_topics; }
    // The red-flag rules, condition evidence and level advice of triage.json.
    const TriageData &triage() const { return m_triage; }

    // nullptr when there is no such id.
    const Condition *condition(const QString &id) const;
    const Exercise *exercise(const QString &id) const;
    const Routine *routine(const QString &id) const;
    const Topic *topic(const QString &id) const;

    // Conditions usually felt at a location, in knowledge-base order.
    QList<const Condition *> conditionsAt(Location location) const;
    // Conditions that suggest an exercise (the way back from an exercise to its conditions).
    QList<const Condition *> conditionsSuggesting(const QString &exerciseId) const;
    // Topics about a condition.
    QList<const Topic *> topicsAbout(const QString &conditionId) const;

    // Items whose texts, in either language, contain every word of the query (case-insensitive;
    // Chinese needs no spaces). Best first; an empty query finds nothing.
    QList<SearchHit> search(const QString &query) const;

    Counts counts() const;

private:
    friend class Loader;
    void buildIndex();

    struct SearchEntry {
        ItemKind kind;
        QString id;
        QString title;   // names in both languages, case-folded
        QString summary; // summaries / purposes
        QString body;    // everything else
    };

    QList<Condition> m_conditions;
    QList<Exercise> m_exercises;
    QList<Routine> m_routines;
    QList<Topic> m_topics;
    TriageData m_triage;
    QHash<QString, qsizetype> m_conditionIndex;
    QHash<QString, qsizetype> m_exerciseIndex;
    QHash<QString, qsizetype> m_routineIndex;
    QHash<QString, qsizetype> m_topicIndex;
    QList<SearchEntry> m_searchEntries;
};

} // namespace legcare::kb
