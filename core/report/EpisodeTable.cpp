#include "report/EpisodeTable.h"

#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace legcare::report {

namespace {

// Share of the table's width per column: date and time, duration, where, side, severity,
// context, triggers, what helped, note.
constexpr std::array kColumnShares = {0.125, 0.075, 0.105, 0.06, 0.05, 0.085, 0.16, 0.13, 0.21};
constexpr std::size_t kSeverityColumn = 4;

// A note as one paragraph of printable text, shortened to fit a row on a page.
QString tableNote(const QString &note)
{
    QString text;
    text.reserve(std::min(note.size(), EpisodeTable::kMaxNoteCharacters + 1));
    for (const QChar c : note) {
        if (c.isSpace() || c.isNull())
            text.append(QLatin1Char(' '));
        else if (c.isPrint() || c.isSurrogate())
            text.append(c);
    }
    text = text.simplified();
    if (text.size() > EpisodeTable::kMaxNoteCharacters) {
        qsizetype cut = EpisodeTable::kMaxNoteCharacters;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text = text.left(cut).trimmed() + QChar(0x2026);
    }
    return text;
}

template<typename T, typename ToName>
QString joined(const QList<T> &values, ToName toName)
{
    QStringList names;
    for (const T &value : values)
        names.append(toName(value));
    return names.isEmpty() ? QStringLiteral("—") : names.join(EpisodeTable::tr(", "));
}

} // namespace

EpisodeTable::EpisodeTable(const ReportStyle &style, qreal width)
    : m_style(style)
    , m_width(width)
    , m_font(style.font(7.5))
    , m_headerFont(style.font(7.5, true))
    , m_padding(style.mm(1.1))
{
    m_headers = {tr("Date and time"), tr("Duration"), tr("Where"),      tr("Side"), tr("Severity"),
                 tr("Doing"),         tr("Triggers"), tr("What helped"), tr("Note")};
    // Each column at least as wide as the longest word of its heading; the note gives way.
    const QFontMetricsF metrics = style.metrics(m_headerFont);
    qreal extra = 0;
    for (std::size_t i = 0; i < kColumnShares.size(); ++i) {
        qreal longest = 0;
        for (const QString &word : m_headers.at(static_cast<qsizetype>(i)).split(QLatin1Char(' ')))
            longest = std::max(longest, metrics.horizontalAdvance(word) + 2 * m_padding + style.mm(0.5));
        const qreal column = std::max(width * kColumnShares.at(i), longest);
        extra += column - width * kColumnShares.at(i);
        m_columns.append(column);
    }
    m_columns.last() = std::max(m_columns.last() - extra, width * 0.12);
    m_headerHeight = rowHeight(m_headers, m_headerFont);
}

QString EpisodeTable::durationText(const std::optional<int> &seconds)
{
    if (!seconds)
        return QStringLiteral("—");
    const int minutes = *seconds / 60;
    const int rest = *seconds % 60;
    QString text;
    if (minutes == 0)
        text = tr("%1 s").arg(rest);
    else if (rest == 0)
        text = tr("%1 min").arg(minutes);
    else
        text = tr("%1 min %2 s").arg(minutes).arg(rest);
    // Keep each number with its unit ("1 min" / "30 s") when the cell wraps.
    static const QRegularExpression numberAndUnit(QStringLiteral("(\\d) "));
    return text.replace(numberAndUnit, QStringLiteral("\\1") + QChar(QChar::Nbsp));
}

EpisodeTable::Row EpisodeTable::row(const diary::Episode &episode) const
{
    Row row;
    row.cells = {episode.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 durationText(episode.durationSeconds),
                 kb::locationName(episode.location),
                 diary::sideName(episode.side),
                 QString::number(episode.severity),
                 episode.context ? diary::contextName(*episode.context) : QStringLiteral("—"),
                 joined(episode.triggers, diary::triggerName),
                 joined(episode.reliefs, diary::reliefName),
                 tableNote(episode.note)};
    row.height = rowHeight(row.cells, m_font);
    return row;
}

qreal EpisodeTable::rowHeight(const QStringList &cells, const QFont &font) const
{
    qreal height = 0;
    for (qsizetype i = 0; i < cells.size() && i < m_columns.size(); ++i)
        height = std::max(height, m_style.textHeight(cells.at(i), font, m_columns.at(i) - 2 * m_padding));
    return height + 2 * m_padding;
}

void EpisodeTable::paintCells(QPainter &painter, const QPointF &topLeft, const QStringList &cells,
                              bool header) const
{
    const QFont &font = header ? m_headerFont : m_font;
    qreal x = topLeft.x();
    painter.setPen(ReportStyle::ink());
    for (qsizetype i = 0; i < cells.size() && i < m_columns.size(); ++i) {
        const qreal width = m_columns.at(i);
        const Qt::Alignment alignment = static_cast<std::size_t>(i) == kSeverityColumn && !header
            ? Qt::AlignHCenter
            : Qt::AlignLeft;
        m_style.drawText(painter, QRectF(x + m_padding, topLeft.y() + m_padding, width - 2 * m_padding, 0),
                         cells.at(i), font, alignment);
        x += width;
    }
}

void EpisodeTable::paintHeader(QPainter &painter, const QPointF &topLeft) const
{
    painter.save();
    const QRectF band(topLeft, QSizeF(m_width, m_headerHeight));
    painter.fillRect(band, QColor(0xdd, 0xdd, 0xdd));
    paintCells(painter, topLeft, m_headers, true);
    painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.9)));
    painter.drawLine(band.topLeft(), band.topRight());
    painter.drawLine(band.bottomLeft(), band.bottomRight());
    painter.restore();
}

void EpisodeTable::paintRow(QPainter &painter, const QPointF &topLeft, const Row &row, bool shaded) const
{
    painter.save();
    const QRectF band(topLeft, QSizeF(m_width, row.height));
    if (shaded)
        painter.fillRect(band, QColor(0xf3, 0xf3, 0xf3));
    paintCells(painter, topLeft, row.cells, false);
    painter.setPen(QPen(ReportStyle::grid(), m_style.pt(0.4)));
    painter.drawLine(band.bottomLeft(), band.bottomRight());
    painter.restore();
}

} // namespace legcare::report
