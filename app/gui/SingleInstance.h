#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>

class QWidget;

namespace legcare::gui {

// One LegCare per user session: the first instance owns a name on the D-Bus session bus and
// exports an org.freedesktop.Application object whose Activate raises its window; a later
// launch finds the name taken, calls Activate and leaves without showing anything (KDE's
// KDBusService works the same way). Without a session bus (CI, offscreen, some containers)
// every launch simply runs on its own.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Outcome {
        Primary, // this process owns the name: run, and raise the window when asked
        ActivatedOther, // another LegCare was asked to come to the front: exit quietly
        Alone, // no session bus, or it did not answer: run without single-instance
    };

    static constexpr char kServiceName[] = "org.legcare.LegCare";
    static constexpr char kObjectPath[] = "/org/legcare/LegCare";
    static constexpr char kInterface[] = "org.freedesktop.Application";

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // Connects this process to the session bus (a few round trips to the bus daemon) unless it
    // is connected already. Safe on any thread once the application object exists, so that
    // main() connects while it builds the window; claim() connects itself otherwise.
    static void connectToBus();

    // Takes the name, or asks its owner to show itself. Call once, before any window is shown.
    Outcome claim();

    // The window that Activate raises. Before it exists, the modal dialog shown (the first-run
    // safety notice, the diary's way-out questions) is raised instead.
    void setWindow(QWidget *window);

    // Shows a window in front: un-minimised (keeping maximised or full screen), raised and
    // activated.
    static void bringToFront(QWidget *window);

signals:
    void activationRequested();

private:
    friend class ApplicationAdaptor;
    void activate(const QVariantMap &platformData);

    QPointer<QWidget> m_window;
    bool m_registered = false;
};

} // namespace legcare::gui
