#include "diary/charts/DiaryChartsModule.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPalette>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace legcare::gui {

namespace {

// The charts' words (translation context DiaryCharts).
class Strings
{
    Q_DECLARE_TR_FUNCTIONS(DiaryCharts)
};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QChart *newChart(const QString &title, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.color(QPalette::Text));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(9.0, titleFont.pointSizeF()));
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsColor(palette.color(QPalette::Text));
    axis->setTitleBrush(palette.color(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlpha(40);
    axis->setGridLineColor(grid);
}

QValueAxis *countAxis(int maximum, const QPalette &palette, const QString &title = {})
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(4, maximum + 1));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    // A round step (1, 2, 5, 10, 20, 50, …) giving at most about six ticks.
    int step = 1;
    for (int scale = 1; step * 6 < maximum + 1; scale *= 10) {
        for (int factor : { 1, 2, 5 }) {
            step = factor * scale;
            if (step * 6 >= maximum + 1)
                break;
        }
    }
    axis->setTickInterval(step);
    axis->setTitleText(title);
    styleAxis(axis, palette);
    return axis;
}

QColor accent(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6c, 0xb4, 0xee) : QColor(0x1f, 0x6f, 0xb2);
}

// One horizontal bar per name, biggest first, with the count at the end of the bar.
QChart *horizontalBars(const QString &title, QStringList names, QList<int> counts,
                       const QPalette &palette)
{
    QChart *chart = newChart(title, palette);
    chart->legend()->hide();
    // Biggest at the top: a horizontal bar chart draws the first category at the bottom.
    QList<int> order;
    for (int i = 0; i < counts.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return counts[a] < counts[b]; });
    auto *set = new QBarSet(title);
    set->setColor(accent(palette));
    set->setBorderColor(accent(palette));
    set->setLabelColor(palette.color(QPalette::Text));
    QStringList categories;
    int maximum = 0;
    for (int i : order) {
        set->append(counts[i]);
        categories.append(names[i]);
        maximum = std::max(maximum, counts[i]);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    styleAxis(axisY, palette);
    QValueAxis *axisX = countAxis(maximum + maximum / 8, palette);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    return chart;
}

QChart *episodesPerWeek(const DiaryChartInput &input, const QPalette &palette)
{
    const qsizetype weeks = input.weekLabels.size();
    QChart *chart = newChart(
        input.weeksRecorded > weeks
            ? Strings::tr("Cramps per week (the last %1 weeks)").arg(weeks)
            : Strings::tr("Cramps per week"),
        palette);
    auto *without = new QBarSet(Strings::tr("No routine that week"));
    without->setColor(accent(palette));
    without->setBorderColor(accent(palette));
    auto *with = new QBarSet(Strings::tr("Routine done that week (hatched)"));
    with->setBrush(QBrush(accent(palette), Qt::BDiagPattern));
    with->setBorderColor(accent(palette));
    int maximum = 0;
    for (qsizetype i = 0; i < weeks; ++i) {
        const int episodes = input.weekEpisodes.value(i);
        const bool routineDone = input.weekRoutineDone.value(i);
        without->append(routineDone ? 0 : episodes);
        with->append(routineDone ? episodes : 0);
        maximum = std::max(maximum, episodes);
    }
    auto *bars = new QStackedBarSeries;
    bars->append(without);
    bars->append(with);
    bars->setBarWidth(0.75);
    chart->addSeries(bars);

    auto *threshold = new QLineSeries;
    threshold->setName(Strings::tr("3 a week: see a doctor (dashed)"));
    QPen pen(isDark(palette) ? QColor(0xff, 0x8a, 0x65) : QColor(0xc6, 0x28, 0x28));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(2.0);
    threshold->setPen(pen);
    threshold->append(-0.5, input.frequentPerWeek);
    threshold->append(static_cast<double>(weeks) - 0.5, input.frequentPerWeek);
    chart->addSeries(threshold);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(input.weekLabels);
    styleAxis(axisX, palette);
    QValueAxis *axisY
        = countAxis(std::max(maximum, static_cast<int>(std::ceil(input.frequentPerWeek))), palette);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series :
         { static_cast<QAbstractSeries *>(bars), static_cast<QAbstractSeries *>(threshold) }) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *severityTrend(const DiaryChartInput &input, const QPalette &palette)
{
    const qsizetype weeks = input.weekLabels.size();
    QChart *chart = newChart(
        input.weeksRecorded > weeks
            ? Strings::tr("Mean severity per week, 0–10 (the last %1 weeks)").arg(weeks)
            : Strings::tr("Mean severity per week, 0–10"),
        palette);
    chart->legend()->hide();
    auto *line = new QLineSeries;
    QPen pen(accent(palette));
    pen.setWidthF(2.0);
    line->setPen(pen);
    auto *points = new QScatterSeries;
    points->setMarkerSize(8);
    points->setColor(accent(palette));
    points->setBorderColor(accent(palette));
    for (qsizetype i = 0; i < weeks; ++i) {
        if (const std::optional<double> severity = input.weekMeanSeverity.value(i)) {
            line->append(static_cast<double>(i), *severity);
            points->append(static_cast<double>(i), *severity);
        }
    }
    chart->addSeries(line);
    chart->addSeries(points);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(input.weekLabels);
    styleAxis(axisX, palette);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, input.maxSeverity);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axisY, palette);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series :
         { static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points) }) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    return chart;
}

