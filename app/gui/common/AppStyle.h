#pragma once

#include <QProxyStyle>

namespace legcare::gui {

// The application's style: the desktop's own (or the one asked for with -style), with LegCare's
// icons for the standard icons its first frame may hold: the menu bar's extension button (Qt's
// menu bar fetches it when it is created, though it shows only in a window too narrow for its
// menus), the search fields' clear button, and the back and forward arrows. Qt takes these from
// the icon theme, whose first lookup reads the theme's index files and loads every image-format
// plugin: about 11 ms before the first frame of the Library (docs/performance.md, "Startup").
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
