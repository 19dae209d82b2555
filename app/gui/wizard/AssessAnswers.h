#pragma once

#include "i18n/Language.h"
#include "triage/TriageEngine.h"

namespace legcare::gui {

// The answers as the engine should read them before the complaint is known. Everyone in the
// symptom check has a leg complaint, and a cramp hurts too, so an unanswered complaint counts as
// pain: the reading that can only raise the level (the triage rules read leg pain generously).
triage::SymptomProfile withLegComplaint(const triage::SymptomProfile &answers);

// The assessment for the answers the wizard collected. A complete profile goes to the engine as
// it is. One that stopped early at a warning (no complaint or place yet) is assessed as if the
// complaint were pain, and keeps only what the warning signs justify: the level, the warning
// signs, the advice and the conditions they point at, without reasons drawn from the assumption
// and without stretches.
triage::Assessment assessAnswers(const triage::TriageEngine &engine,
                                 const triage::SymptomProfile &answers, i18n::Language language);

} // namespace legcare::gui
