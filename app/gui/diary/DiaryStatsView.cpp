#include "diary/DiaryStatsView.h"

#include "diary/DiaryCharts.h"
#include "diary/FrequencyPrompt.h"
#include "diary/Episode.h"
#include "kb/Location.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace legcare::gui {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

DiaryStatsView::DiaryStatsView(diary::DiaryStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("diaryStats"));

    m_prompt = new FrequencyPrompt(this);
    connect(m_prompt, &FrequencyPrompt::symptomCheckRequested, this,
            &DiaryStatsView::symptomCheckRequested);

    m_numbers = new QLabel(this);
    m_numbers->setObjectName(QStringLiteral("diaryStatsNumbers"));
    m_numbers->setTextFormat(Qt::RichText);
    m_numbers->setWordWrap(true);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("diaryStatsScope"));
    m_scope->setWordWrap(true);

    // The charts come with the first refresh (ensureCharts).
    m_chartsPanel = new QWidget(this);
    m_chartsGrid = new QGridLayout(m_chartsPanel);
    m_chartsGrid->setContentsMargins(0, 0, 0, 0);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("diaryStatsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_chartsPanel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_numbers);
    layout->addWidget(m_scope);
    layout->addWidget(scroll, 1);
}

void DiaryStatsView::ensureCharts()
{
    if (m_chartsMade)
        return;
    m_chartsMade = true;
    const diarycharts::Loaded &charts = diarycharts::plugin();
    if (!charts.plugin) {
        auto *missing = new QLabel(tr("The charts cannot be shown: %1").arg(charts.error),
                                   m_chartsPanel);
        missing->setObjectName(QStringLiteral("diaryChartsMissing"));
        missing->setWordWrap(true);
        missing->setTextFormat(Qt::PlainText);
        m_chartsGrid->addWidget(missing, 0, 0, Qt::AlignTop);
        return;
    }
    const QList<QPair<ChartId, QString>> names = {
        { Weeks, tr("Chart: cramps per week") },
        { Severity, tr("Chart: mean severity per week") },
        { Locations, tr("Chart: where") },
        { Hours, tr("Chart: hour the cramp started") },
        { Triggers, tr("Chart: possible triggers") },
        { Reliefs, tr("Chart: what helped") },
        { Routines, tr("Chart: cramps per week with and without routines") },
    };
    // The charts along time or hours take the whole width, so that every label fits.
    int row = 0;
    int column = 0;
    for (const auto &[id, name] : names) {
        QWidget *view = charts.plugin->createView(m_chartsPanel);
        view->setObjectName(QStringLiteral("diaryChart%1").arg(static_cast<int>(id)));
        view->setAccessibleName(name);
        view->setMinimumSize(360, id == Weeks || id == Severity ? 300 : 260);
        m_charts.insert(id, view);
        const bool wide = id == Weeks || id == Severity || id == Hours;
        if (wide && column > 0) {
            ++row;
            column = 0;
        }
        m_chartsGrid->addWidget(view, row, column, 1, wide ? 2 : 1);
        column = wide ? 2 : column + 1;
        if (column >= 2) {
            ++row;
            column = 0;
        }
    }
}

void DiaryStatsView::setChart(ChartId id, const DiaryChartInput &input,
                              const QString &description)
{
    QWidget *view = m_charts.value(id);
    if (!view)
        return;
    static_assert(static_cast<int>(DiaryChartsPlugin::Chart::Routines) == Routines);
    diarycharts::plugin().plugin->draw(view, static_cast<DiaryChartsPlugin::Chart>(id), input,
                                       palette());
    // An empty chart says so in words too (a screen reader gets no picture).
    const QString text
        = description.isEmpty() ? tr("Nothing recorded in this period.") : description;
    view->setAccessibleDescription(text);
    view->setToolTip(text.size() < 600 ? text : QString());
}

void DiaryStatsView::setPeriod(std::optional<QDate> from, std::optional<QDate> to,
                               bool locationFiltered)
{
    m_from = from;
    m_to = to;
    m_locationFiltered = locationFiltered;
    markDirty();
}

