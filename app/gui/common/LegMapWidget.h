#pragma once

#include "common/LegMapCanvas.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;

namespace legcare::gui {

// Where on the legs: a clickable map of the legs (front and back, left and right), and under it
// the same choice as a list of places and a choice of side, for keyboard and screen-reader users
// who prefer plain controls. Self-contained: the symptom check and the diary both use it.
//
// The map: click a place to choose it on that leg; click the same place on the other leg for
// both legs. Keyboard: arrow keys move between places, Space or Enter chooses, L / R / B pick
// the left leg, the right leg or both.
class LegMapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegMapWidget)

public:
    explicit LegMapWidget(QWidget *parent = nullptr);

    std::optional<kb::Location> location() const;
    // nullopt: not chosen, or "not sure".
    std::optional<LegSide> side() const;
    void setSelection(std::optional<kb::Location> location, std::optional<LegSide> side);

    // The choice in words ("Calf, left leg"), or a prompt when nothing is chosen.
    QString selectionText() const;

    LegMapCanvas *canvas() const { return m_canvas; }

signals:
    void selectionChanged();

private:
    void syncFromCanvas();
    void syncFromControls();
    void updateTexts();

    LegMapCanvas *m_canvas = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_place = nullptr;
    QButtonGroup *m_sides = nullptr;
    bool m_syncing = false;
};

} // namespace legcare::gui
