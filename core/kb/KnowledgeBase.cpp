#include "kb/KnowledgeBase.h"

#include <algorithm>

namespace legcare::kb {

namespace {

template<typename T>
const T *find(const QList<T> &items, const QHash<QString, qsizetype> &index, const QString &id)
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &items[*it];
}

template<typename T>
QHash<QString, qsizetype> indexById(const QList<T> &items)
{
    QHash<QString, qsizetype> index;
    index.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items[i].id, i);
    return index;
}

// Appends both languages of texts, case-folded, separated so that a word never spans two texts.
void appendFolded(QString &target, const LocalizedText &text)
{
    target += text.en.toCaseFolded();
    target += QLatin1Char('\n');
    target += text.zhCN.toCaseFolded();
    target += QLatin1Char('\n');
}

void appendFolded(QString &target, const LocalizedList &texts)
{
    for (const LocalizedText &text : texts)
        appendFolded(target, text);
}

int countTexts(const LocalizedList &list)
{
    return static_cast<int>(list.size());
}

} // namespace

const Condition *KnowledgeBase::condition(const QString &id) const
{
    return find(m_conditions, m_conditionIndex, id);
}

const Exercise *KnowledgeBase::exercise(const QString &id) const
{
    return find(m_exercises, m_exerciseIndex, id);
}

const Routine *KnowledgeBase::routine(const QString &id) const
{
    return find(m_routines, m_routineIndex, id);
}

const Topic *KnowledgeBase::topic(const QString &id) const
{
    return find(m_topics, m_topicIndex, id);
}

QList<const Condition *> KnowledgeBase::conditionsAt(Location location) const
{
    QList<const Condition *> result;
    for (const Condition &item : m_conditions) {
        if (item.locations.contains(location))
            result.append(&item);
    }
    return result;
}

QList<const Condition *> KnowledgeBase::conditionsSuggesting(const QString &exerciseId) const
{
    QList<const Condition *> result;
    for (const Condition &item : m_conditions) {
        if (item.exercises.contains(exerciseId))
            result.append(&item);
    }
    return result;
}

QList<const Topic *> KnowledgeBase::topicsAbout(const QString &conditionId) const
{
    QList<const Topic *> result;
    for (const Topic &item : m_topics) {
        if (item.conditions.contains(conditionId))
            result.append(&item);
    }
    return result;
}

void KnowledgeBase::buildIndex()
{
    m_conditionIndex = indexById(m_conditions);
    m_exerciseIndex = indexById(m_exercises);
    m_routineIndex = indexById(m_routines);
    m_topicIndex = indexById(m_topics);

    m_searchEntries.clear();
    for (const Condition &item : m_conditions) {
        SearchEntry entry{ItemKind::Condition, item.id, {}, {}, {}};
        appendFolded(entry.title, item.name);
        appendFolded(entry.summary, item.summary);
        appendFolded(entry.body, item.description);
        for (const LocalizedList *list : {&item.causes, &item.symptoms, &item.triggers,
                                          &item.selfCare, &item.prevention, &item.seeDoctor})
            appendFolded(entry.body, *list);
        m_searchEntries.append(std::move(entry));
    }
    for (const Exercise &item : m_exercises) {
        SearchEntry entry{ItemKind::Exercise, item.id, {}, {}, {}};
        appendFolded(entry.title, item.name);
        appendFolded(entry.summary, item.summary);
        appendFolded(entry.summary, item.targetMuscles);
        appendFolded(entry.body, item.steps);
        appendFolded(entry.body, item.cautions);
        m_searchEntries.append(std::move(entry));
    }
    for (const Topic &item : m_topics) {
        SearchEntry entry{ItemKind::Topic, item.id, {}, {}, {}};
        appendFolded(entry.title, item.title);
        appendFolded(entry.body, item.body);
        m_searchEntries.append(std::move(entry));
    }
    for (const Routine &item : m_routines) {
        SearchEntry entry{ItemKind::Routine, item.id, {}, {}, {}};
        appendFolded(entry.title, item.name);
        appendFolded(entry.summary, item.purpose);
        appendFolded(entry.body, item.when);
        m_searchEntries.append(std::move(entry));
    }
}

QList<SearchHit> KnowledgeBase::search(const QString &query) const
{
    const QStringList terms = query.toCaseFolded().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return {};

    QList<SearchHit> hits;
    for (const SearchEntry &entry : m_searchEntries) {
        int score = 0;
        bool all = true;
        for (const QString &term : terms) {
            int termScore = 0;
            if (entry.title.contains(term))
                termScore += 10;
            if (entry.summary.contains(term))
                termScore += 4;
            if (entry.body.contains(term))
                termScore += 1;
            if (termScore == 0) {
                all = false;
                break;
            }
            score += termScore;
        }
        if (all)
            hits.append({entry.kind, entry.id, score});
    }
    // Stable: equal scores keep knowledge-base order (conditions, exercises, topics, routines).
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    return hits;
}

Counts KnowledgeBase::counts() const
{
    Counts counts;
    counts.conditions = static_cast<int>(m_conditions.size());
    counts.exercises = static_cast<int>(m_exercises.size());
    counts.routines = static_cast<int>(m_routines.size());
    counts.topics = static_cast<int>(m_topics.size());
    for (const Condition &item : m_conditions) {
        counts.texts += 3;
        for (const LocalizedList *list : {&item.causes, &item.symptoms, &item.triggers,
                                          &item.selfCare, &item.prevention, &item.seeDoctor})
            counts.texts += countTexts(*list);
    }
    for (const Exercise &item : m_exercises)
        counts.texts += 2 + countTexts(item.targetMuscles) + countTexts(item.steps) + countTexts(item.cautions);
    counts.texts += counts.routines * 3; // name, purpose, when
    for (const Topic &item : m_topics)
        counts.texts += 1 + countTexts(item.body);
    return counts;
}

} // namespace legcare::kb
