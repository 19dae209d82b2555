#pragma once

#include "kb/Location.h"

#include <QList>
#include <QPainterPath>
#include <QWidget>

#include <optional>

namespace legcare::gui {

// Which leg; the person's own left and right, not the viewer's.
enum class LegSide { Left, Right, Both };

QString legSideId(LegSide side); // "left", "right", "both": the profile contract's ids
std::optional<LegSide> parseLegSide(const QString &id);
QString legSideName(LegSide side); // "left leg", translated

// The drawing of LegMapWidget: the legs from the waist down, front and back views side by side,
// with the eight places of the profile contract as regions that the mouse and the keyboard pick.
// Drawn from vector paths in a fixed logical square scaled to the widget, so it stays sharp at
// any size and device-pixel ratio.
class LegMapCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegMapCanvas)

public:
    enum class View { Front, Back };

    // One clickable region: a place on one leg in one view.
    struct Region
    {
        View view;
        LegSide leg; // Left or Right
        kb::Location location;
        QPainterPath path; // logical coordinates
    };

    explicit LegMapCanvas(QWidget *parent = nullptr);

    std::optional<kb::Location> location() const { return m_location; }
    std::optional<LegSide> side() const { return m_side; }
    void setSelection(std::optional<kb::Location> location, std::optional<LegSide> side);

    // Where a region is drawn, in widget coordinates (for tests and for tooltips); a null point
    // when that view does not show the place (toes seen from the back).
    QPoint regionCentre(View view, LegSide leg, kb::Location location) const;
    // The region that the keyboard cursor is on, described in words.
    QString cursorDescription() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The user picked a place or a side, by mouse or keyboard.
    void selectionChanged();
    void cursorMoved();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QTransform toWidget() const;
    int regionAt(const QPoint &widgetPos) const;
    void activate(int regionIndex);
    void moveCursor(int dx, int dy);
    void chooseSide(LegSide side);
    bool isSelected(const Region &region) const;
    QString regionName(const Region &region) const;
    void paintView(QPainter &painter, View view) const;

    QList<Region> m_regions;
    QPainterPath m_bodyFront;
    QPainterPath m_bodyBack;
    std::optional<kb::Location> m_location;
    std::optional<LegSide> m_side;
    int m_hover = -1;
    int m_cursor = 0;
};

} // namespace legcare::gui
