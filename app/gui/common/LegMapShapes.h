#pragma once

#include "kb/Location.h"

#include <QList>
#include <QPainterPath>
#include <QTransform>

// The shapes of LegMapCanvas's drawing, in its logical units: one view is kViewWidth wide, with
// the body's centre line at kViewWidth / 2; the screen-right half is the mirror image.
namespace legcare::gui::legmap {

inline constexpr qreal kViewWidth = 220;

// The screen-left half of a view (front: down to the toes; back: to the heel), closed along the
// body's centre line.
QPainterPath halfOutline(bool back);
// Both legs as one outline, without a seam down the middle.
QPainterPath silhouette(bool back);

// A place as an area of the screen-left half, before it is clipped to the outline.
struct Band
{
    kb::Location location;
    QPainterPath area;
};
QList<Band> bands(bool back);

// Maps the screen-left half onto the screen-right one.
QTransform mirror();

} // namespace legcare::gui::legmap
