#include "report/ReportStyle.h"

#include "common/SafetyText.h"

#include <QDate>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace legcare::report {

namespace {

// Lays text out in lines of width; *height receives the total height.
std::unique_ptr<QTextLayout> layoutText(const QString &text, const QFont &font, qreal width,
                                        QPaintDevice *device, Qt::Alignment alignment,
                                        qreal *height)
{
    QString prepared = text;
    prepared.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
    auto layout = std::make_unique<QTextLayout>(prepared, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment & Qt::AlignHorizontal_Mask);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    qreal y = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    *height = y;
    return layout;
}

} // namespace

ReportStyle::ReportStyle(const QPaintDevice &device, i18n::Language language)
    : m_device(const_cast<QPaintDevice *>(&device))
    , m_dpi(device.logicalDpiY())
    , m_language(language)
    , m_locale(i18n::localeFor(language))
{
}

QFont ReportStyle::font(qreal points, bool bold) const
{
    QFont font;
    // A Latin face first, Noto Sans CJK SC for the Han characters (of Chinese labels, and of
    // notes in any language). The CJK face's own digits and Latin letters print well but do not
    // come back out of the PDF as text (the text layer would lose every number), so Latin text
    // never uses it while a Latin face is installed.
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Nimbus Sans"),
                      QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QFontMetricsF ReportStyle::metrics(const QFont &font) const
{
    return QFontMetricsF(font, m_device);
}

qreal ReportStyle::textHeight(const QString &text, const QFont &font, qreal width) const
{
    qreal height = 0;
    layoutText(text, font, width, m_device, Qt::AlignLeft, &height);
    return height;
}

qreal ReportStyle::firstAscent(const QString &text, const QFont &font, qreal width) const
{
    qreal height = 0;
    const auto layout = layoutText(text, font, width, m_device, Qt::AlignLeft, &height);
    return layout->lineCount() > 0 ? layout->lineAt(0).ascent() : metrics(font).ascent();
}

qreal ReportStyle::drawText(QPainter &painter, const QRectF &rect, const QString &text,
                            const QFont &font, Qt::Alignment alignment) const
{
    qreal height = 0;
    const auto layout = layoutText(text, font, rect.width(), m_device, alignment, &height);
    layout->draw(&painter, rect.topLeft());
    return height;
}

void ReportStyle::drawLine(QPainter &painter, const QRectF &rect, const QString &text,
                           const QFont &font, Qt::Alignment alignment) const
{
    const QString shown = metrics(font).elidedText(text, Qt::ElideRight, rect.width());
    painter.setFont(font);
    painter.drawText(rect, static_cast<int>(alignment | Qt::TextSingleLine), shown);
}

qreal ReportStyle::footerHeight(qreal pageWidth) const
{
    const QFont small = font(7);
    return mm(3) + textHeight(safety::disclaimer(), small, pageWidth)
        + metrics(small).height() * 1.3;
}

qreal ReportStyle::runningHeaderHeight() const
{
    return metrics(font(7.5)).height() + mm(5);
}

void ReportStyle::paintFooter(QPainter &painter, const QRectF &page, const QString &note,
                              const QString &pageLabel) const
{
    const QFont small = font(7);
    const qreal top = page.bottom() - footerHeight(page.width()) + mm(1.5);
    painter.setPen(QPen(mutedInk(), pt(0.5)));
    painter.drawLine(QPointF(page.left(), top), QPointF(page.right(), top));
    painter.setPen(ink());
    const qreal used = drawText(painter, QRectF(page.left(), top + mm(1.5), page.width(), 0),
                                safety::disclaimer(), small);
    const QRectF line(page.left(), top + mm(1.5) + used + mm(0.5), page.width(),
                      metrics(small).height());
    painter.setPen(mutedInk());
    drawLine(painter, line, note, small);
    painter.setPen(ink());
    drawLine(painter, line, pageLabel, font(7, true), Qt::AlignRight | Qt::AlignVCenter);
}

void ReportStyle::paintRunningHeader(QPainter &painter, const QRectF &page, const QString &title,
                                     const QString &detail) const
{
    const QFont header = font(7.5);
    const QRectF band(page.left(), page.top(), page.width(), metrics(header).height());
    // The detail is short; the title gives way (elided) rather than running into it.
    const qreal detailWidth
        = std::min(metrics(header).horizontalAdvance(detail) + pt(1), page.width() / 2);
    painter.setPen(ink());
    drawLine(painter, band.adjusted(0, 0, -(detailWidth + mm(4)), 0), title, font(7.5, true));
    painter.setPen(mutedInk());
    drawLine(painter, band.adjusted(band.width() - detailWidth, 0, 0, 0), detail, header,
             Qt::AlignRight | Qt::AlignVCenter);
    painter.setPen(QPen(mutedInk(), pt(0.5)));
    painter.drawLine(QPointF(page.left(), band.bottom() + mm(1.5)),
                     QPointF(page.right(), band.bottom() + mm(1.5)));
}

QPageLayout ReportStyle::pageLayout(QPageSize::PageSizeId pageSize)
{
    return QPageLayout(QPageSize(pageSize), QPageLayout::Portrait, QMarginsF(15, 13, 15, 12),
                       QPageLayout::Millimeter);
}

QString ReportStyle::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString ReportStyle::longDate(const QDate &date) const
{
    return m_locale.toString(date, m_language == i18n::Language::SimplifiedChinese
                                       ? QStringLiteral("yyyy年M月d日")
                                       : QStringLiteral("d MMMM yyyy"));
}

QString ReportStyle::shortDate(const QDate &date) const
{
    return m_locale.toString(date, m_language == i18n::Language::SimplifiedChinese
                                       ? QStringLiteral("M/d")
                                       : QStringLiteral("d MMM"));
}

} // namespace legcare::report
