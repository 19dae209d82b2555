#pragma once

#include "Area.h"
#include "i18n/Language.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QListWidget;
class QStackedWidget;
class QUndoGroup;

namespace legcare {
class Settings;
}

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::diary {
class DiaryStore;
}

namespace legcare::gui {

class DoctorReportPrinting;
class HelpDialog;

// The main window: a sidebar of the four areas, their pages, the menus and the disclaimer.
// Settings and the knowledge base are injected so tests run against a temporary store; the
// language is the one the program was started in (pages render knowledge-base text in it).
// The diary store is injected too; main() owns it and it outlives the window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The whole window, its diary open.
    MainWindow(Settings &settings, const kb::KnowledgeBase &knowledgeBase, diary::DiaryStore &diary,
               i18n::Language language, QWidget *parent = nullptr);
    // The window before its diary, so that it can show at once (main() opens the diary on another
    // thread meanwhile): Stretching and Diary say that the diary is being opened, and the actions
    // that need it are disabled, until setDiary(). diaryPath is where it is, for the help.
    MainWindow(Settings &settings, const kb::KnowledgeBase &knowledgeBase, i18n::Language language,
               QString diaryPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Builds the areas that need the diary and enables its actions; once.
    void setDiary(diary::DiaryStore &diary);
    bool hasDiary() const { return m_diary != nullptr; }

    Area currentArea() const;
    QWidget *page(Area area) const;

public slots:
    void showArea(legcare::gui::Area area);
    void showAbout();
    void showSafetyNotice();
    // Help ▸ LegCare Help (F1), open at the section about the area shown.
    void showHelp();
    // File ▸ Print (Ctrl+P): what the area shows (the result, the routine, the doctor's report,
    // the Library page).
    void printCurrentArea();
    // Shows the Library with the cursor in its search field.
    void findInLibrary();

signals:
    void areaChanged(legcare::gui::Area area);
    // The user picked another language; it takes effect at the next start.
    void languagePreferenceChanged(const QString &preference);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    // The sidebar as wide as its longest title and its rows tall enough for two lines of text.
    void sizeSidebar();
    // The page of an area, or null for Stretching and Diary while there is no diary.
    QWidget *createPage(Area area);
    // Builds the area's page if it is still a placeholder (and can be built).
    void ensurePage(Area area);
    void replacePage(Area area, QWidget *page);
    void followUndoStack(Area area);
    void chooseLanguage(const QString &preference);
    void restoreWindowState();
    void saveWindowState();
    void updatePrintAction();

    Settings &m_settings;
    const kb::KnowledgeBase &m_kb;
    diary::DiaryStore *m_diary = nullptr;
    QString m_diaryPath;
    i18n::Language m_language;
    QUndoGroup *m_undoGroup = nullptr;
    DoctorReportPrinting *m_reports = nullptr;
    QList<QAction *> m_diaryActions; // enabled once the diary is open
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_print = nullptr;
    QPointer<HelpDialog> m_help;
};

} // namespace legcare::gui
