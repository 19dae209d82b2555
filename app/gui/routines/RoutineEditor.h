#pragma once

#include "i18n/Language.h"
#include "routines/Routine.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::gui {

class RoutineItemsModel;

// Edits one of the person's own routines: its name, its exercises in order (drag and drop, or
// Alt+Up / Alt+Down), each one's hold and repetitions, adding and removing exercises. It changes
// nothing itself: every edit is asked for through editRequested() with the whole routine as it
// should become, which the Stretching page pushes as an undoable command and then shows again
// with setRoutine().
class RoutineEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineEditor)

public:
    RoutineEditor(const kb::KnowledgeBase &knowledgeBase, i18n::Language language, QWidget *parent = nullptr);

    // Shows a custom routine; the selection stays on `currentRow` when given.
    void setRoutine(const routines::Routine &routine, int currentRow = -1);
    const routines::Routine &routine() const { return m_routine; }
    int currentRow() const;

    // The edits, also reachable by keyboard and from tests.
    void rename(const QString &name);
    void moveItem(int from, int to);
    void removeItem(int row);
    void addExercise(const QString &exerciseId);
    void setHold(int row, int seconds);
    void setRepetitions(int row, int repetitions);

signals:
    // `after` is the routine as it should be; `text` names the edit for the Undo action, and
    // `row` is the item to select afterwards.
    void editRequested(const legcare::routines::Routine &after, const QString &text, int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateControls();
    void request(const QList<kb::RoutineItem> &items, const QString &text, int row);

    const kb::KnowledgeBase &m_kb;
    i18n::Language m_language;
    routines::Routine m_routine;
    RoutineItemsModel *m_model = nullptr;
    QLineEdit *m_name = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QSpinBox *m_hold = nullptr;
    QSpinBox *m_repetitions = nullptr;
    QComboBox *m_exercises = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace legcare::gui
