#pragma once

#include <QLabel>

namespace legcare::gui {

// Says plainly that a feature is not in this version yet, so that no page pretends to work.
class UnavailableNotice final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnavailableNotice)

public:
    explicit UnavailableNotice(const QString &feature, QWidget *parent = nullptr);
};

} // namespace legcare::gui
