#include "common/Icons.h"

#include "AppInfo.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>
#include <array>
#include <utility>

namespace legcare::gui::icons {

namespace {

// The sizes app/gui/CMakeLists.txt renders each bundled icon at.
constexpr std::array<int, 3> kBundledSizes{16, 32, 64};

QString bundledPath(QStringView name, int size)
{
    return QStringLiteral(":/icons/%1-%2.png").arg(name).arg(size);
}

// A bundled icon that decodes a rendering only when it is first drawn at a size it suits, as
// QIcon's own engine would pick it: the smallest rendering at least as large as asked for, or
// the largest, scaled down where it is larger than asked for. A window shows most icons at one
// size; decoding all three renderings of every icon up front took about 2 ms of the first frame.
class BundledIconEngine final : public LazyIconEngine
{
public:
    explicit BundledIconEngine(QString name)
        : m_name(std::move(name))
    {
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int rendered = renderingFor(size);
        const int side = std::min({rendered, size.width(), size.height()});
        return side > 0 ? QSize(side, side) : QSize();
    }

    // Both answered from the resources' names, without decoding anything: Qt asks isNull() of
    // every icon it lays out, at sizes that may never be drawn.
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int size : kBundledSizes) {
            if (QFile::exists(bundledPath(m_name, size)))
                sizes.append(QSize(size, size));
        }
        return sizes;
    }

    bool isNull() override { return false; } // bundled() makes one only where its PNGs exist

    QString key() const override { return QStringLiteral("LegCareBundledIconEngine"); }

    QIconEngine *clone() const override { return new BundledIconEngine(*this); }

protected:
    QPixmap normalPixmap(const QSize &size) override
    {
        const QSize actual = actualSize(size, QIcon::Normal, QIcon::Off);
        if (actual.isEmpty())
            return {};
        const QPixmap pixmap = rendering(renderingFor(size));
        if (pixmap.isNull() || pixmap.size() == actual)
            return pixmap;
        return pixmap.scaled(actual, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }

private:
    static int renderingFor(const QSize &size)
    {
        const int wanted = std::max(size.width(), size.height());
        for (const int rendered : kBundledSizes) {
            if (rendered >= wanted)
                return rendered;
        }
        return kBundledSizes.back();
    }

    QPixmap rendering(int size)
    {
        const auto slot = static_cast<std::size_t>(
            std::find(kBundledSizes.begin(), kBundledSizes.end(), size) - kBundledSizes.begin());
        if (!m_read[slot]) {
            m_read[slot] = true;
            const QImage image = readPng(bundledPath(m_name, size));
            if (!image.isNull())
                m_renderings[slot] = QPixmap::fromImage(image);
        }
        return m_renderings[slot];
    }

    QString m_name;
    std::array<QPixmap, kBundledSizes.size()> m_renderings;
    std::array<bool, kBundledSizes.size()> m_read{};
};

} // namespace

QImage readPng(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // no such file (the reader would warn about a device it cannot open)
    QImageReader reader(&file, QByteArrayLiteral("png"));
    reader.setAutoDetectImageFormat(false);
    return reader.read();
}

QPixmap LazyIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    const QPixmap normal = normalPixmap(size);
    if (normal.isNull() || mode == QIcon::Normal || mode == QIcon::Active)
        return normal;
    // Disabled and selected looks, as the style makes them for any icon.
    QStyleOption option;
    option.palette = QGuiApplication::palette();
    return QApplication::style()->generatedIconPixmap(mode, normal, &option);
}

void LazyIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    QPixmap shown = pixmap(rect.size() * ratio, mode, state);
    if (shown.isNull())
        return;
    shown.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, shown);
}

QIcon bundled(QStringView name)
{
    if (!QFile::exists(bundledPath(name, kBundledSizes.front())))
        return {};
    return QIcon(new BundledIconEngine(name.toString()));
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
