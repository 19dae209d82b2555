#pragma once

#include "kb/HtmlRenderer.h"

#include <QColor>
#include <QPalette>

class QTextDocument;
class QWidget;

namespace legcare::gui::theme {

// Colours derived from the palette in use, so that notices and pages read as well in a dark
// desktop theme as in a light one. Hues say "warning" or "danger" to the eye; the words and
// icons next to them carry the message.

// A warm orange: "take care", "see a doctor", the diary's frequency prompt.
inline const QColor kCautionHue(0xf5, 0x8a, 0x00);
// A red: emergencies and warning signs.
inline const QColor kDangerHue(0xd3, 0x2f, 0x2f);

// WCAG 2 relative luminance (0 for black, 1 for white) and contrast ratio (1 to 21).
double relativeLuminance(const QColor &color);
double contrastRatio(const QColor &first, const QColor &second);

// True when the palette shows light text on a dark window.
bool isDark(const QPalette &palette);

// `amount` (0 to 1) of `over` laid on `base`.
QColor mix(const QColor &base, const QColor &over, qreal amount);

// The background of a notice in `hue` on the palette's `role` (Window or Base): a tint that
// keeps the palette's text for that role (WindowText or Text) at 4.5:1 or more.
QColor noticeBackground(const QPalette &palette, const QColor &hue,
                        QPalette::ColorRole role = QPalette::Window);
// The notice's border: the hue, brighter on dark palettes.
QColor noticeBorder(const QPalette &palette, const QColor &hue);
// `hue` as a text colour with 4.5:1 or more against `background` (lightened or darkened).
QColor readableOn(const QColor &hue, const QColor &background);

// The colours of knowledge-base pages' boxes on a viewer with this palette (its Base and Text).
kb::HtmlRenderer::Colours htmlColours(const QPalette &palette);

// Paints a notice's rounded box in `hue` over the whole widget, in the widget's palette (call
// from paintEvent; the box follows a switch between light and dark by itself).
void paintNotice(QWidget *widget, const QColor &hue);

// Paper: dark text on white, for documents designed for print that are shown on screen.
QPalette paperPalette();

// Gives every piece of text of a document that takes its colour from the palette (most text,
// list bullets, links) the paper's colours, so that it prints dark on white even while the
// screen's theme is dark (QTextDocument draws such text in the application palette's colours).
void inkForPaper(QTextDocument &document);

} // namespace legcare::gui::theme