QChart *timeOfNight(const DiaryChartInput &input, const QPalette &palette)
{
    QChart *chart = newChart(Strings::tr("Hour the cramp started"), palette);
    chart->legend()->hide();
    auto *set = new QBarSet(Strings::tr("Cramps"));
    set->setColor(accent(palette));
    set->setBorderColor(accent(palette));
    QStringList hours;
    int maximum = 0;
    for (std::size_t hour = 0; hour < input.byHour.size(); ++hour) {
        set->append(input.byHour[hour]);
        hours.append(QString::number(hour));
        maximum = std::max(maximum, input.byHour[hour]);
    }
    auto *series = new QStackedBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(hours);
    styleAxis(axisX, palette);
    QValueAxis *axisY = countAxis(maximum, palette);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    return chart;
}

QChart *routineComparison(const DiaryChartInput &input, const QPalette &palette)
{
    QChart *chart = newChart(Strings::tr("Cramps per week, with and without routines"), palette);
    chart->legend()->hide();
    auto *set = new QBarSet(Strings::tr("Cramps per week"));
    set->setColor(accent(palette));
    set->setBorderColor(accent(palette));
    set->setLabelColor(palette.color(QPalette::Text));
    set->append(input.perWeekWithRoutine.value_or(0.0));
    set->append(input.perWeekWithoutRoutine.value_or(0.0));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(2);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append({ input.perWeekWithRoutine ? Strings::tr("Weeks with a routine")
                                             : Strings::tr("Weeks with a routine (none yet)"),
                    input.perWeekWithoutRoutine ? Strings::tr("Weeks without")
                                                : Strings::tr("Weeks without (none)") });
    styleAxis(axisY, palette);
    const double maximum = std::max(input.perWeekWithRoutine.value_or(0.0),
                                    input.perWeekWithoutRoutine.value_or(0.0));
    QValueAxis *axisX = countAxis(static_cast<int>(std::ceil(maximum * 1.15)), palette);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    return chart;
}

} // namespace

QWidget *DiaryChartsModule::createView(QWidget *parent) const
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

void DiaryChartsModule::draw(QWidget *view, Chart chart, const DiaryChartInput &input,
                             const QPalette &palette) const
{
    auto *chartView = qobject_cast<QChartView *>(view);
    if (!chartView)
        return;
    QChart *drawn = nullptr;
    switch (chart) {
    case Chart::Weeks:
        drawn = episodesPerWeek(input, palette);
        break;
    case Chart::Severity:
        drawn = severityTrend(input, palette);
        break;
    case Chart::Locations:
        drawn = horizontalBars(Strings::tr("Where"), input.names, input.counts, palette);
        break;
    case Chart::Hours:
        drawn = timeOfNight(input, palette);
        break;
    case Chart::Triggers:
        drawn = horizontalBars(Strings::tr("Possible triggers"), input.names, input.counts,
                               palette);
        break;
    case Chart::Reliefs:
        drawn = horizontalBars(Strings::tr("What helped"), input.names, input.counts, palette);
        break;
    case Chart::Routines:
        drawn = routineComparison(input, palette);
        break;
    }
    QChart *old = chartView->chart();
    chartView->setChart(drawn); // the view owns the new chart; the old one is ours to delete
    delete old;
}

} // namespace legcare::gui
