#pragma once

#include "Area.h"
#include "i18n/Language.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QListWidget;
class QStackedWidget;

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
    MainWindow(Settings &settings, const kb::KnowledgeBase &knowledgeBase, diary::DiaryStore &diary,
               i18n::Language language, QWidget *parent = nullptr);
    ~MainWindow() override;

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
    void chooseLanguage(const QString &preference);
    void restoreWindowState();
    void saveWindowState();
    void updatePrintAction();

    Settings &m_settings;
    const kb::KnowledgeBase &m_kb;
    diary::DiaryStore &m_diary;
    i18n::Language m_language;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_print = nullptr;
    QPointer<HelpDialog> m_help;
};

} // namespace legcare::gui
