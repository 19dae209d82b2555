#include "wizard/AssessmentView.h"

#include "common/ThemeColors.h"
#include "diary/DiaryStore.h"
#include "report/AssessmentHtml.h"
#include "report/DocumentPrinter.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace legcare::gui {

AssessmentView::AssessmentView(const kb::KnowledgeBase &knowledgeBase, i18n::Language language,
                               QWidget *parent)
    : QWidget(parent)
    , m_kb(knowledgeBase)
    , m_language(language)
{
    setObjectName(QStringLiteral("assessmentView"));

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("assessmentBrowser"));
    m_browser->setAccessibleName(tr("Your result"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    // The result is one document for screen and paper, with its level colours chosen for white;
    // it is shown as paper in every theme (dark text on white), like a PDF viewer would.
    m_browser->setPalette(theme::paperPalette());
    report::AssessmentHtml::addResources(*m_browser->document());
    connect(m_browser, &QTextBrowser::anchorClicked, this, &AssessmentView::linkActivated);

    auto *printButton = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                        tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("printResult"));
    printButton->setAccessibleName(tr("Print the result"));
    auto *pdfButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton),
                                      tr("Save as P&DF…"), this);
    pdfButton->setObjectName(QStringLiteral("saveResultPdf"));
    pdfButton->setAccessibleName(tr("Save the result as PDF"));
    auto *againButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload),
                                        tr("&Start again"), this);
    againButton->setObjectName(QStringLiteral("startAgain"));
    againButton->setAccessibleName(tr("Start the symptom check again"));

    m_saveButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                   tr("Save to my &diary"), this);
    m_saveButton->setObjectName(QStringLiteral("saveResultToDiary"));
    m_saveButton->setAccessibleName(tr("Save the result in the diary's history of symptom checks"));
    m_saveButton->setToolTip(tr("Keeps this result with your cramp diary; the report for your doctor "
                                "shows the latest one."));
    m_saveButton->setVisible(false);
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedToDiaryLabel"));
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!saveToDiary(&error))
            m_savedLabel->setText(tr("Not saved: %1").arg(error));
    });

    connect(printButton, &QPushButton::clicked, this, &AssessmentView::print);
    connect(pdfButton, &QPushButton::clicked, this, &AssessmentView::chooseAndSavePdf);
    connect(againButton, &QPushButton::clicked, this, &AssessmentView::startAgainRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(printButton);
    buttons->addWidget(pdfButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_savedLabel);
    buttons->addStretch(1);
    buttons->addWidget(againButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser, 1);
    layout->addLayout(buttons);
}

void AssessmentView::setResult(const triage::Assessment &assessment,
                               const triage::SymptomProfile &answers, bool stoppedEarly,
                               const QDateTime &created)
{
    m_assessment = assessment;
    m_saveButton->setEnabled(true);
    m_savedLabel->clear();
    m_answers = answers;
    m_stoppedEarly = stoppedEarly;
    m_created = created;
    const report::AssessmentHtml html(m_kb, m_language);
    m_browser->setHtml(html.render(assessment, answers, { created, true, stoppedEarly }));
    m_browser->setAccessibleDescription(assessment.levelName + QStringLiteral(". ")
                                        + assessment.levelAction);
}

QString AssessmentView::text() const
{
    return m_browser->toPlainText();
}

QString AssessmentView::documentTitle() const
{
    return tr("LegCare symptom check result");
}

std::unique_ptr<QTextDocument> AssessmentView::printDocument() const
{
    const report::AssessmentHtml html(m_kb, m_language);
    auto document = html.document(m_assessment, m_answers, { m_created, false, m_stoppedEarly });
    QFont font = document->defaultFont();
    font.setPointSizeF(10.5);
    // Simplified Chinese glyph forms on paper, whatever CJK font the system would pick first.
    if (m_language == i18n::Language::SimplifiedChinese)
        font.setFamilies({ font.family(), QStringLiteral("Noto Sans CJK SC") });
    document->setDefaultFont(font);
    theme::inkForPaper(*document); // dark text on paper, whatever the screen's theme
    return document;
}

bool AssessmentView::savePdf(const QString &path, QString *error) const
{
    const report::AssessmentHtml html(m_kb, m_language);
    const report::DocumentPrinter printer(m_assessment.disclaimer, html.footerText(m_created));
    std::unique_ptr<QTextDocument> document = printDocument();
    return printer.writePdf(*document, path, documentTitle(), error);
}

void AssessmentView::print()
{
    auto *preview = new QPrintPreviewDialog(this);
    preview->setObjectName(QStringLiteral("resultPrintPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(documentTitle());
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *printer) {
        const report::AssessmentHtml html(m_kb, m_language);
        const report::DocumentPrinter pages(m_assessment.disclaimer, html.footerText(m_created));
        printer->setDocName(documentTitle());
        std::unique_ptr<QTextDocument> document = printDocument();
        pages.print(*document, *printer);
    });
    preview->open();
}

void AssessmentView::chooseAndSavePdf()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    const QString name
        = tr("LegCare result %1.pdf").arg(m_created.toString(QStringLiteral("yyyy-MM-dd HH-mm")));
    auto *dialog = new QFileDialog(this, tr("Save the result as PDF"), QDir(folder).filePath(name),
                                   tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("saveResultDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (savePdf(path, &error))
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Save as PDF"), error, QMessageBox::Ok,
                                    this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

} // namespace legcare::gui

namespace legcare::gui {

void AssessmentView::setDiary(diary::DiaryStore *diary)
{
    m_diary = diary;
    m_saveButton->setVisible(diary != nullptr);
}

bool AssessmentView::saveToDiary(QString *error)
{
    if (!m_diary || !m_created.isValid()) {
        if (error)
            *error = tr("there is no result to save");
        return false;
    }
    diary::DiaryStore::SavedAssessment saved;
    saved.takenAt = m_created;
    saved.level = triage::levelId(m_assessment.level);
    saved.profileJson = QJsonDocument(m_answers.toJson()).toJson(QJsonDocument::Compact);
    for (const triage::RankedCondition &condition : std::as_const(m_assessment.conditions).mid(0, 3))
        saved.conditionIds.append(condition.id);
    if (!m_diary->saveAssessment(saved, error))
        return false;
    m_saveButton->setEnabled(false);
    m_savedLabel->setText(tr("Saved to your diary."));
    return true;
}

} // namespace legcare::gui
