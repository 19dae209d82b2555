#include "report/ReportCharts.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace legcare::report {

namespace {

// A step of 1, 2 or 5 times a power of ten giving about five gridlines up to maxValue.
double niceStep(double maxValue)
{
    const double raw = std::max(maxValue, 1.0) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return std::max(1.0, factor * magnitude);
    }
    return std::max(1.0, 10.0 * magnitude);
}

} // namespace

ReportCharts::ReportCharts(const ReportStyle &style)
    : m_style(style)
    , m_small(style.font(7))
{
}

qreal ReportCharts::lineHeight() const
{
    return m_style.metrics(m_small).height();
}

ReportCharts::Axis ReportCharts::valueAxis(QPainter &painter, const QRectF &rect, double maxValue,
                                           double minTop, const QString &caption,
                                           qreal bottomSpace) const
{
    Axis axis;
    axis.step = niceStep(std::max(maxValue, minTop));
    axis.top = std::max(axis.step, std::ceil(std::max(maxValue, minTop) / axis.step) * axis.step);
    const QFontMetricsF metrics = m_style.metrics(m_small);
    const qreal labelWidth = metrics.horizontalAdvance(m_style.number(axis.top, 0)) + m_style.mm(1.5);
    const qreal captionHeight = lineHeight() * 1.3;
    axis.plot = QRectF(rect.left() + labelWidth, rect.top() + captionHeight,
                       rect.width() - labelWidth, rect.height() - captionHeight - bottomSpace);

    painter.save();
    painter.setPen(ReportStyle::mutedInk());
    m_style.drawLine(painter, QRectF(rect.left(), rect.top(), rect.width(), lineHeight()), caption,
                     m_small);
    for (double value = 0; value <= axis.top + 1e-9; value += axis.step) {
        const qreal y = axis.y(value);
        if (value > 0) {
            painter.setPen(QPen(ReportStyle::grid(), m_style.pt(0.4)));
            painter.drawLine(QPointF(axis.plot.left(), y), QPointF(axis.plot.right(), y));
        }
        painter.setPen(ReportStyle::ink());
        m_style.drawLine(painter,
                         QRectF(rect.left(), y - lineHeight() / 2, labelWidth - m_style.mm(1),
                                lineHeight()),
                         m_style.number(value, 0), m_small, Qt::AlignRight | Qt::AlignVCenter);
    }
    painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.6)));
    painter.drawLine(axis.plot.bottomLeft(), axis.plot.bottomRight());
    painter.drawLine(axis.plot.bottomLeft(), axis.plot.topLeft());
    painter.restore();
    return axis;
}

qreal ReportCharts::categoryLabels(QPainter &painter, const Axis &axis, const QStringList &labels,
                                   qreal top) const
{
    if (labels.isEmpty())
        return 0;
    const QFontMetricsF metrics = m_style.metrics(m_small);
    const qreal slot = axis.plot.width() / static_cast<qreal>(labels.size());
    qreal widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const auto every = static_cast<qsizetype>(std::ceil((widest + m_style.mm(1.5)) / slot));
    painter.save();
    painter.setPen(ReportStyle::ink());
    for (qsizetype i = 0; i < labels.size(); i += std::max<qsizetype>(1, every)) {
        const qreal centre = axis.plot.left() + slot * (static_cast<qreal>(i) + 0.5);
        painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.6)));
        painter.drawLine(QPointF(centre, top - m_style.mm(0.2)), QPointF(centre, top + m_style.mm(0.8)));
        m_style.drawLine(painter, QRectF(centre - widest, top + m_style.mm(0.8), widest * 2, lineHeight()),
                         labels.at(i), m_small, Qt::AlignHCenter | Qt::AlignVCenter);
    }
    painter.restore();
    return m_style.mm(0.8) + lineHeight();
}

void ReportCharts::axisTitle(QPainter &painter, const Axis &axis, qreal top, const QString &title) const
{
    painter.save();
    painter.setPen(ReportStyle::mutedInk());
    m_style.drawLine(painter, QRectF(axis.plot.left(), top, axis.plot.width(), lineHeight()), title,
                     m_small, Qt::AlignHCenter | Qt::AlignVCenter);
    painter.restore();
}

void ReportCharts::hatch(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.fillRect(rect, Qt::white);
    painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.6)));
    const qreal gap = m_style.mm(1.1);
    for (qreal x = rect.left() - rect.height(); x < rect.right(); x += gap)
        painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    painter.restore();
}

