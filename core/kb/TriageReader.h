#pragma once

#include "kb/KnowledgeBase.h"
#include "kb/Loader.h"
#include "kb/TriageData.h"

namespace legcare::kb::detail {

// Reads and validates triage.json (docs/knowledge-base-format.md, "Triage"): every level once,
// every red-flag rule of the contract present at no lower level than the contract's policy,
// expressions over real profile fields with values of the right type, no negation inside a
// red-flag rule (so a further sign can never lower the level), references resolving against
// the conditions already loaded, evidence for every condition. Problems go to errors.
TriageData readTriage(const QString &root, const KnowledgeBase &knowledgeBase,
                      QList<LoadError> &errors);

// The red-flag ids of the contract's policy table with the lowest level each may have.
QList<std::pair<QString, triage::Level>> requiredRedFlags();

} // namespace legcare::kb::detail
