// legcare-render-icon: renders an SVG icon to square PNGs at build time, so that the PNGs
// never drift from the one source drawing (resources/icons/).
//
// usage: legcare-render-icon SOURCE.svg SIZE OUTPUT.png [SIZE OUTPUT.png]...

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

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 3 || args.size() % 2 != 1)
        return fail(QStringLiteral("usage: legcare-render-icon SOURCE.svg SIZE OUTPUT.png [SIZE OUTPUT.png]..."));

    QSvgRenderer renderer(args.at(0));
    if (!renderer.isValid())
        return fail(QStringLiteral("%1: not a valid SVG file").arg(args.at(0)));

    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QStringLiteral("%1: not a size in pixels (1 to 4096)").arg(args.at(i)));

        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();

        const QString &output = args.at(i + 1);
        if (!image.convertToFormat(QImage::Format_ARGB32).save(output, "PNG", 9))
            return fail(QStringLiteral("%1: cannot write the PNG file").arg(output));
    }
    return 0;
}
