// The application style and icons: the menu bar's extension button, the search fields' clear
// button, the back and forward arrows and the disclaimer show LegCare's own icons (no icon-theme
// lookup before the first frame), everything else is the
// wrapped style's, LegCare's icons are their drawings rendered at build time, and the window icon
// offers the window system its four rendered sizes, also when read on another thread.

#include "common/AppStyle.h"
#include "common/DisclaimerBanner.h"
#include "common/Icons.h"

#include <QApplication>
#include <QGuiApplication>
#include <QAction>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QSvgRenderer>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <future>
#include <memory>
#include <utility>

namespace legcare::gui {
namespace {

// True when the image has pixels that are neither transparent nor all the same colour.
bool isDrawn(const QImage &image)
{
    if (image.isNull())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QRgb first = 0;
    bool seen = false;
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            const QRgb pixel = argb.pixel(x, y);
            if (qAlpha(pixel) == 0)
                continue;
            if (seen && pixel != first)
                return true;
            first = pixel;
            seen = true;
        }
    }
    return false;
}

QImage standardImage(const QStyle &style, QStyle::StandardPixmap which,
                     const QStyleOption *option = nullptr, const QWidget *widget = nullptr)
{
    return style.standardIcon(which, option, widget).pixmap(16, 16).toImage();
}

QImage bundledImage(QStringView name)
{
    return icons::bundled(name).pixmap(16, 16).toImage();
}

TEST(AppStyleTest, WrapsTheStyleItIsGivenAndDrawsTheFirstFramesStandardIconsItself)
{
    AppStyle style(QStringLiteral("Fusion"));
    ASSERT_NE(style.baseStyle(), nullptr);
    EXPECT_EQ(style.baseStyle()->name().toLower(), QStringLiteral("fusion"));

    const std::pair<QStyle::StandardPixmap, const char16_t *> expected[] = {
        { QStyle::SP_ToolBarHorizontalExtensionButton, u"extension-right" },
        { QStyle::SP_ToolBarVerticalExtensionButton, u"extension-down" },
        { QStyle::SP_LineEditClearButton, u"clear-text" },
        { QStyle::SP_ArrowBack, u"arrow-left" },
        { QStyle::SP_ArrowForward, u"arrow-right" },
        { QStyle::SP_ArrowLeft, u"arrow-left" },
        { QStyle::SP_ArrowRight, u"arrow-right" },
    };
    for (const auto &[which, name] : expected) {
        const QImage image = standardImage(style, which);
        EXPECT_TRUE(isDrawn(image)) << which;
        EXPECT_EQ(image, bundledImage(name)) << which;
    }
    EXPECT_NE(bundledImage(u"arrow-left"), bundledImage(u"arrow-right"));

    // Right to left, "back", "forward" and "more" point the other way; left and right stay.
    QWidget rightToLeft;
    rightToLeft.setLayoutDirection(Qt::RightToLeft);
    QStyleOption rightToLeftOption;
    rightToLeftOption.direction = Qt::RightToLeft;
    EXPECT_EQ(standardImage(style, QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, &rightToLeft),
              bundledImage(u"extension-left"));
    const QStyleOption *const asked[] = { nullptr, &rightToLeftOption };
    for (const QStyleOption *option : asked) {
        const QWidget *widget = option ? nullptr : &rightToLeft;
        EXPECT_EQ(standardImage(style, QStyle::SP_ArrowBack, option, widget), bundledImage(u"arrow-right"));
        EXPECT_EQ(standardImage(style, QStyle::SP_ArrowForward, option, widget), bundledImage(u"arrow-left"));
        EXPECT_EQ(standardImage(style, QStyle::SP_ArrowLeft, option, widget), bundledImage(u"arrow-left"));
    }

    // Every other icon is the wrapped style's.
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    EXPECT_EQ(style.standardIcon(QStyle::SP_DialogSaveButton).pixmap(16, 16).toImage(),
              fusion->standardIcon(QStyle::SP_DialogSaveButton).pixmap(16, 16).toImage());
}

TEST(AppStyleTest, TheMenuBarsExtensionButtonShowsLegCaresArrow)
{
    // As main() sets it: for the whole application (a widget's own style is not its children's).
    const QString before = QApplication::style()->name();
    QApplication::setStyle(new AppStyle(before));
    {
        QMenuBar menuBar;
        auto *extension = menuBar.findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
        ASSERT_NE(extension, nullptr);
        EXPECT_EQ(extension->icon().pixmap(16, 16).toImage(),
                  icons::bundled(u"extension-right").pixmap(16, 16).toImage());
    }
    QApplication::setStyle(QStyleFactory::create(before));
}

