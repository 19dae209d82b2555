#pragma once

#include "i18n/Language.h"
#include "routines/Routine.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QUndoStack;

namespace legcare::diary {
class DiaryStore;
}

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::routines {
class RoutineStore;
}

namespace legcare::gui {

class DiaryChanges;
class DiaryCommand;
class KbBrowser;
class RoutineEditor;
class RoutinePrinting;

// Stretching: the built-in routines and the person's own, each shown with its exercises in order
// (illustration, steps, hold and repetitions, sides, cautions, total time); Start opens the guided
// player, Print and Save as PDF give the handout. The person's own routines are created, copied,
// edited and deleted through undo commands on the page's QUndoStack; they and the history of
// played routines live in the diary's database.
class StretchingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StretchingPage)

public:
    StretchingPage(const kb::KnowledgeBase &knowledgeBase, i18n::Language language, diary::DiaryStore &diary,
                   QWidget *parent = nullptr);
    ~StretchingPage() override;

    QUndoStack *undoStack() const { return m_undo; }
    QTreeWidget *routineList() const { return m_list; }
    QTreeWidget *historyView() const { return m_history; }
    RoutineEditor *editor() const { return m_editor; }
    KbBrowser *view() const { return m_view; }

    std::optional<routines::Routine> currentRoutine() const;
    // True when the chosen routine has something to play and print.
    bool canPrint() const;
    // Selects the routine with this id (built-in or "custom-N"); false if there is none.
    bool selectRoutine(const QString &id);

public slots:
    void startRoutine();
    void printRoutine();
    void saveRoutineAsPdf();
    void newRoutine();
    void copyRoutine();
    void deleteRoutine();
    void reloadHistory();

signals:
    // A played routine was recorded in the diary (the Diary page shows it).
    void sessionRecorded();
    // Another routine was chosen, or the chosen one changed.
    void currentRoutineChanged();

private:
    void reloadRoutines(const QString &selectId);
    void showCurrent();
    void storeChanged(qint64 focusId);
    void applyEdit(const routines::Routine &after, const QString &text, int row);
    // Runs the command once and puts it on the undo stack; false (and the store's message shown)
    // when the store refused it.
    bool push(std::unique_ptr<DiaryCommand> command);
    QString uniqueName(const QString &base) const;

    const kb::KnowledgeBase &m_kb;
    i18n::Language m_language;
    diary::DiaryStore &m_diary;
    std::unique_ptr<routines::RoutineStore> m_routines; // the person's routines, in m_diary
    DiaryChanges *m_changes = nullptr;
    QUndoStack *m_undo = nullptr;
    RoutinePrinting *m_printing = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QTabWidget *m_tabs = nullptr;
    KbBrowser *m_view = nullptr;
    RoutineEditor *m_editor = nullptr;
    QTreeWidget *m_history = nullptr;
    QLabel *m_message = nullptr;
    int m_editRow = -1;
};

} // namespace legcare::gui
