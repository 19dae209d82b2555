#include "common/Icons.h"

#include "AppInfo.h"

#include <QFile>
#include <QImageReader>
#include <QPixmap>

#include <utility>

namespace legcare::gui::icons {

namespace {

// A PNG read with Qt's own PNG reader. Asked to detect a format, QImageReader first loads every
// image-format plugin installed to ask each of them (GIF, ICO, JPEG, SVG, …: a few milliseconds
// before the first frame); LegCare's icons are PNGs.
QImage readPng(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // no such icon (the reader would warn about a device it cannot open)
    QImageReader reader(&file, QByteArrayLiteral("png"));
    reader.setAutoDetectImageFormat(false);
    return reader.read();
}

} // namespace

QIcon bundled(QStringView name)
{
    // The sizes app/gui/CMakeLists.txt renders.
    QIcon icon;
    for (const int size : {16, 32, 64}) {
        const QImage image = readPng(QStringLiteral(":/icons/%1-%2.png").arg(name).arg(size));
        if (!image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

QIcon window()
{
    return window(windowImages());
}

QList<QImage> windowImages()
{
    QList<QImage> images;
    for (const int size : {16, 32, 64, 128}) {
        QImage image = readPng(
            QStringLiteral(":/icons/%1-%2.png").arg(QLatin1String(appinfo::kAppId)).arg(size));
        if (!image.isNull())
            images.append(std::move(image));
    }
    return images;
}

QIcon window(const QList<QImage> &images)
{
    QIcon icon;
    for (const QImage &image : images)
        icon.addPixmap(QPixmap::fromImage(image));
    return icon;
}

} // namespace legcare::gui::icons