TEST(AppStyleTest, ASearchFieldsClearButtonShowsLegCaresIcon)
{
    const QString before = QApplication::style()->name();
    QApplication::setStyle(new AppStyle(before));
    {
        QLineEdit search;
        search.setClearButtonEnabled(true);
        const auto *clear = search.findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
        ASSERT_NE(clear, nullptr);
        EXPECT_EQ(clear->icon().pixmap(16, 16).toImage(), bundledImage(u"clear-text"));
    }
    QApplication::setStyle(QStyleFactory::create(before));
}

TEST(AppStyleTest, ABundledIconPicksItsRenderingAsQtsOwnIconsDo)
{
    const QIcon icon = icons::bundled(u"area-diary");
    const QImage rendered32 = icon.pixmap(32, 32).toImage();
    const QImage rendered64 = icon.pixmap(64, 64).toImage();
    ASSERT_EQ(rendered32.size(), QSize(32, 32));

    // Between two renderings: the larger, scaled down; larger than the largest: that one, as it is.
    EXPECT_EQ(icon.actualSize(QSize(24, 24)), QSize(24, 24));
    EXPECT_EQ(icon.pixmap(24, 24).toImage(),
              QPixmap::fromImage(rendered32)
                  .scaled(24, 24, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                  .toImage());
    EXPECT_EQ(icon.actualSize(QSize(100, 100)), QSize(64, 64));
    EXPECT_EQ(icon.pixmap(100, 100).toImage(), rendered64);
    // A size that is not square gets the square that fits.
    EXPECT_EQ(icon.actualSize(QSize(48, 32)), QSize(32, 32));

    // Disabled and selected look as the style makes them; a copy of the icon draws the same.
    QStyleOption option;
    option.palette = QGuiApplication::palette();
    const QPixmap normal = icon.pixmap(32, 32);
    const QImage disabled = icon.pixmap(QSize(32, 32), QIcon::Disabled).toImage();
    EXPECT_NE(disabled, rendered32);
    EXPECT_EQ(disabled,
              QApplication::style()->generatedIconPixmap(QIcon::Disabled, normal, &option).toImage());
    EXPECT_EQ(icon.pixmap(QSize(32, 32), QIcon::Selected).toImage(),
              QApplication::style()->generatedIconPixmap(QIcon::Selected, normal, &option).toImage());
    QIcon detached = icon;
    detached.detach(); // clones the engine
    EXPECT_EQ(detached.pixmap(32, 32).toImage(), rendered32);

    // Painted at twice the pixel density, the icon uses the rendering made for it.
    QImage canvas(64, 64, QImage::Format_ARGB32_Premultiplied);
    canvas.setDevicePixelRatio(2.0);
    canvas.fill(Qt::transparent);
    {
        QPainter painter(&canvas);
        icon.paint(&painter, QRect(0, 0, 32, 32));
    }
    canvas.setDevicePixelRatio(1.0);
    EXPECT_EQ(canvas, rendered64.convertToFormat(QImage::Format_ARGB32_Premultiplied));

    EXPECT_TRUE(icons::bundled(u"no-such-icon").isNull());
}

TEST(AppStyleTest, TheWindowIconOffersFourRenderedSizes)
{
    const QIcon icon = icons::window();
    const QList<QSize> sizes = icon.availableSizes();
    EXPECT_EQ(sizes, (QList<QSize>{ { 16, 16 }, { 32, 32 }, { 64, 64 }, { 128, 128 } }));
    for (const QSize &size : sizes) {
        const QPixmap pixmap = icon.pixmap(size);
        EXPECT_EQ(pixmap.size(), size);
        EXPECT_TRUE(isDrawn(pixmap.toImage())) << size.width();
    }
}

TEST(AppStyleTest, TheWindowIconReadOnAnotherThreadIsTheSame)
{
    // main() decodes the PNGs on a thread while the window is built.
    std::future<QList<QImage>> reading = std::async(std::launch::async, icons::windowImages);
    const QList<QImage> images = reading.get();
    ASSERT_EQ(images.size(), 4);
    const QIcon fromThread = icons::window(images);
    const QIcon here = icons::window();
    EXPECT_EQ(fromThread.availableSizes(), here.availableSizes());
    for (const QSize &size : here.availableSizes())
        EXPECT_EQ(fromThread.pixmap(size).toImage(), here.pixmap(size).toImage()) << size.width();
}

TEST(AppStyleTest, EveryBundledIconIsItsDrawingRenderedAtThreeSizes)
{
    // The icons the window uses, as PNGs rendered from resources/icons/ at build time.
    for (const QString &name :
         { QStringLiteral("area-symptom-check"), QStringLiteral("area-stretching"),
           QStringLiteral("area-diary"), QStringLiteral("area-library"),
           QStringLiteral("information"), QStringLiteral("extension-right"),
           QStringLiteral("extension-left"), QStringLiteral("extension-down"),
           QStringLiteral("clear-text"), QStringLiteral("arrow-left"), QStringLiteral("arrow-right") }) {
        const QIcon icon = icons::bundled(name);
        ASSERT_FALSE(icon.isNull()) << name.toStdString();
        EXPECT_EQ(icon.availableSizes(), (QList<QSize>{ { 16, 16 }, { 32, 32 }, { 64, 64 } }))
            << name.toStdString();
        // The same pixels as the drawing itself, rendered at that size.
        QSvgRenderer drawing(
            QStringLiteral(LEGCARE_SOURCE_DIR "/resources/icons/%1.svg").arg(name));
        ASSERT_TRUE(drawing.isValid()) << name.toStdString();
        for (const int size : { 16, 32, 64 }) {
            const QImage shown = icon.pixmap(size, size).toImage();
            EXPECT_EQ(shown.size(), QSize(size, size)) << name.toStdString();
            EXPECT_TRUE(isDrawn(shown)) << name.toStdString() << " " << size;

            QImage expected(size, size, QImage::Format_ARGB32_Premultiplied);
            expected.fill(Qt::transparent);
            QPainter painter(&expected);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            drawing.render(&painter, QRectF(0, 0, size, size));
            painter.end();
            EXPECT_EQ(shown.convertToFormat(QImage::Format_ARGB32),
                      expected.convertToFormat(QImage::Format_ARGB32))
                << name.toStdString() << " " << size;
        }
    }
    EXPECT_TRUE(icons::bundled(u"no-such-icon").isNull());
}

TEST(AppStyleTest, TheDisclaimerShowsLegCaresInformationIcon)
{
    DisclaimerBanner banner;
    QLabel *iconLabel = nullptr;
    for (QLabel *label : banner.findChildren<QLabel *>()) {
        if (!label->pixmap().isNull())
            iconLabel = label;
    }
    ASSERT_NE(iconLabel, nullptr);
    const QSize size = iconLabel->pixmap().size();
    EXPECT_FALSE(size.isEmpty());
    EXPECT_EQ(iconLabel->pixmap().toImage(),
              icons::bundled(u"information").pixmap(size).toImage());
}

TEST(AppStyleTest, TheDisclaimerBecomesSelectableOnceShownAndLooksTheSame)
{
    const QString texts[] = {
        QString(), // the disclaimer itself, in English
        QStringLiteral("LegCare 提供的是自我护理信息，而不是诊断。它不能代替能为你检查的医生、护士或物理治疗师。"),
    };
    for (const QString &text : texts) {
        for (const int width : {260, 480, 900}) {
            DisclaimerBanner banner;
            auto *label = banner.findChild<QLabel *>(QStringLiteral("disclaimerText"));
            ASSERT_NE(label, nullptr);
            if (!text.isEmpty())
                label->setText(text);
            // Not yet: the first frame does not lay out a text document for it.
            EXPECT_FALSE(label->textInteractionFlags() & Qt::TextSelectableByMouse);

            banner.resize(width, banner.heightForWidth(width));
            banner.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&banner));
            ASSERT_FALSE(label->textInteractionFlags() & Qt::TextSelectableByMouse) << "painted, not yet selectable";
            const int heightBefore = label->heightForWidth(label->width());
            const QImage before = banner.grab().toImage();
            QCoreApplication::processEvents(); // the queued call made on the first paint

            EXPECT_TRUE(label->textInteractionFlags() & Qt::TextSelectableByMouse) << width;
            EXPECT_EQ(label->heightForWidth(label->width()), heightBefore) << width;
            EXPECT_EQ(banner.grab().toImage(), before) << width << (text.isEmpty() ? " en" : " zh");
        }
    }
}

} // namespace
} // namespace legcare::gui
