#pragma once

#include "diary/DiaryChartsPlugin.h"

#include <QObject>

namespace legcare::gui {

// The plugin legcare_diary_charts: the Diary's charts drawn with Qt Charts (DiaryChartsPlugin).
// Colours follow the palette (light or dark); no animations.
class DiaryChartsModule final : public QObject, public DiaryChartsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LegCareDiaryChartsPlugin_iid)
    Q_INTERFACES(legcare::gui::DiaryChartsPlugin)

public:
    QWidget *createView(QWidget *parent) const override;
    void draw(QWidget *view, Chart chart, const DiaryChartInput &input,
              const QPalette &palette) const override;
};

} // namespace legcare::gui
