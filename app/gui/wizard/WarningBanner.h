#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace legcare::gui {

// The plain warning that a wizard page shows as soon as the answers so far need help now
// (emergency) or a doctor today (urgent), with a button to stop the questions there. An
// in-page banner rather than a dialog: it never blocks, and the person keeps their answers.
class WarningBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningBanner)

public:
    enum class Kind { None, Urgent, Emergency };

    explicit WarningBanner(QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);

signals:
    void stopRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Kind m_kind = Kind::None;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace legcare::gui
