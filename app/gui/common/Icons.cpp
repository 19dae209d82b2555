#include "common/Icons.h"

#include "AppInfo.h"

#include <QFile>
#include <QPixmap>
#include <QSize>

#include <utility>

namespace legcare::gui::icons {

QIcon bundled(QStringView name)
{
    // The sizes app/gui/CMakeLists.txt renders.
    QIcon icon;
    for (const int size : {16, 32, 64}) {
        const QString path = QStringLiteral(":/icons/%1-%2.png").arg(name).arg(size);
        if (QFile::exists(path))
            icon.addFile(path, QSize(size, size));
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
        QImage image(
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
