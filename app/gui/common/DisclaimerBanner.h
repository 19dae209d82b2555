#pragma once

#include <QFrame>

namespace legcare::gui {

// The self-care, not-a-diagnosis notice that every advising screen carries.
class DisclaimerBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisclaimerBanner)

public:
    explicit DisclaimerBanner(QWidget *parent = nullptr);
};

} // namespace legcare::gui
