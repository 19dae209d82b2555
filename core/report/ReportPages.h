#pragma once

#include <QPagedPaintDevice>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace legcare::report {

// Pages laid out before any is painted, so that "Page X of Y" knows Y: content is placed top to
// bottom as blocks of known height, each recorded as a painting step on its page.
class ReportPages final
{
public:
    using Step = std::function<void(QPainter &)>;

    // firstBody: where content goes on page one; laterBody: on the pages after it (below a
    // running header).
    ReportPages(const QRectF &firstBody, const QRectF &laterBody)
        : m_first(firstBody)
        , m_later(laterBody)
        , m_y(firstBody.top())
    {
        m_pages.emplace_back();
    }

    // The body of pages framed by a footer of footerHeight at the bottom of page and, from page
    // two on, a running header of runningHeaderHeight at its top (see ReportStyle's frame).
    static ReportPages framed(const QRectF &page, qreal runningHeaderHeight, qreal footerHeight)
    {
        const qreal height = page.height() - footerHeight;
        return ReportPages(QRectF(page.left(), page.top(), page.width(), height),
                           QRectF(page.left(), page.top() + runningHeaderHeight, page.width(),
                                  height - runningHeaderHeight));
    }

    QRectF body() const { return m_pages.size() == 1 ? m_first : m_later; }
    qreal y() const { return m_y; }
    qreal remaining() const { return body().bottom() - m_y; }
    bool atPageTop() const { return m_y <= body().top() + 0.5; }
    int pageCount() const { return static_cast<int>(m_pages.size()); }

    void newPage()
    {
        m_pages.emplace_back();
        m_y = m_later.top();
    }
    // Starts a new page unless height (plus keepWithNext, the first part of what follows) fits.
    void ensure(qreal height)
    {
        if (height > remaining() && !atPageTop())
            newPage();
    }
    // Takes a block of the body's width and the given height at the current position, moving
    // to a new page first when it does not fit; paint receives the block's rectangle.
    QRectF place(qreal height, const std::function<void(QPainter &, const QRectF &)> &paint)
    {
        ensure(height);
        const QRectF rect(body().left(), m_y, body().width(), height);
        m_pages.back().push_back([paint, rect](QPainter &painter) { paint(painter, rect); });
        m_y += height;
        return rect;
    }
    void skip(qreal height) { m_y = std::min(m_y + height, body().bottom()); }

    void paintPage(int index, QPainter &painter) const
    {
        for (const Step &step : m_pages.at(static_cast<std::size_t>(index))) {
            painter.save();
            step(painter);
            painter.restore();
        }
    }

    // What print() says when the device refuses, translated by the document's owner.
    struct Messages {
        QString begin; // could not start painting
        QString page;  // could not start page %1
        QString end;   // could not finish
    };
    // Paints the page's frame (footer, running header) over its content: frame(painter, index,
    // pageCount()).
    using Frame = std::function<void(QPainter &, int, int)>;

    // Paints every page on device, each with its frame; false with one of messages otherwise.
    bool print(QPagedPaintDevice &device, const Frame &frame, const Messages &messages,
               QString *error) const
    {
        const auto failed = [error](const QString &message) {
            if (error)
                *error = message;
            return false;
        };
        QPainter painter;
        if (!painter.begin(&device))
            return failed(messages.begin);
        painter.setRenderHint(QPainter::Antialiasing);
        for (int i = 0; i < pageCount(); ++i) {
            if (i > 0 && !device.newPage())
                return failed(messages.page.arg(i + 1));
            paintPage(i, painter);
            painter.save();
            frame(painter, i, pageCount());
            painter.restore();
        }
        if (!painter.end())
            return failed(messages.end);
        return true;
    }

private:
    QRectF m_first;
    QRectF m_later;
    qreal m_y;
    std::vector<std::vector<Step>> m_pages;
};

} // namespace legcare::report
