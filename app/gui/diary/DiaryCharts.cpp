#include "diary/DiaryCharts.h"

#include "diary/DiaryText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace legcare::gui::diarycharts {

namespace {

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

QList<diary::WeekCount> shownWeeks(const diary::Statistics &stats)
{
    return stats.weeks.mid(std::max<qsizetype>(0, stats.weeks.size() - kMaxWeeksShown));
}

QStringList weekLabels(const QList<diary::WeekCount> &weeks)
{
    QStringList labels;
    const QString format
        = Strings::tr("M/d", "short date format of a week's first day on chart axes");
    for (const diary::WeekCount &week : weeks)
        labels.append(QLocale().toString(week.weekStart, format));
    return labels;
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

} // namespace

QChart *episodesPerWeek(const diary::Statistics &stats, const QPalette &palette)
{
    const QList<diary::WeekCount> weeks = shownWeeks(stats);
    QChart *chart
        = newChart(stats.weeks.size() > kMaxWeeksShown
                       ? Strings::tr("Cramps per week (the last %1 weeks)").arg(kMaxWeeksShown)
                       : Strings::tr("Cramps per week"),
                   palette);
    auto *without = new QBarSet(Strings::tr("No routine that week"));
    without->setColor(accent(palette));
    without->setBorderColor(accent(palette));
    auto *with = new QBarSet(Strings::tr("Routine done that week (hatched)"));
    with->setBrush(QBrush(accent(palette), Qt::BDiagPattern));
    with->setBorderColor(accent(palette));
    int maximum = 0;
    for (const diary::WeekCount &week : weeks) {
        without->append(week.routineDone ? 0 : week.episodes);
        with->append(week.routineDone ? week.episodes : 0);
        maximum = std::max(maximum, week.episodes);
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
    threshold->append(-0.5, diary::kFrequentCrampsPerWeek);
    threshold->append(static_cast<double>(weeks.size()) - 0.5, diary::kFrequentCrampsPerWeek);
    chart->addSeries(threshold);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(weekLabels(weeks));
    styleAxis(axisX, palette);
    QValueAxis *axisY = countAxis(std::max(maximum, 3), palette);
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

QChart *severityTrend(const diary::Statistics &stats, const QPalette &palette)
{
    const QList<diary::WeekCount> weeks = shownWeeks(stats);
    QChart *chart = newChart(
        stats.weeks.size() > kMaxWeeksShown
            ? Strings::tr("Mean severity per week, 0–10 (the last %1 weeks)").arg(kMaxWeeksShown)
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
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        if (weeks[i].meanSeverity) {
            line->append(static_cast<double>(i), *weeks[i].meanSeverity);
            points->append(static_cast<double>(i), *weeks[i].meanSeverity);
        }
    }
    chart->addSeries(line);
    chart->addSeries(points);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(weekLabels(weeks));
    styleAxis(axisX, palette);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, diary::kMaxSeverity);
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

QChart *locations(const diary::Statistics &stats, const QPalette &palette)
{
    QStringList names;
    QList<int> counts;
    for (auto it = stats.byLocation.cbegin(); it != stats.byLocation.cend(); ++it) {
        names.append(kb::locationName(it.key()));
        counts.append(it.value());
    }
    return horizontalBars(Strings::tr("Where"), names, counts, palette);
}

QChart *timeOfNight(const diary::Statistics &stats, const QPalette &palette)
{
    QChart *chart = newChart(Strings::tr("Hour the cramp started"), palette);
    chart->legend()->hide();
    auto *set = new QBarSet(Strings::tr("Cramps"));
    set->setColor(accent(palette));
    set->setBorderColor(accent(palette));
    QStringList hours;
    int maximum = 0;
    for (std::size_t hour = 0; hour < stats.byHour.size(); ++hour) {
        set->append(stats.byHour[hour]);
        hours.append(QString::number(hour));
        maximum = std::max(maximum, stats.byHour[hour]);
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

QChart *triggers(const diary::Statistics &stats, const QPalette &palette)
{
    QStringList names;
    QList<int> counts;
    for (auto it = stats.byTrigger.cbegin(); it != stats.byTrigger.cend(); ++it) {
        names.append(diary::triggerName(it.key()));
        counts.append(it.value());
    }
    return horizontalBars(Strings::tr("Possible triggers"), names, counts, palette);
}

QChart *reliefs(const diary::Statistics &stats, const QPalette &palette)
{
    QStringList names;
    QList<int> counts;
    for (auto it = stats.byRelief.cbegin(); it != stats.byRelief.cend(); ++it) {
        names.append(diary::reliefName(it.key()));
        counts.append(it.value());
    }
    return horizontalBars(Strings::tr("What helped"), names, counts, palette);
}

QChart *routineComparison(const diary::Statistics &stats, const QPalette &palette)
{
    QChart *chart = newChart(Strings::tr("Cramps per week, with and without routines"), palette);
    chart->legend()->hide();
    auto *set = new QBarSet(Strings::tr("Cramps per week"));
    set->setColor(accent(palette));
    set->setBorderColor(accent(palette));
    set->setLabelColor(palette.color(QPalette::Text));
    set->append(stats.perWeekWithRoutine.value_or(0.0));
    set->append(stats.perWeekWithoutRoutine.value_or(0.0));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(2);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append({ stats.perWeekWithRoutine ? Strings::tr("Weeks with a routine")
                                             : Strings::tr("Weeks with a routine (none yet)"),
                    stats.perWeekWithoutRoutine ? Strings::tr("Weeks without")
                                                : Strings::tr("Weeks without (none)") });
    styleAxis(axisY, palette);
    const double maximum = std::max(stats.perWeekWithRoutine.value_or(0.0),
                                    stats.perWeekWithoutRoutine.value_or(0.0));
    QValueAxis *axisX = countAxis(static_cast<int>(std::ceil(maximum * 1.15)), palette);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    return chart;
}

QString describeWeeks(const diary::Statistics &stats)
{
    QStringList parts;
    const QList<diary::WeekCount> weeks = shownWeeks(stats);
    const QStringList labels = weekLabels(weeks);
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        parts.append(
            weeks[i].routineDone
                ? Strings::tr("week of %1: %2 (routine done)").arg(labels[i]).arg(weeks[i].episodes)
                : Strings::tr("week of %1: %2").arg(labels[i]).arg(weeks[i].episodes));
    }
    return parts.join(QStringLiteral("; "));
}

QString describeCounts(const QStringList &names, const QList<int> &counts)
{
    QStringList parts;
    for (qsizetype i = 0; i < names.size() && i < counts.size(); ++i)
        parts.append(QStringLiteral("%1: %2").arg(names[i]).arg(counts[i]));
    return parts.join(QStringLiteral("; "));
}

} // namespace legcare::gui::diarycharts