void DiaryStatsView::markDirty()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void DiaryStatsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DiaryStatsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_dirty && isVisible())
        refresh(); // light / dark switch: redraw the charts in the new colours
}

void DiaryStatsView::refresh()
{
    m_dirty = false;
    m_stats = diary::computeStatistics(m_store, m_from, m_to);
    m_prompt->update(m_stats.frequentThresholdMet, m_stats.lastSevenDaysCount,
                     m_stats.lastFourWeeksPerWeek);
    updateNumbers();

    ensureCharts();
    const DiaryChartInput chartInput = diarycharts::input(m_stats);
    setChart(Weeks, chartInput, diarycharts::describeWeeks(m_stats));
    QStringList severities;
    for (const diary::WeekCount &week : std::as_const(m_stats.weeks)) {
        if (week.meanSeverity)
            severities.append(QStringLiteral("%1: %2").arg(
                QLocale().toString(week.weekStart, QLocale::ShortFormat),
                number(*week.meanSeverity)));
    }
    setChart(Severity, chartInput, severities.join(QStringLiteral("; ")));

    // The charts of counts by name: the names as LegCare words them, in the user's language.
    const auto setCounts = [this](ChartId id, const auto &byKey, const auto &nameOf) {
        DiaryChartInput byName;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            byName.names.append(nameOf(it.key()));
            byName.counts.append(it.value());
        }
        setChart(id, byName, diarycharts::describeCounts(byName.names, byName.counts));
    };
    setCounts(Locations, m_stats.byLocation, kb::locationName);
    QStringList hours;
    QList<int> counts;
    for (std::size_t hour = 0; hour < m_stats.byHour.size(); ++hour) {
        hours.append(tr("%1:00").arg(hour));
        counts.append(m_stats.byHour[hour]);
    }
    setChart(Hours, chartInput, diarycharts::describeCounts(hours, counts));
    setCounts(Triggers, m_stats.byTrigger, diary::triggerName);
    setCounts(Reliefs, m_stats.byRelief, diary::reliefName);
    setChart(Routines, chartInput,
             tr("With a routine: %1 a week; without: %2 a week")
                 .arg(m_stats.perWeekWithRoutine ? number(*m_stats.perWeekWithRoutine)
                                                 : tr("no such weeks"),
                      m_stats.perWeekWithoutRoutine ? number(*m_stats.perWeekWithoutRoutine)
                                                    : tr("no such weeks")));
}

void DiaryStatsView::updateNumbers()
{
    const QLocale locale;
    const QString period = tr("%1 to %2")
                               .arg(locale.toString(m_stats.from, QLocale::ShortFormat),
                                    locale.toString(m_stats.to, QLocale::ShortFormat));
    const QString fourWeeks = m_stats.lastFourWeeksPerWeek >= diary::kFrequentCrampsPerWeek
        ? tr("<b>%1 a week — at or above the threshold of 3</b>")
              .arg(number(m_stats.lastFourWeeksPerWeek))
        : tr("%1 a week (threshold: 3)").arg(number(m_stats.lastFourWeeksPerWeek));
    QStringList rows;
    rows << tr("Period: %1").arg(period)
         << tr("Cramps: <b>%1</b> (%2 a week)")
                .arg(m_stats.episodeCount)
                .arg(number(m_stats.episodesPerWeek))
         << tr("Last four weeks: %1 cramps, %2").arg(m_stats.lastFourWeeksCount).arg(fourWeeks)
         << tr("Last 7 days: %1").arg(m_stats.lastSevenDaysCount)
         << tr("Severity: mean %1, worst %2")
                .arg(m_stats.meanSeverity ? number(*m_stats.meanSeverity) : tr("—"),
                     m_stats.worstSeverity ? QString::number(*m_stats.worstSeverity) : tr("—"));
    m_numbers->setText(rows.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_numbers->setAccessibleName(tr("Diary statistics"));
    QString plain = m_numbers->text();
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")))
        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    m_numbers->setAccessibleDescription(plain);
    m_scope->setVisible(m_locationFiltered);
    m_scope->setText(
        tr("The statistics cover every place on the leg; the place filter applies to the list."));
}

} // namespace legcare::gui
