#pragma once

#include <QPainter>
#include <QRectF>

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

private:
    QRectF m_first;
    QRectF m_later;
    qreal m_y;
    std::vector<std::vector<Step>> m_pages;
};

} // namespace legcare::report