void ReportCharts::tick(QPainter &painter, const QPointF &centre, qreal size) const
{
    QPainterPath path;
    path.moveTo(centre + QPointF(-size * 0.45, 0));
    path.lineTo(centre + QPointF(-size * 0.1, size * 0.35));
    path.lineTo(centre + QPointF(size * 0.5, -size * 0.4));
    painter.save();
    painter.setPen(QPen(ReportStyle::ink(), m_style.pt(1.2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.restore();
}

void ReportCharts::swatch(QPainter &painter, const QRectF &box, LegendEntry::Swatch kind) const
{
    painter.save();
    const QPointF middle(box.left(), box.center().y());
    switch (kind) {
    case LegendEntry::Swatch::Solid:
        painter.fillRect(box, ReportStyle::barFill());
        painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.5)));
        painter.drawRect(box);
        break;
    case LegendEntry::Swatch::Hatched:
        hatch(painter, box);
        painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.5)));
        painter.drawRect(box);
        break;
    case LegendEntry::Swatch::Shaded:
        painter.fillRect(box, ReportStyle::shade());
        painter.setPen(QPen(ReportStyle::grid(), m_style.pt(0.5)));
        painter.drawRect(box);
        break;
    case LegendEntry::Swatch::DashedLine:
        painter.setPen(QPen(ReportStyle::ink(), m_style.pt(1.1), Qt::DashLine));
        painter.drawLine(middle, QPointF(box.right(), middle.y()));
        break;
    case LegendEntry::Swatch::SolidLineDot:
        painter.setPen(QPen(ReportStyle::ink(), m_style.pt(1.2)));
        painter.drawLine(middle, QPointF(box.right(), middle.y()));
        painter.setBrush(ReportStyle::ink());
        painter.drawEllipse(box.center(), m_style.pt(2.2), m_style.pt(2.2));
        break;
    case LegendEntry::Swatch::DashedLineSquare: {
        painter.setPen(QPen(ReportStyle::mutedInk(), m_style.pt(0.9), Qt::DashLine));
        painter.drawLine(middle, QPointF(box.right(), middle.y()));
        painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.8)));
        painter.setBrush(Qt::white);
        const qreal half = m_style.pt(2.2);
        painter.drawRect(QRectF(box.center() - QPointF(half, half), QSizeF(2 * half, 2 * half)));
        break;
    }
    case LegendEntry::Swatch::Tick:
        tick(painter, box.center(), box.height());
        break;
    }
    painter.restore();
}

void ReportCharts::legend(QPainter &painter, const QRectF &rect, const QList<LegendEntry> &entries) const
{
    const QFontMetricsF metrics = m_style.metrics(m_small);
    const qreal box = lineHeight() * 0.75;
    const qreal swatchWidth = box * 2.2;
    qreal x = rect.left();
    painter.save();
    for (const LegendEntry &entry : entries) {
        const qreal textWidth = metrics.horizontalAdvance(entry.text);
        const QRectF swatchRect(x, rect.top() + (lineHeight() - box) / 2, swatchWidth, box);
        swatch(painter, entry.swatch == LegendEntry::Swatch::Solid
                            || entry.swatch == LegendEntry::Swatch::Hatched
                            || entry.swatch == LegendEntry::Swatch::Shaded
                        ? QRectF(swatchRect.left(), swatchRect.top(), box * 1.4, box)
                        : swatchRect,
               entry.swatch);
        painter.setPen(ReportStyle::ink());
        m_style.drawLine(painter, QRectF(x + swatchWidth + m_style.mm(1.2), rect.top(), textWidth + 2, lineHeight()),
                         entry.text, m_small);
        x += swatchWidth + m_style.mm(1.2) + textWidth + m_style.mm(5);
    }
    painter.restore();
}

QStringList ReportCharts::weekLabels(const QList<ReportWeek> &weeks) const
{
    QStringList labels;
    for (const ReportWeek &week : weeks)
        labels.append(m_style.shortDate(week.weekStart));
    return labels;
}

