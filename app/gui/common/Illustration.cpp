#include "common/Illustration.h"

#include "common/Icons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace legcare::gui {

namespace {

class IllustrationIconEngine final : public icons::LazyIconEngine
{
public:
    IllustrationIconEngine(QString svgPath, QSize size)
        : m_path(std::move(svgPath))
        , m_size(size)
    {
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        return m_size.scaled(size, Qt::KeepAspectRatio);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override { return {m_size}; }

    QString key() const override { return QStringLiteral("LegCareIllustrationIconEngine"); }

    QIconEngine *clone() const override { return new IllustrationIconEngine(*this); }

protected:
    QPixmap normalPixmap(const QSize &size) override
    {
        const QSize pixels = actualSize(size, QIcon::Normal, QIcon::Off);
        if (pixels.isEmpty())
            return {};
        const quint64 key = (quint64(quint32(pixels.width())) << 32) | quint32(pixels.height());
        const auto found = m_drawn.constFind(key);
        if (found != m_drawn.cend())
            return *found;
        QPixmap pixmap;
        if (const QString rendered = renderedPath(pixels); !rendered.isEmpty()) {
            const QImage image = icons::readPng(rendered);
            if (image.size() == pixels)
                pixmap = QPixmap::fromImage(image);
        }
        QSvgRenderer svg;
        if (pixmap.isNull() && svg.load(m_path)) {
            pixmap = QPixmap(pixels);
            pixmap.fill(Qt::white);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            svg.setAspectRatioMode(Qt::KeepAspectRatio);
            svg.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
        }
        m_drawn.insert(key, pixmap);
        return pixmap;
    }

private:
    // The bundled drawings are also rendered at build time at the Library's icon size, at 1x and
    // 2x (app/gui/CMakeLists.txt): the tree's first frame shows half a dozen of them, and a PNG is
    // read in a fraction of the time an SVG is parsed and drawn. Empty for any other drawing.
    QString renderedPath(const QSize &pixels) const
    {
        const QLatin1String bundled(":/illustrations/");
        const QLatin1String svg(".svg");
        if (!m_path.startsWith(bundled) || !m_path.endsWith(svg))
            return {};
        const QStringView name = QStringView(m_path).sliced(bundled.size()).chopped(svg.size());
        return QStringLiteral(":/illustration-icons/%1-%2x%3.png")
            .arg(name)
            .arg(pixels.width())
            .arg(pixels.height());
    }

    QString m_path;
    QSize m_size;
    QHash<quint64, QPixmap> m_drawn; // by size in pixels; null where the SVG did not load
};

} // namespace

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

QIcon illustrationIcon(const QString &svgPath, QSize size)
{
    return QIcon(new IllustrationIconEngine(svgPath, size));
}

} // namespace legcare::gui
