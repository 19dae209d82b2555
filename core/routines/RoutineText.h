#pragma once

#include "i18n/Language.h"
#include "routines/Routine.h"

#include <QCoreApplication>
#include <QString>

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::routines {

// The words LegCare uses for a routine, the same on screen, in the printout and in the CLI.
class RoutineText final
{
    Q_DECLARE_TR_FUNCTIONS(RoutineText)

public:
    // "once", "3 times".
    static QString times(int count);
    // How much of an exercise a routine asks for: "Hold 30 s · 2 times · each side",
    // "10 times, slowly · each side".
    static QString dose(const kb::RoutineItem &item, const kb::Exercise &exercise);

    // The viewer's page for a routine (HTML for a QTextBrowser): purpose and when, the total
    // time, then each exercise in order with its illustration (<img src="illustration:ID">),
    // dose, numbered steps and cautions.
    static QString html(const Routine &routine, const kb::KnowledgeBase &kb, i18n::Language language);

    static constexpr int kIllustrationWidth = 200;
};

} // namespace legcare::routines
