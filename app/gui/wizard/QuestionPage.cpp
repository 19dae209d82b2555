#include "wizard/QuestionPage.h"

#include "wizard/SymptomWizard.h"
#include "wizard/WarningBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

namespace legcare::gui {

QuestionPage::QuestionPage(const QString &title, const QString &subTitle, QWidget *parent)
    : QWizardPage(parent)
{
    // The introduction goes in the page, not in QWizard's subtitle: with a subtitle the classic
    // style draws a different header, and the pages would not look alike.
    setTitle(title);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("wizardProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Progress"));
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("wizardStep"));
    m_step->setForegroundRole(QPalette::PlaceholderText);

    m_banner = new WarningBanner(this);
    m_banner->setObjectName(QStringLiteral("warningBanner"));

    auto *content = new QWidget;
    m_body = new QVBoxLayout(content);
    m_body->setContentsMargins(0, 0, 8, 0);
    m_body->setSpacing(10);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("questionScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_step);
    progressRow->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_banner);
    if (!subTitle.isEmpty()) {
        auto *intro = new QLabel(subTitle, this);
        intro->setObjectName(QStringLiteral("pageIntroduction"));
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addWidget(scroll, 1);
}

void QuestionPage::attach(SymptomWizard *wizard, int id)
{
    m_wizard = wizard;
    m_id = id;
    connect(m_banner, &WarningBanner::stopRequested, wizard, &SymptomWizard::stopEarly);
}

int QuestionPage::nextId() const
{
    return m_wizard ? m_wizard->nextPageAfter(m_id) : -1;
}

void QuestionPage::initializePage()
{
    refresh();
}

void QuestionPage::answersChanged()
{
    if (m_wizard)
        m_wizard->notifyAnswersChanged();
}

void QuestionPage::refresh()
{
    if (!m_wizard)
        return;
    const SymptomWizard::Progress progress = m_wizard->progress();
    m_progress->setRange(0, progress.total);
    m_progress->setValue(progress.step);
    const QString step = tr("Step %1 of %2").arg(progress.step).arg(progress.total);
    m_step->setText(step);
    m_progress->setAccessibleDescription(step);

    WarningBanner::Kind kind = WarningBanner::Kind::None;
    if (m_wizard->needsEmergencyHelp())
        kind = WarningBanner::Kind::Emergency;
    else if (m_wizard->needsDoctorToday())
        kind = WarningBanner::Kind::Urgent;
    m_banner->setKind(kind);
    emit completeChanged(); // the path ahead may have changed, and with it Next / Finish
}

} // namespace legcare::gui
