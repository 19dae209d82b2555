#pragma once

#include <QWidget>

namespace legcare::gui {

class SymptomCheckPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymptomCheckPage)

public:
    explicit SymptomCheckPage(QWidget *parent = nullptr);
};

} // namespace legcare::gui
