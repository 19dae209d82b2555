#pragma once

#include <QProxyStyle>

namespace legcare::gui {

// The application's style: the desktop's own (or the one asked for with -style), with
// LegCare's icon for the menu bar's extension button. Qt's menu bar fetches that icon when it is
// created, through the icon theme, whose first lookup reads the theme's index files and scans
// the image plugins: milliseconds spent before the first frame for a button that shows only in
// a window too narrow for its menus.
class AppStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStyle)

public:
    // key: the name of the style to wrap (QStyleFactory); empty for the desktop's default.
    explicit AppStyle(const QString &key);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace legcare::gui
