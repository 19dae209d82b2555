#pragma once

#include "i18n/Language.h"

#include "report/DoctorReport.h"

#include <QObject>

class QWidget;

namespace legcare::diary {
class DiaryStore;
}

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::gui {

// File ▸ "Print report for your doctor…" and "Save report as PDF…": asks for the period (the
// last 30 or 90 days), then shows a print preview painted by report::paintDoctorReport(), or
// writes the PDF with report::writeDoctorReport(). Everything is window-modal and non-blocking.
class DoctorReportPrinting final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoctorReportPrinting)

public:
    DoctorReportPrinting(const diary::DiaryStore &diary, const kb::KnowledgeBase &knowledgeBase,
                         i18n::Language language, QWidget *parent);

public slots:
    void print();
    void saveAsPdf();

private:
    // Asks for the period, then calls next with the number of days.
    template<typename Next>
    void choosePeriod(const QString &title, Next next);
    QWidget *window() const;
    // The report's options for a period: language, and the latest saved symptom check.
    report::ReportOptions options(int days) const;

    const diary::DiaryStore &m_diary;
    const kb::KnowledgeBase &m_kb;
    i18n::Language m_language;
};

} // namespace legcare::gui
