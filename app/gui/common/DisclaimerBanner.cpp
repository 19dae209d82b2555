#include "common/DisclaimerBanner.h"

#include "common/Icons.h"
#include "common/SafetyText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace legcare::gui {

DisclaimerBanner::DisclaimerBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("disclaimerBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Disclaimer"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    // LegCare's own icon, not the style's: the banner is in the first frame, and the style's
    // standard icons go through the icon theme, whose first lookup costs milliseconds.
    icon->setPixmap(icons::bundled(u"information").pixmap(size, size));
    icon->setAccessibleName(tr("Information"));

    m_text = new QLabel(safety::disclaimer(), this);
    m_text->setObjectName(QStringLiteral("disclaimerText"));
    m_text->setWordWrap(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
}

void DisclaimerBanner::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!m_selectionPending)
        return;
    m_selectionPending = false;
    // Queued: once this frame is painted and flushed.
    QMetaObject::invokeMethod(
        m_text, [text = m_text] { text->setTextInteractionFlags(Qt::TextSelectableByMouse); },
        Qt::QueuedConnection);
}

} // namespace legcare::gui
