#include "common/Illustration.h"

#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace legcare::gui {

QImage renderIllustration(const QString &svgPath, int width, qreal devicePixelRatio)
{
    if (width <= 0)
        return {};
    QSvgRenderer svg(svgPath);
    if (!svg.isValid())
        return {};
    const QSizeF viewBox = svg.viewBoxF().isEmpty() ? QSizeF(svg.defaultSize()) : svg.viewBoxF().size();
    if (viewBox.isEmpty())
        return {};
    const qreal ratio = std::max<qreal>(devicePixelRatio, 1.0);
    const QSize pixels(static_cast<int>(std::lround(width * ratio)),
                       static_cast<int>(std::lround(width * ratio * viewBox.height() / viewBox.width())));

    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.setAspectRatioMode(Qt::KeepAspectRatio);
    svg.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    image.setDevicePixelRatio(ratio);
    return image;
}

} // namespace legcare::gui