void ReportCharts::episodesPerWeek(QPainter &painter, const QRectF &rect,
                                   const QList<ReportWeek> &weeks, double threshold) const
{
    if (weeks.isEmpty())
        return;
    const qreal row = lineHeight();
    const qreal bottomSpace = m_style.mm(0.8) + row * 4.6;
    int most = 0;
    for (const ReportWeek &week : weeks)
        most = std::max(most, week.episodes);
    const Axis axis = valueAxis(painter, rect, most, threshold + 1, tr("Episodes"), bottomSpace);
    const qreal slot = axis.plot.width() / static_cast<qreal>(weeks.size());
    const qreal barWidth = std::min(slot * 0.62, m_style.mm(9));

    painter.save();
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        const ReportWeek &week = weeks.at(i);
        const qreal centre = axis.plot.left() + slot * (static_cast<qreal>(i) + 0.5);
        const QRectF bar(centre - barWidth / 2, axis.y(week.episodes), barWidth,
                         axis.plot.bottom() - axis.y(week.episodes));
        if (week.episodes > 0) {
            if (week.routineDone)
                hatch(painter, bar);
            else
                painter.fillRect(bar, ReportStyle::barFill());
            painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.5)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(bar);
            painter.setPen(ReportStyle::ink());
            m_style.drawLine(painter, QRectF(centre - slot / 2, bar.top() - row * 1.05, slot, row),
                             QString::number(week.episodes), m_small, Qt::AlignHCenter | Qt::AlignBottom);
        }
    }
    // The threshold, over the bars, labelled at its right end on a white ground.
    const qreal thresholdY = axis.y(threshold);
    painter.setPen(QPen(ReportStyle::ink(), m_style.pt(1.1), Qt::DashLine));
    painter.drawLine(QPointF(axis.plot.left(), thresholdY), QPointF(axis.plot.right(), thresholdY));
    const QString thresholdText = tr("%1 a week").arg(m_style.number(threshold, 0));
    const qreal textWidth = m_style.metrics(m_small).horizontalAdvance(thresholdText) + m_style.mm(1.5);
    const QRectF label(axis.plot.right() - textWidth, thresholdY - row * 1.1, textWidth, row);
    painter.fillRect(label, Qt::white);
    painter.setPen(ReportStyle::ink());
    m_style.drawLine(painter, label, thresholdText, m_small, Qt::AlignHCenter | Qt::AlignVCenter);

    qreal y = axis.plot.bottom();
    y += categoryLabels(painter, axis, weekLabels(weeks), y);
    // A tick under every week with a routine: visible even for a week without cramps.
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        if (weeks.at(i).routineDone)
            tick(painter, QPointF(axis.plot.left() + slot * (static_cast<qreal>(i) + 0.5), y + row * 0.55), row * 0.7);
    }
    y += row * 1.15;
    axisTitle(painter, axis, y, tr("Week starting on Monday"));
    y += row * 1.3;
    legend(painter, QRectF(axis.plot.left(), y, axis.plot.width(), row),
           {{LegendEntry::Swatch::Solid, tr("Week without a routine")},
            {LegendEntry::Swatch::Hatched, tr("Week with a routine")},
            {LegendEntry::Swatch::Tick, tr("Routine done that week")},
            {LegendEntry::Swatch::DashedLine, tr("Threshold: %1 a week").arg(m_style.number(threshold, 0))}});
    painter.restore();
}

void ReportCharts::severityPerWeek(QPainter &painter, const QRectF &rect,
                                   const QList<ReportWeek> &weeks) const
{
    if (weeks.isEmpty())
        return;
    const qreal row = lineHeight();
    const Axis axis = valueAxis(painter, rect, 10, 10, tr("Severity (0 = none, 10 = worst)"),
                                m_style.mm(0.8) + row * 3.4);
    const qreal slot = axis.plot.width() / static_cast<qreal>(weeks.size());
    const auto x = [&](qsizetype i) { return axis.plot.left() + slot * (static_cast<qreal>(i) + 0.5); };
    const qreal radius = m_style.pt(2.2);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Lines join consecutive weeks that have episodes; a week without any breaks the line.
    const auto drawSeries = [&](const auto &valueOf, const QPen &pen) {
        painter.setPen(pen);
        for (qsizetype i = 1; i < weeks.size(); ++i) {
            const auto previous = valueOf(weeks.at(i - 1));
            const auto current = valueOf(weeks.at(i));
            if (previous && current)
                painter.drawLine(QPointF(x(i - 1), axis.y(*previous)), QPointF(x(i), axis.y(*current)));
        }
    };
    const auto worst = [](const ReportWeek &week) -> std::optional<double> {
        return week.worstSeverity ? std::optional<double>(*week.worstSeverity) : std::nullopt;
    };
    const auto mean = [](const ReportWeek &week) { return week.meanSeverity; };
    drawSeries(worst, QPen(ReportStyle::mutedInk(), m_style.pt(0.9), Qt::DashLine));
    drawSeries(mean, QPen(ReportStyle::ink(), m_style.pt(1.2)));
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        if (const auto value = worst(weeks.at(i))) {
            painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.8)));
            painter.setBrush(Qt::white);
            painter.drawRect(QRectF(x(i) - radius, axis.y(*value) - radius, 2 * radius, 2 * radius));
        }
        if (const auto value = mean(weeks.at(i))) {
            painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.6)));
            painter.setBrush(ReportStyle::ink());
            painter.drawEllipse(QPointF(x(i), axis.y(*value)), radius, radius);
        }
    }
    qreal y = axis.plot.bottom();
    y += categoryLabels(painter, axis, weekLabels(weeks), y);
    axisTitle(painter, axis, y, tr("Week starting on Monday (no point: no episodes that week)"));
    y += row * 1.3;
    legend(painter, QRectF(axis.plot.left(), y, axis.plot.width(), row),
           {{LegendEntry::Swatch::SolidLineDot, tr("Mean severity")},
            {LegendEntry::Swatch::DashedLineSquare, tr("Worst severity")}});
    painter.restore();
}

