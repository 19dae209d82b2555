#include "diary/FrequencyPrompt.h"

#include "common/ThemeColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace legcare::gui {

FrequencyPrompt::FrequencyPrompt(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("frequencyPrompt"));
    setAccessibleName(tr("See a doctor"));
    // A warm box drawn from the palette (paintEvent), so it reads in light and dark themes; the
    // words and the icon carry the message, the colour only draws the eye.
    setFrameShape(QFrame::NoFrame);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAccessibleName(tr("Warning"));

    auto *headline = new QLabel(tr("3 or more cramps a week means seeing a doctor."), this);
    headline->setObjectName(QStringLiteral("frequencyPromptText"));
    QFont bold = headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    headline->setFont(bold);
    headline->setWordWrap(true);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("frequencyPromptDetails"));
    m_details->setWordWrap(true);

    auto *button = new QPushButton(tr("Run the symptom check"), this);
    button->setObjectName(QStringLiteral("runSymptomCheck"));
    button->setAccessibleName(tr("Run the symptom check"));
    connect(button, &QPushButton::clicked, this, &FrequencyPrompt::symptomCheckRequested);

    auto *texts = new QVBoxLayout;
    texts->addWidget(headline);
    texts->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(button, 0, Qt::AlignVCenter);
    hide();
}

void FrequencyPrompt::update(bool thresholdMet, int lastSevenDays, double lastFourWeeksPerWeek)
{
    setVisible(thresholdMet);
    if (!thresholdMet)
        return;
    m_details->setText(
        tr("Cramps in the last 7 days: %1. Over the last four weeks: %2 a week on average. Please "
           "make an appointment with your doctor and take the diary with you.")
            .arg(lastSevenDays)
            .arg(QLocale().toString(lastFourWeeksPerWeek, 'f', 1)));
    setAccessibleDescription(m_details->text());
}

void FrequencyPrompt::paintEvent(QPaintEvent *)
{
    theme::paintNotice(this, theme::kCautionHue);
}

} // namespace legcare::gui
