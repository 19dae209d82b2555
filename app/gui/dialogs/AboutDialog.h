#pragma once

#include <QDialog>

namespace legcare::gui {

// Name, version, purpose, licence and the safety disclaimer.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace legcare::gui
