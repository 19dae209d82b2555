#pragma once

#include "i18n/Language.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace legcare::report {

// Measures, fonts and text for painting a printed report on one device (a PDF writer or a
// printer). Every length is in the device's pixels; mm() and pt() convert from print units, so
// the same layout comes out the same size at any resolution. Text wraps at word boundaries (and
// anywhere inside a word too long for its line), Chinese between any two characters.
class ReportStyle final
{
public:
    ReportStyle(const QPaintDevice &device, i18n::Language language);

    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }

    // The report's font at a size in points: Latin and Han glyphs both render (Noto Sans CJK SC
    // has both; a Latin face, when present, is used for Latin text in English).
    QFont font(qreal points, bool bold = false) const;
    QFontMetricsF metrics(const QFont &font) const;

    // Height of text wrapped to width.
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    // Distance from the top of text wrapped to width down to its first baseline: taller when a
    // fallback face (Chinese) sets the line, so that a label or list number beside it can sit on
    // the same baseline.
    qreal firstAscent(const QString &text, const QFont &font, qreal width) const;
    // Draws text wrapped to rect.width(), from rect.topLeft(); AlignRight / AlignHCenter align
    // each line. Returns the height used.
    qreal drawText(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
                   Qt::Alignment alignment = Qt::AlignLeft) const;
    // One line, elided on the right if it does not fit.
    void drawLine(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
                  Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) const;

    // The frame of every printed page (the doctor's report, the routine handout). At the foot: a
    // rule, the disclaimer, then a line with note on the left ("LegCare · printed …") and
    // pageLabel on the right ("Page 2 of 3"). On the pages after the first, a running header
    // (title on the left, detail on the right, a rule) so that a loose page says what it belongs
    // to. page is the device's whole paintable area; the heights say how much of it they take.
    qreal footerHeight(qreal pageWidth) const;
    qreal runningHeaderHeight() const;
    void paintFooter(QPainter &painter, const QRectF &page, const QString &note,
                     const QString &pageLabel) const;
    void paintRunningHeader(QPainter &painter, const QRectF &page, const QString &title,
                            const QString &detail) const;

    // The paper and margins every printout is written with.
    static QPageLayout pageLayout(QPageSize::PageSizeId pageSize);

    i18n::Language language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }
    QString number(double value, int decimals = 1) const;
    // "20 November 2026" / "2026年11月20日".
    QString longDate(const QDate &date) const;
    // "24 Aug" / "8/24": week labels on chart axes.
    QString shortDate(const QDate &date) const;

    // Inks, all readable in black-and-white print.
    static QColor ink() { return QColor(0x1a, 0x1a, 0x1a); }
    static QColor mutedInk() { return QColor(0x55, 0x55, 0x55); }
    static QColor barFill() { return QColor(0x5c, 0x5c, 0x5c); }
    static QColor grid() { return QColor(0xc8, 0xc8, 0xc8); }
    static QColor shade() { return QColor(0xef, 0xef, 0xef); }

private:
    QPaintDevice *m_device; // QTextLayout wants it non-const; never painted on here
    qreal m_dpi;
    i18n::Language m_language;
    QLocale m_locale;
};

} // namespace legcare::report
