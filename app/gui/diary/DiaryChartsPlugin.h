#pragma once

#include <QList>
#include <QStringList>
#include <QtPlugin>

#include <array>
#include <optional>

class QPalette;
class QWidget;

namespace legcare::gui {

// What one of the Diary's charts shows, in plain values: LegCare computes and names everything
// (diary::Statistics, translated names), the plugin only draws. Each chart reads its own fields.
struct DiaryChartInput {
    // Weeks and Severity: the weeks shown, oldest first, with their axis labels.
    QStringList weekLabels;
    QList<int> weekEpisodes;
    QList<bool> weekRoutineDone;
    QList<std::optional<double>> weekMeanSeverity;
    // More weeks are recorded than shown (the titles say "the last N weeks").
    int weeksRecorded = 0;
    // The dashed line on Weeks: cramps a week that mean seeing a doctor.
    double frequentPerWeek = 0.0;
    // The top of the Severity axis.
    int maxSeverity = 10;
    // Locations, Triggers and Reliefs: one bar per name.
    QStringList names;
    QList<int> counts;
    // Hours: episodes by the local hour they started.
    std::array<int, 24> byHour{};
    // Routines: cramps a week on weeks with and without a routine (nullopt: no such week).
    std::optional<double> perWeekWithRoutine;
    std::optional<double> perWeekWithoutRoutine;
};

// The Diary's charts, drawn with Qt Charts by a plugin (app/gui/diary/charts/, installed in
// LegCare's library directory) that is loaded when the statistics are first shown: Qt Charts,
// Qt OpenGL and Qt OpenGL Widgets are then not loaded before the window's first frame
// (docs/performance.md, "Startup"). diarycharts::plugin() loads it.
class DiaryChartsPlugin
{
public:
    enum class Chart { Weeks, Severity, Locations, Hours, Triggers, Reliefs, Routines };

    // At most this many weeks are drawn, the newest ones, so that the labels stay readable.
    static constexpr int kMaxWeeksShown = 16;

    virtual ~DiaryChartsPlugin() = default;

    // A view for one chart (a QChartView, antialiased, taking no focus).
    virtual QWidget *createView(QWidget *parent) const = 0;
    // Draws chart in a view made by createView, in the palette's colours (light or dark); the
    // view's previous chart is deleted.
    virtual void draw(QWidget *view, Chart chart, const DiaryChartInput &input,
                      const QPalette &palette) const = 0;
};

} // namespace legcare::gui

#define LegCareDiaryChartsPlugin_iid "org.legcare.LegCare.DiaryChartsPlugin/1"
Q_DECLARE_INTERFACE(legcare::gui::DiaryChartsPlugin, LegCareDiaryChartsPlugin_iid)
