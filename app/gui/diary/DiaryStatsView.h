#pragma once

#include "diary/DiaryChartsPlugin.h"
#include "diary/Statistics.h"

#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace legcare::gui {

class FrequencyPrompt;

// The diary's statistics for the chosen period (diary::computeStatistics, the same figures as
// `legcare-cli diary stats` and the doctor's report): the numbers, the prompt to see a doctor when
// cramps reach 3 a week, and charts: cramps per week with the threshold and the weeks with a
// routine, severity trend, places, hour of the night, triggers, what helped, and cramps per week
// with and without routines. The charts are drawn by a plugin (diarycharts::plugin(), Qt Charts),
// loaded when the statistics are first shown; without it the view says why.
class DiaryStatsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiaryStatsView)

public:
    explicit DiaryStatsView(diary::DiaryStore &store, QWidget *parent = nullptr);

    // The period to describe: from (nullopt: the first episode) to (nullopt: today).
    void setPeriod(std::optional<QDate> from, std::optional<QDate> to, bool locationFiltered);
    // Recomputes now (otherwise it waits until the view is shown).
    void refresh();
    void markDirty();

    const diary::Statistics &statistics() const { return m_stats; }

signals:
    void symptomCheckRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum ChartId { Weeks, Severity, Locations, Hours, Triggers, Reliefs, Routines, ChartCount };

    // Makes the chart views the first time the statistics are shown (loading the plugin).
    void ensureCharts();
    void setChart(ChartId id, const DiaryChartInput &input, const QString &description);
    void updateNumbers();

    diary::DiaryStore &m_store;
    std::optional<QDate> m_from;
    std::optional<QDate> m_to;
    bool m_locationFiltered = false;
    bool m_dirty = true;
    diary::Statistics m_stats;

    FrequencyPrompt *m_prompt = nullptr;
    QLabel *m_numbers = nullptr;
    QLabel *m_scope = nullptr;
    QWidget *m_chartsPanel = nullptr;
    QGridLayout *m_chartsGrid = nullptr;
    bool m_chartsMade = false;
    QMap<ChartId, QWidget *> m_charts; // empty when the plugin could not be loaded
};

} // namespace legcare::gui
