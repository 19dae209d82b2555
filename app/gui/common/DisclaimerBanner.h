#pragma once

#include <QFrame>

class QLabel;

namespace legcare::gui {

// The self-care, not-a-diagnosis notice that every advising screen carries. Its text can be
// selected with the mouse (to copy it), from just after the banner is first painted: a
// selectable QLabel keeps a whole text document, laid out as soon as the label becomes
// selectable, and the main window's first frame holds a banner (3 ms of it, measured). It looks
// the same either way.
class DisclaimerBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisclaimerBanner)

public:
    explicit DisclaimerBanner(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_text = nullptr;
    bool m_selectionPending = true;
};

} // namespace legcare::gui
