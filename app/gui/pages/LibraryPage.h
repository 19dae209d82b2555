#pragma once

#include <QWidget>

namespace legcare::gui {

class LibraryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPage)

public:
    explicit LibraryPage(QWidget *parent = nullptr);
};

} // namespace legcare::gui
