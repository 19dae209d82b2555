#include "common/ThemeColors.h"

#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace legcare::gui::theme {

namespace {

constexpr double kReadable = 4.5; // WCAG AA for normal text

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

QPalette::ColorRole textRoleFor(QPalette::ColorRole background)
{
    return background == QPalette::Base || background == QPalette::AlternateBase
        ? QPalette::Text
        : QPalette::WindowText;
}

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.red() / 255.0) + 0.7152 * channel(rgb.green() / 255.0)
        + 0.0722 * channel(rgb.blue() / 255.0);
}

double contrastRatio(const QColor &first, const QColor &second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Window))
        < relativeLuminance(palette.color(QPalette::WindowText));
}

QColor mix(const QColor &base, const QColor &over, qreal amount)
{
    const qreal t = std::clamp<qreal>(amount, 0.0, 1.0);
    const QColor a = base.toRgb();
    const QColor b = over.toRgb();
    const auto blend
        = [t](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * t)); };
    return QColor(blend(a.red(), b.red()), blend(a.green(), b.green()), blend(a.blue(), b.blue()));
}

QColor noticeBackground(const QPalette &palette, const QColor &hue, QPalette::ColorRole role)
{
    const QColor base = palette.color(role);
    const QColor text = palette.color(textRoleFor(role));
    // A stronger tint shows on dark backgrounds; a light one is enough on white.
    for (qreal amount = isDark(palette) ? 0.28 : 0.12; amount > 0.0; amount -= 0.02) {
        const QColor tinted = mix(base, hue, amount);
        if (contrastRatio(tinted, text) >= kReadable)
            return tinted;
    }
    return base;
}

QColor noticeBorder(const QPalette &palette, const QColor &hue)
{
    return isDark(palette) ? mix(hue, Qt::white, 0.15) : mix(hue, Qt::black, 0.25);
}

QColor readableOn(const QColor &hue, const QColor &background)
{
    const bool darkBackground = relativeLuminance(background) < 0.18;
    const QColor target = darkBackground ? QColor(Qt::white) : QColor(Qt::black);
    for (qreal amount = 0.0; amount < 1.0; amount += 0.05) {
        const QColor candidate = mix(hue, target, amount);
        if (contrastRatio(candidate, background) >= kReadable)
            return candidate;
    }
    return target;
}

kb::HtmlRenderer::Colours htmlColours(const QPalette &palette)
{
    kb::HtmlRenderer::Colours colours;
    colours.caution = noticeBackground(palette, kCautionHue, QPalette::Base);
    colours.warning = noticeBackground(palette, kDangerHue, QPalette::Base);
    return colours;
}

void paintNotice(QWidget *widget, const QColor &hue)
{
    QPainter painter(widget);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = widget->palette();
    painter.setPen(QPen(noticeBorder(palette, hue), 2));
    painter.setBrush(noticeBackground(palette, hue));
    painter.drawRoundedRect(QRectF(widget->rect()).adjusted(1, 1, -1, -1), 6, 6);
}

QPalette paperPalette()
{
    QPalette paper;
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, QColor(0x1b, 0x1b, 0x1b));
    paper.setColor(QPalette::Link, QColor(0x0b, 0x57, 0xd0));
    paper.setColor(QPalette::LinkVisited, QColor(0x6a, 0x1b, 0x9a));
    return paper;
}

void inkForPaper(QTextDocument &document)
{
    const QPalette paper = paperPalette();
    struct Range
    {
        int from;
        int to;
        bool link;
    };
    QList<Range> text;
    QList<int> blocks; // list bullets take the colour of their block's format
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.charFormat().hasProperty(QTextFormat::ForegroundBrush))
            blocks.append(block.position());
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const bool link = format.isAnchor() && !format.anchorHref().isEmpty();
            if (link || !format.hasProperty(QTextFormat::ForegroundBrush))
                text.append({ fragment.position(), fragment.position() + fragment.length(), link });
        }
    }
    // Changed after the walk: merging formats may split and join the fragments walked.
    QTextCursor cursor(&document);
    for (const Range &range : std::as_const(text)) {
        QTextCharFormat ink;
        ink.setForeground(range.link ? paper.link() : paper.text());
        cursor.setPosition(range.from);
        cursor.setPosition(range.to, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(ink);
    }
    for (int position : std::as_const(blocks)) {
        QTextCharFormat ink;
        ink.setForeground(paper.text());
        cursor.setPosition(position);
        cursor.mergeBlockCharFormat(ink);
    }
}

} // namespace legcare::gui::theme
