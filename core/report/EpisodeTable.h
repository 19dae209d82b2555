#pragma once

#include "diary/Episode.h"
#include "report/ReportStyle.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QStringList>

#include <optional>

class QPainter;

namespace legcare::report {

// The report's table of episodes: one row per episode (date and time, duration, where, side,
// severity, context, triggers, what helped, note), every cell wrapped to its column. The caller
// pages it: a row is never split, and the header row is repeated at the top of each page.
class EpisodeTable final
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeTable)

public:
    // A note longer than this is shortened (with "…") so that any row fits on a page.
    static constexpr qsizetype kMaxNoteCharacters = 400;

    struct Row {
        QStringList cells;
        qreal height = 0;
    };

    EpisodeTable(const ReportStyle &style, qreal width);

    qreal headerHeight() const { return m_headerHeight; }
    Row row(const diary::Episode &episode) const;
    void paintHeader(QPainter &painter, const QPointF &topLeft) const;
    void paintRow(QPainter &painter, const QPointF &topLeft, const Row &row, bool shaded) const;

    // "45 s", "2 min", "1 min 30 s"; "—" when not known.
    static QString durationText(const std::optional<int> &seconds);

private:
    qreal rowHeight(const QStringList &cells, const QFont &font) const;
    void paintCells(QPainter &painter, const QPointF &topLeft, const QStringList &cells,
                    bool header) const;

    const ReportStyle &m_style;
    qreal m_width;
    QList<qreal> m_columns; // widths
    QStringList m_headers;
    QFont m_font;
    QFont m_headerFont;
    qreal m_padding;
    qreal m_headerHeight = 0;
};

} // namespace legcare::report
