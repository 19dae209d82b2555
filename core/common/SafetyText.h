#pragma once

#include <QString>
#include <QStringList>

// The safety wording every advising screen, printout and CLI answer carries. Kept in one place
// so that the GUI, the CLI and the PDF renderers can never drift apart.
namespace legcare::safety {

// One sentence: this is self-care information, not a diagnosis.
QString disclaimer();

// A short paragraph: when to call the emergency number instead of using LegCare.
QString emergencyIntro();

// The signs that mean calling the emergency number now, one per item.
QStringList emergencySigns();

// The signs that mean seeing a doctor today, one per item.
QStringList urgentSigns();

} // namespace legcare::safety
