#include "wizard/WarningBanner.h"

#include "common/ThemeColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace legcare::gui {

WarningBanner::WarningBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("warningBanner"));
    setFrameShape(QFrame::NoFrame);

    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("warningBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("stopForWarning"));
    QFont bold = m_stop->font();
    bold.setBold(true);
    m_stop->setFont(bold);
    connect(m_stop, &QPushButton::clicked, this, &WarningBanner::stopRequested);

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_text);
    textColumn->addWidget(m_stop, 0, Qt::AlignLeft);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(textColumn, 1);
    setVisible(false);
}

void WarningBanner::setKind(Kind kind)
{
    m_kind = kind;
    setVisible(kind != Kind::None);
    if (kind == Kind::None)
        return;
    const bool emergency = kind == Kind::Emergency;
    update(); // the box's colour follows the kind (paintEvent)
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    m_icon->setPixmap(
        style()
            ->standardIcon(emergency ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
            .pixmap(size, size));
    m_icon->setAccessibleName(emergency ? tr("Emergency") : tr("Warning"));
    const QString title
        = emergency ? tr("Call your local emergency number now.") : tr("See a doctor today.");
    const QString body = emergency
        ? tr("What you answered can be a sign of a medical emergency. Do not wait to finish "
             "these questions: call for help or go to the nearest emergency department.")
        : tr("What you answered needs a doctor to look at it today. You can stop now, or answer "
             "the rest of the questions to learn more.");
    m_text->setText(QStringLiteral("<p style='font-size:large'><b>%1</b></p><p>%2</p>")
                        .arg(title.toHtmlEscaped(), body.toHtmlEscaped()));
    m_stop->setText(emergency ? tr("Stop here and show what to do")
                              : tr("Stop here and show the result"));
    m_stop->setAccessibleName(m_stop->text());
    setAccessibleName(emergency ? tr("Emergency warning") : tr("Urgent warning"));
    setAccessibleDescription(title + QLatin1Char(' ') + body);
}

void WarningBanner::paintEvent(QPaintEvent *)
{
    // Red for an emergency, orange for a doctor today, tinted from the palette so the text (the
    // palette's own) stays readable in light and dark themes; the icon and words say which.
    if (m_kind != Kind::None)
        theme::paintNotice(this,
                           m_kind == Kind::Emergency ? theme::kDangerHue : theme::kCautionHue);
}

} // namespace legcare::gui
