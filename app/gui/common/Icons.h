#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QImage>
#include <QList>
#include <QStringView>

namespace legcare::gui::icons {

// The base of LegCare's icon engines, which draw or decode an icon only when it is first shown,
// at the size it is shown at: a window can then make all its icons before its first frame and
// pay only for those in it. Disabled and selected looks are the style's, as for any icon.
class LazyIconEngine : public QIconEngine
{
public:
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;

protected:
    LazyIconEngine() = default;
    LazyIconEngine(const LazyIconEngine &) = default;

    // The normal look at actualSize(size), in device pixels; null when there is nothing to draw.
    virtual QPixmap normalPixmap(const QSize &size) = 0;
};

// A PNG file (or resource) read with Qt's own PNG reader; null when it is missing or not a PNG.
// Asked to detect a format, QImageReader first loads every image-format plugin installed to ask
// each of them (GIF, ICO, JPEG, SVG, …: a few milliseconds before the first frame); LegCare's
// rendered icons are PNGs.
QImage readPng(const QString &path);

// One of LegCare's own icons: resources/icons/NAME.svg as rendered at build time at 16, 32 and 64
// pixels (app/gui/CMakeLists.txt). name: for example "area-diary". Null for a name that has no
// rendering. A rendering is decoded when the icon is first drawn at a size it suits.
QIcon bundled(QStringView name);

// The application's icon, for the window system: PNGs at 16, 32, 64 and 128 pixels rendered from
// its drawing at build time (app/gui/CMakeLists.txt). Qt hands a window icon to the window
// system as pixels at each of its sizes when the window is first shown; from an SVG that would
// mean parsing and rendering it four times before the first frame.
QIcon window();

// The same in two steps, for main(): windowImages() decodes the PNGs and may run on any thread;
// window(images) makes the icon on the GUI thread. Both read their PNGs with Qt's PNG reader
// alone, without loading Qt's image-format plugins.
QList<QImage> windowImages();
QIcon window(const QList<QImage> &images);

} // namespace legcare::gui::icons
