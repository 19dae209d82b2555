#pragma once

#include "i18n/Language.h"
#include "report/DoctorReport.h"

#include <optional>

namespace legcare::diary {
class DiaryStore;
}
namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::report {

// The latest symptom check saved in the diary, in the report's language: the level it gave and
// the conditions it ranked first, named from the knowledge base. nullopt when none was saved.
std::optional<SymptomCheckSummary> latestSymptomCheck(const diary::DiaryStore &store,
                                                      const kb::KnowledgeBase &knowledgeBase,
                                                      i18n::Language language);

} // namespace legcare::report
