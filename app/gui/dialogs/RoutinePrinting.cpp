#include "dialogs/RoutinePrinting.h"

#include "report/RoutineHandout.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace legcare::gui {

namespace {

QPageSize::PageSizeId localPaper()
{
    const QLocale::Country country = QLocale().territory();
    return country == QLocale::UnitedStates || country == QLocale::Canada || country == QLocale::Mexico
            ? QPageSize::Letter
            : QPageSize::A4;
}

void warn(QWidget *parent, const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

RoutinePrinting::RoutinePrinting(const kb::KnowledgeBase &knowledgeBase, i18n::Language language, QWidget *parent)
    : QObject(parent)
    , m_kb(knowledgeBase)
    , m_language(language)
{
}

QWidget *RoutinePrinting::window() const
{
    return qobject_cast<QWidget *>(parent());
}

void RoutinePrinting::print(const routines::Routine &routine)
{
    auto *preview = new QPrintPreviewDialog(window());
    preview->setObjectName(QStringLiteral("routinePrintPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    const QString title = routine.name.text(m_language);
    preview->setWindowTitle(tr("Print routine “%1”").arg(title));
    preview->printer()->setPageSize(QPageSize(localPaper()));
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this, routine, title](QPrinter *printer) {
        printer->setDocName(title);
        QString error;
        const report::RoutineHandout handout(routine, m_kb, m_language, QDate::currentDate());
        if (!handout.paint(*printer, &error))
            warn(window(), tr("Print routine"), error);
    });
    preview->open();
}

void RoutinePrinting::saveAsPdf(const routines::Routine &routine)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    // A file name without characters that some file systems refuse.
    QString name = routine.name.text(m_language);
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    auto *dialog = new QFileDialog(window(), tr("Save routine as PDF"),
                                   QDir(folder).filePath(tr("%1.pdf").arg(name)), tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("saveRoutineDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, routine](const QString &path) {
        QString error;
        const report::RoutineHandout handout(routine, m_kb, m_language, QDate::currentDate());
        if (!handout.writePdf(path, localPaper(), &error))
            warn(window(), tr("Save routine as PDF"), error);
    });
    dialog->open();
}

} // namespace legcare::gui
