#include "common/AppStyle.h"

#include "common/Icons.h"

#include <QWidget>

namespace legcare::gui {

AppStyle::AppStyle(const QString &key)
    : QProxyStyle(key)
{
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                             const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton: {
        const bool rightToLeft = widget ? widget->isRightToLeft() : false;
        return icons::bundled(rightToLeft ? u"extension-left" : u"extension-right");
    }
    case SP_ToolBarVerticalExtensionButton:
        return icons::bundled(u"extension-down");
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace legcare::gui
