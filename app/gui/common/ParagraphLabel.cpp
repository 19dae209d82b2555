#include "common/ParagraphLabel.h"

#include <QEvent>

namespace legcare::gui {

ParagraphLabel::ParagraphLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

int ParagraphLabel::heightForWidth(int width) const
{
    if (text() != m_measuredText || font() != m_measuredFont
        || contentsMargins() != m_measuredMargins || margin() != m_measuredMargin
        || indent() != m_measuredIndent) {
        m_heights.clear();
        m_measuredText = text();
        m_measuredFont = font();
        m_measuredMargins = contentsMargins();
        m_measuredMargin = margin();
        m_measuredIndent = indent();
    }
    if (const auto known = m_heights.constFind(width); known != m_heights.cend())
        return *known;
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() >= kMaxWidths)
        m_heights.clear();
    m_heights.insert(width, height);
    return height;
}

void ParagraphLabel::changeEvent(QEvent *event)
{
    // Text, font and margins are compared in heightForWidth; a style can change the frame.
    if (event->type() == QEvent::StyleChange)
        m_heights.clear();
    QLabel::changeEvent(event);
}

} // namespace legcare::gui
