#include "common/AppStyle.h"

#include "common/Icons.h"

#include <QGuiApplication>
#include <QStyleOption>
#include <QWidget>

namespace legcare::gui {

namespace {

// As QCommonStyle decides it: the widget's direction, else the option's, else the application's.
bool isRightToLeft(const QStyleOption *option, const QWidget *widget)
{
    if (widget)
        return widget->isRightToLeft();
    if (option)
        return option->direction == Qt::RightToLeft;
    return QGuiApplication::isRightToLeft();
}

} // namespace

AppStyle::AppStyle(const QString &key)
    : QProxyStyle(key)
{
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                             const QWidget *widget) const
{
    const bool rightToLeft = isRightToLeft(option, widget);
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
        return icons::bundled(rightToLeft ? u"extension-left" : u"extension-right");
    case SP_ToolBarVerticalExtensionButton:
        return icons::bundled(u"extension-down");
    case SP_LineEditClearButton:
        return icons::bundled(u"clear-text");
    case SP_ArrowBack:
        return icons::bundled(rightToLeft ? u"arrow-right" : u"arrow-left");
    case SP_ArrowForward:
        return icons::bundled(rightToLeft ? u"arrow-left" : u"arrow-right");
    case SP_ArrowLeft:
        return icons::bundled(u"arrow-left");
    case SP_ArrowRight:
        return icons::bundled(u"arrow-right");
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace legcare::gui
