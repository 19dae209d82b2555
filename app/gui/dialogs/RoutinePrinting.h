#pragma once

#include "i18n/Language.h"
#include "routines/Routine.h"

#include <QObject>

class QWidget;

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::gui {

// "Print…" (with preview) and "Save as PDF…" for a routine: both paint report::RoutineHandout,
// the very pages `legcare-cli routine print` writes. The PDF's paper follows the locale (Letter
// where that is the custom, A4 elsewhere); the print preview lets the person choose.
class RoutinePrinting final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutinePrinting)

public:
    RoutinePrinting(const kb::KnowledgeBase &knowledgeBase, i18n::Language language, QWidget *parent);

    void print(const routines::Routine &routine);
    void saveAsPdf(const routines::Routine &routine);

private:
    QWidget *window() const;

    const kb::KnowledgeBase &m_kb;
    i18n::Language m_language;
};

} // namespace legcare::gui
