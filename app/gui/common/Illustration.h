#pragma once

#include <QIcon>
#include <QImage>
#include <QSize>
#include <QString>

namespace legcare::gui {

// An exercise's SVG illustration drawn on white, `width` logical pixels wide at
// `devicePixelRatio` (so it stays crisp on any display), its aspect ratio kept. White, not
// transparent: a dark theme must not swallow the drawing's dark outlines. A null image when
// the SVG does not load.
QImage renderIllustration(const QString &svgPath, int width, qreal devicePixelRatio);

// An exercise's illustration as an icon of `size` (logical pixels): the drawing on white,
// centred, its aspect ratio kept; scaled to fit where it is asked for at another size. Drawn
// when it is first shown at a size, not when it is made: a list can hold every exercise's icon
// and parse only the drawings of the rows in view. Draws nothing when the SVG does not load.
QIcon illustrationIcon(const QString &svgPath, QSize size);

} // namespace legcare::gui
