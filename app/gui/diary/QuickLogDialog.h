#pragma once

#include "diary/Episode.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QSlider;
class QSpinBox;

namespace legcare::gui {

// Logs a cramp episode, or edits one: built for 3 a.m. Big controls, and the fewest keys:
// the dialog opens with "now", the place, side, severity, duration and context of the last
// episode, and the cursor in the severity box, so Ctrl+N, a digit and Enter log a cramp.
// Enter saves (Save is the default button), Esc cancels.
//
// Saving goes through the Saver the caller gives (the Diary page pushes an undo command); when
// it fails, the message shows in the dialog and everything typed stays.
class QuickLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickLogDialog)

public:
    enum class Mode { New, Edit };
    using Saver = std::function<bool(const diary::Episode &episode, QString *error)>;

    // New: `initial` supplies the defaults (the newest stored episode, or nullopt for none);
    // Edit: `initial` is the episode to change. `now` is when the dialog counts back from.
    QuickLogDialog(Mode mode, const std::optional<diary::Episode> &initial, Saver saver,
                   QWidget *parent = nullptr, const QDateTime &now = {});

    Mode mode() const { return m_mode; }
    // The episode as entered (the id of the edited one; 0 for a new one).
    diary::Episode episode() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createWhen();
    QWidget *createDuration();
    QWidget *createWhere();
    QWidget *createSeverity();
    QWidget *createContext();
    QWidget *createChecks();
    void setFields(const diary::Episode &episode, bool keepTime);
    QDateTime chosenStart() const;
    void showError(const QString &message);
    void updateErrorColour();

    Mode m_mode;
    qint64 m_id = 0;
    QDateTime m_now;
    Saver m_saver;

    QButtonGroup *m_when = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QSpinBox *m_minutes = nullptr;
    QSpinBox *m_seconds = nullptr;
    QCheckBox *m_durationUnknown = nullptr;
    QComboBox *m_location = nullptr;
    QButtonGroup *m_side = nullptr;
    QSlider *m_severitySlider = nullptr;
    QSpinBox *m_severity = nullptr;
    QButtonGroup *m_context = nullptr;
    QMap<diary::Trigger, QCheckBox *> m_triggers;
    QMap<diary::Relief, QCheckBox *> m_reliefs;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace legcare::gui
