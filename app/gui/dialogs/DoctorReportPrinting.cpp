#include "dialogs/DoctorReportPrinting.h"

#include "report/DoctorReport.h"
#include "report/LatestSymptomCheck.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace legcare::gui {

DoctorReportPrinting::DoctorReportPrinting(const diary::DiaryStore &diary, const kb::KnowledgeBase &knowledgeBase,
                                           i18n::Language language, QWidget *parent)
    : QObject(parent)
    , m_diary(diary)
    , m_kb(knowledgeBase)
    , m_language(language)
{
}

QWidget *DoctorReportPrinting::window() const
{
    return qobject_cast<QWidget *>(parent());
}

template<typename Next>
void DoctorReportPrinting::choosePeriod(const QString &title, Next next)
{
    auto *dialog = new QInputDialog(window());
    dialog->setObjectName(QStringLiteral("reportPeriodDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(tr("The report covers:"));
    const QStringList periods = {tr("The last %1 days").arg(report::kReportDaysShort),
                                 tr("The last %1 days").arg(report::kReportDaysLong)};
    dialog->setComboBoxItems(periods);
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this, [periods, next](const QString &text) {
        next(periods.indexOf(text) == 1 ? report::kReportDaysLong : report::kReportDaysShort);
    });
    dialog->open();
}

void DoctorReportPrinting::print()
{
    choosePeriod(tr("Print report for your doctor"), [this](int days) {
        auto *preview = new QPrintPreviewDialog(window());
        preview->setObjectName(QStringLiteral("reportPrintPreview"));
        preview->setAttribute(Qt::WA_DeleteOnClose);
        preview->setWindowTitle(report::DoctorReport::title());
        preview->printer()->setPageMargins(QMarginsF(15, 13, 15, 12), QPageLayout::Millimeter);
        connect(preview, &QPrintPreviewDialog::paintRequested, this, [this, days](QPrinter *printer) {
            printer->setDocName(report::DoctorReport::title());
            QString error;
            if (!report::paintDoctorReport(printer, m_diary, options(days), &error))
                QMessageBox::warning(window(), tr("Print report for your doctor"), error);
        });
        preview->open();
    });
}

report::ReportOptions DoctorReportPrinting::options(int days) const
{
    report::ReportOptions result;
    result.days = days;
    result.language = m_language;
    result.latestSymptomCheck = report::latestSymptomCheck(m_diary, m_kb, m_language);
    return result;
}

void DoctorReportPrinting::saveAsPdf()
{
    choosePeriod(tr("Save report as PDF"), [this](int days) {
        QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!QDir(folder).exists())
            folder = QDir::homePath();
        const QString name = tr("LegCare report %1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
        auto *dialog = new QFileDialog(window(), tr("Save report as PDF"), QDir(folder).filePath(name),
                                       tr("PDF documents (*.pdf)"));
        dialog->setObjectName(QStringLiteral("saveReportDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("pdf"));
        connect(dialog, &QFileDialog::fileSelected, this, [this, days](const QString &path) {
            QString error;
            if (report::writeDoctorReport(m_diary, options(days), path, &error))
                return;
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Save report as PDF"), error, QMessageBox::Ok,
                                        window());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
        dialog->open();
    });
}

} // namespace legcare::gui
