// legcare-render-icon: renders an SVG drawing to PNGs at build time, so that the PNGs never drift
// from the one source drawing: the icons (resources/icons/) as squares on transparency, and the
// exercises' illustrations (resources/illustrations/) as the Library's small icons, on white.
//
// usage: legcare-render-icon [--on-white] SOURCE.svg SIZE OUTPUT.png [SIZE OUTPUT.png]...
//   SIZE        N for a square of N pixels, or WxH; the drawing is scaled to fit and centred,
//               its aspect ratio kept
//   --on-white  a white background instead of a transparent one

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "legcare-render-icon: %s\n", qUtf8Printable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Painting needs no screen; the build may run without a display.
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QGuiApplication app(argc, argv);

    QStringList args = QCoreApplication::arguments().mid(1);
    const bool onWhite = !args.isEmpty() && args.first() == QLatin1String("--on-white");
    if (onWhite)
        args.removeFirst();
    if (args.size() < 3 || args.size() % 2 != 1)
        return fail(QStringLiteral(
            "usage: legcare-render-icon [--on-white] SOURCE.svg SIZE OUTPUT.png [SIZE OUTPUT.png]..."));

    QSvgRenderer renderer(args.at(0));
    if (!renderer.isValid())
        return fail(QStringLiteral("%1: not a valid SVG file").arg(args.at(0)));
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);

    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        // N, or WxH; each side 1 to 4096 pixels (0 for anything else).
        const auto side = [](const QString &text) {
            bool ok = false;
            const int pixels = text.toInt(&ok);
            return ok && pixels >= 1 && pixels <= 4096 ? pixels : 0;
        };
        const QStringList sides = args.at(i).split(QLatin1Char('x'));
        const int width = side(sides.first());
        const int height = sides.size() == 2 ? side(sides.last()) : width;
        if (sides.size() > 2 || width == 0 || height == 0)
            return fail(QStringLiteral("%1: not a size in pixels (N or WxH, 1 to 4096)").arg(args.at(i)));

        QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
        image.fill(onWhite ? Qt::white : Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, width, height));
        painter.end();

        const QString &output = args.at(i + 1);
        if (!image.convertToFormat(QImage::Format_ARGB32).save(output, "PNG", 9))
            return fail(QStringLiteral("%1: cannot write the PNG file").arg(output));
    }
    return 0;
}
