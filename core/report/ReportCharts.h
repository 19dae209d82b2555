#pragma once

#include "report/ReportStyle.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>

#include <array>
#include <optional>

class QPainter;

namespace legcare::report {

// One week of the report's period, for the weekly charts.
struct ReportWeek {
    QDate weekStart; // Monday
    int episodes = 0;
    std::optional<double> meanSeverity;
    std::optional<int> worstSeverity;
    bool routineDone = false;
};

// A named count for a bar list ("Calf", 31).
struct LabelledCount {
    QString label;
    int count = 0;
};

// The report's charts, painted with QPainter only (no Qt Charts in the core): thin axes, light
// gridlines, labelled ticks, and meaning carried by shape and pattern as well as by shade, so
// they read the same in black-and-white print. Each chart fills the rectangle it is given.
class ReportCharts final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    explicit ReportCharts(const ReportStyle &style);

    // Bars of episodes per week, hatched for weeks with a routine (and a tick under them), with
    // a dashed line at the frequent-cramps threshold.
    void episodesPerWeek(QPainter &painter, const QRectF &rect, const QList<ReportWeek> &weeks,
                         double threshold) const;
    // Mean (solid line, filled dots) and worst (dashed, open squares) severity per week.
    void severityPerWeek(QPainter &painter, const QRectF &rect, const QList<ReportWeek> &weeks) const;
    // Episodes by the hour they started, with the night hours shaded.
    void byHour(QPainter &painter, const QRectF &rect, const std::array<int, 24> &hours) const;

    // Horizontal bars with their labels and "count (percent of total)"; biggest first.
    qreal barListHeight(qsizetype items) const;
    void barList(QPainter &painter, const QRectF &rect, const QList<LabelledCount> &items,
                 qint64 total) const;

private:
    struct Axis {
        QRectF plot;
        double top = 1;
        double step = 1;
        qreal y(double value) const { return plot.bottom() - value / top * plot.height(); }
    };
    struct LegendEntry {
        enum class Swatch { Solid, Hatched, Shaded, DashedLine, SolidLineDot, DashedLineSquare, Tick };
        Swatch swatch;
        QString text;
    };

    // Splits rect into the plot and draws the value axis (gridlines, tick labels, caption);
    // bottomSpace is kept below the plot for the category labels and legend.
    Axis valueAxis(QPainter &painter, const QRectF &rect, double maxValue, double minTop,
                   const QString &caption, qreal bottomSpace) const;
    // Labels under the category slots, thinned out when they would collide; returns the height.
    qreal categoryLabels(QPainter &painter, const Axis &axis, const QStringList &labels,
                         qreal top) const;
    void axisTitle(QPainter &painter, const Axis &axis, qreal top, const QString &title) const;
    void legend(QPainter &painter, const QRectF &rect, const QList<LegendEntry> &entries) const;
    void swatch(QPainter &painter, const QRectF &box, LegendEntry::Swatch kind) const;
    void hatch(QPainter &painter, const QRectF &rect) const;
    void tick(QPainter &painter, const QPointF &centre, qreal size) const;
    QStringList weekLabels(const QList<ReportWeek> &weeks) const;
    qreal lineHeight() const;

    const ReportStyle &m_style;
    QFont m_small;
};

} // namespace legcare::report
