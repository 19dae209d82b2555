#pragma once

#include "kb/KnowledgeBase.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace legcare::kb {

// One problem found while loading: the file, the item (id, or a path inside the file) and what
// is wrong, e.g. "conditions/dehydration.json: causes[2]: missing the zh_CN text".
struct LoadError {
    QString file;
    QString item;
    QString message;

    QString toString() const;
};

struct LoadResult {
    std::optional<KnowledgeBase> knowledgeBase; // set only when there were no errors
    QList<LoadError> errors;

    bool ok() const { return knowledgeBase.has_value(); }
};

// Reads and validates the knowledge-base data (docs/knowledge-base-format.md): well-formed
// JSON, no unknown keys, every text in every language, ids unique and matching their file
// names, every reference resolving, numbers in range, illustrations present, and the triage
// rules of triage.json (kb/TriageReader.h). Collects every
// problem rather than stopping at the first.
class Loader final
{
    Q_DECLARE_TR_FUNCTIONS(Loader)

public:
    // The knowledge base compiled into the program.
    static constexpr char kBundledRoot[] = ":/kb";

    static LoadResult load(const QString &root = QString::fromLatin1(kBundledRoot));

    // The ids that the symptom-profile contract fixes; kb check requires every one.
    static QStringList requiredConditionIds();
    static QStringList requiredExerciseIds();
    // Errors for every required id that is missing (empty when complete).
    static QList<LoadError> checkCompleteness(const KnowledgeBase &knowledgeBase);
};

} // namespace legcare::kb
