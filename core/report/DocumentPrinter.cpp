#include "report/DocumentPrinter.h"

#include "report/PdfFile.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <utility>

namespace legcare::report {

DocumentPrinter::DocumentPrinter(QString footerNote, QString footerLine)
    : m_note(std::move(footerNote))
    , m_line(std::move(footerLine))
{
}

bool DocumentPrinter::print(QTextDocument &document, QPagedPaintDevice &device,
                            QString *error) const
{
    QPainter painter;
    if (!painter.begin(&device)) {
        if (error)
            *error = tr("Could not start printing.");
        return false;
    }
    const qreal dpi = device.logicalDpiY();
    const QRectF page(0, 0, device.width(),
                      device.height()); // the printable area, in device pixels

    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(8);
    const QFontMetricsF metrics(footerFont, &device);
    const qreal gap = dpi / 6; // about 4 mm between the text and the footer's rule
    const qreal noteWidth = page.width();
    const QRectF noteBounds
        = metrics.boundingRect(QRectF(0, 0, noteWidth, page.height()), Qt::TextWordWrap, m_note);
    const qreal footerHeight = gap + noteBounds.height() + metrics.lineSpacing() * 1.4;

    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(QSizeF(page.width(), page.height() - footerHeight));
    const qreal bodyHeight = page.height() - footerHeight;
    const int pages = document.pageCount();

    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage()) {
            if (error)
                *error = tr("Could not start page %1.").arg(i + 1);
            return false;
        }
        painter.save();
        painter.translate(0, -i * bodyHeight);
        document.drawContents(&painter, QRectF(0, i * bodyHeight, page.width(), bodyHeight));
        painter.restore();

        const qreal top = bodyHeight + gap / 2;
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), dpi / 150));
        painter.drawLine(QPointF(0, top), QPointF(page.width(), top));
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.setFont(footerFont);
        const QRectF noteRect(0, top + gap / 2, noteWidth, noteBounds.height());
        painter.drawText(noteRect, Qt::TextWordWrap, m_note);
        const QRectF lineRect(0, noteRect.bottom() + metrics.lineSpacing() * 0.2, page.width(),
                              metrics.lineSpacing());
        painter.drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter, m_line);
        painter.drawText(lineRect, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    return painter.end();
}

bool DocumentPrinter::writePdf(QTextDocument &document, const QString &path, const QString &title,
                               QString *error) const
{
    return PdfFile::write(path, title,
                          QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter),
                          [&](QPdfWriter &writer, QString *paintError) { return print(document, writer, paintError); },
                          error);
}

} // namespace legcare::report
