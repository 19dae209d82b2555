#pragma once

#include <QWidget>

namespace legcare::gui {

class DiaryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiaryPage)

public:
    explicit DiaryPage(QWidget *parent = nullptr);
};

} // namespace legcare::gui
