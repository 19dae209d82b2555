#pragma once

#include "Area.h"

#include <QMainWindow>

class QActionGroup;
class QListWidget;
class QStackedWidget;

namespace legcare {
class Settings;
}

namespace legcare::gui {

// The main window: a sidebar of the four areas, their pages, the menus and the disclaimer.
// Settings are injected so tests run against a temporary store.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Area currentArea() const;
    QWidget *page(Area area) const;

public slots:
    void showArea(legcare::gui::Area area);
    void showAbout();
    void showSafetyNotice();

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

    Settings &m_settings;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace legcare::gui