void ReportCharts::byHour(QPainter &painter, const QRectF &rect, const std::array<int, 24> &hours) const
{
    const qreal row = lineHeight();
    const int most = *std::max_element(hours.cbegin(), hours.cend());
    // The night (22:00 to 06:00) is shaded behind the grid.
    const Axis axis = valueAxis(painter, rect, most, 4, tr("Episodes"), m_style.mm(0.8) + row * 3.4);
    const qreal slot = axis.plot.width() / 24.0;
    painter.save();
    painter.setCompositionMode(QPainter::CompositionMode_Multiply);
    painter.fillRect(QRectF(axis.plot.left(), axis.plot.top(), slot * 6, axis.plot.height()), ReportStyle::shade());
    painter.fillRect(QRectF(axis.plot.left() + slot * 22, axis.plot.top(), slot * 2, axis.plot.height()),
                     ReportStyle::shade());
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    const qreal barWidth = slot * 0.7;
    QStringList labels;
    for (std::size_t hour = 0; hour < hours.size(); ++hour) {
        const int count = hours.at(hour);
        labels.append(QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
        if (count == 0)
            continue;
        const qreal centre = axis.plot.left() + slot * (static_cast<qreal>(hour) + 0.5);
        const QRectF bar(centre - barWidth / 2, axis.y(count), barWidth, axis.plot.bottom() - axis.y(count));
        painter.fillRect(bar, ReportStyle::barFill());
        painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.5)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar);
        painter.setPen(ReportStyle::ink());
        m_style.drawLine(painter, QRectF(centre - slot, bar.top() - row * 1.05, slot * 2, row),
                         QString::number(count), m_small, Qt::AlignHCenter | Qt::AlignBottom);
    }
    qreal y = axis.plot.bottom();
    y += categoryLabels(painter, axis, labels, y);
    axisTitle(painter, axis, y, tr("Hour the cramp started (00 = midnight to 1 a.m.)"));
    y += row * 1.3;
    legend(painter, QRectF(axis.plot.left(), y, axis.plot.width(), row),
           {{LegendEntry::Swatch::Shaded, tr("Night, 22:00 to 06:00")}});
    painter.restore();
}

qreal ReportCharts::barListHeight(qsizetype items) const
{
    return static_cast<qreal>(std::max<qsizetype>(items, 1)) * lineHeight() * 1.45;
}

void ReportCharts::barList(QPainter &painter, const QRectF &rect, const QList<LabelledCount> &items,
                           qint64 total) const
{
    const QFontMetricsF metrics = m_style.metrics(m_small);
    const qreal row = lineHeight() * 1.45;
    if (items.isEmpty()) {
        painter.setPen(ReportStyle::mutedInk());
        m_style.drawLine(painter, QRectF(rect.left(), rect.top(), rect.width(), row), tr("None recorded"), m_small);
        return;
    }
    qreal labelWidth = 0;
    int most = 1;
    for (const LabelledCount &item : items) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(item.label));
        most = std::max(most, item.count);
    }
    labelWidth = std::min(labelWidth + m_style.mm(2), rect.width() * 0.42);
    const qreal valueWidth = metrics.horizontalAdvance(QStringLiteral("8888 (100%)")) + m_style.mm(1);
    const qreal barSpace = rect.width() - labelWidth - valueWidth;
    painter.save();
    qreal y = rect.top();
    for (const LabelledCount &item : items) {
        painter.setPen(ReportStyle::ink());
        m_style.drawLine(painter, QRectF(rect.left(), y, labelWidth - m_style.mm(1.5), row), item.label, m_small,
                         Qt::AlignRight | Qt::AlignVCenter);
        const qreal length = barSpace * item.count / most;
        const QRectF bar(rect.left() + labelWidth, y + row * 0.2, length, row * 0.6);
        painter.fillRect(bar, ReportStyle::barFill());
        painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.5)));
        painter.drawRect(bar);
        const double percent = total > 0 ? 100.0 * item.count / static_cast<double>(total) : 0.0;
        painter.setPen(ReportStyle::ink());
        m_style.drawLine(painter, QRectF(bar.right() + m_style.mm(1), y, valueWidth, row),
                         tr("%1 (%2%)").arg(item.count).arg(m_style.number(percent, 0)), m_small);
        y += row;
    }
    painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.6)));
    painter.drawLine(QPointF(rect.left() + labelWidth, rect.top()), QPointF(rect.left() + labelWidth, y));
    painter.restore();
}

} // namespace legcare::report
