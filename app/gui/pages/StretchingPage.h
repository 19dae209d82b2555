#pragma once

#include <QWidget>

namespace legcare::gui {

class StretchingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StretchingPage)

public:
    explicit StretchingPage(QWidget *parent = nullptr);
};

} // namespace legcare::gui
