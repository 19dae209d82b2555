#pragma once

#include <QImage>
#include <QString>

namespace legcare::gui {

// An exercise's SVG illustration drawn on white, `width` logical pixels wide at
// `devicePixelRatio` (so it stays crisp on any display), its aspect ratio kept. White, not
// transparent: a dark theme must not swallow the drawing's dark outlines. A null image when
// the SVG does not load.
QImage renderIllustration(const QString &svgPath, int width, qreal devicePixelRatio);

} // namespace legcare::gui
