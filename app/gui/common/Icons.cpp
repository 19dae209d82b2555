#include "common/Icons.h"

#include "AppInfo.h"

#include <QPixmap>

#include <utility>

namespace legcare::gui::icons {

QIcon bundled(QStringView name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
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
