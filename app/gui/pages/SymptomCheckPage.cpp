#include "pages/SymptomCheckPage.h"

#include "common/BulletList.h"
#include "common/PageHeader.h"
#include "common/ParagraphLabel.h"
#include "common/SafetyText.h"
#include "triage/TriageEngine.h"
#include "wizard/AssessAnswers.h"
#include "wizard/AssessmentView.h"
#include "wizard/SymptomWizard.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace legcare::gui {

SymptomCheckPage::SymptomCheckPage(const kb::KnowledgeBase &knowledgeBase, i18n::Language language,
                                   QWidget *parent)
    : QWidget(parent)
    , m_kb(knowledgeBase)
    , m_language(language)
    , m_engine(std::make_unique<triage::TriageEngine>(knowledgeBase))
{
    setObjectName(QStringLiteral("symptomCheckPage"));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("symptomCheckStack"));
    m_intro = createIntroduction();

    auto *layout = new QVBoxLayout(this);
    m_header = new PageHeader(
        tr("Symptom check"),
        tr("A short interview about your leg pain or cramps that tells you how urgent it is, "
           "what it may be and what you can do."),
        this);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);
    // The interview and the result have headings of their own and need the room.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        m_header->setVisible(m_stack->currentWidget() == m_intro);
        emit viewChanged();
    });
}

bool SymptomCheckPage::showsResult() const
{
    return m_result && m_stack->currentWidget() == m_result;
}

AssessmentView *SymptomCheckPage::assessmentView()
{
    if (!m_result) {
        m_result = new AssessmentView(m_kb, m_language, m_stack);
        m_result->setDiary(m_diary);
        m_stack->addWidget(m_result);
        connect(m_result, &AssessmentView::linkActivated, this, &SymptomCheckPage::openLinkRequested);
        connect(m_result, &AssessmentView::startAgainRequested, this, &SymptomCheckPage::startCheck);
    }
    return m_result;
}

void SymptomCheckPage::setDiary(diary::DiaryStore *diary)
{
    m_diary = diary;
    if (m_result)
        m_result->setDiary(diary);
}

SymptomCheckPage::~SymptomCheckPage() = default;

SymptomWizard *SymptomCheckPage::wizard() const
{
    return m_wizard;
}

QWidget *SymptomCheckPage::createIntroduction()
{
    auto *intro = new QWidget(m_stack);
    intro->setObjectName(QStringLiteral("symptomCheckIntro"));
    // Into the stack before it has a layout: the stack shows its first page at once, and a page
    // shown with its layout lays out all its text at the stack's size before the window is
    // shown (a hundred pixels wide: dozens of lines), then again at the real size. LegCare
    // often opens here, and that first layout cost the first frame several milliseconds.
    m_stack->addWidget(intro);

    auto *emergency = new BulletList(safety::emergencyIntro(), safety::emergencySigns(), intro);
    emergency->setObjectName(QStringLiteral("emergencySigns"));
    auto *urgent
        = new BulletList(tr("See a doctor today if you have:"), safety::urgentSigns(), intro);
    urgent->setObjectName(QStringLiteral("urgentSigns"));

    auto *about = new ParagraphLabel(
        tr("It takes about three minutes. Every question can be answered \"Don't know\", and "
           "Back keeps your answers. You can print the result or save it as a PDF to show a "
           "doctor."),
        intro);

    auto *start = new QPushButton(tr("Start symptom check"), intro);
    start->setObjectName(QStringLiteral("startSymptomCheck"));
    start->setAccessibleName(tr("Start symptom check"));
    start->setDefault(true);
    // Bold at the text's own size: the emergency headings use that font already, and a font at
    // another size would cost the first frame a font engine of its own (docs/performance.md).
    QFont font = start->font();
    font.setBold(true);
    start->setFont(font);
    const QSize hint = start->sizeHint();
    start->setMinimumSize(hint.width() + 4 * start->fontMetrics().averageCharWidth(),
                          hint.height() * 3 / 2);
    connect(start, &QPushButton::clicked, this, &SymptomCheckPage::startCheck);

    auto *startRow = new QHBoxLayout;
    startRow->addWidget(start);
    startRow->addStretch(1);

    auto *layout = new QVBoxLayout(intro);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(emergency);
    layout->addWidget(urgent);
    layout->addSpacing(8);
    layout->addWidget(about);
    layout->addSpacing(8);
    layout->addLayout(startRow);
    layout->addStretch(1);
    return intro;
}

void SymptomCheckPage::startCheck()
{
    if (m_wizard)
        m_wizard->deleteLater();
    m_wizard = new SymptomWizard(*m_engine, m_stack);
    m_wizard->setWindowFlags(Qt::Widget); // a part of the page, not a dialog window
    m_stack->addWidget(m_wizard);
    connect(m_wizard, &QWizard::accepted, this, &SymptomCheckPage::showResult);
    connect(m_wizard, &QWizard::rejected, this, &SymptomCheckPage::showIntroduction);
    m_stack->setCurrentWidget(m_wizard);
    m_wizard->restart();
    m_wizard->show();
    m_wizard->setFocus(Qt::OtherFocusReason);
}

void SymptomCheckPage::showIntroduction()
{
    m_stack->setCurrentWidget(m_intro);
    if (m_wizard)
        m_wizard->deleteLater();
}

void SymptomCheckPage::showResult()
{
    if (!m_wizard)
        return;
    const triage::SymptomProfile answers = m_wizard->answers();
    const triage::Assessment assessment = assessAnswers(*m_engine, answers, m_language);
    AssessmentView *view = assessmentView();
    view->setResult(assessment, answers, m_wizard->stoppedEarly(), QDateTime::currentDateTime());
    m_stack->setCurrentWidget(view);
    m_wizard->deleteLater();
}

} // namespace legcare::gui
