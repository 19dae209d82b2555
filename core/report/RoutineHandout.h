#pragma once

#include "i18n/Language.h"
#include "routines/Routine.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::report {

// The printable routine, "for the fridge door": title, purpose and when to do it, the date, then
// each exercise with its illustration, numbered steps, hold and repetitions (and sides), cautions
// and a tick box for each day of a week; the disclaimer and page numbers on every page. An
// exercise is never split across pages. Painted with QPainter, so the GUI (QPrinter, with
// preview) and the CLI (PDF) print the very same pages.
class RoutineHandout final
{
    Q_DECLARE_TR_FUNCTIONS(RoutineHandout)

public:
    RoutineHandout(routines::Routine routine, const kb::KnowledgeBase &kb, i18n::Language language,
                   QDate date);

    // Paints every page on device (a QPrinter or a QPdfWriter); false with a translated message
    // when it cannot.
    bool paint(QPagedPaintDevice &device, QString *error = nullptr) const;

    // Writes the PDF atomically (through PdfFile) in the page size given.
    bool writePdf(const QString &path, QPageSize::PageSizeId pageSize, QString *error = nullptr) const;

private:
    routines::Routine m_routine;
    const kb::KnowledgeBase &m_kb;
    i18n::Language m_language;
    QDate m_date;
};

} // namespace legcare::report
